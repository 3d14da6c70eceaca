package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * After a failed delivery the body sent a message, or its kennisgeving, again or another way
 * (<em>nogmaals of op andere wijze verzenden</em>, Awb 2:11).
 *
 * <p>{@link #occurredAt()} is the moment of the new sending. For a message it counts as the moment of
 * sending (Awb 2:11 lid 3; after several, the last successful one, P12); a kennisgeving sent again does not
 * move the sending moment of the message. Legal basis: {@link Provision#AWB_2_11_LID_1} then
 * {@link Provision#AWB_2_11_LID_3} for a message, {@link Provision#AWB_2_11_LID_2} for a kennisgeving.
 * Besides the null checks, the constructor alone checks the encodable range and well-formed identifiers.
 * This record is immutable and thread-safe.
 *
 * @param occurredAt     the moment of the new sending
 * @param body           the sending body
 * @param messageId      the message, or the message the kennisgeving was about
 * @param addressee      the geadresseerde
 * @param item           whether the message or its kennisgeving was sent again
 * @param channel        the channel used this time, e.g. post
 * @param payloadDigest  the SHA-256 digest of what was sent this time
 */
public record Resent(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull DeliveryItem item, @NotNull ChannelId channel,
        @NotNull Sha256Digest payloadDigest) implements MessageEvent {

    private static final List<LegalBasis> MESSAGE_BASIS =
            EventChecks.bases(Provision.AWB_2_11_LID_1, Provision.AWB_2_11_LID_3);
    private static final List<LegalBasis> NOTIFICATION_BASIS = EventChecks.bases(Provision.AWB_2_11_LID_2);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment of the new sending, in the encodable range
     * @param body           the sending body, not null
     * @param messageId      the message, not null
     * @param addressee      the geadresseerde, not null
     * @param item           the item sent again, not null
     * @param channel        the channel used, not null
     * @param payloadDigest  the digest of what was sent, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public Resent {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        Checks.notNull(item, "item");
        EventChecks.id(channel, ChannelId::value, "channel");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.RESENT;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return item == DeliveryItem.MESSAGE ? MESSAGE_BASIS : NOTIFICATION_BASIS;
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of(addressee);
    }
}
