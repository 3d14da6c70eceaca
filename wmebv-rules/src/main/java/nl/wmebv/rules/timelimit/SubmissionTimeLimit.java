package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.TermEnd;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;

/**
 * A submission term (<em>indieningstermijn</em>, Awb 2:21, 2:23, 6:7) before any adjustment: the term for
 * submitting a message of one type, its base computation by the legal calendar (ATW art. 1&ndash;4 for
 * statutory terms; body-set terms taken as given, P15), and the facts the adjustments need: the message type
 * (for the designated channels of 2:21 lid 3), whether the term started with the sending of a message of the
 * body (2:22), and whether it is a bezwaar- or beroepstermijn (6:9 lid 2 by post).
 *
 * <p>A submission term is day-based and ends at 24:00 Europe/Amsterdam of its last day; terms in hours are
 * refused ({@code "unit"}). This class is immutable and thread-safe.
 */
public final class SubmissionTimeLimit {
    private final TermEnd termEnd;
    private final MessageTypeId messageType;
    private final Optional<MessageId> startedBySending;
    private final Optional<ObjectionTimeLimit> objection;

    private SubmissionTimeLimit(TermEnd termEnd, MessageTypeId messageType, Optional<MessageId> startedBySending,
            Optional<ObjectionTimeLimit> objection) {
        this.termEnd = termEnd;
        this.messageType = messageType;
        this.startedBySending = startedBySending;
        this.objection = objection;
    }

    /**
     * Creates a submission term from a time limit anchored on the day of its triggering event; the ATW applies
     * where the time limit says so ({@link TimeLimit#atwApplicable()}).
     *
     * @param timeLimit    the time limit, not null, not in hours
     * @param eventDay     the legal day of the triggering event; the term starts the day after, not null
     * @param messageType  the type of message to be submitted, not null
     * @param calendar     the ATW calendar, not null
     * @return the term
     * @throws nl.wmebv.core.InvalidInputException if a value is null, the unit is hours ({@code "unit"}), or
     *         the term runs outside the calendar ({@code "eventDay"})
     */
    public static SubmissionTimeLimit of(TimeLimit timeLimit, LocalDate eventDay, MessageTypeId messageType,
            AtwCalendar calendar) {
        Checks.notNull(timeLimit, "timeLimit");
        Checks.notNull(eventDay, "eventDay");
        Checks.notNull(messageType, "messageType");
        Checks.notNull(calendar, "calendar");
        Checks.require(timeLimit.unit() != TermUnit.HOURS, "unit", "dayBased",
                "a submission term is day-based; terms in hours are not supported", Provision.ATW_4_ONDER_A.basis());
        Checks.require(!timeLimit.countedBackward(), "direction", "forward",
                "a submission term runs forward from its event", Provision.ATW_1_LID_2.basis());
        return new SubmissionTimeLimit(timeLimit.computeEnd(eventDay, calendar), messageType, Optional.empty(),
                Optional.empty());
    }

    /**
     * Creates a term whose last day a body set as a date (e.g. a <em>hersteltermijn</em> "tot en met 20 mei"):
     * taken as given, the ATW does not move it (P15).
     *
     * @param eventDay     the day the term was set; it starts the day after, not null
     * @param lastDay      the last day, after {@code eventDay}, not null
     * @param messageType  the type of message to be submitted, not null
     * @return the term
     * @throws nl.wmebv.core.InvalidInputException if a value is null, or {@code lastDay} is not after
     *         {@code eventDay} (a term of negative or zero length, {@code "lastDay"}, {@code "positiveLength"})
     */
    public static SubmissionTimeLimit setByBody(LocalDate eventDay, LocalDate lastDay, MessageTypeId messageType) {
        Checks.notNull(eventDay, "eventDay");
        Checks.notNull(lastDay, "lastDay");
        Checks.notNull(messageType, "messageType");
        long days = ChronoUnit.DAYS.between(eventDay, lastDay);
        Checks.require(days >= 1, "lastDay", "positiveLength",
                "must be after the day the term was set (" + eventDay + "), was " + lastDay, null);
        Checks.require(days <= TimeLimit.MAX_AMOUNT, "lastDay", "max",
                "must be at most " + TimeLimit.MAX_AMOUNT + " days after " + eventDay, null);
        TimeLimit limit = TimeLimit.setByBody((int) days, TermUnit.DAYS);
        return new SubmissionTimeLimit(limit.computeEnd(eventDay, AtwCalendar.standard()), messageType,
                Optional.empty(), Optional.empty());
    }

