package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.message.PartyId;

/**
 * A fact about an outbound message that the evidence events of {@code nl.wmebv.core.evidence} do not cover:
 * the addressee's consent (Awb 2:8) and its revocation, an e-mail reaching the addressee's provider (2:19
 * onder a), an opt-out from kennisgevingen (2:10 lid 1) and an amendment sent (2:12).
 *
 * <p>Every event carries its own moment; the tracker sorts by it, so the order of arrival does not matter.
 * Implementations are immutable and thread-safe.
 */
public sealed interface OutboundEvent
        permits ConsentGiven, ConsentRevoked, ReachedAddresseeSystem, NotificationOptOut, AmendmentSent {

    /**
     * Returns the moment the fact happened.
     *
     * @return the moment
     */
    Instant occurredAt();

    /**
     * Returns the addressee (<em>geadresseerde</em>) the fact concerns.
     *
     * @return the addressee
     */
    PartyId addressee();
}
