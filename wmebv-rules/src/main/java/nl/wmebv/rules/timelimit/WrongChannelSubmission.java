package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.InboundOutcome;

/**
 * A formal message sent in a way not designated for it, on which the body reacted by pointing to the correct
 * channel (<em>reactie</em>, Awb 2:16 lid 1), with the facts Awb 2:23 needs to extend the submission term:
 * the moment of receipt (2:20), the moment of the reaction (empty while the body has not reacted, P5), and
 * the body's finding whether the sender <em>redelijkerwijs kon menen</em> that he could submit it as he did.
 *
 * <p>The finding is the body's judgement and is never assumed (P18): {@link BodyFinding#notStated()} makes
 * the extension a question for a lawyer, not an extension. This record is immutable and thread-safe.
 *
 * @param messageId          the wrong-channel message
 * @param receivedAt         its moment of receipt (Awb 2:20)
 * @param reactionAt         the moment of the body's 2:16 lid 1 reaction, or empty while it has not reacted
 * @param reasonableBelief   the body's finding whether the sender could reasonably believe he could submit
 *                           it as he did
 */
public record WrongChannelSubmission(MessageId messageId, Instant receivedAt, Optional<Instant> reactionAt,
        BodyFinding reasonableBelief) {

    /**
     * Validates the facts.
     *
     * @param messageId         the message, not null
     * @param receivedAt        the receipt, not null
     * @param reactionAt        the reaction, not null (may be empty), not before {@code receivedAt}
     * @param reasonableBelief  the finding, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or the reaction is
     *         before the receipt ({@code "reactionAt"}, {@code "notBeforeReceivedAt"})
     */
    public WrongChannelSubmission {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(reactionAt, "reactionAt");
        Checks.notNull(reasonableBelief, "reasonableBelief");
        Checks.require(reactionAt.map(r -> !r.isBefore(receivedAt)).orElse(true), "reactionAt",
                "notBeforeReceivedAt", "must not be before receivedAt " + receivedAt, Provision.AWB_2_23.basis());
    }

    /**
     * Creates the facts once the body has reacted.
     *
     * @param messageId         the message, not null
     * @param receivedAt        the receipt, not null
     * @param reactionAt        the reaction, not null, not before {@code receivedAt}
     * @param reasonableBelief  the finding, not null
     * @return the facts
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public static WrongChannelSubmission reacted(MessageId messageId, Instant receivedAt, Instant reactionAt,
            BodyFinding reasonableBelief) {
        return new WrongChannelSubmission(messageId, receivedAt, Optional.of(Checks.notNull(reactionAt, "reactionAt")),
                reasonableBelief);
    }

    /**
     * Creates the facts while the body has not reacted yet (P5: extension pending reaction).
     *
     * @param messageId         the message, not null
     * @param receivedAt        the receipt, not null
     * @param reasonableBelief  the finding, not null
     * @return the facts
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public static WrongChannelSubmission pendingReaction(MessageId messageId, Instant receivedAt,
            BodyFinding reasonableBelief) {
        return new WrongChannelSubmission(messageId, receivedAt, Optional.empty(), reasonableBelief);
    }

    /**
     * Creates the facts from an inbound assessment: its message and moment of receipt
     * ({@link InboundOutcome#termEffects()}), with the reaction and the finding the assessment cannot know.
     * The assessment must have found that the message came in a way not designated for it and that the body
     * need not process it (2:16 lid 1 aanhef, lid 2, or the onder-a finding still open); if the body must
     * process it (lid 1 onder a&ndash;c) 2:23 is not needed.
     *
     * @param inbound           the inbound outcome, not null
     * @param reactionAt        the moment of the 2:16 reaction, or empty while the body has not reacted
     * @param reasonableBelief  the finding, not null
     * @return the facts
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input; {@code "inbound"} with
     *         {@code "wrongChannel"} if the assessment has no wrong-channel outcome or found the designated
     *         channel, with {@code "mustProcess"} if the body must process the message
     */
    public static WrongChannelSubmission fromInbound(InboundOutcome inbound, Optional<Instant> reactionAt,
            BodyFinding reasonableBelief) {
        Checks.notNull(inbound, "inbound");
        WrongChannelOutcome wc = inbound.wrongChannel().orElse(null);
        Checks.require(wc != null && wc.kind() != WrongChannelOutcome.Kind.DESIGNATED_CHANNEL
                && wc.kind() != WrongChannelOutcome.Kind.NOT_FORMAL, "inbound", "wrongChannel",
                "the message did not come in a way not designated for it (2:16)", Provision.AWB_2_23.basis());
        Checks.require(wc.kind() != WrongChannelOutcome.Kind.MUST_PROCESS, "inbound", "mustProcess",
                "the body must process the message (2:16 lid 1 onder a-c); 2:23 is not needed",
                Provision.AWB_2_23.basis());
        return new WrongChannelSubmission(inbound.messageId(), inbound.termEffects().receivedAt(), reactionAt,
                reasonableBelief);
    }

    /**
     * Returns these facts with the moment of the body's reaction.
     *
     * @param at  the reaction, not null, not before the receipt
     * @return the new facts
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public WrongChannelSubmission withReactionAt(Instant at) {
        return new WrongChannelSubmission(messageId, receivedAt, Optional.of(Checks.notNull(at, "reactionAt")),
                reasonableBelief);
    }
}
