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
        ScopeOutcome.Kind kind = kind(facts, day);
        List<LegalBasis> basis = switch (kind) {
            case NOT_IN_FORCE -> NOT_IN_FORCE;
            case INFORMAL_OPENED_CHANNEL, INFORMAL_CHANNEL_NOT_OPENED -> INFORMAL;
            case FORMAL_EXEMPTED -> EXEMPTED;
            case FORMAL -> FORMAL;
        };
        return new ScopeOutcome(kind, facts.messageId(), day, basis, Trace.deferred(facts, ScopeRule::trace));
    }

    private static ScopeOutcome.Kind kind(ScopeFacts facts, LocalDate day) {
        if (!Provision.AWB_2_13_LID_1.isInForceOn(day)) {
            return ScopeOutcome.Kind.NOT_IN_FORCE;
        }
        if (!facts.formal()) {
            return facts.channelOpenedForInformal() ? ScopeOutcome.Kind.INFORMAL_OPENED_CHANNEL
                    : ScopeOutcome.Kind.INFORMAL_CHANNEL_NOT_OPENED;
        }
        return facts.exempted() ? ScopeOutcome.Kind.FORMAL_EXEMPTED : ScopeOutcome.Kind.FORMAL;
    }

    private static final List<LegalBasis> NOT_IN_FORCE = List.of(Provision.AWB_2_13_LID_1.basis(),
            Provision.AWB_2_20.basis());
    private static final List<LegalBasis> INFORMAL = List.of(Provision.AWB_2_14.basis());
    private static final List<LegalBasis> EXEMPTED = List.of(Provision.AWB_2_13_LID_4.basis(),
            Provision.AWB_2_13_LID_1.basis());
    private static final List<LegalBasis> FORMAL = List.of(Provision.AWB_2_13_LID_1.basis());

    private static Trace trace(ScopeFacts facts) {
        LocalDate day = LegalTime.legalDay(facts.receivedAt());
        ScopeOutcome.Kind kind = kind(facts, day);
        Step inForce = Step.of(Provision.AWB_2_20.basis(), "scope.versionInForce")
                .withFact("messageId", facts.messageId()).withFact("legalDay", day)
                .withFact("inForceFrom", Provision.AWB_2_13_LID_1.inForceFrom());
        return switch (kind) {
            case NOT_IN_FORCE -> Trace.of(inForce);
            case INFORMAL_OPENED_CHANNEL, INFORMAL_CHANNEL_NOT_OPENED -> Trace.of(inForce,
                    Step.of(Provision.AWB_2_14.basis(), "scope.informal")
                            .withFact("channelOpened", facts.channelOpenedForInformal()));
            case FORMAL_EXEMPTED -> Trace.of(inForce, Step.of(Provision.AWB_2_13_LID_4.basis(), "scope.exempted"));
            case FORMAL -> Trace.of(inForce, Step.of(Provision.AWB_2_13_LID_1.basis(), "scope.formal"));
        };
    }
}
