package nl.wmebv.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * Whether a bezwaar- or beroepschrift was submitted in time (<em>tijdig ingediend</em>, Awb 6:9): received
 * before the end of the term (lid 1, {@link Provision#AWB_6_9_LID_1}), or by post, posted before the end and
 * received no later than one week after it (lid 2, {@link Provision#AWB_6_9_LID_2}).
 *
 * <p>"One week after the end of the term" is taken as the end of the seventh day after the last day: 24:00
 * Europe/Amsterdam of {@code lastDay + 7} [TEXT-inf]. Lateness is a value, never an exception; whether it can
 * be excused (Awb 6:11, 2:21 lid 3, 2:22) is decided elsewhere. Callers {@code switch} on {@link #kind()}.
 * Implementations are immutable and thread-safe.
 */
public sealed interface SubmissionTimeliness extends Outcome {

    /** The kinds of timeliness. */
    enum Kind {
        /** Submitted in time (Awb 6:9 lid 1 or 2). */
        TIMELY,
        /** Submitted after the term (Awb 6:9). */
        LATE
    }

    /**
     * Returns the kind, for an exhaustive {@code switch}.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Returns the last day of the term, after the ATW.
     *
     * @return the last day
     */
    LocalDate lastDay();

    /**
     * Returns the end of the term: 24:00 Europe/Amsterdam of the last day.
     *
     * @return the end, exclusive
     */
    Instant endExclusive();

    /**
     * Returns the moment of receipt (Awb 2:20 for an electronic submission).
     *
     * @return the receipt moment
     */
    Instant receivedAt();

    /**
     * Returns the moment of posting (<em>ter post bezorgd</em>) for a submission by post.
     *
     * @return the posting moment, or empty when not sent by post
     */
    Optional<Instant> postedAt();

    /**
     * Returns the end of the week of grace for postal receipt (Awb 6:9 lid 2): 24:00 Europe/Amsterdam of the
     * seventh day after the last day.
     *
     * @return the latest receipt moment for a timely posting, exclusive
     */
    default Instant postalReceiptDeadline() {
        return postalReceiptDeadline(lastDay());
    }

    /**
     * Computes the end of the postal week of grace for a last day.
     *
     * @param lastDay  the last day of the term
     * @return 24:00 Europe/Amsterdam of {@code lastDay + 7}
     */
    private static Instant postalReceiptDeadline(LocalDate lastDay) {
        return LegalTime.endOfLegalDayExclusive(lastDay.plusDays(7));
    }

    /**
     * A submission in time. This record is immutable and thread-safe.
     *
     * @param lastDay       the last day of the term
     * @param endExclusive  24:00 of the last day
     * @param receivedAt    the moment of receipt
     * @param postedAt      the moment of posting, or empty
     * @param legalBasis    the provisions, primary first ({@code Awb 6:9 lid 1} or {@code lid 2})
     * @param trace         the steps
     */
    record Timely(LocalDate lastDay, Instant endExclusive, Instant receivedAt, Optional<Instant> postedAt,
                  List<LegalBasis> legalBasis, Trace trace) implements SubmissionTimeliness {
        /**
         * Validates the outcome.
         *
         * @param lastDay       the last day, not null
         * @param endExclusive  24:00 of the last day, not null
         * @param receivedAt    the receipt, not null; before {@code endExclusive}, or posted before it and
         *                      received before the postal deadline
         * @param postedAt      the posting, not null (may be empty), not after {@code receivedAt}
         * @param legalBasis    the provisions, not empty
         * @param trace         the trace, not null
         * @throws InvalidInputException if a value is null or the values do not make a timely submission
         */
        public Timely {
            legalBasis = check(lastDay, endExclusive, receivedAt, postedAt, legalBasis, trace);
            Checks.require(isTimely(lastDay, endExclusive, receivedAt, postedAt), "receivedAt", "timely",
                    "is not a timely submission", Provision.AWB_6_9_LID_1.basis());
        }

        @Override
        public Kind kind() {
            return Kind.TIMELY;
        }

        @Override
        public String explain(Locale locale) {
            return SubmissionTimeliness.explain(this, locale);
        }
    }

    /**
     * A submission after the term. This record is immutable and thread-safe.
     *
     * @param lastDay       the last day of the term
     * @param endExclusive  24:00 of the last day
     * @param receivedAt    the moment of receipt
     * @param postedAt      the moment of posting, or empty
     * @param legalBasis    the provisions, primary first ({@code Awb 6:9 lid 1} or {@code lid 2})
     * @param trace         the steps
     */
    record Late(LocalDate lastDay, Instant endExclusive, Instant receivedAt, Optional<Instant> postedAt,
                List<LegalBasis> legalBasis, Trace trace) implements SubmissionTimeliness {
        /**
         * Validates the outcome.
         *
         * @param lastDay       the last day, not null
         * @param endExclusive  24:00 of the last day, not null
         * @param receivedAt    the receipt, not null; not a timely submission
         * @param postedAt      the posting, not null (may be empty), not after {@code receivedAt}
         * @param legalBasis    the provisions, not empty
         * @param trace         the trace, not null
         * @throws InvalidInputException if a value is null or the values make a timely submission
         */
        public Late {
            legalBasis = check(lastDay, endExclusive, receivedAt, postedAt, legalBasis, trace);
            Checks.require(!isTimely(lastDay, endExclusive, receivedAt, postedAt), "receivedAt", "late",
                    "is a timely submission", Provision.AWB_6_9_LID_1.basis());
        }

        /**
         * Returns how long after the end of the term the submission was received.
         *
         * @return a non-negative duration
         */
        public Duration lateBy() {
            return Duration.between(endExclusive, receivedAt);
        }

        @Override
        public Kind kind() {
            return Kind.LATE;
        }

        @Override
        public String explain(Locale locale) {
            return SubmissionTimeliness.explain(this, locale);
        }
    }

    private static List<LegalBasis> check(LocalDate lastDay, Instant endExclusive, Instant receivedAt,
                                          Optional<Instant> postedAt, List<LegalBasis> legalBasis, Trace trace) {
        Checks.notNull(lastDay, "lastDay");
        Checks.notNull(endExclusive, "endExclusive");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(postedAt, "postedAt");
        Checks.notNull(trace, "trace");
        Checks.require(endExclusive.equals(LegalTime.endOfLegalDayExclusive(lastDay)), "endExclusive",
                "endOfLastDay", "must be 24:00 Europe/Amsterdam of " + lastDay, null);
        Checks.require(postedAt.map(p -> !p.isAfter(receivedAt)).orElse(true), "postedAt", "notAfterReceivedAt",
                "must not be after receivedAt", Provision.AWB_6_9_LID_2.basis());
        return LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
    }

    private static boolean isTimely(LocalDate lastDay, Instant end, Instant receivedAt, Optional<Instant> postedAt) {
        if (receivedAt.isBefore(end)) {
            return true;
        }
        return postedAt.isPresent() && postedAt.get().isBefore(end)
                && receivedAt.isBefore(postalReceiptDeadline(lastDay));
    }

    private static String explain(SubmissionTimeliness t, Locale locale) {
        Checks.notNull(locale, "locale");
        String lastDay = CalendarTexts.date(t.lastDay(), locale);
        String end = LegalTime.render(t.endExclusive());
        String received = LegalTime.render(t.receivedAt());
        boolean timely = t.kind() == Kind.TIMELY;
        if (t.postedAt().isEmpty() || (timely && t.receivedAt().isBefore(t.endExclusive()))) {
            return CalendarTexts.format(locale, timely ? "timeliness.timely.lid1" : "timeliness.late.lid1",
                    received, lastDay, end);
        }
        String posted = LegalTime.render(t.postedAt().get());
        String deadline = LegalTime.render(t.postalReceiptDeadline());
        String key;
        if (timely) {
            key = "timeliness.timely.lid2";
        } else if (!t.postedAt().get().isBefore(t.endExclusive())) {
            key = "timeliness.late.lid2.posted";
        } else {
            key = "timeliness.late.lid2.received";
        }
        return CalendarTexts.format(locale, key, posted, lastDay, end, received, deadline);
    }
}
