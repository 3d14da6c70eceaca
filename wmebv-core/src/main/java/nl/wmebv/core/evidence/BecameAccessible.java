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
 * A placed message became accessible to the addressee (<em>toegankelijk worden</em>, Awb 2:19 onder b or
 * c): the moment the message counts as sent, from which the 48 hours of Awb 2:10 run.
 *
 * <p>{@link #occurredAt()} is the moment of accessibility. Legal basis: {@link Provision#AWB_2_19_ONDER_B}
 * for a {@link MessageBoxKind#MESSAGE_BOX}, {@link Provision#AWB_2_19_ONDER_C} for a
 * {@link MessageBoxKind#WDO_MESSAGE_BOX}. Besides the null checks, the constructor alone checks the
 * encodable range and well-formed identifiers. This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment the message became accessible
 * @param body        the sending body
 * @param messageId   the message
 * @param addressee   the geadresseerde
 * @param channel     the message box in which it became accessible
 * @param messageBox  which onderdeel of Awb 2:19 this accessibility falls under
 */
public record BecameAccessible(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull ChannelId channel, @NotNull MessageBoxKind messageBox)
        implements MessageEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment of accessibility, in the encodable range
     * @param body        the sending body, not null
     * @param messageId   the message, not null
     * @param addressee   the geadresseerde, not null
     * @param channel     the message box, not null
     * @param messageBox  the kind of message box, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public BecameAccessible {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        EventChecks.id(channel, ChannelId::value, "channel");
        Checks.notNull(messageBox, "messageBox");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.BECAME_ACCESSIBLE;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return EventChecks.bases(messageBox.provision());
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of(addressee);
    }
}
