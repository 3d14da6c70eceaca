package nl.wmebv.rules.receipt;

/**
 * The limb of Awb 2:20 that fixed the moment of receipt (<em>tijdstip van ontvangst</em>).
 */
public enum ReceiptRoute {
    /** The message reached the body's own information system. */
    OWN_SYSTEM,
    /** The message reached another system designated for that purpose (e.g. a national intake facility). */
    OTHER_DESIGNATED_SYSTEM,
    /** The message became electronically accessible to the body in another way. */
    OTHERWISE_ACCESSIBLE
}
