package nl.wmebv.rules.timelimit;

import java.time.Duration;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.time.AtwCalendar;

/**
 * The configurable policies of the term ledger, where the law is silent (LAW.md section 11): P1 (a
 * <em>kennisgeving</em> sent after the 48 hours of Awb 2:10 lid 1) and the look-back window of P6 (the
 * guaranteed grace of Awb 2:21 lid 3, second sentence), plus the ATW calendar.
 *
 * <p>Policies that are fixed, not configurable: P3 (no cap on the 2:22 lid 1 excusal), P4 (the 2:23
 * computation), P5 (2:23 pending while the body has not reacted), P15 (body-set dates taken as given), P18
 * (<em>in verzuim</em> is never decided) and P24 (no 2:22 lid 2 after an opt-out). This class is immutable
 * and thread-safe; {@code with…} methods return a new value.
 */
public final class LedgerPolicies {

    /** How a kennisgeving sent after the 48 hours of Awb 2:10 lid 1 counts for Awb 2:22 (policy P1). */
    public enum LateNotification {
        /** The default: a late kennisgeving counts as not sent, so 2:22 lid 1 excuses (protects the addressee). */
        NOT_SENT,
        /** A late kennisgeving counts as sent: no 2:22 lid 1; 2:22 lid 2 or Awb 6:11 need an assessment (P18). */
        LATE_BUT_VALID
    }

    private final AtwCalendar calendar;
    private final LateNotification lateNotification;
    private final Optional<Duration> outageLookBack;

    private LedgerPolicies(AtwCalendar calendar, LateNotification lateNotification, Optional<Duration> outageLookBack) {
        this.calendar = calendar;
        this.lateNotification = lateNotification;
        this.outageLookBack = outageLookBack;
    }

    /**
     * Returns the defaults: the standard ATW calendar, P1 "late counts as not sent", P6 look-back over the whole
     * term.
     *
     * @return the default policies
     */
    public static LedgerPolicies defaults() {
        return new LedgerPolicies(AtwCalendar.standard(), LateNotification.NOT_SENT, Optional.empty());
    }

    /**
     * Returns these policies with another calendar, e.g. one with equated days (ATW art. 3 lid 3); used for the
     * werkdag floor and the ATW step of Awb 2:23 (P4).
     *
     * @param calendar  the calendar, not null
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code calendar} is null
     */
    public LedgerPolicies withCalendar(AtwCalendar calendar) {
        return new LedgerPolicies(Checks.notNull(calendar, "calendar"), lateNotification, outageLookBack);
    }

    /**
     * Returns these policies with another reading of a late kennisgeving (P1).
     *
     * @param lateNotification  the reading, not null
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code lateNotification} is null
     */
    public LedgerPolicies withLateNotification(LateNotification lateNotification) {
        return new LedgerPolicies(calendar, Checks.notNull(lateNotification, "lateNotification"), outageLookBack);
    }

    /**
     * Returns these policies with a look-back window for the guaranteed grace of Awb 2:21 lid 3, second
     * sentence (P6): only outage time within this elapsed time before the end of the term counts (and never
     * before the term's first day).
     *
     * @param lookBack  the window in elapsed time, positive
     * @return the new policies
     * @throws nl.wmebv.core.InvalidInputException if {@code lookBack} is null ({@code "outageLookBack"}) or not
     *         positive ({@code "outageLookBack"}, {@code "positive"})
     */
    public LedgerPolicies withOutageLookBack(Duration lookBack) {
        Checks.notNull(lookBack, "outageLookBack");
        Checks.require(!lookBack.isNegative() && !lookBack.isZero(), "outageLookBack", "positive",
                "must be positive, was " + lookBack, Provision.AWB_2_21_LID_3_ZIN_2.basis());
        return new LedgerPolicies(calendar, lateNotification, Optional.of(lookBack));
    }

    /**
     * Returns these policies with the default look-back window of P6: the whole term.
     *
     * @return the new policies
     */
    public LedgerPolicies withWholeTermLookBack() {
        return new LedgerPolicies(calendar, lateNotification, Optional.empty());
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
     * Returns the reading of a late kennisgeving (P1).
     *
     * @return the reading
     */
    public LateNotification lateNotification() {
        return lateNotification;
    }

    /**
     * Returns the look-back window of P6.
     *
     * @return the window, empty for the whole term
     */
    public Optional<Duration> outageLookBack() {
        return outageLookBack;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerPolicies p && calendar.equals(p.calendar) && lateNotification == p.lateNotification
                && outageLookBack.equals(p.outageLookBack);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(calendar, lateNotification, outageLookBack);
    }

    @Override
    public String toString() {
        return "LedgerPolicies[P1 " + lateNotification + ", P6 look-back "
                + outageLookBack.map(Duration::toString).orElse("whole term") + "]";
    }
}
