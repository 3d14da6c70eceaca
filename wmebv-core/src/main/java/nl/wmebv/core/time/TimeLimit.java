package nl.wmebv.core.time;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;

/**
 * A time limit (<em>termijn</em>, ATW art. 1&ndash;5; e.g. Awb 6:7): its length, the direction in which it
 * is counted, whether it is statutory (<em>wettelijke termijn</em>) and optionally the provision that sets
 * it.
 *
 * <p><b>Anchoring.</b> A term is anchored on the day of its triggering event (e.g. the day of bekendmaking,
 * Awb 6:8 lid 1) and "vangt aan met ingang van de dag na" that day. The unadjusted last day of a forward term
 * of n days, weeks or months is therefore {@code eventDay.plusDays(n)}, {@code plusWeeks(n)} or
 * {@code plusMonths(n)}; months are calendar months and clamp to the end of a shorter month (31 January plus
 * one month is 28 February, or 29 February in a leap year). A backward term (<em>terugrekening</em>) ends on
 * {@code eventDay.minus…(n)}. A day-based term ends at 24:00 Europe/Amsterdam of its last day. A term in hours
 * is anchored on a moment and ends exactly n &times; 3,600 seconds later (or earlier): elapsed time.
 *
 * <p><b>Algemene termijnenwet.</b> Only for a statutory, forward term not excluded by art. 4 onder a (see
 * {@link AtwExclusion}); a body-set term is taken as given (P15). Then:
 * <ol>
 *   <li>art. 1 lid 1 ({@link Provision#ATW_1_LID_1}): a last day on a Saturday, Sunday or feestdag moves to the
 *       next day that is none;</li>
 *   <li>art. 2 ({@link Provision#ATW_2}): a term of at least three days is extended so that the days from its
 *       first day (the day after the event) through its last day include at least two werkdagen.</li>
 * </ol>
 * Art. 1 is applied first, then art. 2 to its result. The order does not change the answer: the last day is
 * the later of the art. 1 day and the second werkdag of the term, because the art. 1 day is the first werkdag
 * on or after the unadjusted day, and art. 2 extends exactly when the second werkdag lies later. After an art.
 * 2 extension the last day is a werkdag, so art. 1 has nothing left to do. Art. 2 is not applied to a backward
 * term: art. 1 lid 2 excludes art. 1 only, but extending a term counted back from an event would shorten the
 * time left before it, which art. 2 (protecting the person who must act) cannot mean [TEXT-inf]. Art. 4 onder
 * b and c (terms about the publication or entry into force of regulations; deprivation of liberty) are outside
 * the library's scope.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount     the length in {@code unit}s, 1 to {@value #MAX_AMOUNT}
 * @param unit       the unit
 * @param direction  forward or backward (<em>terugrekening</em>)
 * @param statutory  whether a wet or AMvB sets the term (<em>wettelijke termijn</em>, ATW art. 1, 5)
 * @param provision  the provision that sets the term, e.g. {@link Provision#AWB_6_7}, or empty
 */
