package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.timelimit.NotificationFacts;

/**
 * The duty to tell the addressee within 48 hours that a message became accessible for him
 * (<em>kennisgeving</em>, Awb 2:10), for one placement in a system in which he has access. A re-placement is
 * a new placement with a duty of its own (P12). The 48 hours are 172,800 seconds of elapsed time from
 * accessibility (P2), never extended by the ATW (art. 4 onder a); the due moment is exclusive. This record is
 * immutable and thread-safe.
 *
 * @param messageId      the message
 * @param channel        the system the message became accessible in
 * @param accessibleAt   when it became accessible there (the start of the 48 hours)
 * @param dueBy          {@code accessibleAt} plus 172,800 s: a kennisgeving must be sent before it
 * @param status         where the duty stands
 * @param sentAt         when the first kennisgeving after accessibility was sent, if one was
 * @param notReceived    whether the last kennisgeving sent for it could not be delivered (2:11 lid 2, 2:22 lid 2)
 * @param contentCheck   whether the content of the kennisgeving is to be assessed under 2:10 lid 2 (P17)
 * @param legalBasis     the provisions, primary first
 * @param trace          the steps
 */
public record NotificationDuty(MessageId messageId, ChannelId channel, Instant accessibleAt, Instant dueBy,
        Status status, Optional<Instant> sentAt, boolean notReceived, boolean contentCheck,
        List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** Where a kennisgeving duty stands. */
    public enum Status {
        /** Outstanding: no kennisgeving yet, the 48 hours still run. */
        DUE,
        /** Met: a kennisgeving was sent within the 48 hours (P19). */
        MET,
        /** A kennisgeving was sent, but after the 48 hours (P1). */
        LATE,
        /** Outstanding and missed: no kennisgeving, the 48 hours have passed (2:22 lid 1). */
        MISSED,
        /** Not owed: the addressee let it be known he wants no kennisgeving (2:10 lid 1). */
        OPTED_OUT,
        /** Not owed separately: a kennisgeving for the Wdo-voorziening suffices (2:10 lid 3). */
        COVERED_BY_LID_3
    }

    /**
     * Validates the duty.
     *
     * @param messageId     the message, not null
     * @param channel       the system, not null
     * @param accessibleAt  the start, not null
     * @param dueBy         exactly 172,800 s after {@code accessibleAt}
     * @param status        the status, not null
     * @param sentAt        the kennisgeving, not null, not before {@code accessibleAt}
     * @param notReceived   whether it bounced; only with {@code sentAt}
     * @param contentCheck  whether 2:10 lid 2 is to be assessed
     * @param legalBasis    the provisions, not empty
     * @param trace         the steps, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or inconsistent
     */
    public NotificationDuty {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(channel, "channel");
        Checks.notNull(accessibleAt, "accessibleAt");
        Checks.notNull(dueBy, "dueBy");
        Checks.require(dueBy.equals(accessibleAt.plus(NotificationFacts.NOTIFICATION_PERIOD)), "dueBy", "fortyEightHours",
                "must lie 172,800 s after accessibleAt", null);
        Checks.notNull(status, "status");
        Checks.notNull(sentAt, "sentAt");
        Checks.require(sentAt.map(s -> !s.isBefore(accessibleAt)).orElse(true), "sentAt", "notBeforeAccessible",
                "must not be before accessibleAt", null);
        Checks.require(!notReceived || sentAt.isPresent(), "notReceived", "needsSending",
                "a kennisgeving that was not received must have been sent", null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns whether the duty is still to be met: {@code DUE} or {@code MISSED}.
     *
     * @return true if outstanding
     */
    public boolean outstanding() {
        return status == Status.DUE || status == Status.MISSED;
    }

    /**
     * Returns the due moment as Europe/Amsterdam local time with its UTC offset, e.g.
     * {@code 2026-03-30T02:30:00+02:00}.
     *
     * @return the rendering
     */
    public String dueByRendered() {
        return LegalTime.render(dueBy);
    }

    @Override
    public String explain(Locale locale) {
        String base = OutboundText.render(locale, "notification." + status.name(), messageId, channel,
                LegalTime.render(accessibleAt), dueByRendered(), sentAt.map(LegalTime::render).orElse("-"));
        StringBuilder sb = new StringBuilder(base);
        if (notReceived) {
            sb.append(' ').append(OutboundText.render(locale, "notification.notReceived"));
        }
        if (contentCheck) {
            sb.append(' ').append(OutboundText.render(locale, "notification.contentCheck"));
        }
        return sb.toString();
    }
}
