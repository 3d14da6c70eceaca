package nl.wmebv.rules.misaddressed;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Texts;
import nl.wmebv.core.outcome.Trace;

/**
 * What a body must do with a message that reached it but is not for it (Awb 2:3, 6:15). Switch on
 * {@link #kind()}. This record is immutable and thread-safe.
 *
 * @param kind        the duty
 * @param messageId   the message
 * @param legalBasis  the provisions, primary first
 * @param trace       the steps
 */
public record MisaddressedOutcome(Kind kind, MessageId messageId, List<LegalBasis> legalBasis, Trace trace)
        implements Outcome {

    /** The duties. */
    public enum Kind {
        /** Forward without delay to the competent body, telling the sender at the same time (2:3 lid 1). */
        FORWARD_AND_NOTIFY_SENDER,
        /** Return to the sender as soon as possible (2:3 lid 2). */
        RETURN_TO_SENDER,
        /**
         * A bezwaar- or beroepschrift: forward as soon as possible to the competent body, stating the date of
         * receipt, telling the sender; filing with this body counts for timeliness (6:15 lid 1 and 3, P11).
         */
        FORWARD_OBJECTION,
        /**
         * A bezwaar- or beroepschrift not meant for this body whose competent body is not yet known: it is never
         * returned; find the competent body and forward it (6:15 lid 1, P11).
         */
        OBJECTION_COMPETENT_BODY_UNKNOWN,
        /** Received electronically and the recipient is not derivable without further processing: no duty (2:3 lid 3). */
        NO_DUTY,
        /** The body's finding under 2:3 lid 3 is needed first. */
        NEEDS_ASSESSMENT
    }

    /**
     * Validates the outcome.
     *
     * @param kind        the duty
     * @param messageId   the message
     * @param legalBasis  the provisions, not empty
     * @param trace       the steps
     */
    public MisaddressedOutcome {
        Checks.notNull(kind, "kind");
        Checks.notNull(messageId, "messageId");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    @Override
    public String explain(Locale locale) {
        return Texts.format(ResourceBundle.getBundle("nl.wmebv.rules.misaddressed.Texts", Texts.bundleLocale(locale)),
                "misaddressed." + kind.name(), messageId);
    }
}
