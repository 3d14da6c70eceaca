package nl.wmebv.rules.outbound;

/** Whether a new message changes or withdraws an earlier one (<em>wijzigen of intrekken</em>, Awb 2:12). */
public enum AmendmentKind {
    /** The new message states a change (<em>wijziging</em>). */
    CHANGE,
    /** The new message states a withdrawal (<em>intrekking</em>). */
    WITHDRAWAL
}
