package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.rules.timelimit.NotificationFacts;

/**
 * Where an outbound message to one addressee stands at a moment: consent (Awb 2:8), the moment of sending
 * (2:19, 2:11 lid 3) and the bezwaartermijn it starts, the kennisgeving duties (2:10), the re-sending duties
 * (2:11), amendments (2:12), the facts for 2:22 and the 2:25 evidence records. This record is immutable and
 * thread-safe.
 *
 * @param messageId           the message
 * @param addressee           the addressee
 * @param asOf                the moment the answers hold for; events after it are not counted
 * @param kind                the overall answer
 * @param consent             the 2:8 answer
 * @param timeOfSending       the 2:19 answer
 * @param objectionTimeLimit  the bezwaartermijn the bekendmaking starts, if the message is a besluit: present
 *                            only when sent, in force and with consent
 * @param notificationDuties  the kennisgeving duties, by accessibility
 * @param resendDuties        the re-sending duties, by failure
 * @param amends              the message this one changes or withdraws (2:12), if any
 * @param amendments          the later messages changing or withdrawing this one
 * @param notificationFacts   the facts for 2:22, present only when sent and in force
 * @param evidence            the 2:25 evidence events recorded for the message, by moment
 * @param legalBasis          the provisions, primary first
 * @param trace               the steps
 */
public record OutboundStatus(MessageId messageId, PartyId addressee, Instant asOf, Kind kind, ConsentOutcome consent,
        TimeOfSending timeOfSending, Optional<ObjectionTimeLimit> objectionTimeLimit,
        List<NotificationDuty> notificationDuties, List<ResendDuty> resendDuties, Optional<MessageId> amends,
        List<Amendment> amendments, Optional<NotificationFacts> notificationFacts, List<EvidenceEvent> evidence,
        List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** The overall answer. */
    public enum Kind {
        /** Not (successfully) sent yet. */
        NOT_YET_SENT,
        /** Sent with consent: the bekendmaking took place at the 2:19 moment. */
        SENT,
        /** Sent electronically without consent (2:8): no bekendmaking "op de voorgeschreven wijze". */
        SENT_WITHOUT_CONSENT,
        /** Sent before 2026-01-01: pre-Wmebv regime (P13); no 2:10, 2:11 or 2:22 answers. */
        NOT_IN_FORCE
    }

    /**
     * Validates the status.
     *
     * @param messageId           the message, not null
     * @param addressee           the addressee, not null
     * @param asOf                the moment, not null
     * @param kind                the kind, not null
     * @param consent             the 2:8 answer, not null
     * @param timeOfSending       the 2:19 answer, not null
     * @param objectionTimeLimit  the bezwaartermijn, not null; present only for {@code SENT}
     * @param notificationDuties  the duties, not null
     * @param resendDuties        the duties, not null
     * @param amends              the amended message, not null
     * @param amendments          the amendments, not null
     * @param notificationFacts   the 2:22 facts, not null
     * @param evidence            the evidence events, not null
     * @param legalBasis          the provisions, not empty
     * @param trace               the steps, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or inconsistent
     */
    public OutboundStatus {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(addressee, "addressee");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(kind, "kind");
        Checks.notNull(consent, "consent");
        Checks.notNull(timeOfSending, "timeOfSending");
        Checks.notNull(objectionTimeLimit, "objectionTimeLimit");
        Checks.require(objectionTimeLimit.isEmpty() || kind == Kind.SENT, "objectionTimeLimit", "onlyWhenSent",
                "a bezwaartermijn starts only with a bekendmaking op de voorgeschreven wijze", null);
        notificationDuties = Checks.listCopy(notificationDuties, "notificationDuties");
        resendDuties = Checks.listCopy(resendDuties, "resendDuties");
        Checks.notNull(amends, "amends");
        amendments = Checks.listCopy(amendments, "amendments");
        Checks.notNull(notificationFacts, "notificationFacts");
        evidence = Checks.listCopy(evidence, "evidence");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns the kennisgeving duties still to be met, each with its due moment.
     *
     * @return the outstanding duties
     */
    public List<NotificationDuty> outstandingNotificationDuties() {
        return notificationDuties.stream().filter(NotificationDuty::outstanding).toList();
    }

    /**
     * Returns the re-sending duties still to be met.
     *
     * @return the outstanding duties
     */
    public List<ResendDuty> outstandingResendDuties() {
        return resendDuties.stream().filter(ResendDuty::outstanding).toList();
    }

    @Override
    public String explain(Locale locale) {
        StringBuilder sb = new StringBuilder(OutboundText.render(locale, "status." + kind.name(), messageId,
                LegalTime.render(asOf)));
        sb.append('\n').append(consent.explain(locale));
        sb.append('\n').append(timeOfSending.explain(locale));
        objectionTimeLimit.ifPresent(t -> sb.append('\n').append(OutboundText.render(locale, "status.objection",
                t.announcementDay(), t.lastDay(), LegalTime.render(t.endExclusive()))));
        for (NotificationDuty d : notificationDuties) {
            sb.append('\n').append(d.explain(locale));
        }
        for (ResendDuty d : resendDuties) {
            sb.append('\n').append(d.explain(locale));
        }
        amends.ifPresent(a -> sb.append('\n').append(OutboundText.render(locale, "status.amends", messageId, a)));
        for (Amendment a : amendments) {
            sb.append('\n').append(OutboundText.render(locale, "status.amendment." + a.kind().name(), messageId,
                    a.amendment(), LegalTime.render(a.sentAt())));
        }
        return sb.toString();
    }
}
