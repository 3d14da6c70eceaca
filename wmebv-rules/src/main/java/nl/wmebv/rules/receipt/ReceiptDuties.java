package nl.wmebv.rules.receipt;

import java.util.List;
import java.util.Locale;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * The receipt duties of a body for one inbound message: the <em>ontvangstbevestiging</em> (Awb 2:17 lid 1),
 * giving back entered data (2:17 lid 2) and the written acknowledgement of a bezwaar- or beroepschrift
 * (6:14 lid 1), each with its own status. This record is immutable and thread-safe.
 *
 * @param messageId             the message
 * @param acknowledgement       the 2:17 lid 1 status
 * @param dataReturn            the 2:17 lid 2 status
 * @param returnPathAssessment  how the given return path measures up, when data must be given back
 * @param minimumReturnAssurance the authentication level a sufficient return path needs (lid 2)
 * @param writtenObjectionAcknowledgement whether 6:14 lid 1 requires a written acknowledgement
 * @param legalBasis            the provisions, primary first
 * @param trace                 the steps
 */
public record ReceiptDuties(MessageId messageId, Acknowledgement acknowledgement, DataReturn dataReturn,
        ReturnPathAssessment returnPathAssessment, AssuranceLevel minimumReturnAssurance,
        boolean writtenObjectionAcknowledgement, List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** The status of the <em>ontvangstbevestiging</em> (2:17 lid 1). */
    public enum Acknowledgement {
        /** Due: a formal message, sent the designated way, with the further requirements met. */
        DUE,
        /** Not due: not a message of 2:13 lid 1. */
        NOT_DUE_NOT_FORMAL,
        /** Not due: not sent through a channel designated for its type (2:16 applies instead). */
        NOT_DUE_NOT_DESIGNATED_WAY,
        /** Not due: a further requirement (2:13 lid 3) was broken (P8). */
        NOT_DUE_REQUIREMENT_BROKEN,
        /** Not due: shared system in which the sender can see the message is available (onder a). */
        NOT_DUE_SHARED_SYSTEM,
        /** Not due: no electronic address of the sender is available (onder b). */
        NOT_DUE_NO_ELECTRONIC_ADDRESS
    }

    /** The status of giving back the entered data (2:17 lid 2). */
    public enum DataReturn {
        /** Due: a formal message sent by direct data entry, designated or not. */
        DUE,
        /** Not applicable: not sent by direct data entry (e.g. e-mail, where the sender keeps a copy). */
        NOT_DIRECT_DATA_ENTRY,
        /** Not applicable: not a message of 2:13 lid 1. */
        NOT_FORMAL
    }

    /** How the return path the body chose measures up against 2:17 lid 2. */
    public enum ReturnPathAssessment {
        /** Data need not be given back. */
        NOT_NEEDED,
        /** The body has not named a return path yet. */
        NOT_GIVEN,
        /** At least as reliable and confidential as the input. */
        SUFFICIENT,
        /** Less protected than the input, or plain e-mail for data entered behind authentication. */
        INSUFFICIENT
    }

    /**
     * Validates the outcome.
     *
     * @param messageId                        the message
     * @param acknowledgement                  the lid 1 status
     * @param dataReturn                       the lid 2 status
     * @param returnPathAssessment             the return path's assessment
     * @param minimumReturnAssurance           the level a sufficient return path needs
     * @param writtenObjectionAcknowledgement  whether 6:14 lid 1 applies
     * @param legalBasis                       the provisions, not empty
     * @param trace                            the steps
     */
    public ReceiptDuties {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(acknowledgement, "acknowledgement");
        Checks.notNull(dataReturn, "dataReturn");
        Checks.notNull(returnPathAssessment, "returnPathAssessment");
        Checks.notNull(minimumReturnAssurance, "minimumReturnAssurance");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns whether the <em>ontvangstbevestiging</em> of 2:17 lid 1 is due.
     *
     * @return true for {@link Acknowledgement#DUE}
     */
    public boolean acknowledgementDue() {
        return acknowledgement == Acknowledgement.DUE;
    }

    /**
     * Returns whether the entered data must be given back (2:17 lid 2).
     *
     * @return true for {@link DataReturn#DUE}
     */
    public boolean dataReturnDue() {
        return dataReturn == DataReturn.DUE;
    }

    @Override
    public String explain(Locale locale) {
        StringBuilder sb = new StringBuilder(ReceiptText.render(locale, "ack." + acknowledgement.name(), messageId));
        sb.append(' ').append(ReceiptText.render(locale, "data." + dataReturn.name()));
        if (dataReturn == DataReturn.DUE) {
            sb.append(' ').append(ReceiptText.render(locale, "data.path." + returnPathAssessment.name(),
                    minimumReturnAssurance));
        }
        if (writtenObjectionAcknowledgement) {
            sb.append(' ').append(ReceiptText.render(locale, "objection.acknowledgement"));
        }
        return sb.toString();
    }
}
