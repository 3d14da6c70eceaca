package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.ForwardedInternally;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.evidence.PointedToCorrectChannel;
import nl.wmebv.core.evidence.ReceiptAcknowledged;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.channel.ChannelStatus;
import nl.wmebv.rules.channel.ForwardingFacts;
import nl.wmebv.rules.channel.HandlingTermStart;
import nl.wmebv.rules.channel.InternalForwardingRule;
import nl.wmebv.rules.channel.ProcessReason;
import nl.wmebv.rules.channel.WrongChannelFacts;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.channel.WrongChannelRule;
import nl.wmebv.rules.misaddressed.MisaddressedFacts;
import nl.wmebv.rules.misaddressed.MisaddressedOutcome;
import nl.wmebv.rules.misaddressed.MisaddressedRule;
import nl.wmebv.rules.receipt.ReceiptDuties;
import nl.wmebv.rules.receipt.ReceiptDutiesRule;
import nl.wmebv.rules.receipt.ReceiptDutyFacts;
import nl.wmebv.rules.receipt.TimeOfReceipt;
import nl.wmebv.rules.receipt.TimeOfReceiptRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point a vendor calls when a message arrives: establishes the moment of receipt (2:20), the
 * regime (2:13, 2:14, P13), a wrong addressee (2:3, 6:15), the wrong-channel outcome (2:16), the receipt
 * duties (2:17, 6:14) and the start of a handling term (2:24), and combines them into one
 * {@link InboundOutcome} with every duty, the effects on time limits, the notices to send and the
 * events for the evidence log (2:25) that the facts show happened.
 *
 * <p>The facts each rule needs are derived from the body's {@link DesignationRegister} at the moment of
 * receipt; judgements only the body can make come from {@link InboundFacts} and are never assumed. A message
 * that reached the wrong body gets only the 2:3 or 6:15 outcome [TEXT-inf: the duties of 2:16 and 2:17 are
 * those of the competent body]. 2:24 applies when the message is handled under 2:16 lid 1 onder a and
 * not onder b (LAW.md: a bezwaar term runs under 7:10 anyway). This class is immutable and thread-safe.
 */
public final class InboundAssessment {
    private static final Logger LOG = LoggerFactory.getLogger(InboundAssessment.class);

    private final InboundPolicies policies;
    private final InternalForwardingRule forwarding;

    private InboundAssessment(InboundPolicies policies) {
        this.policies = policies;
        this.forwarding = InternalForwardingRule.of(policies.calendar(), policies.forwardingNoticeWorkingDays());
    }

    /**
     * Returns the assessment with the default policies.
     *
     * @return the assessment
     */
    public static InboundAssessment of() {
        return new InboundAssessment(InboundPolicies.defaults());
    }

    /**
     * Returns the assessment with the given policies.
     *
     * @param policies  the policies, not null
     * @return the assessment
     * @throws nl.wmebv.core.InvalidInputException if {@code policies} is null
     */
    public static InboundAssessment of(InboundPolicies policies) {
        return new InboundAssessment(Checks.notNull(policies, "policies"));
    }

