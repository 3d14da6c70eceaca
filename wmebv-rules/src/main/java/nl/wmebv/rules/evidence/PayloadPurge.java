package nl.wmebv.rules.evidence;

import java.time.Instant;
import nl.wmebv.core.internal.Checks;

/**
 * The trace of one purge of payload references under a retention period: when it ran, which records it
 * reached (those logged before {@link #loggedBefore()}) and how many references it removed. Stores keep
 * these apart from the references and never remove them, so an auditor can see that, when and how far
 * references were purged; the records themselves are never purged.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param purgedAt      the moment of the purge, from the log's clock
 * @param loggedBefore  the cut-off: references of records logged before this moment were removed
 * @param count         the number of references removed, at least 1
 */
public record PayloadPurge(Instant purgedAt, Instant loggedBefore, long count) {

    /**
     * Validates the trace.
     *
     * @param purgedAt      not null
     * @param loggedBefore  not null, not after {@code purgedAt}
     * @param count         at least 1 (a purge that removed nothing leaves no trace)
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or out of range
     */
    public PayloadPurge {
        Checks.notNull(purgedAt, "purgedAt");
        Checks.notNull(loggedBefore, "loggedBefore");
        Checks.require(!loggedBefore.isAfter(purgedAt), "loggedBefore", "notAfterPurgedAt",
                "must not be after the moment of the purge", null);
        Checks.require(count >= 1, "count", "positive", "must be at least 1, is " + count, null);
    }
}
