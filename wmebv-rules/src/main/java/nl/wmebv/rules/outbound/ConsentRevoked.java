package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.PartyId;

/**
 * The addressee revoked his consent for a channel (Awb 2:8; policy P16): it applies to messages sent after
 * {@code occurredAt}, not to one sent at that very moment or before. This record is immutable and
 * thread-safe.
 *
 * @param occurredAt  when the consent was revoked
 * @param addressee   the addressee
 * @param channel     the channel
 */
public record ConsentRevoked(Instant occurredAt, PartyId addressee, ChannelId channel) implements OutboundEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  when revoked, not null
     * @param addressee   the addressee, not null
     * @param channel     the channel, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
     */
    public ConsentRevoked {
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(addressee, "addressee");
        Checks.notNull(channel, "channel");
    }
}
