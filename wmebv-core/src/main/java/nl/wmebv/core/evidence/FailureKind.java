package nl.wmebv.core.evidence;

/**
 * How a delivery failed (<em>niet met succes bezorgen</em>, Awb 2:11): permanently or, as far as the body
 * knows, temporarily.
 *
 * <p>The record states what the body learned; whether a soft failure already means the message "cannot be
 * delivered with success" is for the rules to judge. This enum is immutable and thread-safe.
 */
public enum FailureKind implements WireNamed {
    /** A permanent failure, e.g. an address that does not exist; wire name {@code "hard"}. */
    HARD("hard"),
    /** A failure that may pass, e.g. a full mailbox or an unreachable server; wire name {@code "soft"}. */
    SOFT("soft");

    private final String wireName;

    FailureKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "hard"}
     */
    @Override
    public String wireName() {
        return wireName;
    }
}
