package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.time.LegalTime;

/**
 * A submission term after every extension in the ledger (Awb 2:21 lid 1&ndash;2, 2:23): the base term, one
 * {@link LedgerEntry} per step in the ledger's order, the resulting end, and what is still open. Excusals
 * (2:21 lid 3, 2:22) do not change the term; they are judged per submission. This record is immutable and
 * thread-safe.
 *
 * @param base          the base term
 * @param entries       the ledger's steps, base first, in the documented order
 * @param endExclusive  the end of the adjusted term, exclusive; while {@code openEnded}, the end known so far
 * @param openEnded     whether a 2:23 extension is pending the body's reaction, so the term runs on (P5)
 * @param flags         what is still open
 */
public record AdjustedTerm(SubmissionTimeLimit base, List<LedgerEntry> entries, Instant endExclusive,
        boolean openEnded, Set<LedgerFlag> flags) {

    /**
     * Validates the term.
     *
     * @param base          the base, not null
     * @param entries       the entries, not empty; the first starts at the base end, each starts where the
     *                      previous ended, the last ends at {@code endExclusive}
     * @param endExclusive  the end, not null
     * @param openEnded     whether pending
     * @param flags         the flags, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad or inconsistent input
     */
    public AdjustedTerm {
        Checks.notNull(base, "base");
        entries = Checks.nonEmptyListCopy(entries, "entries");
        Checks.notNull(endExclusive, "endExclusive");
        Checks.notNull(flags, "flags");
        Instant end = base.endExclusive();
        for (int i = 0; i < entries.size(); i++) {
            Checks.require(entries.get(i).endBefore().equals(end), "entries[" + i + "].endBefore", "continuous",
                    "must be " + end, null);
            end = entries.get(i).endAfter();
        }
        Checks.require(end.equals(endExclusive), "endExclusive", "lastEntry", "must be the end of the last entry "
                + end, null);
        Set<LedgerFlag> copy = EnumSet.noneOf(LedgerFlag.class);
        copy.addAll(Checks.setCopy(flags, "flags"));
        flags = Collections.unmodifiableSet(copy);
    }

    /**
     * Returns the adjusted last day: the legal day of the last moment of the term.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        return LegalTime.legalDay(endExclusive.minusNanos(1));
    }

    /**
     * Returns the unadjusted end (the base term after the ATW only).
     *
     * @return the base end, exclusive
     */
    public Instant baseEndExclusive() {
        return base.endExclusive();
    }
}
