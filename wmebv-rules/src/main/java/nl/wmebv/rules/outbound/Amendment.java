package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;

/**
 * A change or withdrawal of a sent message by a new message (Awb 2:12), as seen from the original. This
 * record is immutable and thread-safe.
 *
 * @param amendment  the new message
 * @param kind       change or withdrawal
 * @param sentAt     when the new message was sent off
 */
public record Amendment(MessageId amendment, AmendmentKind kind, Instant sentAt) {

    /**
     * Validates the amendment.
     *
     * @param amendment  the new message, not null
     * @param kind       the kind, not null
     * @param sentAt     the moment, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
     */
    public Amendment {
        Checks.notNull(amendment, "amendment");
        Checks.notNull(kind, "kind");
        Checks.notNull(sentAt, "sentAt");
    }
}
