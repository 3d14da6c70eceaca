package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;

/**
 * The body sent a new message that changes or withdraws this one (Awb 2:12). The original is never changed:
 * its sending moment and records stay; the amendment is tracked as a message of its own, with its own
 * sending moment, kennisgeving duty and evidence. This record is immutable and thread-safe.
 *
 * @param occurredAt  when the new message was sent off (its own 2:19 moment is tracked separately)
 * @param messageId   the original message
 * @param addressee   the addressee
 * @param amendment   the new message stating the change or withdrawal
 * @param kind        change or withdrawal
 */
public record AmendmentSent(Instant occurredAt, MessageId messageId, PartyId addressee, MessageId amendment,
        AmendmentKind kind) implements OutboundEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment, not null
     * @param messageId   the original message, not null
     * @param addressee   the addressee, not null
     * @param amendment   the new message, not null and not {@code messageId}
     * @param kind        the kind, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null, or the amendment is
     *         the original itself ({@code field() "amendment"})
     */
    public AmendmentSent {
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(addressee, "addressee");
        Checks.notNull(amendment, "amendment");
        Checks.notNull(kind, "kind");
        Checks.require(!amendment.equals(messageId), "amendment", "notSelf",
                "a change or withdrawal is a new message, not the original", Provision.AWB_2_12.basis());
    }
}
