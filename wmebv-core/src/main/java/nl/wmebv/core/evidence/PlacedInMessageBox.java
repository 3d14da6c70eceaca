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
 * The body placed a message for an addressee in a system in which he has access to it (<em>plaatsen in
 * een berichtenbox</em>, Awb 2:10, eerste lid): the placement that triggers the duty of kennisgeving.
 *
 * <p>{@link #occurredAt()} is the moment of placement. The message counts as sent only when it becomes
 * accessible ({@link BecameAccessible}, Awb 2:19 onder b or c). A re-placement is a new placement (P12).
 * Legal basis: {@link Provision#AWB_2_10_LID_1}. Besides the null checks, the constructor alone checks the
 * encodable range and well-formed identifiers. This record is immutable and thread-safe.
 *
 * @param occurredAt     the moment of placement
 * @param body           the sending body
 * @param messageId      the placed message
 * @param addressee      the geadresseerde
 * @param channel        the message box the message was placed in
 * @param payloadDigest  the SHA-256 digest of the message as placed
 */
public record PlacedInMessageBox(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull ChannelId channel, @NotNull Sha256Digest payloadDigest)
        implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_10_LID_1);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment of placement, in the encodable range
     * @param body           the sending body, not null
     * @param messageId      the message, not null
     * @param addressee      the geadresseerde, not null
     * @param channel        the message box, not null
     * @param payloadDigest  the digest of the message, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public PlacedInMessageBox {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        EventChecks.id(channel, ChannelId::value, "channel");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.PLACED_IN_MESSAGE_BOX;
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
