package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * The body pointed the sender of a formal message to the correct channel (<em>wijzen op de juiste wijze
 * van verzending</em>, Awb 2:16, eerste lid): the reaction from which Awb 2:23 extends the sender's term.
 *
 * <p>{@link #occurredAt()} is the moment of the reaction; {@link #receivedAt()} the moment of receipt
 * (Awb 2:20). The time between them is the extension of Awb 2:23. Legal basis:
 * {@link Provision#AWB_2_16_LID_1}, then {@link Provision#AWB_2_23}. Besides the null and empty checks,
 * the constructor alone checks the encodable range, well-formed identifiers, that the reaction does not
 * precede the receipt, and that the channel used is not among the correct ones. This record is immutable
 * and thread-safe.
 *
 * @param occurredAt       the moment of the reaction
 * @param body             the reacting body
 * @param messageId        the message sent the wrong way
 * @param sender           the afzender, to whom the reaction went
 * @param receivedAt       the moment of receipt of the message (Awb 2:20)
 * @param messageType      the formal type of the message (Awb 2:13 lid 1)
 * @param usedChannel      the channel the message came in through
 * @param correctChannels  the channels designated for the type (Awb 2:13 lid 2) the sender was pointed to;
 *                         iterates ascending by the UTF-8 bytes of the identifiers
 * @param payloadDigest    the SHA-256 digest of the reaction as sent
 */
public record PointedToCorrectChannel(@NotNull Instant occurredAt, @NotNull BodyId body,
        @NotNull MessageId messageId, @NotNull PartyId sender, @NotNull Instant receivedAt,
        @NotNull MessageTypeId messageType, @NotNull ChannelId usedChannel,
        @NotEmpty Set<@NotNull ChannelId> correctChannels, @NotNull Sha256Digest payloadDigest)
        implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_16_LID_1, Provision.AWB_2_23);

    /**
     * Validates the event and copies the set.
     *
     * @param occurredAt       the moment of the reaction, in the encodable range
     * @param body             the reacting body, not null
     * @param messageId        the message, not null
     * @param sender           the afzender, not null
     * @param receivedAt       the moment of receipt, in the encodable range
     * @param messageType      the formal type, not null
     * @param usedChannel      the channel used, not null
     * @param correctChannels  the correct channels, not empty, not holding null; it holds {@code usedChannel}
     *                         where that channel is designated but a further requirement was broken (P8)
     * @param payloadDigest    the digest of the reaction, not null
     * @throws InvalidInputException naming the field if an argument is null or empty, a moment is out of
     *         range or an identifier holds an unpaired surrogate; {@code field() "occurredAt"} if it is
     *         before {@code receivedAt}
     */
    public PointedToCorrectChannel(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
            @NotNull PartyId sender, @NotNull Instant receivedAt, @NotNull MessageTypeId messageType,
            @NotNull ChannelId usedChannel, @NotEmpty Set<@NotNull ChannelId> correctChannels,
            @NotNull Sha256Digest payloadDigest) {
        // A canonical rather than a compact constructor: javac 17 drops the type annotation on the set's
        // element type from a compact constructor's parameters, where Jakarta Validation looks for it.
        this.occurredAt = EventChecks.instant(occurredAt, "occurredAt");
        this.body = EventChecks.id(body, BodyId::value, "body");
        this.messageId = EventChecks.id(messageId, MessageId::value, "messageId");
        this.sender = EventChecks.id(sender, PartyId::value, "sender");
        this.receivedAt = EventChecks.instant(receivedAt, "receivedAt");
        this.messageType = EventChecks.id(messageType, MessageTypeId::value, "messageType");
        this.usedChannel = EventChecks.id(usedChannel, ChannelId::value, "usedChannel");
        this.correctChannels = EventChecks.idSet(correctChannels, ChannelId::value, "correctChannels");
        this.payloadDigest = EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
        EventChecks.notBefore(occurredAt, "occurredAt", receivedAt, "receivedAt", Provision.AWB_2_23);
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.POINTED_TO_CORRECT_CHANNEL;
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
