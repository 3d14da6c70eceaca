package nl.wmebv.core.channel;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;

/** Half-open intervals {@code [from, to)} of instants, {@code to} empty meaning open-ended. */
final class Intervals {

    private Intervals() {
    }

    /** Requires {@code to}, if present, to be strictly after {@code from}. */
    static void requireEndAfterStart(Instant from, Optional<Instant> to, String fromField, String toField,
            LegalBasis basis) {
        to.ifPresent(end -> Checks.require(end.isAfter(from), toField, "afterStart",
                "must be after " + fromField + " (" + from + "), was " + end, basis));
    }

    /** Whether {@code [from, to)} contains {@code t}. */
    static boolean contains(Instant from, Optional<Instant> to, Instant t) {
        return !t.isBefore(from) && (to.isEmpty() || t.isBefore(to.get()));
    }

    /** Whether {@code [from, to)} and {@code [otherFrom, otherTo)} share at least one instant. */
    static boolean overlap(Instant from, Optional<Instant> to, Instant otherFrom, Optional<Instant> otherTo) {
        boolean startsBeforeOtherEnds = otherTo.isEmpty() || from.isBefore(otherTo.get());
        boolean otherStartsBeforeEnd = to.isEmpty() || otherFrom.isBefore(to.get());
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }
}
