package nl.wmebv.rules.receipt;

import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.rules.channel.ChannelStatus;
import nl.wmebv.rules.receipt.ReceiptDuties.Acknowledgement;
import nl.wmebv.rules.receipt.ReceiptDuties.DataReturn;
import nl.wmebv.rules.receipt.ReceiptDuties.ReturnPathAssessment;

/**
 * Decides the receipt duties for an inbound message: the <em>ontvangstbevestiging</em>
 * ({@link Provision#AWB_2_17_LID_1}, with the exceptions {@link Provision#AWB_2_17_LID_1_ONDER_A} and
 * {@link Provision#AWB_2_17_LID_1_ONDER_B}), giving back entered data ({@link Provision#AWB_2_17_LID_2}) and
 * the written acknowledgement of a bezwaar- or beroepschrift ({@link Provision#AWB_6_14_LID_1}).
 *
 * <p>Lid 1 needs a formal message sent the designated way with the further requirements met; a broken
 * requirement never creates the duty (P8). Lid 2 applies whenever a formal message is sent by direct data
 * entry, designated or not, even where a lid 1 exception applies [TEXT]. A return path is sufficient
 * (library reading of "voldoende betrouwbare en vertrouwelijke manier", [TEXT-inf]) when its
 * authentication level is at least that of the input, and it is never plain e-mail for data entered behind
 * authentication (any level above {@link AssuranceLevel#NONE}, e.g. DigiD). 6:14 lid 1 applies alongside,
 * to every bezwaar- or beroepschrift the body handles. This class is immutable and thread-safe.
 */
public final class ReceiptDutiesRule {
    private static final ReceiptDutiesRule INSTANCE = new ReceiptDutiesRule();

    private ReceiptDutiesRule() {
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public static ReceiptDutiesRule of() {
        return INSTANCE;
    }

    /**
     * Applies Awb 2:17 and 6:14 lid 1.
     *
     * @param facts  the facts, not null
     * @return the duties
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null
     */
    public ReceiptDuties apply(ReceiptDutyFacts facts) {
        Checks.notNull(facts, "facts");
        Acknowledgement ack = acknowledgement(facts);
        DataReturn data = dataReturn(facts);
        AssuranceLevel minimum = facts.enteredWithAssurance();
        ReturnPathAssessment path = data == DataReturn.DUE ? assessPath(facts) : ReturnPathAssessment.NOT_NEEDED;
        boolean objectionAck = facts.objectionOrAppeal() && facts.objectionHandled();
        List<LegalBasis> basis = BASES.get(ack.ordinal() * 4 + (data == DataReturn.DUE ? 2 : 0) + (objectionAck ? 1 : 0));
        return new ReceiptDuties(facts.messageId(), ack, data, path, minimum, objectionAck, basis,
                Trace.deferred(facts, ReceiptDutiesRule::trace));
    }

    private static final LegalBasis LID_2 = Provision.AWB_2_17_LID_2.basis();
    private static final LegalBasis LID_6_14 = Provision.AWB_6_14_LID_1.basis();

    /**
     * The legal basis of every combination, built once, at {@code 4 * acknowledgement + 2 * (data return due) +
     * (6:14 lid 1)}: the acknowledgement's provision first, then 2:17 lid 2, then 6:14 lid 1.
     */
    private static final List<List<LegalBasis>> BASES = bases();

    private static List<List<LegalBasis>> bases() {
        List<List<LegalBasis>> all = new ArrayList<>();
        for (Acknowledgement ack : Acknowledgement.values()) {
            LegalBasis first = acknowledgementBasis(ack);
            all.add(List.of(first));
            all.add(List.of(first, LID_6_14));
            all.add(List.of(first, LID_2));
            all.add(List.of(first, LID_2, LID_6_14));
        }
        return List.copyOf(all);
    }

    private static LegalBasis acknowledgementBasis(Acknowledgement ack) {
        return switch (ack) {
            case NOT_DUE_SHARED_SYSTEM -> Provision.AWB_2_17_LID_1_ONDER_A.basis();
            case NOT_DUE_NO_ELECTRONIC_ADDRESS -> Provision.AWB_2_17_LID_1_ONDER_B.basis();
            case NOT_DUE_REQUIREMENT_BROKEN -> Provision.AWB_2_13_LID_3.basis();
            default -> Provision.AWB_2_17_LID_1.basis();
        };
    }

    private static DataReturn dataReturn(ReceiptDutyFacts facts) {
        return !facts.formal() ? DataReturn.NOT_FORMAL
                : facts.directDataEntry() ? DataReturn.DUE : DataReturn.NOT_DIRECT_DATA_ENTRY;
    }

    private static Trace trace(ReceiptDutyFacts facts) {
        Acknowledgement ack = acknowledgement(facts);
        DataReturn data = dataReturn(facts);
        List<Step> steps = new ArrayList<>(3);
        steps.add(Step.of(acknowledgementBasis(ack), "receipt.ack." + ack.name())
                .withFact("messageId", facts.messageId())
                .withFact("channelStatus", facts.channelStatus())
                .withFact("sharedSystem", facts.sharedSystemSenderSeesArrival())
                .withFact("senderHasElectronicAddress", facts.senderHasElectronicAddress()));
        Step dataStep = Step.of(LID_2, "receipt.data." + data.name()).withFact("directDataEntry",
                facts.directDataEntry());
        if (data == DataReturn.DUE) {
            dataStep = dataStep.withFact("enteredWithAssurance", facts.enteredWithAssurance())
                    .withFact("returnPath", assessPath(facts));
        }
        steps.add(dataStep);
        if (facts.objectionOrAppeal() && facts.objectionHandled()) {
            steps.add(Step.of(LID_6_14, "receipt.objection.acknowledgement"));
        }
        return Trace.of(steps);
    }

    private static Acknowledgement acknowledgement(ReceiptDutyFacts f) {
        if (!f.formal()) {
            return Acknowledgement.NOT_DUE_NOT_FORMAL;
        }
        if (f.channelStatus() == ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN) {
            return Acknowledgement.NOT_DUE_REQUIREMENT_BROKEN;
        }
        if (f.channelStatus() != ChannelStatus.DESIGNATED_FOR_TYPE) {
            return Acknowledgement.NOT_DUE_NOT_DESIGNATED_WAY;
        }
        if (f.sharedSystemSenderSeesArrival()) {
            return Acknowledgement.NOT_DUE_SHARED_SYSTEM;
        }
        if (!f.senderHasElectronicAddress()) {
            return Acknowledgement.NOT_DUE_NO_ELECTRONIC_ADDRESS;
        }
        return Acknowledgement.DUE;
    }

    private static ReturnPathAssessment assessPath(ReceiptDutyFacts f) {
        DataReturnPath path = f.returnPath();
        if (path == null) {
            return ReturnPathAssessment.NOT_GIVEN;
        }
        boolean plainMailBehindAuthentication = path.kind() == ChannelKind.EMAIL
                && f.enteredWithAssurance() != AssuranceLevel.NONE;
        return !plainMailBehindAuthentication && path.assuranceLevel().isAtLeast(f.enteredWithAssurance())
                ? ReturnPathAssessment.SUFFICIENT : ReturnPathAssessment.INSUFFICIENT;
    }
}
