package nl.wmebv.core.message;

/**
 * The role of a party in the communication with an administrative body (Awb 2:1 lid 2, 2:3, 2:8, 2:25).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyRole {
    /** The sender of a message to the body (<em>afzender</em> or <em>verzender</em>, Awb 2:3, 2:15&ndash;2:17). */
    SENDER,
    /** The addressee of a message of the body (<em>geadresseerde</em>, Awb 2:7 lid 2, 2:8, 2:10, 2:19). */
    ADDRESSEE,
    /** A person acting for a party (<em>gemachtigde</em>, Awb 2:1 lid 2), e.g. when asking for the 2:25 copy. */
    AUTHORISED_REPRESENTATIVE
}
