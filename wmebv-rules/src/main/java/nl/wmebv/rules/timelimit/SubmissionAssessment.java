package nl.wmebv.rules.timelimit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * Whether a submission was in time under a term ledger (<em>tijdigheid van de indiening</em>, Awb 6:9,
 * 2:21&ndash;2:23): timely; late but excused (with the provision and facts); late, needing an assessment a
 * lawyer makes (the facts listed, P18); or late. Never a bare boolean.
 *
 * <p>Every kind carries the adjusted term with every ledger entry, the legal basis (primary first), a trace
 * and an explanation. Callers {@code switch} on {@link #kind()} without {@code default}. Implementations are
 * immutable and thread-safe.
 */
public sealed interface SubmissionAssessment extends Outcome {

    /** The kinds of assessment. */
    enum Kind {
        /** Received before the end of the adjusted term (or posted in time, Awb 6:9 lid 2). */
        TIMELY,
        /** Late, but the lateness is not held against the submitter (Awb 2:21 lid 3 second sentence, 2:22 lid 1). */
        LATE_EXCUSED,
        /** Late; whether it is held against the submitter is a judgement the library does not make (P18). */
        LATE_NEEDS_ASSESSMENT,
        /** Late, and no fact known to the ledger excuses it. */
        LATE
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Returns the submission judged.
     *
     * @return the submission
     */
    Submission submission();

    /**
     * Returns the adjusted term with every ledger entry.
     *
     * @return the term
     */
    AdjustedTerm term();

    /**
     * Returns the adjusted last day.
     *
     * @return the last day
     */
    default LocalDate lastDay() {
        return term().lastDay();
    }

    /**
     * Returns the adjusted end, exclusive.
     *
     * @return the end
     */
    default Instant endExclusive() {
        return term().endExclusive();
    }

    /**
     * Returns the ledger's entries, base first.
     *
     * @return the entries
     */
    default List<LedgerEntry> entries() {
        return term().entries();
    }

    /**
     * Returns what is still open.
     *
     * @return the flags
     */
    default Set<LedgerFlag> flags() {
        return term().flags();
    }

    /**
     * Returns how long after the end of the adjusted term the submission was received.
     *
     * @return the lateness, {@link Duration#ZERO} if received in time
     */
    default Duration lateBy() {
        Duration d = Duration.between(endExclusive(), submission().receivedAt());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Received in time.
     *
     * @param submission  the submission
     * @param term        the adjusted term
     * @param timelyBy    the provision under which it is timely: 6:9 lid 1 or 2 for a bezwaarschrift, the
     *                    provision of the term or of its extension otherwise
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record Timely(Submission submission, AdjustedTerm term, Provision timelyBy, List<LegalBasis> legalBasis,
            Trace trace) implements SubmissionAssessment {
        /**
         * Validates the outcome.
         *
         * @param submission  the submission, not null
         * @param term        the term, not null
         * @param timelyBy    the provision, not null
         * @param legalBasis  the provisions, not empty
         * @param trace       the trace, not null
         * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
         */
        public Timely {
            Checks.notNull(submission, "submission");
            Checks.notNull(term, "term");
            Checks.notNull(timelyBy, "timelyBy");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.TIMELY;
        }

        @Override
        public String explain(Locale locale) {
            return LedgerText.explain(this, locale);
        }
    }

    /**
     * Late, but excused on every ground listed.
     *
     * @param submission  the submission
     * @param term        the adjusted term
     * @param excusals    every ground that excuses, not empty
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record LateExcused(Submission submission, AdjustedTerm term, List<ExcusableLateness> excusals,
            List<LegalBasis> legalBasis, Trace trace) implements SubmissionAssessment {
        /**
         * Validates the outcome.
         *
         * @param submission  the submission, not null
         * @param term        the term, not null
         * @param excusals    the grounds, not empty
         * @param legalBasis  the provisions, not empty
         * @param trace       the trace, not null
         * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
         */
        public LateExcused {
            Checks.notNull(submission, "submission");
            Checks.notNull(term, "term");
            excusals = Checks.nonEmptyListCopy(excusals, "excusals");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.LATE_EXCUSED;
        }

        @Override
        public String explain(Locale locale) {
            return LedgerText.explain(this, locale);
        }
    }

    /**
     * Late; every judgement that could excuse it is listed with its facts, for a lawyer to make.
     *
     * @param submission   the submission
     * @param term         the adjusted term
     * @param assessments  the judgements needed, not empty
     * @param legalBasis   the provisions, primary first
     * @param trace        the steps
     */
    record LateNeedsAssessment(Submission submission, AdjustedTerm term, List<FaultAssessment> assessments,
            List<LegalBasis> legalBasis, Trace trace) implements SubmissionAssessment {
        /**
         * Validates the outcome.
         *
         * @param submission   the submission, not null
         * @param term         the term, not null
         * @param assessments  the judgements, not empty
         * @param legalBasis   the provisions, not empty
         * @param trace        the trace, not null
         * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
         */
        public LateNeedsAssessment {
            Checks.notNull(submission, "submission");
            Checks.notNull(term, "term");
            assessments = Checks.nonEmptyListCopy(assessments, "assessments");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.LATE_NEEDS_ASSESSMENT;
        }

        @Override
        public String explain(Locale locale) {
            return LedgerText.explain(this, locale);
        }
    }

    /**
     * Late, with no fact known to the ledger that excuses it. For a bezwaar- or beroepschrift the body may
     * still find, on facts the ledger does not know, that the submitter was not in verzuim (Awb 6:11).
     *
     * @param submission  the submission
     * @param term        the adjusted term
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record Late(Submission submission, AdjustedTerm term, List<LegalBasis> legalBasis, Trace trace)
            implements SubmissionAssessment {
        /**
         * Validates the outcome.
         *
         * @param submission  the submission, not null
         * @param term        the term, not null
         * @param legalBasis  the provisions, not empty
         * @param trace       the trace, not null
         * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
         */
        public Late {
            Checks.notNull(submission, "submission");
            Checks.notNull(term, "term");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.LATE;
        }

        @Override
        public String explain(Locale locale) {
            return LedgerText.explain(this, locale);
        }
    }
}
