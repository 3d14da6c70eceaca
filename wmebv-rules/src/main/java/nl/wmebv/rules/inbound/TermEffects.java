package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;

/**
 * What an inbound assessment means for time limits: the moment and legal day of receipt (2:20, which decide
 * timeliness under 6:9), when a statutory handling term starts (2:24), and whether an extension under 2:23
 * is pending the body's reaction under 2:16 lid 1 (policy P5). This record is immutable and thread-safe.
 *
 * @param receivedAt                the moment of receipt
 * @param legalDayOfReceipt         its legal day in Europe/Amsterdam
 * @param handlingTermStartsAt      when a statutory handling term starts, where known
 * @param extensionPendingReaction  whether 2:23 will extend the submission term once the body reacts
 */
public record TermEffects(Instant receivedAt, LocalDate legalDayOfReceipt, Optional<Instant> handlingTermStartsAt,
        boolean extensionPendingReaction) {

    /**
     * Validates the effects.
     *
     * @param receivedAt                the moment of receipt
     * @param legalDayOfReceipt         its legal day
     * @param handlingTermStartsAt      the start of the handling term, may be empty
     * @param extensionPendingReaction  whether a 2:23 extension is pending
     */
    public TermEffects {
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(legalDayOfReceipt, "legalDayOfReceipt");
        Checks.notNull(handlingTermStartsAt, "handlingTermStartsAt");
    }
}
