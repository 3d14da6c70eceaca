package nl.wmebv.rules.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * The legal moment a message counts as received by the body (<em>tijdstip van ontvangst</em>, Awb 2:20),
 * with its legal day in Europe/Amsterdam. This record is immutable and thread-safe.
 *
 * @param messageId   the message
 * @param receivedAt  the moment of receipt
 * @param legalDay    the legal day of that moment
 * @param route       the limb of 2:20 that fixed it
 * @param legalBasis  the provisions, primary first
 * @param trace       the steps
 */
public record TimeOfReceipt(MessageId messageId, Instant receivedAt, LocalDate legalDay, ReceiptRoute route,
        List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /**
     * Validates the outcome.
     *
     * @param messageId   the message
     * @param receivedAt  the moment of receipt
     * @param legalDay    its legal day, which must be the Europe/Amsterdam date of {@code receivedAt}
     * @param route       the limb
     * @param legalBasis  the provisions, not empty
     * @param trace       the steps
     */
    public TimeOfReceipt {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(legalDay, "legalDay");
        Checks.require(legalDay.equals(LegalTime.legalDay(receivedAt)), "legalDay", "legalDayOfReceipt",
                "must be the Europe/Amsterdam date of receivedAt", null);
        Checks.notNull(route, "route");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    @Override
    public String explain(Locale locale) {
        return ReceiptText.render(locale, "timeOfReceipt." + route.name(), messageId, LegalTime.render(receivedAt),
                legalDay);
    }
}
