package nl.wmebv.rules.evidence;

import nl.wmebv.core.internal.Checks;

/**
 * Damage a store found when it opened: the first entry that could not be read back as it was written (a bad
 * checksum, a broken frame). A torn tail left by a crash is not damage: a durable store removes it, since it
 * was never acknowledged. This record is immutable and thread-safe.
 *
 * @param recordIndex  the index of the first damaged entry
 * @param detail       what was wrong, for the operator
 */
public record StoreDamage(long recordIndex, String detail) {

    /**
     * Validates the damage report.
     *
     * @param recordIndex  not negative
     * @param detail       not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or negative
     */
    public StoreDamage {
        Checks.require(recordIndex >= 0, "recordIndex", "notNegative", "must not be negative, is " + recordIndex, null);
        Checks.notNull(detail, "detail");
    }
}
