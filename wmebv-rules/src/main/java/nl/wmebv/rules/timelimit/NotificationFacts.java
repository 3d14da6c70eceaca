package nl.wmebv.rules.timelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;

/**
 * What happened to the <em>kennisgeving</em> (Awb 2:10) of a message whose sending started a term: the
 * facts Awb 2:22 needs to decide whether lateness on that term is held against the addressee. The outbound
 * lifecycle tracker produces them; the deadline ledger consumes them.
 *
 * <p>Cross-field rules, checked by the constructor: without a placement in a system where the addressee has
 * access (e.g. e-mail, 2:19 onder a) there is no kennisgeving duty, so no accessibility, opt-out, sending
 * or bounce may be given; with a placement, {@code accessibleAt} is required; a kennisgeving is not sent
 * before the message became accessible; a bounce needs a sending. This record is immutable and
 * thread-safe.
 *
 * @param messageId           the message whose sending started the term
 * @param placedInAccessSystem whether it was placed in a system where the addressee has access (2:10 lid 1)
 * @param accessibleAt        when it became accessible to the addressee (2:19 onder b or c), may be null
 *                            only without a placement
 * @param optedOut            whether the addressee let it be known he wants no kennisgeving (2:10 lid 1, 2:22)
 * @param notificationSentAt  when the kennisgeving was sent, may be null when it was not
 * @param notReceived         whether the kennisgeving did not reach the addressee (bounce, wrong address;
 *                            2:22 lid 2)
 */
public record NotificationFacts(MessageId messageId, boolean placedInAccessSystem, Instant accessibleAt,
        boolean optedOut, Instant notificationSentAt, boolean notReceived) {

    /** The 48 hours of Awb 2:10 lid 1 as elapsed time (policy P2): 172,800 seconds. */
    public static final Duration NOTIFICATION_PERIOD = Duration.ofSeconds(172_800);

    /**
     * Validates the facts.
     *
     * @param messageId             the message
     * @param placedInAccessSystem  whether placed in a system with access
     * @param accessibleAt          when it became accessible, may be null without a placement
     * @param optedOut              whether the addressee opted out
     * @param notificationSentAt    when the kennisgeving was sent, may be null
     * @param notReceived           whether it did not reach the addressee
     * @throws nl.wmebv.core.InvalidInputException naming the field when the facts contradict each other
     */
    public NotificationFacts {
        Checks.notNull(messageId, "messageId");
        if (!placedInAccessSystem) {
            Checks.require(accessibleAt == null && !optedOut && notificationSentAt == null && !notReceived,
                    "placedInAccessSystem", "noNotificationWithoutPlacement",
                    "without a placement in a system with access there is no kennisgeving to describe",
                    Provision.AWB_2_10_LID_1.basis());
        } else {
            Checks.notNull(accessibleAt, "accessibleAt");
        }
        Checks.require(notificationSentAt == null || !notificationSentAt.isBefore(accessibleAt),
                "notificationSentAt", "notBeforeAccessible", "must not be before accessibleAt",
                Provision.AWB_2_10_LID_1.basis());
        Checks.require(!notReceived || notificationSentAt != null, "notReceived", "needsSending",
                "a kennisgeving that was not received must have been sent", Provision.AWB_2_22_LID_2.basis());
    }

    /**
     * Facts for a message sent without a placement in a system with access (e.g. e-mail): 2:10 and 2:22 do
     * not apply.
     *
     * @param messageId  the message, not null
     * @return the facts
     */
    public static NotificationFacts noPlacement(MessageId messageId) {
        return new NotificationFacts(messageId, false, null, false, null, false);
    }

    /**
     * Returns the moment the kennisgeving was due: 172,800 s after accessibility (2:10 lid 1, P2).
     *
     * @return the due moment, empty without a placement
     */
    public Optional<Instant> notificationDueBy() {
        return Optional.ofNullable(accessibleAt).map(a -> a.plus(NOTIFICATION_PERIOD));
    }

    /**
     * Returns when the kennisgeving was sent.
     *
     * @return the moment, empty when not sent
     */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(notificationSentAt);
    }
    /**
     * Returns whether the kennisgeving was sent within the 48 hours of Awb 2:10 lid 1 (P19: the duty is met
     * by sending in time). The period is half-open like every interval in the library: sent before
     * {@link #notificationDueBy()} is in time, sent at or after it is late (P1, P2).
     *
     * @return true if sent before the due moment; false if not sent, sent late, or without a placement
     */
    public boolean sentWithinPeriod() {
        return notificationSentAt != null && notificationSentAt.isBefore(accessibleAt.plus(NOTIFICATION_PERIOD));
    }

    /**
     * Returns whether the kennisgeving was sent, but at or after the end of the 48 hours (P1).
     *
     * @return true if sent late
     */
    public boolean sentLate() {
        return notificationSentAt != null && !sentWithinPeriod();
    }
}
