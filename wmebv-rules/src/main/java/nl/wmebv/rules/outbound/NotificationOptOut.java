package nl.wmebv.rules.outbound;

import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.PartyId;

/**
 * The addressee let it be known that he does not want kennisgevingen (<em>afmelding voor
 * kennisgevingen</em>, Awb 2:10 lid 1, 2:22 lid 1). A kennisgeving not yet due when he opted out is no
 * longer owed, and 2:22 lid 1 does not protect him. This record is immutable and thread-safe.
 *
 * @param occurredAt  when he let it be known
 * @param addressee   the addressee
 */
public record NotificationOptOut(Instant occurredAt, PartyId addressee) implements OutboundEvent {

    /**
     * Validates the event.
     *
     * @param occurredAt  the moment, not null
     * @param addressee   the addressee, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
     */
    public NotificationOptOut {
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(addressee, "addressee");
    }
}
