package nl.wmebv.rules.evidence;

import nl.wmebv.core.evidence.EvidenceEventType;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;

/**
 * What a record is evidence of, grouped by the duty it proves (<em>bewijslast</em>, Awb 2:25), for queries
 * such as "the evidence of receipt of this message". This enum is immutable and thread-safe.
 */
public enum EvidenceTopic {
    /** Receipt by the body: the moment of {@link Provision#AWB_2_20} ({@code message-received}). */
    RECEIPT(Provision.AWB_2_20),
    /** The ontvangstbevestiging and the returned entered data ({@link Provision#AWB_2_17_LID_1}, lid 2). */
    ACKNOWLEDGEMENT(Provision.AWB_2_17_LID_1),
    /** The handling of a message sent the wrong way: pointing to the correct channel, internal forwarding (2:16, 2:24). */
    WRONG_CHANNEL_HANDLING(Provision.AWB_2_16_LID_1),
    /** Sending to the addressee: placement, accessibility (the moment of {@link Provision#AWB_2_19_ONDER_B}), re-sending. */
    SENDING(Provision.AWB_2_19_ONDER_B),
    /** The kennisgeving that a message became accessible ({@link Provision#AWB_2_10_LID_1}). */
    NOTIFICATION(Provision.AWB_2_10_LID_1),
    /** A failed delivery (bounce) of a message or kennisgeving ({@link Provision#AWB_2_11_LID_1}). */
    DELIVERY_FAILURE(Provision.AWB_2_11_LID_1),
    /** The addressee's kennisneming: log-in, opening, download ({@link Provision#AWB_2_25}). */
    ADDRESSEE_ACCESS(Provision.AWB_2_25),
    /** The body's reachability: outages and announced extensions ({@link Provision#AWB_2_21_LID_1}). */
    REACHABILITY(Provision.AWB_2_21_LID_1);

    private final Provision provision;

    EvidenceTopic(Provision provision) {
        this.provision = provision;
    }

    /**
     * Returns the provision that is the primary reason to keep this evidence.
     *
     * @return the provision
     */
    public Provision provision() {
        return provision;
    }

    /**
     * Returns the topic of an event type.
     *
     * @param type  the type, not null
     * @return its topic
     * @throws nl.wmebv.core.InvalidInputException if {@code type} is null ({@code field() "type"})
     */
    public static EvidenceTopic of(EvidenceEventType type) {
        Checks.notNull(type, "type");
        switch (type) {
            case MESSAGE_RECEIVED:
                return RECEIPT;
            case RECEIPT_ACKNOWLEDGED:
            case ENTERED_DATA_RETURNED:
                return ACKNOWLEDGEMENT;
            case POINTED_TO_CORRECT_CHANNEL:
            case FORWARDED_INTERNALLY:
                return WRONG_CHANNEL_HANDLING;
            case PLACED_IN_MESSAGE_BOX:
            case BECAME_ACCESSIBLE:
            case RESENT:
                return SENDING;
            case NOTIFICATION_SENT:
                return NOTIFICATION;
            case DELIVERY_FAILED:
                return DELIVERY_FAILURE;
            case ADDRESSEE_ACCESSED:
                return ADDRESSEE_ACCESS;
            case OUTAGE_STARTED:
            case OUTAGE_ENDED:
            case EXTENSION_ANNOUNCED:
                return REACHABILITY;
            default:
                throw new AssertionError(type);
        }
    }
}
