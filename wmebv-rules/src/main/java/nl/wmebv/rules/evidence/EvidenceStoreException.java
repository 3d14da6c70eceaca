package nl.wmebv.rules.evidence;

/**
 * A store could not read, write or make durable what the evidence log asked: an I/O or database failure,
 * or a store that fails its own checks. It is unchecked, like the library's other exceptions; an append that
 * throws it was not acknowledged.
 */
public class EvidenceStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what failed, not null
     * @param cause    the underlying failure, may be null
     */
    public EvidenceStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message  what failed, not null
     */
    public EvidenceStoreException(String message) {
        super(message);
    }
}
