package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;

/**
 * A ground on which lateness is not held against the sender or addressee (<em>verschoonbare
 * termijnoverschrijding</em>, Awb 2:21 lid 3 second sentence, 2:22 lid 1), with the provision and the facts.
 * This record is immutable and thread-safe.
 *
 * @param provision     the provision that excuses
 * @param finding       the finding key, e.g. {@code "ledger.outage.grace"}
 * @param excusedUntil  the moment until which lateness is excused, exclusive, or empty when unbounded (P3, or an
 *                      outage still in progress)
 * @param facts         the facts used, rendered, in order
 */
public record ExcusableLateness(Provision provision, String finding, Optional<Instant> excusedUntil,
        Map<String, String> facts) {

    /**
     * Validates the excusal.
     *
     * @param provision     the provision, not null
     * @param finding       the finding key, an identifier
     * @param excusedUntil  the limit, not null (may be empty)
     * @param facts         the facts, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public ExcusableLateness {
        Checks.notNull(provision, "provision");
        Checks.identifier(finding, "finding");
        Checks.notNull(excusedUntil, "excusedUntil");
        Checks.mapCopy(facts, "facts");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
