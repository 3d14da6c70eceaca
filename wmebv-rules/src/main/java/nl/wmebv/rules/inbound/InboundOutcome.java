package nl.wmebv.rules.inbound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.rules.channel.HandlingTermStart;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.misaddressed.MisaddressedOutcome;
import nl.wmebv.rules.receipt.ReceiptDuties;
import nl.wmebv.rules.receipt.TimeOfReceipt;

/**
 * The combined outcome for one inbound message: every rule that applied, every duty with its legal basis,
 * the effects on time limits and the notices to send. This record is immutable and thread-safe.
 *
 * @param messageId      the message
 * @param receipt        the moment of receipt (2:20)
 * @param scope          the regime (2:13, 2:14, P13)
 * @param misaddressed   the forwarding or return duty (2:3, 6:15), if the message reached the wrong body
 * @param wrongChannel   the 2:16 outcome, for formal messages under the Wmebv
 * @param receiptDuties  the 2:17 and 6:14 duties, for formal messages under the Wmebv
 * @param handlingTerm   the 2:24 start of the handling term, for formal messages under the Wmebv
 * @param duties         every duty or option, in the order the rules produced them
 * @param termEffects    the effects on time limits
 * @param notices        the notices to the sender, rendered on request
 * @param evidence       the events for the evidence log (2:25) that the facts show happened
 */
public record InboundOutcome(MessageId messageId, TimeOfReceipt receipt, ScopeOutcome scope,
        Optional<MisaddressedOutcome> misaddressed, Optional<WrongChannelOutcome> wrongChannel,
        Optional<ReceiptDuties> receiptDuties, Optional<HandlingTermStart> handlingTerm, List<Duty> duties,
        TermEffects termEffects, List<Notice> notices, List<EvidenceEvent> evidence) implements Outcome {

    /**
     * Validates the outcome.
     *
     * @param messageId      the message
     * @param receipt        the moment of receipt
     * @param scope          the regime
     * @param misaddressed   may be empty
     * @param wrongChannel   may be empty
     * @param receiptDuties  may be empty
     * @param handlingTerm   may be empty
     * @param duties         the duties
     * @param termEffects    the effects on time limits
     * @param notices        the notices
     * @param evidence       the evidence events
     */
    public InboundOutcome {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receipt, "receipt");
        Checks.notNull(scope, "scope");
        Checks.notNull(misaddressed, "misaddressed");
        Checks.notNull(wrongChannel, "wrongChannel");
        Checks.notNull(receiptDuties, "receiptDuties");
        Checks.notNull(handlingTerm, "handlingTerm");
        duties = Checks.listCopy(duties, "duties");
        Checks.notNull(termEffects, "termEffects");
        notices = Checks.listCopy(notices, "notices");
        evidence = Checks.listCopy(evidence, "evidence");
    }

    /**
     * Returns every outcome of a rule that applied, in the order of assessment.
     *
     * @return the partial outcomes
     */
    public List<Outcome> parts() {
        List<Outcome> parts = new ArrayList<>(List.of(receipt, scope));
        misaddressed.ifPresent(parts::add);
        wrongChannel.ifPresent(parts::add);
        receiptDuties.ifPresent(parts::add);
        handlingTerm.ifPresent(parts::add);
        return parts;
    }

    /**
     * Returns whether a duty of the given kind is among the duties.
     *
     * @param kind  the kind, not null
     * @return true if present
     */
    public boolean has(DutyKind kind) {
        Checks.notNull(kind, "kind");
        return duties.stream().anyMatch(d -> d.kind() == kind);
    }

    /**
     * Returns the provisions of every part, the deciding rule's first: 2:16 (or 2:3) before 2:17, 2:24, the
     * scope and 2:20.
     *
     * @return a non-empty list without duplicates
     */
    @Override
    public List<LegalBasis> legalBasis() {
        Set<LegalBasis> all = new LinkedHashSet<>();
        Stream.of(misaddressed, wrongChannel, receiptDuties, handlingTerm).flatMap(Optional::stream)
                .forEach(o -> all.addAll(o.legalBasis()));
        all.addAll(scope.legalBasis());
        all.addAll(receipt.legalBasis());
        return List.copyOf(all);
    }

    @Override
    public Trace trace() {
        List<Step> steps = new ArrayList<>();
        parts().forEach(p -> steps.addAll(p.trace().steps()));
        return Trace.of(steps);
    }

    @Override
    public String explain(Locale locale) {
        return parts().stream().map(p -> p.explain(locale)).collect(Collectors.joining("\n"));
    }
}
