package nl.wmebv.rules.receipt;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;

/**
 * The technical moments from which the legal moment of receipt follows (<em>tijdstip van ontvangst</em>,
 * Awb 2:20). Each moment may be null when it did not happen or is unknown; at least one is required
 * (a cross-field rule checked by the constructor only). Reading or registering the message is not among
 * them: a web form is received when it reaches the form back-end. This record is immutable and thread-safe.
 *
 * @param messageId                    the message
 * @param reachedOwnSystemAt           when it reached the body's own system, may be null
 * @param reachedOtherDesignatedSystemAt when it reached another system designated for receipt, may be null
 * @param becameOtherwiseAccessibleAt  when it became otherwise electronically accessible, may be null
 */
public record ReceiptFacts(@NotNull MessageId messageId, Instant reachedOwnSystemAt,
        Instant reachedOtherDesignatedSystemAt, Instant becameOtherwiseAccessibleAt) {

    /**
     * Validates the facts.
     *
     * @param messageId                       the message
     * @param reachedOwnSystemAt              may be null
     * @param reachedOtherDesignatedSystemAt  may be null
     * @param becameOtherwiseAccessibleAt     may be null
     * @throws nl.wmebv.core.InvalidInputException if {@code messageId} is null, or no moment is given
     *         ({@code field() "reachedOwnSystemAt"})
     */
    public ReceiptFacts {
        Checks.notNull(messageId, "messageId");
        Checks.require(reachedOwnSystemAt != null || reachedOtherDesignatedSystemAt != null
                        || becameOtherwiseAccessibleAt != null, "reachedOwnSystemAt", "receiptMoment",
                "at least one receipt moment is needed (own system, other designated system, or otherwise "
                        + "accessible)", Provision.AWB_2_20.basis());
    }

    /**
     * Facts for the common case: the message reached the body's own system.
     *
     * @param messageId  the message, not null
     * @param at         the moment, not null
     * @return the facts
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static ReceiptFacts reachedOwnSystem(MessageId messageId, Instant at) {
        Checks.notNull(at, "reachedOwnSystemAt");
        return new ReceiptFacts(messageId, at, null, null);
    }
}