    /**
     * Creates the bezwaartermijn (Awb 6:7, 6:8 lid 1): six weeks from the day after the bekendmaking, ATW art.
     * 1 and 2 applied, built on {@link ObjectionTimeLimit}. Timeliness follows 6:9 lid 1, and lid 2 for post.
     *
     * @param announcementDay  the day of bekendmaking (P23: the legal day of the 2:19 moment), not null
     * @param messageType      the type of the bezwaarschrift, not null
     * @param calendar         the ATW calendar, not null
     * @return the term
     * @throws nl.wmebv.core.InvalidInputException if a value is null or the day is outside the calendar
     *         ({@code "announcementDay"})
     */
    public static SubmissionTimeLimit objection(LocalDate announcementDay, MessageTypeId messageType,
            AtwCalendar calendar) {
        Checks.notNull(messageType, "messageType");
        ObjectionTimeLimit term = ObjectionTimeLimit.afterAnnouncement(announcementDay, calendar);
        return new SubmissionTimeLimit(term.termEnd(), messageType, Optional.empty(), Optional.of(term));
    }

    /**
     * Returns this term, recording that it started with the sending of a message of the body (e.g. the
     * bekendmaking of a besluit by placement in a message box), the condition of Awb 2:22 lid 1.
     *
     * @param message  the message whose sending started the term, not null
     * @return the new term
     * @throws nl.wmebv.core.InvalidInputException if {@code message} is null
     */
    public SubmissionTimeLimit withStartedBySending(MessageId message) {
        Checks.notNull(message, "startedBySending");
        return new SubmissionTimeLimit(termEnd, messageType, Optional.of(message), objection);
    }

    /**
     * Returns the base computation: the unadjusted last day, the ATW moves or exclusions, the end.
     *
     * @return the term end
     */
    public TermEnd termEnd() {
        return termEnd;
    }

    /**
     * Returns the type of message to be submitted.
     *
     * @return the message type
     */
    public MessageTypeId messageType() {
        return messageType;
    }

    /**
     * Returns the message whose sending started the term, if recorded (Awb 2:22 lid 1).
     *
     * @return the message, or empty
     */
    public Optional<MessageId> startedBySending() {
        return startedBySending;
    }

    /**
     * Returns the bezwaartermijn this term was built on, if it is one.
     *
     * @return the objection time limit, or empty
     */
    public Optional<ObjectionTimeLimit> objection() {
        return objection;
    }

    /**
     * Returns whether this is a bezwaar- or beroepstermijn, to which Awb 6:9 (and 6:11) apply.
     *
     * @return true for a term built by {@link #objection}
     */
    public boolean objectionOrAppeal() {
        return objection.isPresent();
    }

    /**
     * Returns whether a wet or AMvB sets the term (<em>wettelijke termijn</em>, Awb 2:21 lid 1; ATW art. 1, 5).
     *
     * @return true for a statutory term
     */
    public boolean statutory() {
        return termEnd.timeLimit().statutory();
    }

    /**
     * Returns whether the ATW applies to this term (statutory, and not excluded by art. 4), and so to its
     * extension under Awb 2:23 (P4, P15).
     *
     * @return true if ATW art. 1 moves its last day
     */
    public boolean atwApplicable() {
        return termEnd.atwApplicable();
    }

    /**
     * Returns the first day of the term: the day after the event (Awb 6:8 lid 1 for the bezwaartermijn).
     *
     * @return the first day
     */
    public LocalDate firstDay() {
        return termEnd.eventDay().plusDays(1);
    }

    /**
     * Returns the first moment of the term: 00:00 Europe/Amsterdam of its first day.
     *
     * @return the start, inclusive
     */
    public Instant start() {
        return LegalTime.startOfLegalDay(firstDay());
    }

    /**
     * Returns the unadjusted last day, after the ATW only.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        return termEnd.lastDay();
    }

    /**
     * Returns the unadjusted end: 24:00 Europe/Amsterdam of the last day.
     *
     * @return the end, exclusive
     */
    public Instant endExclusive() {
        return termEnd.endExclusive();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmissionTimeLimit s && termEnd.equals(s.termEnd) && messageType.equals(s.messageType)
                && startedBySending.equals(s.startedBySending) && objection.equals(s.objection);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(termEnd, messageType, startedBySending, objection);
    }

    @Override
    public String toString() {
        return "SubmissionTimeLimit[" + messageType + ", " + termEnd.timeLimit().amount() + " "
                + termEnd.timeLimit().unit() + " after " + termEnd.eventDay() + ", last day " + lastDay() + "]";
    }
}
