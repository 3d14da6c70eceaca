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
        List<LegalBasis> basis = new ArrayList<>();
        List<Step> steps = new ArrayList<>();

        Acknowledgement ack = acknowledgement(facts);
        LegalBasis ackBasis = switch (ack) {
            case NOT_DUE_SHARED_SYSTEM -> Provision.AWB_2_17_LID_1_ONDER_A.basis();
            case NOT_DUE_NO_ELECTRONIC_ADDRESS -> Provision.AWB_2_17_LID_1_ONDER_B.basis();
            case NOT_DUE_REQUIREMENT_BROKEN -> Provision.AWB_2_13_LID_3.basis();
            default -> Provision.AWB_2_17_LID_1.basis();
        };
        basis.add(ackBasis);
        steps.add(Step.of(ackBasis, "receipt.ack." + ack.name()).withFact("messageId", facts.messageId())
                .withFact("channelStatus", facts.channelStatus())
                .withFact("sharedSystem", facts.sharedSystemSenderSeesArrival())
                .withFact("senderHasElectronicAddress", facts.senderHasElectronicAddress()));

        DataReturn data = !facts.formal() ? DataReturn.NOT_FORMAL
                : facts.directDataEntry() ? DataReturn.DUE : DataReturn.NOT_DIRECT_DATA_ENTRY;
        AssuranceLevel minimum = facts.enteredWithAssurance();
        ReturnPathAssessment path = ReturnPathAssessment.NOT_NEEDED;
        LegalBasis lid2 = Provision.AWB_2_17_LID_2.basis();
        Step dataStep = Step.of(lid2, "receipt.data." + data.name()).withFact("directDataEntry", facts.directDataEntry());
        if (data == DataReturn.DUE) {
            basis.add(lid2);
            path = assessPath(facts);
            dataStep = dataStep.withFact("enteredWithAssurance", minimum).withFact("returnPath", path);
        }
        steps.add(dataStep);

        boolean objectionAck = facts.objectionOrAppeal() && facts.objectionHandled();
        if (objectionAck) {
            LegalBasis b = Provision.AWB_6_14_LID_1.basis();
            basis.add(b);
            steps.add(Step.of(b, "receipt.objection.acknowledgement"));
        }
        return new ReceiptDuties(facts.messageId(), ack, data, path, minimum, objectionAck, basis,
                Trace.of(steps));
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