    /**
     * Assesses one inbound message.
     *
     * @param facts  the facts, not null
     * @return the combined outcome
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null, or the message's type or
     *         channel is unknown to the register ({@code field() "messageType"} or {@code "channel"})
     */
    public InboundOutcome assess(InboundFacts facts) {
        Checks.notNull(facts, "facts");
        InboundMessage m = facts.message();
        DesignationRegister register = facts.register();
        TimeOfReceipt receipt = TimeOfReceiptRule.of().apply(facts.receipt());
        Instant t = receipt.receivedAt();
        // Everything the register says about this type and channel at the moment of receipt, looked up once.
        DesignationRegister.Lookup lookup = register.lookup(m.type(), m.channel(), t);
        MessageType type = lookup.messageType();
        Channel channel = lookup.channel();
        ScopeOutcome scope = ScopeRule.of().apply(new ScopeFacts(m.id(), t, type.isFormal(),
                lookup.exemption().isPresent(), lookup.isOpenedForInformal()));

        Accumulator<Duty> duties = new Accumulator<>();
        Accumulator<Notice> notices = new Accumulator<>();
        Optional<MisaddressedOutcome> misaddressed = Optional.empty();
        Optional<WrongChannelOutcome> wrongChannel = Optional.empty();
        Optional<ReceiptDuties> receiptDuties = Optional.empty();
        Optional<HandlingTermStart> handlingTerm = Optional.empty();
        ExtensionStatus extension = ExtensionStatus.NOT_APPLICABLE;

        if (scope.kind() != ScopeOutcome.Kind.NOT_IN_FORCE && facts.misdirection().isPresent()) {
            MisaddressedOutcome mis = MisaddressedRule.of().apply(new MisaddressedFacts(m.id(),
                    facts.misdirection().get(), true, type.role().isObjectionOrAppeal(), facts.recipientDerivable()));
            misaddressed = Optional.of(mis);
            duties.add(misaddressedDuty(mis));
            if (scope.formalRulesApply() && channel.kind().isDirectDataEntry()) {
                // 2:17 lid 2 applies to every formal message entered into this body's own system [TEXT]; only
                // this body holds the entered data, whoever is competent for the message.
                duties.add(Duty.of(DutyKind.RETURN_ENTERED_DATA, Provision.AWB_2_17_LID_2.basis()));
                notices.add(new Notice.EnteredDataCopy(m.id(), register.body().name(), t, m.contentDigest(),
                        m.attachments()));
            }
        } else if (scope.formalRulesApply()) {
            ChannelStatus status = channelStatus(lookup, m);
            List<Channel> designated = lookup.designatedChannels();
            List<ChannelId> correct = lookup.designatedChannelIds();
            WrongChannelOutcome wc = WrongChannelRule.of().apply(new WrongChannelFacts(m.id(), true,
                    type.role().isObjectionOrAppeal(), type.role() == LegalRole.APPLICATION, channel.id(), status,
                    correct, facts.processableWithoutFurtherWork()));
            wrongChannel = Optional.of(wc);
            extension = wrongChannelDuties(wc, facts, register, designated, t, duties, notices);

            boolean handled = wc.kind() != WrongChannelOutcome.Kind.NO_DUTY_TO_REACT || facts.handledDespiteNoDuty();
            ReceiptDuties rd = ReceiptDutiesRule.of().apply(new ReceiptDutyFacts(m.id(), true, status,
                    type.role().isObjectionOrAppeal(), handled, facts.sharedSystemSenderSeesArrival(),
                    facts.senderHasElectronicAddress(), channel.kind().isDirectDataEntry(), m.assuranceLevel(),
                    facts.returnPath().orElse(null)));
            receiptDuties = Optional.of(rd);
            receiptDuties(rd, facts, receipt, channel, register, duties, notices);

            if (wc instanceof WrongChannelOutcome.MustProcess must
                    && must.reasons().contains(ProcessReason.PROCESSABLE_WITHOUT_FURTHER_WORK)
                    && !must.reasons().contains(ProcessReason.OBJECTION_OR_APPEAL)) {
                HandlingTermStart hts = forwarding.apply(new ForwardingFacts(m.id(), true,
                        facts.statutoryHandlingTerm(), t, facts.forwardedAt().orElse(null),
                        facts.senderNotifiedOfForwardingAt().orElse(null), facts.forwardingNoticeStatesStart()));
                handlingTerm = Optional.of(hts);
                forwardingDuties(hts, facts, register, duties, notices);
            }
        }
        Optional<Instant> termStart = handlingTerm.flatMap(HandlingTermStart::startsAt);
        boolean pointed = wrongChannel.filter(w -> w.kind() == WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL)
                .isPresent();
        Optional<Instant> reaction = pointed ? facts.reactedAt() : Optional.empty();
        if (extension == ExtensionStatus.PENDING_REACTION && reaction.isPresent()) {
            extension = ExtensionStatus.REACTED;
        }
        TermEffects effects = new TermEffects(t, receipt.legalDay(), termStart, extension, reaction);
        List<EvidenceEvent> evidence = evidence(facts, type, t, wrongChannel, handlingTerm, reaction);
        InboundOutcome outcome = new InboundOutcome(m.id(), receipt, scope, misaddressed, wrongChannel, receiptDuties,
                handlingTerm, duties.toList(), effects, notices.toList(), evidence);
        LOG.debug("Inbound {}: scope {}, duties {}", m.id(), scope.kind(), outcome.duties().size());
        return outcome;
    }

