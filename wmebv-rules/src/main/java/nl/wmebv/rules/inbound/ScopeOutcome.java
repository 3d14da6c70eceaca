package nl.wmebv.rules.inbound;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * Which regime governs an inbound message (Awb 2:13 lid 1, lid 4, 2:14; policy P13). Switch on
 * {@link #kind()}. This record is immutable and thread-safe.
 *
 * @param kind        the regime
 * @param messageId   the message
 * @param legalDay    the legal day of receipt that decided the version in force
 * @param legalBasis  the provisions, primary first
 * @param trace       the steps
 */
public record ScopeOutcome(Kind kind, MessageId messageId, LocalDate legalDay, List<LegalBasis> legalBasis,
        Trace trace) implements Outcome {

    /** The regimes. */
    public enum Kind {
        /** Received before 2026-01-01: the Wmebv rules are not in force; the pre-Wmebv regime applies (P13). */
        NOT_IN_FORCE,
        /** A message of 2:13 lid 1: anyone may send it electronically; 2:13&ndash;2:17 and 2:20&ndash;2:24 apply. */
        FORMAL,
        /** A type exempted by tijdelijke regeling (2:13 lid 4): lid 1, and the rules built on it, do not apply. */
        FORMAL_EXEMPTED,
        /** Another message, through a channel the body opened for it (2:14). */
        INFORMAL_OPENED_CHANNEL,
        /** Another message, through a channel the body has not opened (2:14): no right to send it that way. */
        INFORMAL_CHANNEL_NOT_OPENED
    }

    /**
     * Validates the outcome.
     *
     * @param kind        the regime
     * @param messageId   the message
     * @param legalDay    the legal day of receipt
     * @param legalBasis  the provisions, not empty
     * @param trace       the steps
     */
    public ScopeOutcome {
        Checks.notNull(kind, "kind");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(legalDay, "legalDay");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns whether the rules for formal messages (2:15&ndash;2:17, 2:23, 2:24) apply.
     *
     * @return true only for {@link Kind#FORMAL}
     */
    public boolean formalRulesApply() {
        return kind == Kind.FORMAL;
    }

    @Override
    public String explain(Locale locale) {
        return InboundText.render(locale, "scope." + kind.name(), messageId, legalDay);
    }
}
