package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;

/**
 * A message sent through a channel without a placement (e.g. e-mail) reached a system for which no
 * administrative body is responsible, such as the addressee's mail provider (Awb 2:19 onder a). A relay run
 * by another body does not count. This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment the message reached that system
 * @param messageId   the message
 * @param addressee   the addressee
 * @param channel     the body's channel it was sent through
 */
public record ReachedAddresseeSystem(Instant occurredAt, MessageId messageId, PartyId addressee, ChannelId channel)
        implements OutboundEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment, not null
     * @param messageId   the message, not null
     * @param addressee   the addressee, not null
     * @param channel     the channel, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
     */
    public ReachedAddresseeSystem {
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(addressee, "addressee");
        Checks.notNull(channel, "channel");
    }
}