    private static List<EvidenceEvent> evidence(InboundFacts facts, MessageType type, Instant t,
            Optional<WrongChannelOutcome> wrongChannel, Optional<HandlingTermStart> handlingTerm,
            Optional<Instant> reaction) {
        InboundMessage m = facts.message();
        EvidenceEvent received = new MessageReceived(t, m.body(), m.id(), m.sender(), m.channel(),
                Optional.of(type.id()), m.contentDigest());
        EvidenceEvent acknowledged = facts.acknowledgedAt().map(at -> (EvidenceEvent) new ReceiptAcknowledged(at,
                m.body(), m.id(), m.sender(), t, m.contentDigest())).orElse(null);
        EvidenceEvent pointed = null;
        if (reaction.isPresent() && wrongChannel.orElseThrow() instanceof WrongChannelOutcome.MayPointToCorrectChannel may) {
            // P8: with a further requirement broken on a designated channel, the correct channels include the one
            // used ("send it again this way, meeting the requirement"); the record keeps them all.
            pointed = new PointedToCorrectChannel(reaction.get(), m.body(), m.id(), m.sender(), t, type.id(),
                    m.channel(), Set.copyOf(may.correctChannels()), m.contentDigest());
        }
        EvidenceEvent forwarded = handlingTerm.isPresent() ? facts.forwardedAt().map(at -> (EvidenceEvent)
                new ForwardedInternally(at, m.body(), m.id(), m.sender(), t)).orElse(null) : null;
        if (acknowledged == null && pointed == null && forwarded == null) {
            return List.of(received);
        }
        Accumulator<EvidenceEvent> events = new Accumulator<>();
        events.add(received);
        for (EvidenceEvent e : new EvidenceEvent[] {acknowledged, pointed, forwarded}) {
            if (e != null) {
                events.add(e);
            }
        }
        return events.toList();
    }

    private static ChannelStatus channelStatus(DesignationRegister.Lookup lookup, InboundMessage m) {
        if (lookup.isDesignated()) {
            return lookup.requirementBrokenBy(m) ? ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN
                    : ChannelStatus.DESIGNATED_FOR_TYPE;
        }
        return lookup.isDesignatedForAnyFormalType() ? ChannelStatus.DESIGNATED_FOR_OTHER_TYPE
                : ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE;
    }

    private static ExtensionStatus wrongChannelDuties(WrongChannelOutcome wc, InboundFacts facts,
            DesignationRegister register, List<Channel> designated, Instant t, Accumulator<Duty> duties,
            Accumulator<Notice> notices) {
        switch (wc.kind()) {
            case DESIGNATED_CHANNEL -> duties.add(Duty.of(DutyKind.PROCESS, Provision.AWB_2_13_LID_2.basis()));
            case NO_DUTY_TO_REACT -> {
                duties.add(Duty.option(DutyKind.NO_DUTY, Provision.AWB_2_16_LID_2.basis()));
                if (facts.handledDespiteNoDuty()) {
                    duties.add(Duty.option(DutyKind.PROCESS, Provision.AWB_2_16_LID_2.basis()));
                }
            }
            case MAY_POINT_TO_CORRECT_CHANNEL -> {
                duties.add(Duty.option(DutyKind.POINT_TO_CORRECT_CHANNEL, Provision.AWB_2_16_LID_1.basis()));
                ExtensionStatus extension = extensionStatus(facts);
                if (extension == ExtensionStatus.NEEDS_ASSESSMENT) {
                    duties.add(Duty.of(DutyKind.ASSESS, Provision.AWB_2_23.basis()));
                }
                notices.add(new Notice.ChannelRedirection(wc.messageId(), register.body().name(), t, designated,
                        extension == ExtensionStatus.PENDING_REACTION));
                return extension;
            }
            case MUST_PROCESS -> duties.add(Duty.of(DutyKind.PROCESS, wc.primaryBasis()));
            case NEEDS_ASSESSMENT -> duties.add(Duty.of(DutyKind.ASSESS, Provision.AWB_2_16_LID_1_ONDER_A.basis()));
            case NOT_FORMAL -> duties.add(Duty.option(DutyKind.NO_DUTY, Provision.AWB_2_14.basis()));
            default -> throw new IllegalStateException("unknown kind " + wc.kind());
        }
        return ExtensionStatus.NOT_APPLICABLE;
    }