public record TimeLimit(
        @Min(1) @Max(TimeLimit.MAX_AMOUNT) int amount,
        @NotNull TermUnit unit,
        @NotNull TermDirection direction,
        boolean statutory,
        @NotNull Optional<Provision> provision) {

    /** The longest amount accepted: no term in law is this long, and it keeps the arithmetic exact. */
    public static final int MAX_AMOUNT = 10_000;

    private static final String EVENT_DAY = "eventDay";

    /**
     * Validates the time limit.
     *
     * @param amount     the length, 1 to {@value #MAX_AMOUNT}
     * @param unit       the unit, not null
     * @param direction  the direction, not null
     * @param statutory  whether a wet or AMvB sets the term
     * @param provision  the provision that sets the term, not null (may be empty)
     * @throws InvalidInputException if the amount is out of range ({@code "amount"}) or a value is null,
     *         naming the field
     */
    public TimeLimit {
        Checks.require(amount >= 1, "amount", "min", "must be at least 1, was " + amount, null);
        Checks.require(amount <= MAX_AMOUNT, "amount", "max", "must be at most " + MAX_AMOUNT + ", was " + amount,
                null);
        Checks.notNull(unit, "unit");
        Checks.notNull(direction, "direction");
        Checks.notNull(provision, "provision");
    }

    /**
     * Creates a forward statutory term (<em>wettelijke termijn</em>) without a citation of its own.
     *
     * @param amount  the length, 1 to {@value #MAX_AMOUNT}
     * @param unit    the unit, not null
     * @return the term
     * @throws InvalidInputException if the amount is out of range or {@code unit} is null
     */
    public static TimeLimit statutory(int amount, TermUnit unit) {
        return new TimeLimit(amount, unit, TermDirection.FORWARD, true, Optional.empty());
    }

    /**
     * Creates a forward statutory term set by a provision, e.g. {@code statutory(6, WEEKS, AWB_6_7)}.
     *
     * @param amount     the length, 1 to {@value #MAX_AMOUNT}
     * @param unit       the unit, not null
     * @param provision  the provision that sets it, not null
     * @return the term
     * @throws InvalidInputException if the amount is out of range or a value is null
     */
    public static TimeLimit statutory(int amount, TermUnit unit, Provision provision) {
        Checks.notNull(provision, "provision");
        return new TimeLimit(amount, unit, TermDirection.FORWARD, true, Optional.of(provision));
    }

    /**
     * Creates a forward term set by a body or party (e.g. a <em>hersteltermijn</em>), which the ATW does not
     * move (P15).
     *
     * @param amount  the length, 1 to {@value #MAX_AMOUNT}
     * @param unit    the unit, not null
     * @return the term
     * @throws InvalidInputException if the amount is out of range or {@code unit} is null
     */
    public static TimeLimit setByBody(int amount, TermUnit unit) {
        return new TimeLimit(amount, unit, TermDirection.FORWARD, false, Optional.empty());
    }

    /**
     * Returns this term counted in the given direction.
     *
     * @param direction  the direction, not null
     * @return the new term
     * @throws InvalidInputException if {@code direction} is null
     */
    public TimeLimit withDirection(TermDirection direction) {
        return new TimeLimit(amount, unit, direction, statutory, provision);
    }

    /**
     * Returns this term citing the given provision as the one that sets it.
     *
     * @param provision  the provision, not null
     * @return the new term
     * @throws InvalidInputException if {@code provision} is null
     */
    public TimeLimit withProvision(Provision provision) {
        Checks.notNull(provision, "provision");
        return new TimeLimit(amount, unit, direction, statutory, Optional.of(provision));
    }

    /**
     * Returns whether the term is counted backward (<em>terugrekening</em>, ATW art. 1 lid 2).
     *
     * @return true for {@link TermDirection#BACKWARD}
     */
    public boolean countedBackward() {
        return direction == TermDirection.BACKWARD;
    }

    /**
     * Returns why the ATW does not apply to this term, in the order: not statutory (P15), counted backward
     * (art. 1 lid 2), art. 4 onder a.
     *
     * @return an unmodifiable list, empty when the ATW applies
     */
    public List<AtwExclusion> atwExclusions() {
        List<AtwExclusion> list = new ArrayList<>(3);
        if (!statutory) {
            list.add(AtwExclusion.NOT_STATUTORY);
        }
        if (countedBackward()) {
            list.add(AtwExclusion.COUNTED_BACKWARD);
        }
        AtwExclusion article4 = article4Exclusion();
        if (article4 != null) {
            list.add(article4);
        }
        return List.copyOf(list);
    }

    /**
     * Returns whether the ATW applies: statutory, forward and not excluded by art. 4 onder a.
     *
     * @return true if ATW art. 1 and 2 can move the last day
     */
    public boolean atwApplicable() {
        return statutory && direction == TermDirection.FORWARD && article4Exclusion() == null;
    }

    private AtwExclusion article4Exclusion() {
        return switch (unit) {
            case HOURS -> AtwExclusion.IN_HOURS;
            case DAYS -> amount > 90 ? AtwExclusion.MORE_THAN_90_DAYS : null;
            case WEEKS -> amount > 12 ? AtwExclusion.MORE_THAN_TWELVE_WEEKS : null;
            case MONTHS -> amount > 3 ? AtwExclusion.MORE_THAN_THREE_MONTHS : null;
            case YEARS -> AtwExclusion.IN_YEARS;
        };
    }

    /**
     * Returns the last day of this day-based term, with the ATW applied where it applies: the fast path of
     * {@link #computeEnd(LocalDate, AtwCalendar)}, without explanation.
     *
     * @param eventDay  the day of the triggering event, not null
     * @param calendar  the ATW calendar, not null
     * @return the last day; the term ends at 24:00 Europe/Amsterdam of it
     * @throws InvalidInputException if a value is null; if the unit is {@link TermUnit#HOURS}
     *         ({@code "unit"}, {@code "dayBased"}); if the ATW applies and the term runs outside the calendar's
     *         range ({@code "eventDay"})
     */
    public LocalDate lastDay(LocalDate eventDay, AtwCalendar calendar) {
        Checks.notNull(eventDay, EVENT_DAY);
        Checks.notNull(calendar, "calendar");
        requireDayBased();
        if (!atwApplicable()) {
            return unadjustedLastDay(eventDay, EVENT_DAY);
        }
        long event = eventDay.toEpochDay();
        long unadjusted = switch (unit) {
            case DAYS -> event + amount;
            case WEEKS -> event + 7L * amount;
            default -> unadjustedLastDay(eventDay, EVENT_DAY).toEpochDay();
        };
        long last = calendar.atwLastEpochDay(unadjusted, article2Applies(), event + 1, EVENT_DAY);
        return LocalDate.ofEpochDay(last);
    }

    /**
     * Computes the end of this day-based term with its explanation.
     *
     * @param eventDay  the day of the triggering event (e.g. of bekendmaking), not null
     * @param calendar  the ATW calendar, not null
     * @return the end, with its legal basis and trace
     * @throws InvalidInputException if a value is null; if the unit is {@link TermUnit#HOURS}
     *         ({@code "unit"}, {@code "dayBased"}); if the ATW applies and the term runs outside the calendar's
     *         range ({@code "eventDay"})
     */
    public TermEnd computeEnd(LocalDate eventDay, AtwCalendar calendar) {
        return computeEnd(eventDay, calendar, null, EVENT_DAY);
    }

    /**
     * Computes the end of this term from the moment of its triggering event. A term in hours ends exactly
     * {@code amount} &times; 3,600 seconds after (or before) the moment; any other term is anchored on the
     * moment's legal day in Europe/Amsterdam (P23) as in {@link #computeEnd(LocalDate, AtwCalendar)}.
     *
     * @param eventMoment  the moment of the triggering event, not null
     * @param calendar     the ATW calendar, not null
     * @return the end, with its legal basis and trace
     * @throws InvalidInputException if a value is null, or as {@link #computeEnd(LocalDate, AtwCalendar)}
     */
    public TermEnd computeEnd(Instant eventMoment, AtwCalendar calendar) {
        Checks.notNull(eventMoment, "eventMoment");
        Checks.notNull(calendar, "calendar");
        if (unit != TermUnit.HOURS) {
            return computeEnd(LegalTime.legalDay(eventMoment), calendar, null, "eventMoment");
        }
        Instant end;
        try {
            long seconds = Math.multiplyExact((long) amount, 3600L);
            end = countedBackward() ? eventMoment.minusSeconds(seconds) : eventMoment.plusSeconds(seconds);
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidInputException("eventMoment", "range", "the term runs past the end of time: "
                    + e.getMessage());
        }
        LocalDate eventDay = LegalTime.legalDay(eventMoment);
        LocalDate lastDay = LegalTime.legalDay(end.minusNanos(1));
        List<AtwExclusion> exclusions = atwExclusions();
        List<LegalBasis> bases = legalBasis(null, List.of(), exclusions);
        LegalBasis primary = bases.get(0);
        List<Step> steps = new ArrayList<>();
        steps.add(lengthStep(primary, eventDay).withFact("eventMoment", LegalTime.render(eventMoment)));
        steps.addAll(exclusionSteps(exclusions));
        steps.add(Step.of(primary, "timelimit.end").withFact("lastDay", lastDay)
                .withFact("endExclusive", LegalTime.render(end)));
        return new TermEnd(this, eventDay, lastDay, List.of(), exclusions, end, bases, Trace.of(steps));
    }

    /**
     * Computes the end, citing {@code startRule} (e.g. Awb 6:8 lid 1), if not null, for the start on the day
     * after the event; input errors about the event day name {@code field}.
     */
    TermEnd computeEnd(LocalDate eventDay, AtwCalendar calendar, Provision startRule, String field) {
        Checks.notNull(eventDay, field);
        Checks.notNull(calendar, "calendar");
        requireDayBased();
        LocalDate unadjusted = unadjustedLastDay(eventDay, field);
        if (!atwApplicable()) {
            Instant end;
            try {
                end = LegalTime.endOfLegalDayExclusive(unadjusted);
            } catch (DateTimeException e) {
                throw new InvalidInputException(field, "range", "the term runs past the end of time");
            }
            return new TermEnd(this, eventDay, unadjusted, List.of(), atwExclusions(), end, calendar,
                    startRule);
        }
        // The structured explanation only: the moves. Trace, legal basis, end and texts are built on request.
        long from = unadjusted.toEpochDay();
        long art1 = calendar.firstWorkingEpochDayOnOrAfter(from, field);
        LocalDate art1Day = art1 == from ? unadjusted : LocalDate.ofEpochDay(art1);
        TermEnd.Move art1Move = art1 == from ? null : new TermEnd.Move(unadjusted, art1Day, Provision.ATW_1_LID_1);
        TermEnd.Move art2Move = null;
        if (article2Applies()) {
            long second = calendar.secondWorkingEpochDayFrom(eventDay.toEpochDay() + 1, field);
            if (second > art1) {
                art2Move = new TermEnd.Move(art1Day, LocalDate.ofEpochDay(second), Provision.ATW_2);
            }
        }
        List<TermEnd.Move> moves;
        if (art1Move == null) {
            moves = art2Move == null ? List.of() : List.of(art2Move);
        } else {
            moves = art2Move == null ? List.of(art1Move) : List.of(art1Move, art2Move);
        }
        return new TermEnd(this, eventDay, unadjusted, moves, List.of(), null, calendar, startRule);
    }

    private void requireDayBased() {
        Checks.require(unit != TermUnit.HOURS, "unit", "dayBased",
                "a term in hours is anchored on a moment: use computeEnd(Instant, AtwCalendar)",
                Provision.ATW_4_ONDER_A.basis());
    }

    /** Whether ATW art. 2 can extend the term: at least three days (weeks and months always are). */
    boolean article2Applies() {
        // "een termijn van ten minste drie dagen": weeks and months are always at least seven days.
        return unit != TermUnit.DAYS || amount >= 3;
    }

    private LocalDate unadjustedLastDay(LocalDate eventDay, String field) {
        long n = countedBackward() ? -amount : amount;
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

    /** The legal basis of an end: the provision, the start rule, the moving articles or the exclusions. */
    List<LegalBasis> legalBasis(Provision startRule, List<TermEnd.Move> moves, List<AtwExclusion> exclusions) {
        LegalBasis[] bases = new LegalBasis[2 + moves.size() + exclusions.size()];
        int n = 0;
        if (provision.isPresent()) {
            bases[n++] = provision.get().basis();
        }
        if (startRule != null) {
            n = addDistinct(bases, n, startRule.basis());
        }
        for (TermEnd.Move m : moves) {
            n = addDistinct(bases, n, m.provision().basis());
        }
        for (AtwExclusion x : exclusions) {
            n = addDistinct(bases, n, x.provision().basis());
        }
        return switch (n) {
            case 0 -> List.of(Provision.ATW_1_LID_1.basis());   // applicable, checked, nothing to move
            case 1 -> List.of(bases[0]);
            case 2 -> List.of(bases[0], bases[1]);
            default -> List.of(Arrays.copyOf(bases, n));
        };
    }

    /** Adds {@code basis} after the first {@code n} unless it is among them; returns the new count. */
    private static int addDistinct(LegalBasis[] bases, int n, LegalBasis basis) {
        for (int i = 0; i < n; i++) {
            if (bases[i].equals(basis)) {
                return n;
            }
        }
        bases[n] = basis;
        return n + 1;
    }

    /** The step stating the length of the term. */
    Step lengthStep(LegalBasis primary, LocalDate eventDay) {
        return Step.of(primary, "timelimit.length").withFact("eventDay", eventDay).withFact("amount", amount)
                .withFact("unit", unit).withFact("direction", direction).withFact("statutory", statutory);
    }

    /** A step per exclusion of the ATW. */
    static List<Step> exclusionSteps(List<AtwExclusion> exclusions) {
        List<Step> steps = new ArrayList<>(exclusions.size());
        for (AtwExclusion x : exclusions) {
            steps.add(Step.of(x.provision().basis(), "timelimit.atw.notApplicable").withFact("reason", x));
        }
        return steps;
    }
}
