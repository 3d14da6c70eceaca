package nl.wmebv.core.time;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Texts;
import nl.wmebv.core.outcome.Trace;

/**
 * The oracle for the lazy explanation of {@link TermEnd}: the eager computation as it was before the trace and
 * the texts became lazy (commit 15b1ae6, {@code TimeLimit.computeEnd} and {@code TermEnd.explain}), copied
 * unchanged except that it reads the term through {@code limit} and formats every text with a fresh
 * {@link MessageFormat}, as {@code Texts.format} does. Test code only.
 */
final class EagerTermEnd {
    private EagerTermEnd() {
    }

    /** Formats as {@code nl.wmebv.core.outcome.Texts.format}: a new MessageFormat per call. */
    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.core.time.Texts", Texts.bundleLocale(locale));
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(rendered);
    }

    static TermEnd computeEnd(TimeLimit limit, LocalDate eventDay, AtwCalendar calendar, Provision startRule, String field) {
        int amount = limit.amount();
        TermUnit unit = limit.unit();
        Checks.notNull(eventDay, field);
        Checks.notNull(calendar, "calendar");
        requireDayBased(limit);
        LocalDate unadjusted = unadjustedLastDay(limit, eventDay, field);
        List<AtwExclusion> exclusions = limit.atwExclusions();
        List<TermEnd.Move> moves = new ArrayList<>(2);
        Step art1Step = null;
        Step art2Step = null;
        if (exclusions.isEmpty()) {
            LocalDate firstDay = eventDay.plusDays(1);
            LocalDate art1 = calendar.firstWorkingDayOnOrAfter(unadjusted, field);
            if (art1.equals(unadjusted)) {
                art1Step = Step.of(Provision.ATW_1_LID_1.basis(), "timelimit.atw1.workingDay")
                        .withFact("lastDay", unadjusted);
            } else {
                moves.add(new TermEnd.Move(unadjusted, art1, Provision.ATW_1_LID_1));
                art1Step = skippedDays(Step.of(Provision.ATW_1_LID_1.basis(), "timelimit.atw1.moved")
                        .withFact("from", unadjusted).withFact("to", art1), unadjusted, art1, calendar);
            }
            if (!article2Applies(limit)) {
                art2Step = Step.of(Provision.ATW_2.basis(), "timelimit.atw2.shortTerm")
                        .withFact("amount", amount).withFact("unit", unit);
            } else {
                LocalDate second = calendar.secondWorkingDayFrom(firstDay, field);
                if (second.isAfter(art1)) {
                    moves.add(new TermEnd.Move(art1, second, Provision.ATW_2));
                    art2Step = skippedDays(Step.of(Provision.ATW_2.basis(), "timelimit.atw2.extended")
                            .withFact("firstDay", firstDay).withFact("from", art1).withFact("to", second)
                            .withFact("workingDaysBefore", countWorkingDays(calendar, firstDay, art1)),
                            art1.plusDays(1), second, calendar);
                } else {
                    art2Step = Step.of(Provision.ATW_2.basis(), "timelimit.atw2.satisfied")
                            .withFact("firstDay", firstDay).withFact("lastDay", art1)
                            .withFact("workingDays", countWorkingDays(calendar, firstDay, art1));
                }
            }
        }
        LocalDate lastDay = moves.isEmpty() ? unadjusted : moves.get(moves.size() - 1).to();
        Instant end;
        try {
            end = LegalTime.endOfLegalDayExclusive(lastDay);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "range", "the term runs past the end of time");
        }
        List<LegalBasis> bases = legalBasis(limit, startRule, moves, exclusions);
        LegalBasis primary = bases.get(0);
        List<Step> steps = new ArrayList<>();
        if (startRule != null) {
            steps.add(Step.of(startRule.basis(), "timelimit.start").withFact("eventDay", eventDay)
                    .withFact("firstDay", eventDay.plusDays(1)));
        }
        steps.add(lengthStep(limit, primary, eventDay).withFact("unadjustedLastDay", unadjusted));
        steps.addAll(exclusionSteps(exclusions));
        if (art1Step != null) {
            steps.add(art1Step);
            steps.add(art2Step);
        }
        steps.add(Step.of(primary, "timelimit.end").withFact("lastDay", lastDay)
                .withFact("endExclusive", LegalTime.render(end)));
        return new TermEnd(limit, eventDay, unadjusted, moves, exclusions, end, bases, Trace.of(steps));
    }

    private static void requireDayBased(TimeLimit limit) {
        TermUnit unit = limit.unit();
        Checks.require(unit != TermUnit.HOURS, "unit", "dayBased",
                "a term in hours is anchored on a moment: use computeEnd(Instant, AtwCalendar)",
                Provision.ATW_4_ONDER_A.basis());
    }

    private static boolean article2Applies(TimeLimit limit) {
        TermUnit unit = limit.unit();
        int amount = limit.amount();
        // "een termijn van ten minste drie dagen": weeks and months are always at least seven days.
        return unit != TermUnit.DAYS || amount >= 3;
    }

    private static LocalDate unadjustedLastDay(TimeLimit limit, LocalDate eventDay, String field) {
        TermUnit unit = limit.unit();
        int amount = limit.amount();
        long n = limit.countedBackward() ? -amount : amount;
        try {
            return switch (unit) {
                case DAYS -> eventDay.plusDays(n);
                case WEEKS -> eventDay.plusWeeks(n);
                case MONTHS -> eventDay.plusMonths(n);
                case YEARS -> eventDay.plusYears(n);
                case HOURS -> throw new IllegalStateException("not day-based: " + unit);
            };
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "range", "the term runs past the end of time: "
                    + e.getMessage());
        }
    }

    private static List<LegalBasis> legalBasis(TimeLimit limit, Provision startRule, List<TermEnd.Move> moves, List<AtwExclusion> exclusions) {
        List<LegalBasis> bases = new ArrayList<>();
        limit.provision().ifPresent(p -> bases.add(p.basis()));
        if (startRule != null) {
            addDistinct(bases, startRule.basis());
        }
        for (TermEnd.Move m : moves) {
            addDistinct(bases, m.provision().basis());
        }
        for (AtwExclusion x : exclusions) {
            addDistinct(bases, x.provision().basis());
        }
        if (bases.isEmpty()) {
            bases.add(Provision.ATW_1_LID_1.basis());   // applicable, checked, nothing to move
        }
        return List.copyOf(bases);
    }

    private static void addDistinct(List<LegalBasis> list, LegalBasis basis) {
        if (!list.contains(basis)) {
            list.add(basis);
        }
    }

    private static Step lengthStep(TimeLimit limit, LegalBasis primary, LocalDate eventDay) {
        return Step.of(primary, "timelimit.length").withFact("eventDay", eventDay).withFact("amount", limit.amount())
                .withFact("unit", limit.unit()).withFact("direction", limit.direction()).withFact("statutory", limit.statutory());
    }

    private static List<Step> exclusionSteps(List<AtwExclusion> exclusions) {
        List<Step> steps = new ArrayList<>(exclusions.size());
        for (AtwExclusion x : exclusions) {
            steps.add(Step.of(x.provision().basis(), "timelimit.atw.notApplicable").withFact("reason", x));
        }
        return steps;
    }

    /** Adds a child step for every day from {@code from} to {@code to} (exclusive): why it is no werkdag. */
    private static Step skippedDays(Step parent, LocalDate from, LocalDate to, AtwCalendar calendar) {
        Step step = parent;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            Optional<PublicHoliday> holiday = calendar.publicHoliday(d);
            Step child;
            if (holiday.isPresent()) {
                PublicHoliday h = holiday.get();
                child = Step.of(h.basis(), "calendar.publicHoliday").withFact("date", d).withFact("kind", h.kind());
                if (h.decree().isPresent()) {
                    child = child.withFact("staatscourantReference", h.decree().get().staatscourantReference());
                }
            } else {
                child = Step.of(Provision.ATW_1_LID_1.basis(), "calendar.weekend").withFact("date", d)
                        .withFact("weekday", d.getDayOfWeek());
            }
            step = step.withChild(child);
        }
        return step;
    }

    private static int countWorkingDays(AtwCalendar calendar, LocalDate from, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    static String explain(TermEnd e, Locale locale) {
        TimeLimit timeLimit = e.timeLimit();
        java.time.Instant endExclusive = e.endExclusive();
        LocalDate eventDay = e.eventDay();
        List<TermEnd.Move> moves = e.moves();
        List<AtwExclusion> atwExclusions = e.atwExclusions();
        Checks.notNull(locale, "locale");
        boolean english = CalendarTexts.english(locale);
        String length = timeLimit.unit().render(timeLimit.amount(), english);
        String direction = format(locale, "timelimit.direction." + timeLimit.direction());
        StringBuilder sb = new StringBuilder();
        if (timeLimit.unit() == TermUnit.HOURS) {
            Instant event = timeLimit.countedBackward()
                    ? endExclusive.plusSeconds(3600L * timeLimit.amount())
                    : endExclusive.minusSeconds(3600L * timeLimit.amount());
            sb.append(format(locale, "timelimit.end.hours", length, direction,
                    LegalTime.render(event), LegalTime.render(endExclusive)));
        } else {
            sb.append(format(locale, "timelimit.end", length, direction,
                    CalendarTexts.date(eventDay, locale), CalendarTexts.date(e.lastDay(), locale),
                    LegalTime.render(endExclusive)));
        }
        for (TermEnd.Move m : moves) {
            sb.append(' ').append(format(locale, "timelimit.moved." + m.provision().name(),
                    CalendarTexts.date(m.from(), locale), CalendarTexts.date(m.to(), locale)));
        }
        if (atwExclusions.isEmpty() && moves.isEmpty()) {
            sb.append(' ').append(format(locale, "timelimit.notMoved"));
        }
        if (!atwExclusions.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            for (AtwExclusion x : atwExclusions) {
                reasons.append(reasons.length() == 0 ? "" : "; ")
                        .append(format(locale, "exclusion." + x.name()));
            }
            sb.append(' ').append(format(locale, "timelimit.notApplicable", reasons));
        }
        return sb.toString();
    }
}
