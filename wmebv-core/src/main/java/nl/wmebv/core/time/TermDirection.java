package nl.wmebv.core.time;

/**
 * The direction in which a time limit (<em>termijn</em>) is counted from its triggering event.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TermDirection {
    /** Counted forward: the term starts on the day after the event (e.g. Awb 6:8 lid 1). */
    FORWARD,
    /**
     * Counted backward from a moment or event (<em>terugrekening</em>, ATW art. 1 lid 2), e.g. "uiterlijk tien
     * dagen v&oacute;&oacute;r de zitting"; the ATW never moves its last day.
     */
    BACKWARD
}
