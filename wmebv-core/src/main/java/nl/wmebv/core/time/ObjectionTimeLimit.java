package nl.wmebv.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;

/**
 * The bezwaartermijn (<em>bezwaartermijn</em>, Awb 6:7, 6:8 lid 1): six weeks, starting on the day after the
 * day the besluit was announced (<em>bekendgemaakt</em>), moved by the Algemene termijnenwet, and the
 * timeliness of a bezwaarschrift against it (Awb 6:9).
 *
 * <p>Implements {@link Provision#AWB_6_7}, {@link Provision#AWB_6_8_LID_1}, {@link Provision#AWB_6_9_LID_1} and
 * {@link Provision#AWB_6_9_LID_2}. The term is statutory, so ATW art. 1 and 2 apply (six weeks is not more than
 * twelve, art. 4 onder a): the unadjusted last day is the announcement day plus 42 days, the same weekday. The
 * announcement day of an electronic bekendmaking is the Europe/Amsterdam date of its 2:19 moment (P23;
 * {@link LegalTime#legalDay(Instant)}). A bezwaarschrift received before the term starts counts as received
 * before its end (6:9 lid 1); whether such a premature filing is admissible (Awb 6:10) is not judged here.
 * This class is immutable and thread-safe.
 */
public final class ObjectionTimeLimit {
    /** The term of Awb 6:7: six weeks, statutory, forward. */
    public static final TimeLimit TIME_LIMIT = TimeLimit.statutory(6, TermUnit.WEEKS, Provision.AWB_6_7);

    private final LocalDate announcementDay;
    private final TermEnd termEnd;

    private ObjectionTimeLimit(LocalDate announcementDay, TermEnd termEnd) {
        this.announcementDay = announcementDay;
        this.termEnd = termEnd;
    }

    /**
     * Computes the bezwaartermijn after the bekendmaking of a besluit.
     *
     * @param announcementDay  the legal day of the bekendmaking (Awb 6:8 lid 1), not null
     * @param calendar         the ATW calendar, not null
     * @return the term
     * @throws InvalidInputException if a value is null ({@code "announcementDay"}, {@code "calendar"}) or the
     *         term lies outside the calendar's range ({@code "announcementDay"})
     */
    public static ObjectionTimeLimit afterAnnouncement(LocalDate announcementDay, AtwCalendar calendar) {
        Checks.notNull(announcementDay, "announcementDay");
        Checks.notNull(calendar, "calendar");
        return new ObjectionTimeLimit(announcementDay,
                TIME_LIMIT.computeEnd(announcementDay, calendar, Provision.AWB_6_8_LID_1, "announcementDay"));
    }

    /**
     * Returns the day of bekendmaking.
     *
     * @return the announcement day
     */
    public LocalDate announcementDay() {
        return announcementDay;
    }

    /**
     * Returns the computed end with its legal basis, trace and explanation.
     *
     * @return the term end
     */
    public TermEnd termEnd() {
        return termEnd;
    }

    /**
     * Returns the last day of the term, after the ATW.
     *
     * @return the last day
     */
    public LocalDate lastDay() {
        return termEnd.lastDay();
    }

    /**
     * Returns the end of the term: 24:00 Europe/Amsterdam of the last day.
     *
     * @return the end, exclusive
     */
    public Instant endExclusive() {
        return termEnd.endExclusive();
    }

    /**
     * Judges a bezwaarschrift received electronically or by hand (Awb 6:9 lid 1): timely if received before the
     * end of the term.
     *
     * @param receivedAt  the moment of receipt (Awb 2:20 for an electronic message), not null
     * @return {@link SubmissionTimeliness.Timely} or {@link SubmissionTimeliness.Late}
     * @throws InvalidInputException if {@code receivedAt} is null
     */
    public SubmissionTimeliness timelinessOfReceipt(Instant receivedAt) {
        Checks.notNull(receivedAt, "receivedAt");
        return judge(receivedAt, Optional.empty());
    }