    /**
     * The 2:23 conditions that only the body can state: a submission term applies, and the sender could
     * reasonably believe he could submit as he did. Never assumed.
     */
    private static ExtensionStatus extensionStatus(InboundFacts facts) {
        BodyFinding term = facts.submissionTermApplies();
        BodyFinding believed = facts.reasonablyBelievedCorrect();
        if (term.answer() == BodyFinding.Answer.NO || believed.answer() == BodyFinding.Answer.NO) {
            return ExtensionStatus.NOT_APPLICABLE;
        }
        return term.isYes() && believed.isYes() ? ExtensionStatus.PENDING_REACTION : ExtensionStatus.NEEDS_ASSESSMENT;
    }

    private void receiptDuties(ReceiptDuties rd, InboundFacts facts, TimeOfReceipt receipt, Channel channel,
            DesignationRegister register, Accumulator<Duty> duties, Accumulator<Notice> notices) {
        if (rd.acknowledgementDue()) {
            Instant dueBy = LegalTime.endOfLegalDayExclusive(policies.calendar()
                    .plusWorkingDays(receipt.legalDay(), policies.acknowledgementWorkingDays()));
            boolean late = facts.acknowledgedAt().map(a -> !a.isBefore(dueBy)).orElse(false);
            duties.add(new Duty(DutyKind.ACKNOWLEDGE_RECEIPT, true, Provision.AWB_2_17_LID_1.basis(),
                    Optional.of(dueBy), late));
            InboundMessage m = facts.message();
            notices.add(new Notice.ReceiptAcknowledgement(m.id(), register.body().name(), receipt.receivedAt(), channel,
                    m.contentDigest(), m.attachments()));
        }
        if (rd.dataReturnDue()) {
            duties.add(Duty.of(DutyKind.RETURN_ENTERED_DATA, Provision.AWB_2_17_LID_2.basis()));
            InboundMessage m = facts.message();
            notices.add(new Notice.EnteredDataCopy(m.id(), register.body().name(), receipt.receivedAt(),
                    m.contentDigest(), m.attachments()));
        }
        if (rd.writtenObjectionAcknowledgement()) {
            duties.add(Duty.of(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING, Provision.AWB_6_14_LID_1.basis()));
        }
    }

    private static void forwardingDuties(HandlingTermStart hts, InboundFacts facts, DesignationRegister register,
            Accumulator<Duty> duties, Accumulator<Notice> notices) {
        LegalBasis basis = Provision.AWB_2_24.basis();
        switch (hts.kind()) {
            case PENDING_FORWARDING, PENDING_NOTICE -> duties.add(new Duty(DutyKind.NOTIFY_INTERNAL_FORWARDING, true,
                    basis, hts.noticeDueBy(), false));
            case NEEDS_ASSESSMENT -> duties.add(Duty.of(DutyKind.ASSESS, basis));
            default -> {
                // FROM_FORWARDING, FROM_RECEIPT, NO_STATUTORY_TERM, NOT_APPLICABLE: nothing left to do.
            }
        }
        if (hts.kind() == HandlingTermStart.Kind.PENDING_NOTICE || hts.kind() == HandlingTermStart.Kind.FROM_FORWARDING) {
            // The notice 2:24 asks for: the forwarding and the start of the term, which is the forwarding only
            // when the sender is told in time; never sent where the term runs from receipt or none applies.
            facts.forwardedAt().ifPresent(at -> notices.add(new Notice.InternalForwarding(facts.message().id(),
                    register.body().name(), at, at)));
        }
    }

    private static Duty misaddressedDuty(MisaddressedOutcome mis) {
        return switch (mis.kind()) {
            case FORWARD_AND_NOTIFY_SENDER, FORWARD_OBJECTION -> Duty.of(DutyKind.FORWARD_AND_NOTIFY_SENDER,
                    mis.primaryBasis());
            case RETURN_TO_SENDER -> Duty.of(DutyKind.RETURN_TO_SENDER, mis.primaryBasis());
            case NO_DUTY -> Duty.option(DutyKind.NO_DUTY, mis.primaryBasis());
            case NEEDS_ASSESSMENT, OBJECTION_COMPETENT_BODY_UNKNOWN -> Duty.of(DutyKind.ASSESS, mis.primaryBasis());
        };
    }

    /**
     * Returns the policies in use.
     *
     * @return the policies
     */
    public InboundPolicies policies() {
        return policies;
    }

}
