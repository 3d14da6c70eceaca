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
import nl.wmebv.core.message.PartyId;

/**
 * A channel of the body became unreachable or degraded (<em>storing</em>, <em>verminderde elektronische
 * bereikbaarheid</em>, Awb 2:21).
 *
 * <p>{@link #occurredAt()} is the moment the outage began. An outage concerns no party. Legal basis:
 * {@link Provision#AWB_2_21_LID_3} then {@link Provision#AWB_2_21_LID_1} for an
 * {@link OutageKind#UNAVAILABLE} channel, {@link Provision#AWB_2_21_LID_1} for a
 * {@link OutageKind#DEGRADED} one. Besides the null checks, the constructor alone checks the encodable range
 * and well-formed identifiers. This record is immutable and thread-safe.
 *
 * @param occurredAt  the moment the outage began
 * @param body        the body whose channel it is
 * @param channel     the channel
 * @param kind        unreachable or degraded
 */
public record OutageStarted(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull ChannelId channel,
        @NotNull OutageKind kind) implements EvidenceEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment the outage began, in the encodable range
     * @param body        the body, not null
     * @param channel     the channel, not null
     * @param kind        the kind of outage, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, the moment is out
     *         of range or an identifier holds an unpaired surrogate
     */
    public OutageStarted {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(channel, ChannelId::value, "channel");
        Checks.notNull(kind, "kind");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.OUTAGE_STARTED;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return kind.provisions().stream().map(Provision::basis).toList();
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of();
    }
}
