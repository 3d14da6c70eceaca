package nl.wmebv.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;

/**
 * Builds the trace of a computed {@link TermEnd} from its structured data, on request: the start (if a start
 * rule is cited), the length, each ATW exclusion, ATW art. 1 and art. 2 with a child for every day skipped and
 * why, and the end. Which art. 2 step applies follows from the data: "shortTerm" for a term of fewer than
 * three days, "extended" when there is an art. 2 move, else "satisfied". Not API. This class is stateless and
 * thread-safe.
 */
final class TermTrace {
    private TermTrace() {
    }

    /** The trace of a day-based term computed against {@code calendar}, citing {@code startRule} if not null. */
    static Trace of(TermEnd end, AtwCalendar calendar, Provision startRule) {
        TimeLimit limit = end.timeLimit();
        LocalDate eventDay = end.eventDay();
        LocalDate unadjusted = end.unadjustedLastDay();
        List<AtwExclusion> exclusions = end.atwExclusions();
        LegalBasis primary = end.legalBasis().get(0);
        List<Step> steps = new ArrayList<>(6 + exclusions.size());
        if (startRule != null) {
            steps.add(Step.of(startRule.basis(), "timelimit.start").withFact("eventDay", eventDay)
                    .withFact("firstDay", eventDay.plusDays(1)));
        }
        steps.add(limit.lengthStep(primary, eventDay).withFact("unadjustedLastDay", unadjusted));
        steps.addAll(TimeLimit.exclusionSteps(exclusions));
        if (exclusions.isEmpty()) {
            TermEnd.Move art1Move = null;
            TermEnd.Move art2Move = null;
            for (TermEnd.Move m : end.moves()) {
                if (m.provision() == Provision.ATW_1_LID_1) {
                    art1Move = m;
                } else {
                    art2Move = m;
                }
            }
            LocalDate firstDay = eventDay.plusDays(1);
            LocalDate art1 = art1Move == null ? unadjusted : art1Move.to();
            if (art1Move == null) {
                steps.add(Step.of(Provision.ATW_1_LID_1.basis(), "timelimit.atw1.workingDay")
                        .withFact("lastDay", unadjusted));
            } else {
                steps.add(skippedDays(Step.of(Provision.ATW_1_LID_1.basis(), "timelimit.atw1.moved")
                        .withFact("from", unadjusted).withFact("to", art1), unadjusted, art1, calendar));
            }
            if (!limit.article2Applies()) {
                steps.add(Step.of(Provision.ATW_2.basis(), "timelimit.atw2.shortTerm")
                        .withFact("amount", limit.amount()).withFact("unit", limit.unit()));
            } else if (art2Move != null) {
                LocalDate second = art2Move.to();
                steps.add(skippedDays(Step.of(Provision.ATW_2.basis(), "timelimit.atw2.extended")
                        .withFact("firstDay", firstDay).withFact("from", art1).withFact("to", second)
                        .withFact("workingDaysBefore", calendar.countWorkingDays(firstDay, art1)),
                        art1.plusDays(1), second, calendar));
            } else {
                steps.add(Step.of(Provision.ATW_2.basis(), "timelimit.atw2.satisfied")
                        .withFact("firstDay", firstDay).withFact("lastDay", art1)
                        .withFact("workingDays", calendar.countWorkingDays(firstDay, art1)));
            }
        }
        LocalDate lastDay = end.lastDay();
        steps.add(Step.of(primary, "timelimit.end").withFact("lastDay", lastDay)
                .withFact("endExclusive", LegalTime.render(end.endExclusive())));
        return Trace.of(steps);
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
}
