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
 * A channel of the body became reachable again after an outage (<em>einde storing</em>, Awb 2:21).
 *
 * <p>{@link #occurredAt()} is the moment the outage ended; the outage is the half-open interval
 * [{@link #startedAt()}, {@link #occurredAt()}). An outage concerns no party. Legal basis as for
 * {@link OutageStarted}. Besides the null checks, the constructor alone checks the encodable range,
 * well-formed identifiers, and that the outage ends after it started. This record is immutable and
 * thread-safe.
 *
 * @param occurredAt  the moment the outage ended, exclusive
 * @param body        the body whose channel it is
 * @param channel     the channel
 * @param kind        unreachable or degraded
 * @param startedAt   the moment the outage began, inclusive
 */
public record OutageEnded(@NotNull Instant occurredAt, @NotNull BodyId body, @NotNull ChannelId channel,
        @NotNull OutageKind kind, @NotNull Instant startedAt) implements EvidenceEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment the outage ended, in the encodable range, after {@code startedAt}
     * @param body        the body, not null
     * @param channel     the channel, not null
     * @param kind        the kind of outage, not null
     * @param startedAt   the moment the outage began, in the encodable range
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null, a moment is out of
     *         range or an identifier holds an unpaired surrogate; {@code field() "occurredAt"} if it is not
     *         after {@code startedAt}
     */
    public OutageEnded {
        EventChecks.instant(occurredAt, "occurredAt");
        EventChecks.id(body, BodyId::value, "body");
        EventChecks.id(channel, ChannelId::value, "channel");
        Checks.notNull(kind, "kind");
        EventChecks.instant(startedAt, "startedAt");
        Checks.require(occurredAt.isAfter(startedAt), "occurredAt", "afterStartedAt",
                "must be after startedAt (" + startedAt + "), was " + occurredAt, Provision.AWB_2_21_LID_3.basis());
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.OUTAGE_ENDED;
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
