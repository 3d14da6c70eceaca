package nl.wmebv.core.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.PartyId;

/**
 * A fact the body records as evidence (<em>bewijslast</em>, Awb 2:25): the receipt of a message, its
 * sending, the addressee's <em>kennisneming</em>, and the facts around them (acknowledgements, kennisgevingen,
 * failed deliveries, outages).
 *
 * <p>Events hold identifiers, moments, enumerated facts and SHA-256 digests of content, never content
 * itself, so content can be erased while the evidence stays verifiable (P26). Every field, including the
 * type and the cited provisions, is part of the canonical encoding ({@link EvidenceEncoding}), which is of
 * the event alone: a log that salts, chains or signs records wraps it. {@link #parties()} names the parties
 * an event concerns, so a copy for an afzender or geadresseerde (Awb 2:25, second sentence; P14) can hold
 * exactly his records.
 *
 * <p>Java 17 callers {@code switch} on {@link #type()} without a {@code default} and cast, or use
 * {@code instanceof}; events about one message implement {@link MessageEvent}. Implementations are
 * immutable and thread-safe.
 */
public sealed interface EvidenceEvent permits MessageEvent, OutageStarted, OutageEnded, ExtensionAnnounced {

    /**
     * Returns the type of this event, which fixes its fields and their order in the encoding.
     *
     * @return the type
     */
    EvidenceEventType type();

    /**
     * Returns the moment the recorded fact happened; each type says which moment that is.
     *
     * @return the moment, between {@link EvidenceEncoding#MIN_INSTANT} and {@link EvidenceEncoding#MAX_INSTANT}
     */
    Instant occurredAt();

    /**
     * Returns the administrative body that records the event and bears the burden of proof.
     *
     * @return the body
     */
    BodyId body();

    /**
     * Returns the provisions this event is evidence for, primary first. They follow from the type and its
     * enumerated fields, and are part of the encoding.
     *
     * @return a non-empty, unmodifiable list
     */
    List<LegalBasis> legalBasis();

    /**
     * Returns the parties this event concerns: the afzender of an inbound message or the geadresseerde of
     * an outbound one. Outages and extensions concern no party.
     *
     * @return an unmodifiable set, possibly empty
     */
    Set<PartyId> parties();

    /**
     * Returns whether this event concerns a party, i.e. belongs in his copy of the evidence (Awb 2:25,
     * second sentence; P14).
     *
     * @param party  the party, not null
     * @return true if {@link #parties()} contains {@code party}
     * @throws nl.wmebv.core.InvalidInputException if {@code party} is null ({@code field() "party"})
     */
    default boolean concerns(PartyId party) {
        Checks.notNull(party, "party");
        return parties().contains(party);
    }
}
