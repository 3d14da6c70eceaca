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
 * The body made the data a sender entered directly into its system available to him
 * (<em>ter beschikking stellen van de ingevoerde gegevens</em>, Awb 2:17, tweede lid).
 *
 * <p>{@link #occurredAt()} is the moment the copy was made available; {@link #payloadDigest()} is the
 * digest of that copy, which holds the entered data and the digests of uploaded attachments (P9). Legal
 * basis: {@link Provision#AWB_2_17_LID_2}. Besides the null checks, the constructor alone checks the
 * encodable range and well-formed identifiers. This record is immutable and thread-safe.
 *
 * @param occurredAt     the moment the copy was made available
 * @param body           the body
 * @param messageId      the message sent by direct data entry
 * @param sender         the afzender, who entered the data
 * @param payloadDigest  the SHA-256 digest of the copy made available
 */
public record EnteredDataReturned(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId sender, @NotNull Sha256Digest payloadDigest) implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_17_LID_2);

    /**
     * Validates the event.
     *
     * @param occurredAt     the moment the copy was made available, in the encodable range
     * @param body           the body, not null
     * @param messageId      the message, not null
     * @param sender         the afzender, not null
     * @param payloadDigest  the digest of the copy, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public EnteredDataReturned {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(sender, PartyId::value, "sender");
        EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.ENTERED_DATA_RETURNED;
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
