package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * The duty after a failed delivery (<em>niet met succes bezorgen</em>, Awb 2:11): for the message, to send
 * it again or another way (lid 1); for a kennisgeving, to send it again or to inform the addressee another
 * way about the failure and how to receive kennisgevingen (lid 2). The law sets no time limit; for the
 * message a service level (P22, default one working day) yields a late signal, never a violation. This
 * record is immutable and thread-safe.
 *
 * @param messageId          the message
 * @param item               the message or its kennisgeving
 * @param channel            the channel the delivery failed on
 * @param failedAt           when the body learned of the failure
 * @param failure            hard or soft
 * @param status             where the duty stands
 * @param serviceLevelDueBy  the end of the P22 service level, for the message only
 * @param fulfilledAt        when the duty was met, if it was
 * @param legalBasis         the provisions, primary first
 * @param trace              the steps
 */
public record ResendDuty(MessageId messageId, DeliveryItem item, ChannelId channel, Instant failedAt,
        FailureKind failure, Status status, Optional<Instant> serviceLevelDueBy, Optional<Instant> fulfilledAt,
        List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** Where a re-sending duty stands. */
    public enum Status {
        /** Outstanding, within the service level (or without one). */
        OUTSTANDING,
        /** Outstanding after the service level (P22): a late signal, not a statutory violation. */
        OUTSTANDING_LATE,
        /** Met: sent again, another way, or (for a kennisgeving) the addressee informed another way. */
        FULFILLED
    }

    /**
     * Validates the duty.
     *
     * @param messageId          the message, not null
     * @param item               the item, not null
     * @param channel            the channel, not null
     * @param failedAt           the moment, not null
     * @param failure            the kind, not null
     * @param status             the status, not null
     * @param serviceLevelDueBy  the service level end, not null; present only for the message
     * @param fulfilledAt        the fulfilment, not null; present exactly for {@code FULFILLED}
     * @param legalBasis         the provisions, not empty
     * @param trace              the steps, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or inconsistent
     */
    public ResendDuty {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(item, "item");
        Checks.notNull(channel, "channel");
        Checks.notNull(failedAt, "failedAt");
        Checks.notNull(failure, "failure");
        Checks.notNull(status, "status");
        Checks.notNull(serviceLevelDueBy, "serviceLevelDueBy");
        Checks.notNull(fulfilledAt, "fulfilledAt");
        Checks.require(serviceLevelDueBy.isEmpty() || item == DeliveryItem.MESSAGE, "serviceLevelDueBy",
                "messageOnly", "the P22 service level applies to the message only", null);
        Checks.require(fulfilledAt.isPresent() == (status == Status.FULFILLED), "fulfilledAt", "presentWhenFulfilled",
                "present exactly when the duty is fulfilled", null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns whether the duty is still to be met.
     *
     * @return true unless {@code FULFILLED}
     */
    public boolean outstanding() {
        return status != Status.FULFILLED;
    }

    @Override
    public String explain(Locale locale) {
        return OutboundText.render(locale, "resend." + item.name() + "." + status.name(), messageId, channel,
                LegalTime.render(failedAt), serviceLevelDueBy.map(LegalTime::render).orElse("-"),
                fulfilledAt.map(LegalTime::render).orElse("-"));
    }
}
