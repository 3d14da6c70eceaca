package nl.wmebv.rules.outbound;

import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.time.AtwCalendar;

/**
 * The configurable policies of the outbound lifecycle, where the law is silent (LAW.md section 11): the
 * calendar, the service level for a missing re-sending (P22), how a late kennisgeving counts (P1) and the
 * switch for the content check of Awb 2:10 lid 2 (P17). This class is immutable and thread-safe;
 * {@code with…} methods return a new value.
 */
public final class OutboundPolicies {
    /** Policy P22's default: a missing re-sending is flagged after one working day after the failure's day. */
    public static final int DEFAULT_RESEND_WORKING_DAYS = 1;

    private final AtwCalendar calendar;
    private final int resendWorkingDays;
    private final LateNotificationPolicy lateNotification;
    private final boolean contentCheck;

    private OutboundPolicies(AtwCalendar calendar, int resendWorkingDays, LateNotificationPolicy lateNotification,
            boolean contentCheck) {
        this.calendar = calendar;
        this.resendWorkingDays = resendWorkingDays;
        this.lateNotification = lateNotification;
        this.contentCheck = contentCheck;
    }

    /**
     * Returns the defaults: the standard ATW calendar, P22 one working day, P1 "treated as not sent", P17
     * switch off.
     *
     * @return the default policies
     */
    public static OutboundPolicies defaults() {
        return new OutboundPolicies(AtwCalendar.standard(), DEFAULT_RESEND_WORKING_DAYS,
                LateNotificationPolicy.TREATED_AS_NOT_SENT, false);
    }

    /**
     * Returns these policies with another calendar, e.g. one with equated days (ATW art. 3 lid 3).
     *
     * @param calendar  the calendar, not null
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code calendar} is null
     */
    public OutboundPolicies withCalendar(AtwCalendar calendar) {
        return new OutboundPolicies(Checks.notNull(calendar, "calendar"), resendWorkingDays, lateNotification,
                contentCheck);
    }

    /**
     * Returns these policies with another service level for a re-sending after non-delivery (P22). Missing
     * it yields a "late" signal, never a statutory violation: 2:11 lid 1 sets no time limit.
     *
     * @param workingDays  working days after the day the body learned of the failure, 0 to 30
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if out of range ({@code field() "resendWorkingDays"})
     */
    public OutboundPolicies withResendWorkingDays(int workingDays) {
        Checks.require(workingDays >= 0 && workingDays <= 30, "resendWorkingDays", "range",
                "must be between 0 and 30, was " + workingDays, null);
        return new OutboundPolicies(calendar, workingDays, lateNotification, contentCheck);
    }

    /**
     * Returns these policies with another reading of a kennisgeving sent after the 48 hours (P1).
     *
     * @param policy  the reading, not null
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code policy} is null
     */
    public OutboundPolicies withLateNotification(LateNotificationPolicy policy) {
        return new OutboundPolicies(calendar, resendWorkingDays, Checks.notNull(policy, "lateNotification"),
                contentCheck);
    }

    /**
     * Returns these policies with the switch for the content check of Awb 2:10 lid 2 (P17). Even when on, the
     * check applies only to kennisgevingen for messages that became accessible on or after 2027-01-01, and
     * only marks the kennisgeving for assessment by the body: the wording of lid 2 is not yet confirmed.
     *
     * @param on  whether the switch is on
     * @return the new policies
     */
    public OutboundPolicies withContentCheck(boolean on) {
        return new OutboundPolicies(calendar, resendWorkingDays, lateNotification, on);
    }

    /**
     * Returns the ATW calendar.
     *
     * @return the calendar
     */
    public AtwCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the service level for a re-sending (P22), in working days.
     *
     * @return the working days
     */
    public int resendWorkingDays() {
        return resendWorkingDays;
    }

    /**
     * Returns how a late kennisgeving counts (P1).
     *
     * @return the policy
     */
    public LateNotificationPolicy lateNotification() {
        return lateNotification;
    }

    /**
     * Returns whether the switch for the content check of 2:10 lid 2 is on (P17).
     *
     * @return the switch
     */
    public boolean contentCheck() {
        return contentCheck;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutboundPolicies p && calendar.equals(p.calendar)
                && resendWorkingDays == p.resendWorkingDays && lateNotification == p.lateNotification
                && contentCheck == p.contentCheck;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(calendar, resendWorkingDays, lateNotification, contentCheck);
    }

    @Override
    public String toString() {
        return "OutboundPolicies[resendWorkingDays=" + resendWorkingDays + ", lateNotification=" + lateNotification
                + ", contentCheck=" + contentCheck + "]";
    }
}
