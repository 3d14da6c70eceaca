package nl.wmebv.rules.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;

/**
 * Decides when a statutory handling term starts for a message handled under Awb 2:16 lid 1 onder a: at
 * internal forwarding (<em>interne doorgeleiding</em>), provided the body told the sender without delay of
 * the forwarding and of the start moment; otherwise from receipt. Implements {@link Provision#AWB_2_24}.
 *
 * <p>Policy P25: "onverwijld" is read as "by the end of the {@code promptnessWorkingDays}-th working day
 * (default 1) after the legal day of forwarding"; a later notice gives {@code NEEDS_ASSESSMENT}, never a
 * silent yes or no. Not for onder b or c. This class is immutable and thread-safe.
 */
public final class InternalForwardingRule {
    /** The default of policy P25: one working day. */
    public static final int DEFAULT_PROMPTNESS_WORKING_DAYS = 1;

    private final AtwCalendar calendar;
    private final int promptnessWorkingDays;

    private InternalForwardingRule(AtwCalendar calendar, int promptnessWorkingDays) {
        this.calendar = calendar;
        this.promptnessWorkingDays = promptnessWorkingDays;
    }

    /**
     * Returns the rule with policy P25's default of one working day.
     *
     * @param calendar  the ATW calendar for working days, not null
     * @return the rule
     * @throws nl.wmebv.core.InvalidInputException if {@code calendar} is null
     */
    public static InternalForwardingRule of(AtwCalendar calendar) {
        return of(calendar, DEFAULT_PROMPTNESS_WORKING_DAYS);
    }

    /**
     * Returns the rule with a configured reading of "onverwijld" (policy P25).
     *
     * @param calendar               the ATW calendar for working days, not null
     * @param promptnessWorkingDays  working days after the day of forwarding, 0 to 30
     * @return the rule
     * @throws nl.wmebv.core.InvalidInputException if {@code calendar} is null or the days out of range
     */
    public static InternalForwardingRule of(AtwCalendar calendar, int promptnessWorkingDays) {
        Checks.notNull(calendar, "calendar");
        Checks.require(promptnessWorkingDays >= 0 && promptnessWorkingDays <= 30, "promptnessWorkingDays", "range",
                "must be between 0 and 30, was " + promptnessWorkingDays, null);
        return new InternalForwardingRule(calendar, promptnessWorkingDays);
    }

    /**
     * Applies Awb 2:24.
     *
     * @param facts  the facts, not null
     * @return when the handling term starts
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null, or a date lies outside the
     *         calendar's range
     */
    public HandlingTermStart apply(ForwardingFacts facts) {
        Checks.notNull(facts, "facts");
        if (!facts.handledUnderOnderA()) {
            return result(HandlingTermStart.Kind.NOT_APPLICABLE, facts, Optional.of(facts.receivedAt()), null);
        }
        if (!facts.statutoryHandlingTerm()) {
            return result(HandlingTermStart.Kind.NO_STATUTORY_TERM, facts, Optional.empty(), null);
        }
        if (facts.forwardedAt() == null) {
            return result(HandlingTermStart.Kind.PENDING_FORWARDING, facts, Optional.empty(), null);
        }
        Instant dueBy = LegalTime.endOfLegalDayExclusive(
                calendar.plusWorkingDays(LegalTime.legalDay(facts.forwardedAt()), promptnessWorkingDays));
        if (facts.senderNotifiedAt() == null) {
            return result(HandlingTermStart.Kind.PENDING_NOTICE, facts, Optional.empty(), dueBy);
        }
        if (!facts.noticeStatesStartMoment()) {
            return result(HandlingTermStart.Kind.FROM_RECEIPT, facts, Optional.of(facts.receivedAt()), dueBy);
        }
        if (facts.senderNotifiedAt().isBefore(dueBy)) {
            return result(HandlingTermStart.Kind.FROM_FORWARDING, facts, Optional.of(facts.forwardedAt()), dueBy);
        }
        return result(HandlingTermStart.Kind.NEEDS_ASSESSMENT, facts, Optional.empty(), dueBy);
    }

    private static final List<LegalBasis> NOT_APPLICABLE = List.of(Provision.AWB_2_24.basis(),
            Provision.AWB_2_16_LID_1_ONDER_A.basis());
    private static final List<LegalBasis> APPLICABLE = List.of(Provision.AWB_2_24.basis());

    private HandlingTermStart result(HandlingTermStart.Kind kind, ForwardingFacts facts, Optional<Instant> startsAt,
            Instant dueBy) {
        List<LegalBasis> basis = kind == HandlingTermStart.Kind.NOT_APPLICABLE ? NOT_APPLICABLE : APPLICABLE;
        return new HandlingTermStart(kind, facts.messageId(), startsAt, Optional.ofNullable(dueBy), basis,
                Trace.deferred(() -> trace(kind, facts, dueBy)));
    }

    /** The one 2:24 step with the facts that were looked at, in the order they were looked at. */
    private Trace trace(HandlingTermStart.Kind kind, ForwardingFacts facts, Instant dueBy) {
        Step step = Step.of(Provision.AWB_2_24.basis(), "forwarding").withFact("messageId", facts.messageId())
                .withFact("handledUnderOnderA", facts.handledUnderOnderA())
                .withFact("statutoryHandlingTerm", facts.statutoryHandlingTerm())
                .withFact("receivedAt", LegalTime.render(facts.receivedAt()));
        if (dueBy != null) {
            step = step.withFact("forwardedAt", LegalTime.render(facts.forwardedAt()))
                    .withFact("noticeDueBy", LegalTime.render(dueBy))
                    .withFact("promptnessWorkingDays", promptnessWorkingDays);
            if (facts.senderNotifiedAt() != null) {
                step = step.withFact("senderNotifiedAt", LegalTime.render(facts.senderNotifiedAt()))
                        .withFact("noticeStatesStartMoment", facts.noticeStatesStartMoment());
            }
        }
        return Trace.of(step.withFact("outcome", kind));
    }
}
