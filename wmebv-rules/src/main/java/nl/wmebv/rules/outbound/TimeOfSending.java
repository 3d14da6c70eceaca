package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * The legal moment an outbound message counts as sent (<em>tijdstip van verzending</em>, Awb 2:19, 2:11
 * lid 3) and the day of bekendmaking it gives (P23). This record is immutable and thread-safe.
 *
 * @param messageId        the message
 * @param kind             which rule fixed the moment, or why there is none
 * @param sentAt           the moment, present unless {@code NOT_YET_SENT}
 * @param channel          the channel that fixed the moment, present with {@code sentAt}
 * @param announcementDay  the Europe/Amsterdam date of the moment (P23), present with {@code sentAt}
 * @param legalBasis       the provisions, primary first
 * @param trace            the steps
 */
public record TimeOfSending(MessageId messageId, Kind kind, Optional<Instant> sentAt, Optional<ChannelId> channel,
        Optional<LocalDate> announcementDay, List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** Which rule fixed the moment of sending. */
    public enum Kind {
        /** No successful sending yet: nothing reached the addressee's side, or every attempt failed. */
        NOT_YET_SENT,
        /** Reaching a system for which no administrative body is responsible, e.g. a mail provider (2:19 onder a). */
        ONDER_A,
        /** Becoming accessible in a system in which the addressee has access (2:19 onder b). */
        ONDER_B,
        /** Becoming accessible via the Wdo-voorziening used beside another system (2:19 onder c). */
        ONDER_C,
        /** After non-delivery, the last successful re-sending (2:11 lid 3, P12). */
        RESENT,
        /** The moment lies before 2026-01-01: the pre-Wmebv regime applies (P13). */
        NOT_IN_FORCE
    }

    /**
     * Validates the outcome.
     *
     * @param messageId        the message, not null
     * @param kind             the kind, not null
     * @param sentAt           the moment, empty exactly for {@code NOT_YET_SENT}
     * @param channel          the channel, present exactly with {@code sentAt}
     * @param announcementDay  the legal day, the legal day of {@code sentAt} if present
     * @param legalBasis       the provisions, not empty
     * @param trace            the steps, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or inconsistent
     */
    public TimeOfSending {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(kind, "kind");
        Checks.notNull(sentAt, "sentAt");
        Checks.notNull(channel, "channel");
        Checks.notNull(announcementDay, "announcementDay");
        Checks.require(sentAt.isPresent() == (kind != Kind.NOT_YET_SENT), "sentAt", "presentUnlessNotYetSent",
                "a moment is present exactly when the message counts as sent", null);
        Checks.require(channel.isPresent() == sentAt.isPresent(), "channel", "presentWithSentAt",
                "a channel is present exactly with the moment", null);
        Checks.require(announcementDay.equals(sentAt.map(LegalTime::legalDay)), "announcementDay", "legalDayOfSentAt",
                "must be the Europe/Amsterdam date of sentAt", null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    @Override
    public String explain(Locale locale) {
        if (sentAt.isEmpty()) {
            return OutboundText.render(locale, "sending.NOT_YET_SENT", messageId);
        }
        return OutboundText.render(locale, "sending." + kind.name(), messageId, LegalTime.render(sentAt.get()),
                channel.get(), announcementDay.get());
    }
}
