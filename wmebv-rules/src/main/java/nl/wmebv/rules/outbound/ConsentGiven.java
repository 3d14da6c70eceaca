package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.PartyId;

/**
 * The addressee expressly made known that he is sufficiently reachable through a channel (<em>uitdrukkelijk
 * kenbaar maken</em>, Awb 2:8; policy P16). It covers messages sent after {@code occurredAt}. This record is
 * immutable and thread-safe.
 *
 * @param occurredAt         when the consent was given
 * @param addressee          the addressee
 * @param channel            the channel the consent is for
 * @param evidenceReference  a reference to the evidence of the consent
 */
public record ConsentGiven(Instant occurredAt, PartyId addressee, ChannelId channel, String evidenceReference)
        implements OutboundEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt         when given, not null
     * @param addressee          the addressee, not null
     * @param channel            the channel, not null
     * @param evidenceReference  the evidence reference, not blank
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
     */
    public ConsentGiven {
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(addressee, "addressee");
        Checks.notNull(channel, "channel");
        evidenceReference = Checks.notBlank(evidenceReference, "evidenceReference");
    }
}
