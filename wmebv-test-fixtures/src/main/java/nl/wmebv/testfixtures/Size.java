package nl.wmebv.testfixtures;

/**
 * How large generated values get (<em>omvang</em>): the only size control of the generators. A larger size
 * gives bigger registers, more events and more adjustments; it never changes which legal branches can occur.
 */
public enum Size {
    /** Tiny values: up to 8 message types, 4 channels, a few events. Quick to read in a failure message. */
    SMALL(8, 4, 3),
    /** The default: up to 40 message types, 12 channels, a handful of events. */
    MEDIUM(40, 12, 6),
    /** Realistic registers of large bodies: up to 400 message types, 40 channels, many events. */
    LARGE(400, 40, 12);

    private final int maxMessageTypes;
    private final int maxChannels;
    private final int maxEvents;

    Size(int maxMessageTypes, int maxChannels, int maxEvents) {
        this.maxMessageTypes = maxMessageTypes;
        this.maxChannels = maxChannels;
        this.maxEvents = maxEvents;
    }

    /**
     * Returns the largest number of message types in a generated register.
     *
     * @return at least 1
     */
    public int maxMessageTypes() {
        return maxMessageTypes;
    }

    /**
     * Returns the largest number of channels in a generated register.
     *
     * @return at least 1
     */
    public int maxChannels() {
        return maxChannels;
    }

    /**
     * Returns the largest number of repeated items (adjustments, outages, events of one kind) in a case.
     *
     * @return at least 1
     */
    public int maxEvents() {
        return maxEvents;
    }
}
