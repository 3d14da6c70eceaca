package nl.wmebv.rules.receipt;

import java.time.Instant;
import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * Fixes the legal moment of receipt (<em>tijdstip van ontvangst</em>, Awb 2:20): the first of reaching the
 * body's own system, reaching another system designated for it, or becoming otherwise electronically
 * accessible to the body. Implements {@link Provision#AWB_2_20}. On a tie the route listed first in the
 * article wins. This class is immutable and thread-safe.
 */
public final class TimeOfReceiptRule {
    private static final TimeOfReceiptRule INSTANCE = new TimeOfReceiptRule();

    private TimeOfReceiptRule() {
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public static TimeOfReceiptRule of() {
        return INSTANCE;
    }

    /**
     * Applies Awb 2:20.
     *
     * @param facts  the technical moments, not null
     * @return the moment of receipt with its legal day
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null
     */
    public TimeOfReceipt apply(ReceiptFacts facts) {
        Checks.notNull(facts, "facts");
        Instant first = null;
        ReceiptRoute route = null;
        Instant[] moments = {facts.reachedOwnSystemAt(), facts.reachedOtherDesignatedSystemAt(),
            facts.becameOtherwiseAccessibleAt()};
        ReceiptRoute[] routes = ReceiptRoute.values();
        Step step = Step.of(Provision.AWB_2_20.basis(), "timeOfReceipt").withFact("messageId", facts.messageId());
        for (int i = 0; i < moments.length; i++) {
            if (moments[i] != null) {
                step = step.withFact(routes[i].name(), LegalTime.render(moments[i]));
                if (first == null || moments[i].isBefore(first)) {
                    first = moments[i];
                    route = routes[i];
                }
            }
        }
        step = step.withFact("route", route).withFact("receivedAt", LegalTime.render(first));
        LegalBasis basis = Provision.AWB_2_20.basis();
        return new TimeOfReceipt(facts.messageId(), first, LegalTime.legalDay(first), route, List.of(basis),
                Trace.of(step));
    }
}
