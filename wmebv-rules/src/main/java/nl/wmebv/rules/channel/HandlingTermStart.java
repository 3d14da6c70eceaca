package nl.wmebv.rules.channel;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * When a statutory handling term starts for a message handled after a wrong channel (Awb 2:24). Switch on
 * {@link #kind()}. This record is immutable and thread-safe.
 *
 * @param kind            the outcome
 * @param messageId       the message
 * @param startsAt        the moment the term starts, empty where it is not (yet) known or no term applies
 * @param noticeDueBy     the end of the period policy P25 reads as "onverwijld", when forwarding happened
 * @param legalBasis      the provisions, primary first
 * @param trace           the steps
 */
public record HandlingTermStart(Kind kind, MessageId messageId, Optional<Instant> startsAt,
        Optional<Instant> noticeDueBy, List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** The outcomes. */
    public enum Kind {
        /** Not handled under 2:16 lid 1 onder a: 2:24 does not apply; a term runs from receipt as usual. */
        NOT_APPLICABLE,
        /** No statutory handling term applies to the message: nothing for 2:24 to move. */
        NO_STATUTORY_TERM,
        /** Not yet forwarded internally: the start is not yet known. */
        PENDING_FORWARDING,
        /** Forwarded, the sender not yet told; told within the P25 period, the term starts at forwarding. */
        PENDING_NOTICE,
        /** The sender was told in time of the forwarding and the start: the term starts at forwarding. */
        FROM_FORWARDING,
        /** No (complete) notice, or none in time under P25's reading: the term runs from receipt. */
        FROM_RECEIPT,
        /** Told after the P25 period: whether that was still "onverwijld" needs a human judgement. */
        NEEDS_ASSESSMENT
    }

    /**
     * Validates the outcome.
     *
     * @param kind         the outcome
     * @param messageId    the message
     * @param startsAt     the start, may be empty
     * @param noticeDueBy  the end of the promptness period, may be empty
     * @param legalBasis   the provisions, not empty
     * @param trace        the steps
     */
    public HandlingTermStart {
        Checks.notNull(kind, "kind");
        Checks.notNull(messageId, "messageId");
        Checks.notNull(startsAt, "startsAt");
        Checks.notNull(noticeDueBy, "noticeDueBy");
        boolean startKnown = kind == Kind.NOT_APPLICABLE || kind == Kind.FROM_FORWARDING || kind == Kind.FROM_RECEIPT;
        Checks.require(startKnown == startsAt.isPresent(), "startsAt", "matchesKind",
                startKnown ? "is needed for " + kind : "must be empty for " + kind, null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    @Override
    public String explain(Locale locale) {
        return Text.render(locale, "forwarding." + kind.name(), messageId,
                startsAt.map(LegalTime::render).orElse("-"), noticeDueBy.map(LegalTime::render).orElse("-"));
    }
}
