package nl.wmebv.rules.audit;

/**
 * How serious an audit finding is (<em>ernst</em>). Findings are sorted by this order, most serious first.
 * This enum is immutable and thread-safe.
 */
public enum Severity {
    /** A statutory duty is not met by the configuration as it stands (<em>schending</em>). */
    VIOLATION,
    /**
     * A duty is likely to be missed soon, depends on a judgement only the body makes, or a handreiking
     * warning with legal consequences applies (<em>risico</em>).
     */
    RISK,
    /** Advice: nothing is breached, but the project team should act or check (<em>advies</em>). */
    ADVICE
}
