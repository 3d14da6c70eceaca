package nl.wmebv.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * The computed end of a time limit (<em>einde van de termijn</em>): the unadjusted last day, every move made by
 * the Algemene termijnenwet (art. 1 lid 1, art. 2), or the reasons it did not apply, and the moment the term
 * ends.
 *
 * <p>Computed by {@link TimeLimit#computeEnd(LocalDate, AtwCalendar)}. The legal basis is the provision that
 * sets the term (if known), then the ATW provisions that moved its last day or excluded the ATW; the trace
 * has a step for every move with a child for every day skipped and why.
 *
 * <p><b>Cost.</b> A computed end carries its explanation as structured data: the unadjusted last day, each
 * {@link Move} (from, to, article) and the exclusions, plus the calendar that says why each skipped day is no
 * werkdag (weekend day or which feestdag, with its decree) in one array read. The legal basis, the
 * {@link Trace} and the Dutch and English texts are built from that data on first request and kept; they are
 * the same, value for value and byte for byte, as when they were built eagerly. A {@code TermEnd} made with
 * the public constructor carries its trace as given.
 *
 * <p>The accessors are those of a record with the constructor's parameters as components, and so are {@code equals},
 * {@code hashCode} and {@code toString} (they compare and show every component, the trace included). This
 * class is immutable and thread-safe: the values built on request are immutable and at worst built twice.
 */
public final class TermEnd implements Outcome {
    private static final String FORWARD = "timelimit.direction." + TermDirection.FORWARD.name();
    private static final String BACKWARD = "timelimit.direction." + TermDirection.BACKWARD.name();
    private static final String MOVED_ATW_1 = "timelimit.moved." + Provision.ATW_1_LID_1.name();
    private static final String MOVED_ATW_2 = "timelimit.moved." + Provision.ATW_2.name();

    private final TimeLimit timeLimit;
    private final LocalDate eventDay;
    private final LocalDate unadjustedLastDay;
    private final List<Move> moves;
    private final List<AtwExclusion> atwExclusions;
    /** The calendar of a computed end (for the reasons of skipped days), null when the trace was given. */
    private final AtwCalendar calendar;
    /** The start rule cited by a computed end (Awb 6:8 lid 1), or null. */
    private final Provision startRule;

    /** Given to the public constructor (final, so safely published); null for a computed end. */
    private final Instant givenEnd;
    private final List<LegalBasis> givenBasis;
    private final Trace givenTrace;

    // Built on request (racy single-check: each is immutable, at worst built twice).
    private Instant endExclusive;
    private List<LegalBasis> legalBasis;
    private Trace trace;
    private String dutch;
    private String english;

    /**
     * One move of the last day by the ATW: art. 1 lid 1 (to the next werkdag) or art. 2 (to the second werkdag
     * of the term). This record is immutable and thread-safe.
     *
     * @param from       the last day before the move
     * @param to         the last day after it, later than {@code from}
     * @param provision  {@link Provision#ATW_1_LID_1} or {@link Provision#ATW_2}
     */
    public record Move(LocalDate from, LocalDate to, Provision provision) {
        /**
         * Validates the move.
         *
         * @param from       the last day before the move, not null
         * @param to         the last day after it, not null and later than {@code from}
         * @param provision  {@link Provision#ATW_1_LID_1} or {@link Provision#ATW_2}
         * @throws InvalidInputException if a value is null, {@code to} is not after {@code from}
         *         ({@code "to"}), or the provision moves no day ({@code "provision"})
         */
        public Move {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.notNull(provision, "provision");
            if (!to.isAfter(from)) {
                Checks.require(false, "to", "afterFrom", "must be after " + from, null);
            }
            Checks.require(provision == Provision.ATW_1_LID_1 || provision == Provision.ATW_2, "provision",
                    "movesLastDay", "must be ATW_1_LID_1 or ATW_2, was " + provision, null);
        }
    }

    /**
     * Validates the result.
     *
     * @param timeLimit          the term, not null
     * @param eventDay           the legal day of the event, not null
     * @param unadjustedLastDay  the unadjusted last day, not null
     * @param moves              the moves, not null, none null, each starting where the previous ended and the
     *                           first at {@code unadjustedLastDay}; empty when the ATW does not apply
     * @param atwExclusions      the exclusions, not null, none null
     * @param endExclusive       the end, not null; for a day-based term 24:00 of the last day
     * @param legalBasis         the provisions, not empty
     * @param trace              the trace, not null
     * @throws InvalidInputException if a value is null, naming it, or the values contradict each other
     */
    public TermEnd(TimeLimit timeLimit, LocalDate eventDay, LocalDate unadjustedLastDay, List<Move> moves,
                   List<AtwExclusion> atwExclusions, Instant endExclusive, List<LegalBasis> legalBasis, Trace trace) {
        Checks.notNull(timeLimit, "timeLimit");
        Checks.notNull(eventDay, "eventDay");
        Checks.notNull(unadjustedLastDay, "unadjustedLastDay");
        moves = Checks.listCopy(moves, "moves");
        atwExclusions = Checks.listCopy(atwExclusions, "atwExclusions");
        Checks.notNull(endExclusive, "endExclusive");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
        if (!moves.isEmpty() && !atwExclusions.isEmpty()) {
            Checks.require(false, "moves", "atwApplicable",
                    "the ATW moved a term it does not apply to: " + atwExclusions, null);
        }
        LocalDate day = unadjustedLastDay;
        for (int i = 0; i < moves.size(); i++) {
            if (!moves.get(i).from().equals(day)) {
                Checks.require(false, "moves[" + i + "]", "continuous", "must start at " + day, null);
            }
            day = moves.get(i).to();
        }
        if (timeLimit.unit() == TermUnit.HOURS) {
            Checks.require(day.equals(LegalTime.legalDay(endExclusive.minusNanos(1))), "unadjustedLastDay",
                    "dayOfEnd", "must be the legal day of the term's last instant", null);
        } else if (!endExclusive.equals(LegalTime.endOfLegalDayExclusive(day))) {
            Checks.require(false, "endExclusive",
                    "endOfLastDay", "must be 24:00 Europe/Amsterdam of the last day " + day, null);
        }
        this.timeLimit = timeLimit;
        this.eventDay = eventDay;
        this.unadjustedLastDay = unadjustedLastDay;
        this.moves = moves;
        this.atwExclusions = atwExclusions;
        this.givenEnd = endExclusive;
        this.givenBasis = legalBasis;
        this.givenTrace = trace;
        this.calendar = null;
        this.startRule = null;
    }

    /**
     * The end of a day-based term as computed by {@link TimeLimit}: the trace, legal basis and (if null) the end
     * are built on request. The values must be consistent (moves continuous from the unadjusted day, none when
     * excluded), which the caller guarantees; a null {@code endExclusive} is computed on request, which cannot
     * fail for a last day within the calendar.
     */
    TermEnd(TimeLimit timeLimit, LocalDate eventDay, LocalDate unadjustedLastDay, List<Move> moves,
                    List<AtwExclusion> atwExclusions, Instant endExclusive, AtwCalendar calendar,
                    Provision startRule) {
        this.timeLimit = timeLimit;
        this.eventDay = eventDay;
        this.unadjustedLastDay = unadjustedLastDay;
        this.moves = moves;
        this.atwExclusions = atwExclusions;
        this.givenEnd = endExclusive;
        this.givenBasis = null;
        this.givenTrace = null;
        this.calendar = calendar;
        this.startRule = startRule;
    }

    /**
     * Returns the term.
     *
     * @return the time limit
     */
    public TimeLimit timeLimit() {
        return timeLimit;
    }

    /**
     * Returns the legal day of the triggering event.
     *
     * @return the event day
     */
    public LocalDate eventDay() {
        return eventDay;
    }

    /**
     * Returns the last day by plain calendar arithmetic, before the ATW.
     *
     * @return the unadjusted last day
     */
    public LocalDate unadjustedLastDay() {
        return unadjustedLastDay;
    }

    /**
     * Returns the moves of the last day by the ATW, in the order applied.
     *
     * @return an unmodifiable list, empty if none
     */
    public List<Move> moves() {
        return moves;
    }

    /**
     * Returns why the ATW does not apply.
     *
     * @return an unmodifiable list, empty if it applies
     */
    public List<AtwExclusion> atwExclusions() {
        return atwExclusions;
    }

    /**
     * Returns the first moment after the term: 24:00 Europe/Amsterdam of the last day, or for a term in hours
     * the moment n hours from the event.
     *
     * @return the end, exclusive
     */
    public Instant endExclusive() {
        Instant end = givenEnd != null ? givenEnd : endExclusive;
        if (end == null) {
            end = LegalTime.endOfLegalDayExclusive(lastDay());
            endExclusive = end;
        }
        return end;
    }

    /**
     * Returns the provisions, primary first: the one that sets the term (if known), the start rule, then the
     * ATW provisions that moved the last day or excluded the ATW.
     *
     * @return an unmodifiable, non-empty list
     */
    @Override
    public List<LegalBasis> legalBasis() {
        List<LegalBasis> bases = givenBasis != null ? givenBasis : legalBasis;
        if (bases == null) {
            bases = timeLimit.legalBasis(startRule, moves, atwExclusions);
            legalBasis = bases;
        }
        return bases;
    }

    /**
     * Returns the steps of the computation: the start (if cited), the length, each exclusion, ATW art. 1 and
     * art. 2 with a child for every day skipped and why, and the end.
     *
     * @return the trace
     */
    @Override
    public Trace trace() {
        Trace t = givenTrace != null ? givenTrace : trace;
        if (t == null) {
            t = TermTrace.of(this, calendar, startRule);
            trace = t;
        }
        return t;
    }
    /**
     * Returns the last day of the term, after every ATW move. For a term in hours, the legal day of its last
     * instant.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        return moves.isEmpty() ? unadjustedLastDay : moves.get(moves.size() - 1).to();
    }

    /**
     * Returns whether the ATW applies to the term (it may still have moved nothing).
     *
     * @return true if {@link #atwExclusions()} is empty
     */
    public boolean atwApplicable() {
        return atwExclusions.isEmpty();
    }

    /**
     * Returns whether the ATW moved the last day.
     *
     * @return true if {@link #lastDay()} is later than {@link #unadjustedLastDay()}
     */
    public boolean moved() {
        return !moves.isEmpty();
    }

    /**
     * Explains the end, e.g. "… De laatste dag is verschoven van zaterdag 21 maart 2026 naar maandag 23 maart
     * 2026 door artikel 1 van de Algemene termijnenwet." or in English "… The last day was moved from Saturday
     * 2026-03-21 to Monday 2026-03-23 by ATW art. 1."
     *
     * @param locale  the locale, not null; English for English, Dutch for every other
     * @return the explanation
     * @throws InvalidInputException if {@code locale} is null
     */
    @Override
    public String explain(Locale locale) {
        Checks.notNull(locale, "locale");
        boolean inEnglish = CalendarTexts.english(locale);
        String cached = inEnglish ? english : dutch;
        if (cached == null) {
            cached = render(locale, inEnglish);
            if (inEnglish) {
                english = cached;
            } else {
                dutch = cached;
            }
        }
        return cached;
    }

    private String render(Locale locale, boolean english) {
        String length = timeLimit.unit().render(timeLimit.amount(), english);
        String direction = CalendarTexts.text(locale, timeLimit.countedBackward() ? BACKWARD : FORWARD);
        StringBuilder sb = new StringBuilder(384);
        if (timeLimit.unit() == TermUnit.HOURS) {
            Instant event = timeLimit.countedBackward()
                    ? endExclusive().plusSeconds(3600L * timeLimit.amount())
                    : endExclusive().minusSeconds(3600L * timeLimit.amount());
            sb.append(CalendarTexts.format(locale, "timelimit.end.hours", length, direction,
                    LegalTime.render(event), LegalTime.render(endExclusive())));
        } else {
            CalendarTexts.appendFormat(sb, locale, "timelimit.end", length, direction,
                    CalendarTexts.date(eventDay, locale), CalendarTexts.date(lastDay(), locale),
                    LegalTime.render(endExclusive()));
        }
        for (Move m : moves) {
            sb.append(' ');
            CalendarTexts.appendFormat(sb, locale, m.provision() == Provision.ATW_2 ? MOVED_ATW_2 : MOVED_ATW_1,
                    CalendarTexts.date(m.from(), locale), CalendarTexts.date(m.to(), locale));
        }
        if (atwExclusions.isEmpty() && moves.isEmpty()) {
            sb.append(' ').append(CalendarTexts.text(locale, "timelimit.notMoved"));
        }
        if (!atwExclusions.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            for (AtwExclusion x : atwExclusions) {
                reasons.append(reasons.length() == 0 ? "" : "; ")
                        .append(CalendarTexts.text(locale, "exclusion." + x.name()));
            }
            sb.append(' ').append(CalendarTexts.format(locale, "timelimit.notApplicable", reasons));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TermEnd other && timeLimit.equals(other.timeLimit)
                && eventDay.equals(other.eventDay) && unadjustedLastDay.equals(other.unadjustedLastDay)
                && moves.equals(other.moves) && atwExclusions.equals(other.atwExclusions)
                && endExclusive().equals(other.endExclusive()) && legalBasis().equals(other.legalBasis())
                && trace().equals(other.trace());
    }

    @Override
    public int hashCode() {
        int h = timeLimit.hashCode();
        h = 31 * h + eventDay.hashCode();
        h = 31 * h + unadjustedLastDay.hashCode();
        h = 31 * h + moves.hashCode();
        h = 31 * h + atwExclusions.hashCode();
        h = 31 * h + endExclusive().hashCode();
        h = 31 * h + legalBasis().hashCode();
        return 31 * h + trace().hashCode();
    }

    @Override
    public String toString() {
        return "TermEnd[timeLimit=" + timeLimit + ", eventDay=" + eventDay + ", unadjustedLastDay="
                + unadjustedLastDay + ", moves=" + moves + ", atwExclusions=" + atwExclusions + ", endExclusive="
                + endExclusive() + ", legalBasis=" + legalBasis() + ", trace=" + trace() + "]";
    }
}
