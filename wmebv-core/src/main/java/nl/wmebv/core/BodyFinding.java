package nl.wmebv.core;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wmebv.core.internal.Checks;

/**
 * A judgement that only the administrative body can make, with its reason: for example whether a message
 * can be handled <em>zonder nadere bewerking</em> (Awb 2:16 lid 1 onder a, 2:3 lid 3) or whether the sender
 * <em>redelijkerwijs kon menen</em> he could submit as he did (2:23).
 *
 * <p>The library never infers such a judgement and never defaults it to yes: a finding the body has not
 * stated is {@link Answer#NOT_STATED}, and rules that need it say so in their outcome. This record is
 * immutable and thread-safe.
 *
 * @param answer  the body's answer
 * @param reason  the body's reason, empty only when the answer is {@link Answer#NOT_STATED}
 */
public record BodyFinding(@NotNull Answer answer, @NotNull @Size(max = 2000) String reason) {

    /** The body's answer to the question. */
    public enum Answer {
        /** The body found that the condition holds. */
        YES,
        /** The body found that the condition does not hold. */
        NO,
        /** The body has not (yet) judged; the library never assumes an answer. */
        NOT_STATED
    }

    private static final BodyFinding NOT_STATED = new BodyFinding(Answer.NOT_STATED, "");

    /**
     * Validates the finding.
     *
     * @param answer  the body's answer
     * @param reason  the reason; blank only for {@code NOT_STATED}, at most 2,000 characters
     * @throws InvalidInputException if an argument is null, or a yes or no comes without a reason
     *         ({@code field() "reason"})
     */
    public BodyFinding {
        Checks.notNull(answer, "answer");
        Checks.notNull(reason, "reason");
        Checks.require(reason.length() <= 2000, "reason", "size", "must be at most 2000 characters", null);
        Checks.require(answer == Answer.NOT_STATED || !reason.isBlank(), "reason", "notBlank",
                "a finding of the body needs its reason", null);
    }

    /**
     * The body found that the condition holds.
     *
     * @param reason  why, not blank
     * @return the finding
     * @throws InvalidInputException if the reason is null or blank
     */
    public static BodyFinding yes(String reason) {
        return new BodyFinding(Answer.YES, reason);
    }

    /**
     * The body found that the condition does not hold.
     *
     * @param reason  why, not blank
     * @return the finding
     * @throws InvalidInputException if the reason is null or blank
     */
    public static BodyFinding no(String reason) {
        return new BodyFinding(Answer.NO, reason);
    }

    /**
     * The body has not judged.
     *
     * @return the finding without an answer
     */
    public static BodyFinding notStated() {
        return NOT_STATED;
    }

    /**
     * Returns whether the body found that the condition holds.
     *
     * @return true only for {@link Answer#YES}
     */
    public boolean isYes() {
        return answer == Answer.YES;
    }

    /**
     * Returns whether the body has stated an answer.
     *
     * @return false for {@link Answer#NOT_STATED}
     */
    public boolean isStated() {
        return answer != Answer.NOT_STATED;
    }
}
