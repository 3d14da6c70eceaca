package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * The body sent the addressee a kennisgeving that a message became accessible for him
 * (<em>kennisgeving</em>, Awb 2:10, eerste lid).
 *
 * <p>{@link #occurredAt()} is the moment the kennisgeving was sent; the duty is met if that lies within 48
 * hours of accessibility (P19). A kennisgeving covering several messages (P21) is recorded once per message,
 * with the same moment and digest. Legal basis: {@link Provision#AWB_2_10_LID_1}. Besides the null checks,
 * the constructor alone checks the encodable range and well-formed identifiers. This record is immutable
 * and thread-safe.
 *
 * @param occurredAt     the moment the kennisgeving was sent
 * @param body           the sending body
 * @param messageId      the message that became accessible
 * @param addressee      the geadresseerde
 * @param channel        the channel the kennisgeving was sent through, e.g. an e-mail address
 * @param payloadDigest  the SHA-256 digest of the kennisgeving as sent
 */
public record NotificationSent(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull ChannelId channel, @NotNull Sha256Digest payloadDigest)
        implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_10_LID_1);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment the kennisgeving was sent, in the encodable range
     * @param body           the sending body, not null
     * @param messageId      the message, not null
     * @param addressee      the geadresseerde, not null
     * @param channel        the channel of the kennisgeving, not null
     * @param payloadDigest  the digest of the kennisgeving, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public NotificationSent {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        EventChecks.id(channel, ChannelId::value, "channel");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.NOTIFICATION_SENT;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return BASIS;
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of(addressee);
    }
}
