package nl.wmebv.rules.inbound;

/**
 * Where the extension of a submission term after a wrong-channel submission stands (<em>verlenging</em>,
 * Awb 2:23). The extension needs four conditions: a formal message, a submission bound to a term, a sender
 * who could reasonably believe he could submit as he did (both findings of the body, never assumed), and a
 * reaction under 2:16 lid 1.
 */
public enum ExtensionStatus {
    /** No 2:23 extension: the body did not (and may not) point the sender, or a condition is found not met. */
    NOT_APPLICABLE,
    /** The body may point the sender, but has not stated both findings 2:23 needs. */
    NEEDS_ASSESSMENT,
    /** Conditions met; the extension runs until the body's reaction, which has not happened yet (P5). */
    PENDING_REACTION,
    /** Conditions met and the body reacted: the extension can be computed (P4) from receipt to reaction. */
    REACTED
}
