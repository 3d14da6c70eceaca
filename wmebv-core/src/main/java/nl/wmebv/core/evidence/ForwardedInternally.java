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

/**
 * The body passed a message that came in the wrong way into its correct internal workflow
 * (<em>interne doorgeleiding</em>, Awb 2:24), handling it under Awb 2:16, eerste lid, onder a.
 *
 * <p>{@link #occurredAt()} is the moment of the internal forwarding, from which a statutory handling term
 * runs if the sender is told of it without delay; {@link #receivedAt()} the moment of receipt (Awb 2:20).
 * Legal basis: {@link Provision#AWB_2_24}, then {@link Provision#AWB_2_16_LID_1_ONDER_A}. Besides the null
 * checks, the constructor alone checks the encodable range, well-formed identifiers, and that the
 * forwarding does not precede the receipt. This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment of internal forwarding
 * @param body        the body
 * @param messageId   the forwarded message
 * @param sender      the afzender
 * @param receivedAt  the moment of receipt of the message (Awb 2:20)
 */
public record ForwardedInternally(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId sender, @NotNull Instant receivedAt) implements MessageEvent {

    private static final List<LegalBasis> BASIS =
            EventChecks.bases(Provision.AWB_2_24, Provision.AWB_2_16_LID_1_ONDER_A);

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment of internal forwarding, in the encodable range
     * @param body        the body, not null
     * @param messageId   the message, not null
     * @param sender      the afzender, not null
     * @param receivedAt  the moment of receipt, in the encodable range
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, a moment is out of
     *         range or an identifier holds an unpaired surrogate; {@code field() "occurredAt"} if it is
     *         before {@code receivedAt}
     */
    public ForwardedInternally {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(sender, PartyId::value, "sender");
        EventChecks.instant(receivedAt, "receivedAt");
        EventChecks.notBefore(occurredAt, "occurredAt", receivedAt, "receivedAt", Provision.AWB_2_24);
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.FORWARDED_INTERNALLY;
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
