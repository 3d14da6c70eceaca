package nl.wmebv.rules.evidence;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;

/**
 * A request for a copy of the evidence (<em>verzoek om afschrift</em>, Awb 2:25, second sentence; P14) by the
 * afzender or geadresseerde, or by his gemachtigde (Awb 2:1), for one message or for a period.
 *
 * <p>{@link #party()} is the afzender or geadresseerde whose records are asked for; when a gemachtigde asks,
 * {@link #representative()} names him and the copy still holds only the party's records. The embedder
 * establishes that the requester is who he says and that a gemachtigde is authorised; the library only
 * guarantees that the copy holds nothing about anyone else. This record is immutable and thread-safe.
 *
 * @param party           the afzender or geadresseerde whose records are asked for
 * @param representative  the gemachtigde who asks on his behalf, if any
 * @param message         the message asked about, or empty for a period
 * @param from            the start of the period (inclusive), or empty for a message
 * @param to              the end of the period (exclusive), or empty for a message
 */
public record EvidenceCopyRequest(PartyId party, Optional<PartyId> representative, Optional<MessageId> message,
        Optional<Instant> from, Optional<Instant> to) {

    /**
     * Validates the request.
     *
     * @param party           not null
     * @param representative  not null, may be empty; not the party himself
     * @param message         not null; present exactly when the period is absent
     * @param from            not null; present together with {@code to}
     * @param to              not null; not before {@code from}
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or the scope is not
     *         exactly one message or one period
     */
    public EvidenceCopyRequest {
        Checks.notNull(party, "party");
        Checks.notNull(representative, "representative");
        Checks.notNull(message, "message");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.require(representative.isEmpty() || !representative.get().equals(party), "representative",
                "notTheParty", "a party does not represent himself", null);
        Checks.require(message.isPresent() != from.isPresent(), "message", "oneScope",
                "ask for one message or for one period", Provision.AWB_2_25.basis());
        Checks.require(from.isPresent() == to.isPresent(), "to", "periodComplete", "a period needs from and to", null);
        Checks.require(from.isEmpty() || !to.get().isBefore(from.get()), "to", "notBeforeFrom",
                "must not be before from", null);
    }

    /**
     * Asks for the evidence about one message.
     *
     * @param party    the afzender or geadresseerde, not null
     * @param message  the message, not null
     * @return the request
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static EvidenceCopyRequest forMessage(PartyId party, MessageId message) {
        Checks.notNull(message, "message");
        return new EvidenceCopyRequest(party, Optional.empty(), Optional.of(message), Optional.empty(), Optional.empty());
    }

    /**
     * Asks for the evidence about the party's messages whose facts happened in a period {@code [from, to)}.
     *
     * @param party  the afzender or geadresseerde, not null
     * @param from   the start, inclusive, not null
     * @param to     the end, exclusive, not before {@code from}
     * @return the request
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or the period is reversed
     */
    public static EvidenceCopyRequest forPeriod(PartyId party, Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        return new EvidenceCopyRequest(party, Optional.empty(), Optional.empty(), Optional.of(from), Optional.of(to));
    }

    /**
     * Returns this request as made by a gemachtigde of the party.
     *
     * @param representative  the gemachtigde, not null, not the party
     * @return the new request
     * @throws nl.wmebv.core.InvalidInputException if {@code representative} is null or the party
     */
    public EvidenceCopyRequest byRepresentative(PartyId representative) {
        Checks.notNull(representative, "representative");
        return new EvidenceCopyRequest(party, Optional.of(representative), message, from, to);
    }

    /**
     * Returns whether an event is within this request: it concerns the party and lies in the scope.
     *
     * @param event  the event, not null
     * @return true if the event belongs in the copy
     * @throws nl.wmebv.core.InvalidInputException if {@code event} is null
     */
    public boolean covers(MessageEvent event) {
        Checks.notNull(event, "event");
        if (!event.concerns(party)) {
            return false;
        }
        if (message.isPresent()) {
            return event.messageId().equals(message.get());
        }
        return !event.occurredAt().isBefore(from.orElseThrow()) && event.occurredAt().isBefore(to.orElseThrow());
    }
}
