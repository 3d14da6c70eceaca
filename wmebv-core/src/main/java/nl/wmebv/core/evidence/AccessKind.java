package nl.wmebv.core.evidence;

/**
 * How the addressee took note of a message (<em>kennisneming</em>, Awb 2:25): the data on kennisneming
 * for which the body bears the burden of proof.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AccessKind implements WireNamed {
    /** The addressee logged in to the system while the message was accessible there; wire name {@code "logged-in"}. */
    LOGGED_IN("logged-in"),
    /** The addressee opened the message; wire name {@code "opened"}. */
    OPENED("opened"),
    /** The addressee downloaded the message or an attachment; wire name {@code "downloaded"}. */
    DOWNLOADED("downloaded");

    private final String wireName;

    AccessKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "logged-in"}
     */
    @Override
    public String wireName() {
        return wireName;
    }
}
