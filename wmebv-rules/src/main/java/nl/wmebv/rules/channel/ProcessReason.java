package nl.wmebv.rules.channel;

import nl.wmebv.core.law.Provision;

/**
 * A reason why a body must process a formal message that came in through a wrong channel: the exceptions
 * of Awb 2:16 lid 1 onder a, b and c.
 */
public enum ProcessReason {
    /** The body can handle it without further processing, as if filed correctly (2:16 lid 1 onder a). */
    PROCESSABLE_WITHOUT_FURTHER_WORK(Provision.AWB_2_16_LID_1_ONDER_A),
    /** It is a bezwaarschrift or administratief beroepschrift (2:16 lid 1 onder b). */
    OBJECTION_OR_APPEAL(Provision.AWB_2_16_LID_1_ONDER_B),
    /** No channel is designated for its type (2:16 lid 1 onder c). */
    NO_CHANNEL_DESIGNATED(Provision.AWB_2_16_LID_1_ONDER_C);

    private final Provision provision;

    ProcessReason(Provision provision) {
        this.provision = provision;
    }

    /**
     * Returns the onderdeel of 2:16 lid 1 that gives this reason.
     *
     * @return the provision
     */
    public Provision provision() {
        return provision;
    }
}
