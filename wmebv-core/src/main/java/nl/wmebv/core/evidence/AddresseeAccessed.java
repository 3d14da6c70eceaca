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
 * The addressee took note of a message (<em>kennisneming</em>, Awb 2:25): he logged in while it was
 * accessible, opened it or downloaded it.
 *
 * <p>{@link #occurredAt()} is the moment of access. A log-in while several messages were accessible is
 * recorded once per message. Access by someone acting for the addressee (a gemachtigde) is recorded as
 * the addressee's. Legal basis: {@link Provision#AWB_2_25}. Besides the null checks, the constructor alone
 * checks the encodable range and well-formed identifiers. This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment of access
 * @param body        the sending body
 * @param messageId   the message
 * @param addressee   the geadresseerde
 * @param access      how he took note
 * @param channel     the system in which he did
 */
public record AddresseeAccessed(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull MessageId messageId,
        @NotNull PartyId addressee, @NotNull AccessKind access, @NotNull ChannelId channel)
        implements MessageEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_25);

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment of access, in the encodable range
     * @param body        the sending body, not null
     * @param messageId   the message, not null
     * @param addressee   the geadresseerde, not null
     * @param access      the kind of access, not null
     * @param channel     the system, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public AddresseeAccessed {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(messageId, MessageId::value, "messageId");
        EventChecks.id(addressee, PartyId::value, "addressee");
        Checks.notNull(access, "access");
        EventChecks.id(channel, ChannelId::value, "channel");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.ADDRESSEE_ACCESSED;
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
