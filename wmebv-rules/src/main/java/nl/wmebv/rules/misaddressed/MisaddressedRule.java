package nl.wmebv.rules.misaddressed;

import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;

/**
 * Decides the forwarding or return duty for a message that reached the wrong body (<em>doorzenden</em> and
 * <em>terugzenden</em>, Awb 2:3; bezwaar- and beroepschriften 6:15). Implements
 * {@link Provision#AWB_2_3_LID_1}, {@link Provision#AWB_2_3_LID_2}, {@link Provision#AWB_2_3_LID_3},
 * {@link Provision#AWB_6_15_LID_1} and {@link Provision#AWB_6_15_LID_3}.
 *
 * <p>Policy P11: 6:15 applies in full to a bezwaar- or beroepschrift; 2:3 lid 3 limits only 2:3 lid 1&ndash;2.
 * A bezwaar- or beroepschrift is never returned under 2:3 lid 2: it always has a competent body (the one
 * that took the besluit), to which 6:15 lid 1 requires forwarding; where the receiving body does not know
 * that body, the outcome is {@code OBJECTION_COMPETENT_BODY_UNKNOWN} [TEXT-inf].
 * For an electronically received message the duties of 2:3 lid 1&ndash;2 exist only if the body finds it can
 * derive the recipient without further processing; the library never assumes that finding. This class is
 * immutable and thread-safe.
 */
public final class MisaddressedRule {
    private static final MisaddressedRule INSTANCE = new MisaddressedRule();

    private MisaddressedRule() {
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public static MisaddressedRule of() {
        return INSTANCE;
    }

    /**
     * Applies Awb 2:3 and 6:15.
     *
     * @param facts  the facts, not null
     * @return the duty
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null
     */
    public MisaddressedOutcome apply(MisaddressedFacts facts) {
        Checks.notNull(facts, "facts");
        if (facts.objectionOrAppeal()) {
            MisaddressedOutcome.Kind kind = facts.misdirection() == Misdirection.ANOTHER_BODY_COMPETENT
                    ? MisaddressedOutcome.Kind.FORWARD_OBJECTION
                    : MisaddressedOutcome.Kind.OBJECTION_COMPETENT_BODY_UNKNOWN;
            return new MisaddressedOutcome(kind, facts.messageId(), OBJECTION, Trace.deferred(() -> Trace.of(
                    Step.of(Provision.AWB_6_15_LID_1.basis(), "misaddressed.objection")
                            .withFact("messageId", facts.messageId()).withFact("misdirection", facts.misdirection())
                            .withChild(Step.of(Provision.AWB_6_15_LID_3.basis(),
                                    "misaddressed.objection.timeliness")))));
        }
        LegalBasis duty = facts.misdirection() == Misdirection.ANOTHER_BODY_COMPETENT
                ? Provision.AWB_2_3_LID_1.basis() : Provision.AWB_2_3_LID_2.basis();
        MisaddressedOutcome.Kind dutyKind = facts.misdirection() == Misdirection.ANOTHER_BODY_COMPETENT
                ? MisaddressedOutcome.Kind.FORWARD_AND_NOTIFY_SENDER : MisaddressedOutcome.Kind.RETURN_TO_SENDER;
        Trace trace = Trace.deferred(() -> trace(facts, duty, dutyKind));
        if (!facts.receivedElectronically()) {
            return new MisaddressedOutcome(dutyKind, facts.messageId(), List.of(duty), trace);
        }
        LegalBasis lid3 = Provision.AWB_2_3_LID_3.basis();
        if (!facts.recipientDerivable().isStated()) {
            return new MisaddressedOutcome(MisaddressedOutcome.Kind.NEEDS_ASSESSMENT, facts.messageId(),
                    List.of(lid3, duty), trace);
        }
        if (!facts.recipientDerivable().isYes()) {
            return new MisaddressedOutcome(MisaddressedOutcome.Kind.NO_DUTY, facts.messageId(), List.of(lid3, duty),
                    trace);
        }
        return new MisaddressedOutcome(dutyKind, facts.messageId(), List.of(duty, lid3), trace);
    }

    private static final List<LegalBasis> OBJECTION = List.of(Provision.AWB_6_15_LID_1.basis(),
            Provision.AWB_6_15_LID_3.basis());

    /** The 2:3 steps: the duty, and for an electronic message the lid 3 finding beneath it. */
    private static Trace trace(MisaddressedFacts facts, LegalBasis duty, MisaddressedOutcome.Kind dutyKind) {
        Step step = Step.of(duty, "misaddressed." + dutyKind.name()).withFact("messageId", facts.messageId())
                .withFact("misdirection", facts.misdirection());
        if (facts.receivedElectronically()) {
            step = step.withChild(Step.of(Provision.AWB_2_3_LID_3.basis(), "misaddressed.derivable")
                    .withFact("finding", facts.recipientDerivable().answer()));
        }
        return Trace.of(step);
    }
}
