package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.time.LegalTime;

/**
 * One line of the term ledger: the base computation or one adjustment, with its provision, whether it
 * applied, the end of the term before and after it, and the facts used (identifiers and moments, never
 * content). An entry never moves the end earlier. This record is immutable and thread-safe.
 *
 * @param provision  the provision applied or considered
 * @param finding    the finding key, e.g. {@code "ledger.wrongChannel.extended"}
 * @param applied    whether the entry changed or fixed the end of the term
 * @param endBefore  the end of the term before this entry, exclusive
 * @param endAfter   the end after it, exclusive, not before {@code endBefore}
 * @param facts      the facts used, rendered, in order
 */
public record LedgerEntry(Provision provision, String finding, boolean applied, Instant endBefore, Instant endAfter,
        Map<String, String> facts) {

    /**
     * Validates the entry.
     *
     * @param provision  the provision, not null
     * @param finding    the finding key, an identifier
     * @param applied    whether it applied
     * @param endBefore  the end before, not null
     * @param endAfter   the end after, not null and not before {@code endBefore}
     * @param facts      the facts, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input; {@code "endAfter"} if it
     *         lies before {@code endBefore}
     */
    public LedgerEntry {
        Checks.notNull(provision, "provision");
        Checks.identifier(finding, "finding");
        Checks.notNull(endBefore, "endBefore");
        Checks.notNull(endAfter, "endAfter");
        Checks.require(!endAfter.isBefore(endBefore), "endAfter", "notEarlier",
                "an adjustment never moves the end earlier: " + endAfter + " before " + endBefore, provision.basis());
        Checks.mapCopy(facts, "facts");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * Returns the last day before this entry: the legal day of the last moment before {@link #endBefore()}.
     *
     * @return the last day
     */
    public LocalDate lastDayBefore() {
        return LegalTime.legalDay(endBefore.minusNanos(1));
    }

    /**
     * Returns the last day after this entry.
     *
     * @return the last day
     */
    public LocalDate lastDayAfter() {
        return LegalTime.legalDay(endAfter.minusNanos(1));
    }

    /**
     * Returns whether this entry moved the end of the term.
     *
     * @return true if {@code endAfter} is later than {@code endBefore}
     */
    public boolean moved() {
        return endAfter.isAfter(endBefore);
    }
}
