package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;

/**
 * One thing an inbound message asks of the body, with its legal basis. This record is immutable and
 * thread-safe.
 *
 * @param kind       what to do
 * @param mandatory  false where the law gives the body a choice (pointing under 2:16 lid 1, handling a message
 *                   it need not react to) or states that there is nothing to do ({@code NO_DUTY})
 * @param basis      the provision
 * @param dueBy      a service-level moment (P10, P25) where one applies; never a statutory deadline
 * @param late       whether the service level was missed (a signal, never a violation)
 */
public record Duty(DutyKind kind, boolean mandatory, LegalBasis basis, Optional<Instant> dueBy, boolean late) {

    /**
     * Validates the duty.
     *
     * @param kind       what to do
     * @param mandatory  whether it is a duty rather than an option
     * @param basis      the provision
     * @param dueBy      the service-level moment, may be empty
     * @param late       whether the service level was missed
     */
    public Duty {
        Checks.notNull(kind, "kind");
        Checks.notNull(basis, "basis");
        Checks.notNull(dueBy, "dueBy");
        Checks.require(!late || dueBy.isPresent(), "late", "needsDueBy", "a late signal needs dueBy", null);
    }

    static Duty of(DutyKind kind, LegalBasis basis) {
        return new Duty(kind, true, basis, Optional.empty(), false);
    }

    static Duty option(DutyKind kind, LegalBasis basis) {
        return new Duty(kind, false, basis, Optional.empty(), false);
    }
}
