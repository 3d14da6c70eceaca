package nl.wmebv.rules.audit;

/**
 * Whether and how a channel lets the body confirm receipt (<em>ontvangstbevestiging</em>, Awb 2:17 lid 1).
 * This enum is immutable and thread-safe.
 */
public enum AcknowledgementSupport {
    /** The channel sends the acknowledgement itself, right after receipt. */
    AUTOMATIC,
    /** A staff member sends the acknowledgement; no statutory deadline applies (P10). */
    MANUAL,
    /**
     * Body and sender use the same system and the sender sees there that the body has the message
     * (Awb 2:17 lid 1 onder a): no acknowledgement is due.
     */
    SHARED_SYSTEM_STATUS,
    /** The channel cannot acknowledge receipt at all. */
    NONE
}
