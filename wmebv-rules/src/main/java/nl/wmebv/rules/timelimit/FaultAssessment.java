package nl.wmebv.rules.timelimit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;

/**
 * A judgement the library never makes (P18): whether a late sender or addressee was <em>in verzuim</em>
 * (Awb 6:11, 2:21 lid 3 first sentence, 2:22 lid 2), or whether a sender <em>redelijkerwijs kon menen</em>
 * he could submit as he did (2:23), with the facts a lawyer needs to make it. This record is immutable and
 * thread-safe.
 *
 * @param provision  the provision that asks the question
 * @param question   the question key, e.g. {@code "ledger.fault.outage"}
 * @param facts      the facts, rendered, in order
 */
public record FaultAssessment(Provision provision, String question, Map<String, String> facts) {

    /**
     * Validates the assessment.
     *
     * @param provision  the provision, not null
     * @param question   the question key, an identifier
     * @param facts      the facts, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public FaultAssessment {
        Checks.notNull(provision, "provision");
        Checks.identifier(question, "question");
        Checks.mapCopy(facts, "facts");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