    /**
     * Judges a bezwaarschrift sent by post (Awb 6:9 lid 2, with lid 1): timely if received before the end of
     * the term, or posted before the end and received before 24:00 of the seventh day after the last day. For
     * a postmark that shows only a date, pass the start of that legal day.
     *
     * @param postedAt    the moment it was posted (<em>ter post bezorgd</em>), not null
     * @param receivedAt  the moment of receipt, not null and not before {@code postedAt}
     * @return {@link SubmissionTimeliness.Timely} or {@link SubmissionTimeliness.Late}
     * @throws InvalidInputException if a value is null, or {@code postedAt} is after {@code receivedAt}
     *         ({@code "postedAt"}, {@code "notAfterReceivedAt"})
     */
    public SubmissionTimeliness timelinessByPost(Instant postedAt, Instant receivedAt) {
        Checks.notNull(postedAt, "postedAt");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.require(!postedAt.isAfter(receivedAt), "postedAt", "notAfterReceivedAt",
                "must not be after receivedAt", Provision.AWB_6_9_LID_2.basis());
        return judge(receivedAt, Optional.of(postedAt));
    }

    private SubmissionTimeliness judge(Instant receivedAt, Optional<Instant> postedAt) {
        LocalDate lastDay = termEnd.lastDay();
        Instant end = termEnd.endExclusive();
        LegalBasis lid1 = Provision.AWB_6_9_LID_1.basis();
        LegalBasis lid2 = Provision.AWB_6_9_LID_2.basis();
        boolean receivedInTerm = receivedAt.isBefore(end);
        Step lid1Step = Step.of(lid1, receivedInTerm ? "timeliness.receivedBeforeEnd" : "timeliness.receivedAfterEnd")
                .withFact("lastDay", lastDay).withFact("endExclusive", LegalTime.render(end))
                .withFact("receivedAt", LegalTime.render(receivedAt));
        if (receivedInTerm && receivedAt.isBefore(LegalTime.startOfLegalDay(announcementDay.plusDays(1)))) {
            lid1Step = lid1Step.withFact("beforeTermStart", true);
        }
        List<Step> steps = new ArrayList<>(termEnd.trace().steps());
        steps.add(lid1Step);
        boolean timely = receivedInTerm;
        LegalBasis primary = lid1;
        if (!receivedInTerm && postedAt.isPresent()) {
            primary = lid2;
            Instant posted = postedAt.get();
            Instant deadline = LegalTime.endOfLegalDayExclusive(lastDay.plusDays(7));
            boolean postedInTerm = posted.isBefore(end);
            boolean receivedInWeek = receivedAt.isBefore(deadline);
            timely = postedInTerm && receivedInWeek;
            steps.add(Step.of(lid2, timely ? "timeliness.postedInTime" : "timeliness.postedLate")
                    .withFact("postedAt", LegalTime.render(posted))
                    .withFact("postedBeforeEnd", postedInTerm)
                    .withFact("postalReceiptDeadline", LegalTime.render(deadline))
                    .withFact("receivedWithinWeek", receivedInWeek));
        }
        List<LegalBasis> bases = new ArrayList<>();
        bases.add(primary);
        for (LegalBasis b : List.of(lid1, lid2)) {
            if (!bases.contains(b) && (b.equals(lid1) || postedAt.isPresent())) {
                bases.add(b);
            }
        }
        for (LegalBasis b : termEnd.legalBasis()) {
            if (!bases.contains(b)) {
                bases.add(b);
            }
        }
        Trace trace = Trace.of(steps);
        return timely
                ? new SubmissionTimeliness.Timely(lastDay, end, receivedAt, postedAt, bases, trace)
                : new SubmissionTimeliness.Late(lastDay, end, receivedAt, postedAt, bases, trace);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectionTimeLimit other && announcementDay.equals(other.announcementDay)
                && termEnd.equals(other.termEnd);
    }

    @Override
    public int hashCode() {
        return announcementDay.hashCode() * 31 + termEnd.hashCode();
    }

    @Override
    public String toString() {
        return "ObjectionTimeLimit[announced " + announcementDay + ", last day " + lastDay() + "]";
    }
}
