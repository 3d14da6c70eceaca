package nl.wmebv.rules.channel;

import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a body must or may do with a formal message that did not come in the designated way
 * (<em>verkeerde wijze van verzending</em>, Awb 2:16). Implements {@link Provision#AWB_2_16_LID_1},
 * {@link Provision#AWB_2_16_LID_1_ONDER_A}, {@link Provision#AWB_2_16_LID_1_ONDER_B},
 * {@link Provision#AWB_2_16_LID_1_ONDER_C} and {@link Provision#AWB_2_16_LID_2}, with the note on
 * {@link Provision#AWB_4_5_LID_5} and policy P8 ({@link Provision#AWB_2_13_LID_3}, {@link Provision#AWB_2_15_LID_2}).
 *
 * <p>The decision tree (LAW.md, Awb 2:16):
 * <ol>
 *   <li>not a formal message (2:13 lid 1) &rarr; {@code NOT_FORMAL}: 2:14 applies;</li>
 *   <li>designated channel for its type, further requirements met &rarr; {@code DESIGNATED_CHANNEL};</li>
 *   <li>channel designated for no formal type &rarr; {@code NO_DUTY_TO_REACT} (lid 2), which prevails over
 *       lid 1 including onder b and c [TEXT-inf];</li>
 *   <li>otherwise every applicable exception of lid 1 (a: the body's finding, b: bezwaar- or
 *       beroepschrift, c: no channel designated for the type) &rarr; {@code MUST_PROCESS};</li>
 *   <li>no exception and the body has not stated its onder-a finding &rarr; {@code NEEDS_ASSESSMENT};</li>
 *   <li>else &rarr; {@code MAY_POINT_TO_CORRECT_CHANNEL} with the correct channels.</li>
 * </ol>
 * A designated channel with a broken further requirement (P8) is treated as not the designated way for
 * lid 1 (lid 2 cannot apply, the channel is designated), and the outcome notes 2:15 refusal as the
 * alternative. This class is immutable and thread-safe.
 */
public final class WrongChannelRule {
    private static final Logger LOG = LoggerFactory.getLogger(WrongChannelRule.class);
    private static final WrongChannelRule INSTANCE = new WrongChannelRule();

    private WrongChannelRule() {
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public static WrongChannelRule of() {
        return INSTANCE;
    }

    /**
     * Applies Awb 2:16 to the facts.
     *
     * @param facts  the facts at the receipt moment, not null
     * @return the outcome
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null
     */
    public WrongChannelOutcome apply(WrongChannelFacts facts) {
        Checks.notNull(facts, "facts");
        WrongChannelOutcome outcome = decide(facts);
        LOG.debug("2:16 for {}: {}", facts.messageId(), outcome.kind());
        return outcome;
    }

    private static WrongChannelOutcome decide(WrongChannelFacts f) {
        if (!f.formal()) {
            return new WrongChannelOutcome.NotFormal(f.messageId(), NOT_FORMAL,
                    Trace.deferred(f, WrongChannelRule::notFormal));
        }
        if (f.channelStatus() == ChannelStatus.DESIGNATED_FOR_TYPE) {
            return new WrongChannelOutcome.DesignatedChannel(f.messageId(), DESIGNATED,
                    Trace.deferred(f, WrongChannelRule::designated));
        }
        if (f.channelStatus() == ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE) {
            return new WrongChannelOutcome.NoDutyToReact(f.messageId(), f.channelUsed(), NO_DUTY,
                    Trace.deferred(f, WrongChannelRule::noDuty));
        }
        boolean requirementBroken = f.channelStatus() == ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN;
        List<ProcessReason> reasons = new ArrayList<>(3);
        if (f.processableWithoutFurtherWork().isYes()) {
            reasons.add(ProcessReason.PROCESSABLE_WITHOUT_FURTHER_WORK);
        }
        if (f.objectionOrAppeal()) {
            reasons.add(ProcessReason.OBJECTION_OR_APPEAL);
        }
        if (f.correctChannels().isEmpty()) {
            reasons.add(ProcessReason.NO_CHANNEL_DESIGNATED);
        }
        Trace trace = Trace.deferred(f, WrongChannelRule::notDesignatedWay);
        if (!reasons.isEmpty()) {
            List<LegalBasis> basis = new ArrayList<>(reasons.size() + 3);
            reasons.forEach(r -> basis.add(r.provision().basis()));
            if (reasons.contains(ProcessReason.PROCESSABLE_WITHOUT_FURTHER_WORK)) {
                basis.add(Provision.AWB_2_24.basis());
            }
            if (requirementBroken) {
                basis.add(Provision.AWB_2_13_LID_3.basis());
                basis.add(Provision.AWB_2_15_LID_2.basis());
            }
            return new WrongChannelOutcome.MustProcess(f.messageId(), reasons, requirementBroken, basis, trace);
        }
        if (!f.processableWithoutFurtherWork().isStated()) {
            return new WrongChannelOutcome.NeedsAssessment(f.messageId(), f.correctChannels(), NEEDS_ASSESSMENT, trace);
        }
        List<LegalBasis> basis = new ArrayList<>(6);
        basis.add(Provision.AWB_2_16_LID_1.basis());
        basis.add(Provision.AWB_2_23.basis());
        if (f.application()) {
            basis.add(Provision.AWB_4_5_LID_5.basis());
        }
        if (requirementBroken) {
            basis.add(Provision.AWB_2_13_LID_3.basis());
            basis.add(Provision.AWB_2_15_LID_2.basis());
        }
        return new WrongChannelOutcome.MayPointToCorrectChannel(f.messageId(), f.correctChannels(),
                f.application(), requirementBroken, basis, trace);
    }

    private static final List<LegalBasis> NOT_FORMAL = List.of(Provision.AWB_2_14.basis(),
            Provision.AWB_2_13_LID_1.basis());
    private static final List<LegalBasis> DESIGNATED = List.of(Provision.AWB_2_13_LID_2.basis());
    private static final List<LegalBasis> NO_DUTY = List.of(Provision.AWB_2_16_LID_2.basis());
    private static final List<LegalBasis> NEEDS_ASSESSMENT = List.of(Provision.AWB_2_16_LID_1_ONDER_A.basis(),
            Provision.AWB_2_16_LID_1.basis());

    private static Trace notFormal(WrongChannelFacts f) {
        return Trace.of(Step.of(Provision.AWB_2_13_LID_1.basis(), "wrongChannel.notFormal")
                .withFact("messageId", f.messageId()));
    }

    private static Trace designated(WrongChannelFacts f) {
        return Trace.of(Step.of(Provision.AWB_2_13_LID_2.basis(), "wrongChannel.designated")
                .withFact("messageId", f.messageId()).withFact("channel", f.channelUsed()));
    }

    private static Trace noDuty(WrongChannelFacts f) {
        return Trace.of(Step.of(Provision.AWB_2_16_LID_2.basis(), "wrongChannel.noDuty")
                .withFact("messageId", f.messageId()).withFact("channel", f.channelUsed()));
    }

    /** The steps of 2:16 lid 1 for a message that did not come the designated way: onder a, b and c. */
    private static Trace notDesignatedWay(WrongChannelFacts f) {
        boolean requirementBroken = f.channelStatus() == ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN;
        Step root = Step.of(Provision.AWB_2_16_LID_1.basis(), "wrongChannel.notDesignatedWay")
                .withFact("messageId", f.messageId()).withFact("channel", f.channelUsed())
                .withFact("channelStatus", f.channelStatus());
        if (requirementBroken) {
            root = root.withChild(Step.of(Provision.AWB_2_13_LID_3.basis(), "wrongChannel.requirementBroken"));
        }
        Step onderA = Step.of(Provision.AWB_2_16_LID_1_ONDER_A.basis(), "wrongChannel.onderA")
                .withFact("finding", f.processableWithoutFurtherWork().answer());
        Step onderB = Step.of(Provision.AWB_2_16_LID_1_ONDER_B.basis(), "wrongChannel.onderB")
                .withFact("objectionOrAppeal", f.objectionOrAppeal());
        Step onderC = Step.of(Provision.AWB_2_16_LID_1_ONDER_C.basis(), "wrongChannel.onderC")
                .withFact("designatedChannels", f.correctChannels().size());
        return Trace.of(root.withChild(onderA).withChild(onderB).withChild(onderC));
    }
}
