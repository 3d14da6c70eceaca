package nl.wmebv.rules.timelimit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;

/**
 * A submission (<em>indiening</em>) whose timeliness the ledger judges: the message, its moment of receipt
 * (Awb 2:20 for an electronic message) and, for a bezwaar- or beroepschrift sent by post, the moment it was
 * posted (<em>ter post bezorgd</em>, Awb 6:9 lid 2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param messageId   the submitted message
 * @param receivedAt  the moment of receipt
 * @param postedAt    the moment of posting, or empty when not sent by post
 */
public record Submission(MessageId messageId, Instant receivedAt, Optional<Instant> postedAt) {

    /**
     * Validates the submission.
     *
     * @param messageId   the message, not null
     * @param receivedAt  the receipt, not null
     * @param postedAt    the posting, not null (may be empty), not after {@code receivedAt}
     * @throws InvalidInputException if a value is null, or {@code postedAt} is after {@code receivedAt}
     *         ({@code "postedAt"}, {@code "notAfterReceivedAt"})
     */
    public Submission {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(postedAt, "postedAt");
        Checks.require(postedAt.map(p -> !p.isAfter(receivedAt)).orElse(true), "postedAt", "notAfterReceivedAt",
                "must not be after receivedAt", Provision.AWB_6_9_LID_2.basis());
    }

    /**
     * Creates an electronic submission (or one delivered by hand), judged on its receipt.
     *
     * @param messageId   the message, not null
     * @param receivedAt  the moment of receipt (Awb 2:20), not null
     * @return the submission
     * @throws InvalidInputException if a value is null
     */
    public static Submission electronic(MessageId messageId, Instant receivedAt) {
        return new Submission(messageId, receivedAt, Optional.empty());
    }

    /**
     * Creates a submission by post (Awb 6:9 lid 2). For a postmark that shows only a date, pass the start of
     * that legal day.
     *
     * @param messageId   the message, not null
     * @param postedAt    the moment of posting, not null
     * @param receivedAt  the moment of receipt, not null and not before {@code postedAt}
     * @return the submission
     * @throws InvalidInputException if a value is null or {@code postedAt} is after {@code receivedAt}
     */
    public static Submission byPost(MessageId messageId, Instant postedAt, Instant receivedAt) {
        return new Submission(messageId, receivedAt, Optional.of(Checks.notNull(postedAt, "postedAt")));
    }

    /**
     * Creates an electronic submission from a local time of receipt in a named zone, as some systems store
     * it. A local time that does not exist in that zone (the hour skipped when summer time starts) or that
     * exists twice (the hour repeated when it ends) is refused rather than guessed.
     *
     * @param messageId  the message, not null
     * @param localTime  the local time of receipt, not null
     * @param zoneId     the zone's identifier, e.g. {@code "Europe/Amsterdam"}, not null
     * @return the submission
     * @throws InvalidInputException if a value is null; if the zone is unknown or malformed ({@code "zoneId"},
     *         {@code "knownZone"}); if the local time does not exist or is ambiguous there ({@code "localTime"},
     *         {@code "exists"} or {@code "unambiguous"})
     */
    public static Submission electronicAtLocalTime(MessageId messageId, LocalDateTime localTime, String zoneId) {
        Checks.notNull(localTime, "localTime");
        Checks.notNull(zoneId, "zoneId");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new InvalidInputException("zoneId", "knownZone", "is not a known time zone: " + e.getMessage());
        }
        ZoneRules rules = zone.getRules();
        int offsets = rules.getValidOffsets(localTime).size();
        Checks.require(offsets != 0, "localTime", "exists", localTime + " does not exist in " + zoneId
                + " (skipped by a change of clock)", Provision.AWB_2_20.basis());
        Checks.require(offsets == 1, "localTime", "unambiguous", localTime + " occurs twice in " + zoneId
                + " (repeated by a change of clock); pass an Instant", Provision.AWB_2_20.basis());
        return electronic(messageId, localTime.atZone(zone).toInstant());
    }
}
