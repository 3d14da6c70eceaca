package nl.wmebv.rules.audit;

/**
 * Where the norm behind an audit finding comes from: the statute itself, or the advice of the BZK
 * handreiking, which is policy and never a statutory duty. This enum is immutable and thread-safe.
 */
public enum FindingSource {
    /** The Awb itself, read as LAW.md reads it ([TEXT] or [TEXT-inf]). */
    STATUTE,
    /**
     * The BZK handreiking (policy, not statute); the legal basis names the provision the advice protects.
     */
    HANDREIKING
}
