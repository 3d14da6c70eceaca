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
        LegalBasis basis = Provision.AWB_2_24.basis();
        Step step = Step.of(basis, "forwarding").withFact("messageId", facts.messageId())
                .withFact("handledUnderOnderA", facts.handledUnderOnderA())
                .withFact("statutoryHandlingTerm", facts.statutoryHandlingTerm())
                .withFact("receivedAt", LegalTime.render(facts.receivedAt()));
        if (!facts.handledUnderOnderA()) {
            return result(HandlingTermStart.Kind.NOT_APPLICABLE, facts, Optional.of(facts.receivedAt()),
                    Optional.empty(), step);
        }
        if (!facts.statutoryHandlingTerm()) {
            return result(HandlingTermStart.Kind.NO_STATUTORY_TERM, facts, Optional.empty(), Optional.empty(), step);
        }
        if (facts.forwardedAt() == null) {
            return result(HandlingTermStart.Kind.PENDING_FORWARDING, facts, Optional.empty(), Optional.empty(), step);
        }
        Instant dueBy = LegalTime.endOfLegalDayExclusive(
                calendar.plusWorkingDays(LegalTime.legalDay(facts.forwardedAt()), promptnessWorkingDays));
        step = step.withFact("forwardedAt", LegalTime.render(facts.forwardedAt()))
                .withFact("noticeDueBy", LegalTime.render(dueBy))
                .withFact("promptnessWorkingDays", promptnessWorkingDays);
        if (facts.senderNotifiedAt() == null) {
            return result(HandlingTermStart.Kind.PENDING_NOTICE, facts, Optional.empty(), Optional.of(dueBy), step);
        }
        step = step.withFact("senderNotifiedAt", LegalTime.render(facts.senderNotifiedAt()))
                .withFact("noticeStatesStartMoment", facts.noticeStatesStartMoment());
        if (!facts.noticeStatesStartMoment()) {
            return result(HandlingTermStart.Kind.FROM_RECEIPT, facts, Optional.of(facts.receivedAt()),
                    Optional.of(dueBy), step);
        }
        if (facts.senderNotifiedAt().isBefore(dueBy)) {
            return result(HandlingTermStart.Kind.FROM_FORWARDING, facts, Optional.of(facts.forwardedAt()),
                    Optional.of(dueBy), step);
        }
        return result(HandlingTermStart.Kind.NEEDS_ASSESSMENT, facts, Optional.empty(), Optional.of(dueBy), step);
    }

    private static HandlingTermStart result(HandlingTermStart.Kind kind, ForwardingFacts facts,
            Optional<Instant> startsAt, Optional<Instant> dueBy, Step step) {
        List<LegalBasis> basis = kind == HandlingTermStart.Kind.NOT_APPLICABLE
                ? List.of(Provision.AWB_2_24.basis(), Provision.AWB_2_16_LID_1_ONDER_A.basis())
                : List.of(Provision.AWB_2_24.basis());
        return new HandlingTermStart(kind, facts.messageId(), startsAt, dueBy, basis,
                Trace.of(step.withFact("outcome", kind)));
    }
}
