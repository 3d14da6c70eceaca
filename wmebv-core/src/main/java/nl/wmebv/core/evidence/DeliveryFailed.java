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

/**
 * The body learned that a message, or the kennisgeving about it, did not reach the addressee
 * (<em>niet met succes bezorgen</em>, Awb 2:11, eerste or tweede lid).
 *
 * <p>{@link #occurredAt()} is the moment the body learned of the failure (a bounce, a non-delivery report,
 * a failed placement): without knowledge there is no duty to send again. Legal basis:
 * {@link Provision#AWB_2_11_LID_1} for the message, {@link Provision#AWB_2_11_LID_2} for the kennisgeving.
 * Besides the null checks, the constructor alone checks the encodable range and well-formed identifiers.
 * This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment the body learned of the failure
 * @param body        the sending body
 * @param messageId   the message, or the message the kennisgeving was about
 * @param addressee   the geadresseerde
 * @param item        whether the message or its kennisgeving failed
 * @param failure     whether the failure is permanent or may pass
 * @param channel     the channel the delivery failed on
 */
public record DeliveryFailed(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull DeliveryItem item, @NotNull FailureKind failure,
        @NotNull ChannelId channel) implements MessageEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment the body learned of the failure, in the encodable range
     * @param body        the sending body, not null
     * @param messageId   the message, not null
     * @param addressee   the geadresseerde, not null
     * @param item        the failed item, not null
     * @param failure     the kind of failure, not null
     * @param channel     the channel, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public DeliveryFailed {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        Checks.notNull(item, "item");
        Checks.notNull(failure, "failure");
        EventChecks.id(channel, ChannelId::value, "channel");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.DELIVERY_FAILED;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return EventChecks.bases(item.provision());
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of(addressee);
    }
}
