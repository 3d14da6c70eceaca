package nl.wmebv.core.evidence;

import nl.wmebv.core.law.Provision;

/**
 * What the body failed to deliver or sent again (<em>bezorging</em>, Awb 2:11): the message itself (lid 1)
 * or the <em>kennisgeving</em> of Awb 2:10 (lid 2).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DeliveryItem implements WireNamed {
    /** The message itself (Awb 2:11 lid 1); wire name {@code "message"}. */
    MESSAGE("message", Provision.AWB_2_11_LID_1),
    /** The kennisgeving that a message became accessible (Awb 2:11 lid 2); wire name {@code "notification"}. */
    NOTIFICATION("notification", Provision.AWB_2_11_LID_2);

    private final String wireName;
    private final Provision provision;

    DeliveryItem(String wireName, Provision provision) {
        this.wireName = wireName;
        this.provision = provision;
    }

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "notification"}
     */
    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the lid of Awb 2:11 that governs a failed delivery of this item.
     *
     * @return {@link Provision#AWB_2_11_LID_1} or {@link Provision#AWB_2_11_LID_2}
     */
    Provision provision() {
        return provision;
    }
}
