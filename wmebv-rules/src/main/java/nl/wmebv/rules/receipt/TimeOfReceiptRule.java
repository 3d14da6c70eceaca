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
        ReceiptRoute route = firstRoute(facts);
        Instant first = moment(facts, route);
        return new TimeOfReceipt(facts.messageId(), first, LegalTime.legalDay(first), route, BASIS,
                Trace.deferred(facts, TimeOfReceiptRule::trace));
    }

    /** The limb with the earliest moment; on a tie the one 2:20 names first. */
    private static ReceiptRoute firstRoute(ReceiptFacts facts) {
        Instant first = null;
        ReceiptRoute route = null;
        for (ReceiptRoute r : ROUTES) {
            Instant moment = moment(facts, r);
            if (moment != null && (first == null || moment.isBefore(first))) {
                first = moment;
                route = r;
            }
        }
        return route;
    }

    private static final ReceiptRoute[] ROUTES = ReceiptRoute.values();

    private static final List<LegalBasis> BASIS = List.of(Provision.AWB_2_20.basis());

    private static Instant moment(ReceiptFacts facts, ReceiptRoute route) {
        return switch (route) {
            case OWN_SYSTEM -> facts.reachedOwnSystemAt();
            case OTHER_DESIGNATED_SYSTEM -> facts.reachedOtherDesignatedSystemAt();
            case OTHERWISE_ACCESSIBLE -> facts.becameOtherwiseAccessibleAt();
        };
    }

    private static Trace trace(ReceiptFacts facts) {
        ReceiptRoute route = firstRoute(facts);
        Step step = Step.of(Provision.AWB_2_20.basis(), "timeOfReceipt").withFact("messageId", facts.messageId());
        for (ReceiptRoute r : ROUTES) {
            Instant moment = moment(facts, r);
            if (moment != null) {
                step = step.withFact(r.name(), LegalTime.render(moment));
            }
        }
        return Trace.of(step.withFact("route", route).withFact("receivedAt", LegalTime.render(moment(facts, route))));
    }
}
