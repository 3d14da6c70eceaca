package nl.wmebv.rules.misaddressed;

import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;

/**
 * The facts about a message that reached the wrong body (Awb 2:3, 6:15). This record is immutable and
 * thread-safe.
 *
 * @param messageId                    the message
 * @param misdirection                 whether another body is competent (forward) or not (return)
 * @param receivedElectronically       whether the message was received electronically (2:3 lid 3)
 * @param objectionOrAppeal            whether it is a bezwaar- or beroepschrift (6:15)
 * @param recipientDerivable           the body's finding whether it can derive, from the message and the
 *                                     way it was sent, without further processing, to whom to forward or
 *                                     return it (2:3 lid 3)
 */
public record MisaddressedFacts(@NotNull MessageId messageId, @NotNull Misdirection misdirection,
        boolean receivedElectronically, boolean objectionOrAppeal, @NotNull BodyFinding recipientDerivable) {

    /**
     * Validates the facts.
     *
     * @param messageId               the message
     * @param misdirection            forward or return
     * @param receivedElectronically  whether received electronically
     * @param objectionOrAppeal       whether a bezwaar- or beroepschrift
     * @param recipientDerivable      the body's finding under 2:3 lid 3
     * @throws nl.wmebv.core.InvalidInputException if a value is null
     */
    public MisaddressedFacts {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(misdirection, "misdirection");
        Checks.notNull(recipientDerivable, "recipientDerivable");
    }
}
