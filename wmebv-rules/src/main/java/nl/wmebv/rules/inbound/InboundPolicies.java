package nl.wmebv.rules.inbound;

import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.rules.channel.InternalForwardingRule;

/**
 * The configurable policies of the inbound assessment, where the law is silent (LAW.md section 11). This
 * class is immutable and thread-safe; {@code with…} methods return a new value.
 */
public final class InboundPolicies {
    /** Policy P10's default: acknowledge within one working day after the day of receipt. */
    public static final int DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS = 1;

    private final AtwCalendar calendar;
    private final int acknowledgementWorkingDays;
    private final int forwardingNoticeWorkingDays;

    private InboundPolicies(AtwCalendar calendar, int acknowledgementWorkingDays, int forwardingNoticeWorkingDays) {
        this.calendar = calendar;
        this.acknowledgementWorkingDays = acknowledgementWorkingDays;
        this.forwardingNoticeWorkingDays = forwardingNoticeWorkingDays;
    }

    /**
     * Returns the defaults: the standard ATW calendar, P10 one working day, P25 one working day.
     *
     * @return the default policies
     */
    public static InboundPolicies defaults() {
        return new InboundPolicies(AtwCalendar.standard(), DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS,
                InternalForwardingRule.DEFAULT_PROMPTNESS_WORKING_DAYS);
    }

    /**
     * Returns these policies with another calendar, e.g. one with equated days (ATW art. 3 lid 3).
     *
     * @param calendar  the calendar, not null
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code calendar} is null
     */
    public InboundPolicies withCalendar(AtwCalendar calendar) {
        return new InboundPolicies(Checks.notNull(calendar, "calendar"), acknowledgementWorkingDays,
                forwardingNoticeWorkingDays);
    }

    /**
     * Returns these policies with another service level for the <em>ontvangstbevestiging</em> (P10). Missing
     * it yields a "late" signal, never a statutory violation: 2:17 lid 1 sets no deadline.
     *
     * @param workingDays  working days after the day of receipt, 0 to 30
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if out of range
     */
    public InboundPolicies withAcknowledgementWorkingDays(int workingDays) {
        Checks.require(workingDays >= 0 && workingDays <= 30, "acknowledgementWorkingDays", "range",
                "must be between 0 and 30, was " + workingDays, null);
        return new InboundPolicies(calendar, workingDays, forwardingNoticeWorkingDays);
    }

    /**
     * Returns these policies with another reading of "onverwijld" in 2:24 (P25).
     *
     * @param workingDays  working days after the day of forwarding, 0 to 30
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if out of range
     */
    public InboundPolicies withForwardingNoticeWorkingDays(int workingDays) {
        Checks.require(workingDays >= 0 && workingDays <= 30, "forwardingNoticeWorkingDays", "range",
                "must be between 0 and 30, was " + workingDays, null);
        return new InboundPolicies(calendar, acknowledgementWorkingDays, workingDays);
    }

    /**
     * Returns the calendar.
     *
     * @return the ATW calendar
     */
    public AtwCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the acknowledgement service level (P10).
     *
     * @return working days after the day of receipt
     */
    public int acknowledgementWorkingDays() {
        return acknowledgementWorkingDays;
    }

    /**
     * Returns the reading of "onverwijld" for 2:24 (P25).
     *
     * @return working days after the day of forwarding
     */
    public int forwardingNoticeWorkingDays() {
        return forwardingNoticeWorkingDays;
    }
}
