package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * A message reached the body (<em>ontvangst</em>, Awb 2:20): the receipt of which the body bears the burden
 * of proof (Awb 2:25).
 *
 * <p>{@link #occurredAt()} is the moment of receipt: the message reached the body's system or another
 * system designated for it, or otherwise became electronically accessible to the body; not its reading or
 * registration. Legal basis: {@link Provision#AWB_2_20}. Besides the null checks, the constructor alone
 * checks that the moment lies in the encodable range and that identifiers are well-formed Unicode. This
 * record is immutable and thread-safe.
 *
 * @param occurredAt     the moment of receipt (Awb 2:20)
 * @param body           the receiving body
 * @param messageId      the message
 * @param sender         the afzender
 * @param channel        the channel the message came in through
 * @param messageType    the formal type (Awb 2:13 lid 1) the body assigned; empty for an informal message
 *                       (Awb 2:14) or a type not yet known
 * @param payloadDigest  the SHA-256 digest of the message as received
 */
public record MessageReceived(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId sender, @NotNull ChannelId channel, @NotNull Optional<MessageTypeId> messageType,
        @NotNull Sha256Digest payloadDigest) implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_20);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment of receipt, in the encodable range
     * @param body           the receiving body, not null
     * @param messageId      the message, not null
     * @param sender         the afzender, not null
     * @param channel        the channel the message came in through, not null
     * @param messageType    the type the body assigned, not null but may be empty
     * @param payloadDigest  the digest of the message, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, a moment is out of
     *         range or an identifier holds an unpaired surrogate
     */
    public MessageReceived {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(sender, PartyId::value, "sender");
        EventChecks.id(channel, ChannelId::value, "channel");
        EventChecks.optionalId(messageType, MessageTypeId::value, "messageType");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.MESSAGE_RECEIVED;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return BASIS;
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of(sender);
    }
}
