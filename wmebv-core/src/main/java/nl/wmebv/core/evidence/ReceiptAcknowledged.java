package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * The body confirmed the receipt of a message to its sender (<em>ontvangstbevestiging</em>, Awb 2:17,
 * eerste lid).
 *
 * <p>{@link #occurredAt()} is the moment the acknowledgement was sent; {@link #receivedAt()} the moment of
 * receipt (Awb 2:20) it confirms. Legal basis: {@link Provision#AWB_2_17_LID_1}. Besides the null checks,
 * the constructor alone checks the encodable range, well-formed identifiers, and that the acknowledgement
 * does not precede the receipt. This record is immutable and thread-safe.
 *
 * @param occurredAt     the moment the acknowledgement was sent
 * @param body           the acknowledging body
 * @param messageId      the acknowledged message
 * @param sender         the afzender, to whom the acknowledgement went
 * @param receivedAt     the moment of receipt the acknowledgement confirms (Awb 2:20)
 * @param payloadDigest  the SHA-256 digest of the acknowledgement as sent
 */
public record ReceiptAcknowledged(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId sender, @NotNull Instant receivedAt, @NotNull Sha256Digest payloadDigest)
        implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_17_LID_1);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment the acknowledgement was sent, in the encodable range
     * @param body           the acknowledging body, not null
     * @param messageId      the acknowledged message, not null
     * @param sender         the afzender, not null
     * @param receivedAt     the confirmed moment of receipt, in the encodable range
     * @param payloadDigest  the digest of the acknowledgement, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, a moment is out of
     *         range or an identifier holds an unpaired surrogate; {@code field() "occurredAt"} if it is
     *         before {@code receivedAt}
     */
    public ReceiptAcknowledged {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(sender, PartyId::value, "sender");
        EventChecks.instant(receivedAt, "receivedAt");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
        EventChecks.notBefore(occurredAt, "occurredAt", receivedAt, "receivedAt", Provision.AWB_2_17_LID_1);
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.RECEIPT_ACKNOWLEDGED;
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
