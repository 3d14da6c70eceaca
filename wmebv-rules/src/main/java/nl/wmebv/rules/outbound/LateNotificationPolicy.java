package nl.wmebv.rules.outbound;

/**
 * How a kennisgeving sent after the 48 hours of Awb 2:10 lid 1 counts (policy P1).
 */
public enum LateNotificationPolicy {
    /** The default: a late kennisgeving counts as not sent for 2:22 lid 1, which protects the addressee. */
    TREATED_AS_NOT_SENT,
    /** Late but valid: 2:22 lid 1 does not apply; lateness on the term is left to 2:22 lid 2 and 6:11 (P18). */
    LATE_BUT_VALID
}
