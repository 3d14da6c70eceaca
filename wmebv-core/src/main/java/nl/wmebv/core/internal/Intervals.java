package nl.wmebv.core.internal;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.law.LegalBasis;

/**
 * Half-open intervals {@code [from, to)} of instants, {@code to} empty meaning open-ended. Not part of the
 * API.
 */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Requires {@code to}, if present, to be strictly after {@code from}.
     *
     * @param from       the start
     * @param to         the end, may be empty
     * @param fromField  the start's field name
     * @param toField    the end's field name, used in the error
     * @param basis      the provision behind the check, may be null
     * @throws nl.wmebv.core.InvalidInputException if {@code to} is not after {@code from}
     */
    public static void requireEndAfterStart(Instant from, Optional<Instant> to, String fromField, String toField,
            LegalBasis basis) {
        to.ifPresent(end -> Checks.require(end.isAfter(from), toField, "afterStart",
                "must be after " + fromField + " (" + from + "), was " + end, basis));
    }

    /**
     * Returns whether {@code [from, to)} contains {@code t}.
     *
     * @param from  the start, inclusive
     * @param to    the end, exclusive, may be empty
     * @param t     the moment
     * @return true if contained
     */
    public static boolean contains(Instant from, Optional<Instant> to, Instant t) {
        return !t.isBefore(from) && (to.isEmpty() || t.isBefore(to.get()));
    }

    /**
     * Returns whether {@code [from, to)} and {@code [otherFrom, otherTo)} share at least one instant.
     *
     * @param from       the first start
     * @param to         the first end, may be empty
     * @param otherFrom  the second start
     * @param otherTo    the second end, may be empty
     * @return true if they overlap
     */
    public static boolean overlap(Instant from, Optional<Instant> to, Instant otherFrom, Optional<Instant> otherTo) {
        boolean startsBeforeOtherEnds = otherTo.isEmpty() || from.isBefore(otherTo.get());
        boolean otherStartsBeforeEnd = to.isEmpty() || otherFrom.isBefore(to.get());
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }
}
