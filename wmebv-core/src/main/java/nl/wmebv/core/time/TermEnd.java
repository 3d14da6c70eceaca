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
 * has a step for every move with a child for every day skipped and why. This record is immutable and
 * thread-safe.
 *
 * @param timeLimit          the term
 * @param eventDay           the legal day of the triggering event
 * @param unadjustedLastDay  the last day by plain calendar arithmetic
 * @param moves              the moves of the last day by the ATW, in order applied; empty if none
 * @param atwExclusions      why the ATW does not apply; empty if it does
 * @param endExclusive       the first moment after the term: 24:00 Europe/Amsterdam of the last day, or for a
 *                           term in hours the moment n hours from the event
 * @param legalBasis         the provisions, primary first
 * @param trace              the steps of the computation
 */
public record TermEnd(
        TimeLimit timeLimit,
        LocalDate eventDay,
        LocalDate unadjustedLastDay,
        List<Move> moves,
        List<AtwExclusion> atwExclusions,
        Instant endExclusive,
        List<LegalBasis> legalBasis,
        Trace trace) implements Outcome {

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
            Checks.require(to.isAfter(from), "to", "afterFrom", "must be after " + from, null);
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
    public TermEnd {
        Checks.notNull(timeLimit, "timeLimit");
        Checks.notNull(eventDay, "eventDay");
        Checks.notNull(unadjustedLastDay, "unadjustedLastDay");
        moves = Checks.listCopy(moves, "moves");
        atwExclusions = Checks.listCopy(atwExclusions, "atwExclusions");
        Checks.notNull(endExclusive, "endExclusive");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
        Checks.require(moves.isEmpty() || atwExclusions.isEmpty(), "moves", "atwApplicable",
                "the ATW moved a term it does not apply to: " + atwExclusions, null);
        LocalDate day = unadjustedLastDay;
        for (int i = 0; i < moves.size(); i++) {
            Checks.require(moves.get(i).from().equals(day), "moves[" + i + "]", "continuous",
                    "must start at " + day, null);
            day = moves.get(i).to();
        }
        if (timeLimit.unit() == TermUnit.HOURS) {
            Checks.require(day.equals(LegalTime.legalDay(endExclusive.minusNanos(1))), "unadjustedLastDay",
                    "dayOfEnd", "must be the legal day of the term's last instant", null);
        } else {
            Checks.require(endExclusive.equals(LegalTime.endOfLegalDayExclusive(day)), "endExclusive",
                    "endOfLastDay", "must be 24:00 Europe/Amsterdam of the last day " + day, null);
        }
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
        boolean english = CalendarTexts.english(locale);
        String length = timeLimit.unit().render(timeLimit.amount(), english);
        String direction = CalendarTexts.text(locale, "timelimit.direction." + timeLimit.direction());
        StringBuilder sb = new StringBuilder();
        if (timeLimit.unit() == TermUnit.HOURS) {
            Instant event = timeLimit.countedBackward()
                    ? endExclusive.plusSeconds(3600L * timeLimit.amount())
                    : endExclusive.minusSeconds(3600L * timeLimit.amount());
            sb.append(CalendarTexts.format(locale, "timelimit.end.hours", length, direction,
                    LegalTime.render(event), LegalTime.render(endExclusive)));
        } else {
            sb.append(CalendarTexts.format(locale, "timelimit.end", length, direction,
                    CalendarTexts.date(eventDay, locale), CalendarTexts.date(lastDay(), locale),
                    LegalTime.render(endExclusive)));
        }
        for (Move m : moves) {
            sb.append(' ').append(CalendarTexts.format(locale, "timelimit.moved." + m.provision().name(),
                    CalendarTexts.date(m.from(), locale), CalendarTexts.date(m.to(), locale)));
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
}
