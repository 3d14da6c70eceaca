package nl.wmebv.rules.outbound;

import java.util.List;
import java.util.Locale;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * Whether an outbound message may be (or could be) sent electronically through the channels used: only with
 * the addressee's express consent for that channel, given before the sending and not revoked before it
 * (<em>uitdrukkelijk kenbaar gemaakt voldoende bereikbaar te zijn</em>, Awb 2:8; P16). This record is
 * immutable and thread-safe.
 *
 * @param messageId   the message
 * @param kind        the answer
 * @param covered     the electronic channels used (or asked about) for which consent covered the sending
 * @param uncovered   the electronic channels used (or asked about) without such consent
 * @param legalBasis  the provisions, primary first
 * @param trace       the steps
 */
public record ConsentOutcome(MessageId messageId, Kind kind, List<ChannelId> covered, List<ChannelId> uncovered,
        List<LegalBasis> legalBasis, Trace trace) implements Outcome {

    /** The answer under Awb 2:8. */
    public enum Kind {
        /** Every electronic channel used is covered by consent. */
        CONSENT_GIVEN,
        /**
         * At least one electronic channel lacks consent: the sending breaks 2:8, and a bekendmaking through it is
         * not "op de voorgeschreven wijze" (6:8 lid 1), so the bezwaartermijn does not start through it.
         */
        NO_CONSENT,
        /** Nothing was sent electronically (yet): 2:8 has nothing to judge. */
        NOT_ELECTRONIC,
        /** The sending lies before 2026-01-01: the pre-Wmebv regime applies (P13). */
        NOT_IN_FORCE
    }

    /**
     * Validates the outcome.
     *
     * @param messageId   the message, not null
     * @param kind        the kind, not null
     * @param covered     the covered channels, not null
     * @param uncovered   the uncovered channels, not null; not empty exactly for {@code NO_CONSENT}
     * @param legalBasis  the provisions, not empty
     * @param trace       the steps, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or inconsistent
     */
    public ConsentOutcome {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(kind, "kind");
        covered = Checks.listCopy(covered, "covered");
        uncovered = Checks.listCopy(uncovered, "uncovered");
        Checks.require(uncovered.isEmpty() == (kind != Kind.NO_CONSENT), "uncovered", "consistentWithKind",
                "channels without consent are listed exactly for NO_CONSENT", null);
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        Checks.notNull(trace, "trace");
    }

    @Override
    public String explain(Locale locale) {
        return OutboundText.render(locale, "consent." + kind.name(), messageId, OutboundText.join(covered),
                OutboundText.join(uncovered));
    }
}
