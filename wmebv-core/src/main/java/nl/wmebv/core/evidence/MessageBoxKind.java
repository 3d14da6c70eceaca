package nl.wmebv.core.evidence;

import nl.wmebv.core.law.Provision;

/**
 * Which onderdeel of Awb 2:19 fixes the moment a message placed in a message box counts as sent
 * (<em>tijdstip van verzending</em>): accessibility in a system in which the addressee has access
 * (onder b), or accessibility via the Wdo-voorziening where the body uses it beside another system
 * (onder c).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MessageBoxKind implements WireNamed {
    /**
     * A system in which the addressee has access to the message (<em>berichtenbox</em>, Awb 2:19 onder b),
     * including the Wdo-voorziening when the body uses no other system; wire name {@code "message-box"}.
     */
    MESSAGE_BOX("message-box", Provision.AWB_2_19_ONDER_B),
    /**
     * The Wdo-voorziening (MijnOverheid Berichtenbox) used beside another system (Awb 2:19 onder c, 2:10
     * lid 3); wire name {@code "wdo-message-box"}.
     */
    WDO_MESSAGE_BOX("wdo-message-box", Provision.AWB_2_19_ONDER_C);

    private final String wireName;
    private final Provision provision;

    MessageBoxKind(String wireName, Provision provision) {
        this.wireName = wireName;
        this.provision = provision;
    }

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "message-box"}
     */
    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the onderdeel of Awb 2:19 that makes accessibility in this kind of box the moment of sending.
     *
     * @return {@link Provision#AWB_2_19_ONDER_B} or {@link Provision#AWB_2_19_ONDER_C}
     */
    Provision provision() {
        return provision;
    }
}
