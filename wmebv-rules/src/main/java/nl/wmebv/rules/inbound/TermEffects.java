package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;

/**
 * What an inbound assessment means for time limits: the moment and legal day of receipt (2:20, which decide
 * timeliness under 6:9), when a statutory handling term starts (2:24), and whether an extension under 2:23
 * is pending the body's reaction under 2:16 lid 1 (policy P5) or, once it reacted, the moment of that
 * reaction. This record is immutable and thread-safe.
 *
 * @param receivedAt                the moment of receipt
 * @param legalDayOfReceipt         its legal day in Europe/Amsterdam
 * @param handlingTermStartsAt      when a statutory handling term starts, where known
 * @param extension                 where the 2:23 extension stands
 * @param reactionAt                the moment the body pointed the sender to the correct channel, the end of
 *                                  the 2:23 extension period, where it reacted
 */
public record TermEffects(Instant receivedAt, LocalDate legalDayOfReceipt, Optional<Instant> handlingTermStartsAt,
        ExtensionStatus extension, Optional<Instant> reactionAt) {

    /**
     * Validates the effects.
     *
     * @param receivedAt                the moment of receipt
     * @param legalDayOfReceipt         its legal day
     * @param handlingTermStartsAt      the start of the handling term, may be empty
     * @param extension                 where the 2:23 extension stands
     * @param reactionAt                the moment of the 2:16 reaction, may be empty
     */
    public TermEffects {
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(legalDayOfReceipt, "legalDayOfReceipt");
        Checks.notNull(handlingTermStartsAt, "handlingTermStartsAt");
        Checks.notNull(reactionAt, "reactionAt");
        Checks.notNull(extension, "extension");
        Checks.require(extension != ExtensionStatus.PENDING_REACTION || reactionAt.isEmpty(), "reactionAt",
                "notPending", "an extension cannot be pending a reaction that happened", null);
        Checks.require(extension != ExtensionStatus.REACTED || reactionAt.isPresent(), "reactionAt", "reacted",
                "an extension that reacted needs the moment of the reaction", null);
    }

    /**
     * Returns whether 2:23 will extend the submission term once the body reacts (policy P5).
     *
     * @return true for {@link ExtensionStatus#PENDING_REACTION}
     */
    public boolean extensionPendingReaction() {
        return extension == ExtensionStatus.PENDING_REACTION;
    }
}
