package nl.wmebv.testfixtures;

import java.util.List;
import java.util.Map;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.rules.evidence.EvidenceCopyRequest;

/**
 * One generated case of an afschrift (Awb 2:25 tweede zin, P14): the events of a body's evidence log, the party
 * each message belongs to (its sender or addressee), and one request for a copy.
 *
 * @param events   the events, in logging order
 * @param owners   for each message, the one party it was sent by or to
 * @param request  the request
 */
public record CopyCase(List<MessageEvent> events, Map<MessageId, PartyId> owners, EvidenceCopyRequest request) {

    /**
     * Validates and copies the case.
     *
     * @param events   not null
     * @param owners   not null, an owner for every message of the events
     * @param request  not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or an owner is missing
     */
    public CopyCase {
        events = Checks.listCopy(events, "events");
        owners = Checks.mapCopy(owners, "owners");
        Checks.notNull(request, "request");
        for (MessageEvent e : events) {
            Checks.require(owners.containsKey(e.messageId()), "owners", "everyMessage",
                    "no owner for " + e.messageId(), null);
        }
    }

    @Override
    public String toString() {
        return events.size() + " events of " + owners.size() + " messages, request " + request;
    }
}
