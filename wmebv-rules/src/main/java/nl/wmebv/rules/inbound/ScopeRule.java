package nl.wmebv.rules.inbound;

import java.time.LocalDate;
import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * Decides which regime governs an inbound message: not yet in force, formal (2:13 lid 1), exempted
 * (2:13 lid 4) or other (2:14). Implements {@link Provision#AWB_2_13_LID_1}, {@link Provision#AWB_2_13_LID_4}
 * and {@link Provision#AWB_2_14}, and policy P13: the version in force on the legal day of receipt (2:20)
 * applies, and before {@code Provision.AWB_2_13_LID_1.inForceFrom()} (2026-01-01) the outcome is "not in
 * force", never the new rule silently.
 *
 * <p>An exempted type [TEXT-inf]: where 2:13 lid 1 does not apply, the message is not "een bericht als
 * bedoeld in artikel 2:13, eerste lid", so 2:16 and 2:17, which are built on it, do not apply either. This
 * class is immutable and thread-safe.
 */
public final class ScopeRule {
    private static final ScopeRule INSTANCE = new ScopeRule();

    private ScopeRule() {
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public static ScopeRule of() {
        return INSTANCE;
    }

    /**
     * Decides the regime.
     *
     * @param facts  the facts, not null
     * @return the regime
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null
     */
    public ScopeOutcome apply(ScopeFacts facts) {
        Checks.notNull(facts, "facts");
        LocalDate day = LegalTime.legalDay(facts.receivedAt());
        Step inForce = Step.of(Provision.AWB_2_20.basis(), "scope.versionInForce")
                .withFact("messageId", facts.messageId()).withFact("legalDay", day)
                .withFact("inForceFrom", Provision.AWB_2_13_LID_1.inForceFrom());
        if (!Provision.AWB_2_13_LID_1.isInForceOn(day)) {
            return outcome(ScopeOutcome.Kind.NOT_IN_FORCE, facts, day, List.of(Provision.AWB_2_13_LID_1.basis(),
                    Provision.AWB_2_20.basis()), inForce);
        }
        if (!facts.formal()) {
            LegalBasis basis = Provision.AWB_2_14.basis();
            Step step = Step.of(basis, "scope.informal").withFact("channelOpened", facts.channelOpenedForInformal());
            return outcome(facts.channelOpenedForInformal() ? ScopeOutcome.Kind.INFORMAL_OPENED_CHANNEL
                    : ScopeOutcome.Kind.INFORMAL_CHANNEL_NOT_OPENED, facts, day, List.of(basis), inForce, step);
        }
        if (facts.exempted()) {
            LegalBasis basis = Provision.AWB_2_13_LID_4.basis();
            return outcome(ScopeOutcome.Kind.FORMAL_EXEMPTED, facts, day,
                    List.of(basis, Provision.AWB_2_13_LID_1.basis()), inForce, Step.of(basis, "scope.exempted"));
        }
        LegalBasis basis = Provision.AWB_2_13_LID_1.basis();
        return outcome(ScopeOutcome.Kind.FORMAL, facts, day, List.of(basis), inForce,
                Step.of(basis, "scope.formal"));
    }

    private static ScopeOutcome outcome(ScopeOutcome.Kind kind, ScopeFacts facts, LocalDate day,
            List<LegalBasis> basis, Step... steps) {
        return new ScopeOutcome(kind, facts.messageId(), day, basis, Trace.of(steps));
    }
}
