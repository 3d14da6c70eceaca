package nl.wmebv.rules.evidence;

import java.util.OptionalLong;
import nl.wmebv.core.internal.Checks;

/**
 * The result of checking evidence: a proof, a checkpoint, a log against a checkpoint, or a copy
 * (<em>afschrift</em>, Awb 2:25). A failed check is a value, never an exception: it carries a stable
 * {@link #reason() reason} key, a human-readable {@link #detail() detail} and, where the check could tell,
 * the index of the {@link #firstBadRecord() first bad record}. This record is immutable and thread-safe.
 *
 * @param valid           whether the evidence checked out
 * @param reason          a stable key: {@code "valid"}, or why it failed, e.g. {@code "rootMismatch"}
 * @param detail          a human-readable statement of what was checked or what failed
 * @param firstBadRecord  the index of the first record found bad, if the check could tell
 */
public record Verification(boolean valid, String reason, String detail, OptionalLong firstBadRecord) {

    /**
     * Validates the result.
     *
     * @param valid           whether the evidence checked out
     * @param reason          the reason key, not null
     * @param detail          the detail, not null
     * @param firstBadRecord  the first bad record, not null, empty when valid
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null, or a valid result
     *         names a bad record ({@code field() "firstBadRecord"})
     */
    public Verification {
        Checks.notNull(reason, "reason");
        Checks.notNull(detail, "detail");
        Checks.notNull(firstBadRecord, "firstBadRecord");
        Checks.require(!valid || firstBadRecord.isEmpty(), "firstBadRecord", "emptyWhenValid",
                "a valid result names no bad record", null);
        Checks.require(firstBadRecord.isEmpty() || firstBadRecord.getAsLong() >= 0, "firstBadRecord", "notNegative",
                "must not be negative", null);
    }

    /**
     * Returns a successful check.
     *
     * @param detail  what was checked, not null
     * @return the result
     */
    public static Verification ok(String detail) {
        return new Verification(true, "valid", detail, OptionalLong.empty());
    }

    /**
     * Returns a failed check that names no record.
     *
     * @param reason  the reason key, not null
     * @param detail  what failed, not null
     * @return the result
     */
    public static Verification failed(String reason, String detail) {
        return new Verification(false, reason, detail, OptionalLong.empty());
    }

    /**
     * Returns a failed check that names the first bad record.
     *
     * @param reason  the reason key, not null
     * @param record  the index of the first bad record
     * @param detail  what failed, not null
     * @return the result
     */
    public static Verification failedAt(String reason, long record, String detail) {
        return new Verification(false, reason, "record " + record + ": " + detail, OptionalLong.of(record));
    }
}
