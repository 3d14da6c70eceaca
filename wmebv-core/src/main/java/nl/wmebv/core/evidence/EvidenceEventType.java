package nl.wmebv.core.evidence;

import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;

/**
 * The type of an {@link EvidenceEvent}, with its stable name in the canonical encoding
 * ({@link EvidenceEncoding}).
 *
 * <p>Java 17 callers {@code switch} on {@link EvidenceEvent#type()} without a {@code default}, so a new
 * type breaks their build. Wire names never change within a format version. This enum is immutable and
 * thread-safe.
 */
public enum EvidenceEventType implements WireNamed {
    /** A message reached the body: {@link MessageReceived}; wire name {@code "message-received"}. */
    MESSAGE_RECEIVED("message-received"),
    /** The body confirmed receipt: {@link ReceiptAcknowledged}; wire name {@code "receipt-acknowledged"}. */
    RECEIPT_ACKNOWLEDGED("receipt-acknowledged"),
    /** The body returned entered data: {@link EnteredDataReturned}; wire name {@code "entered-data-returned"}. */
    ENTERED_DATA_RETURNED("entered-data-returned"),
    /**
     * The body pointed the sender to the correct channel: {@link PointedToCorrectChannel}; wire name
     * {@code "pointed-to-correct-channel"}.
     */
    POINTED_TO_CORRECT_CHANNEL("pointed-to-correct-channel"),
    /** The body forwarded a message internally: {@link ForwardedInternally}; wire name {@code "forwarded-internally"}. */
    FORWARDED_INTERNALLY("forwarded-internally"),
    /** The body placed a message in a message box: {@link PlacedInMessageBox}; wire name {@code "placed-in-message-box"}. */
    PLACED_IN_MESSAGE_BOX("placed-in-message-box"),
    /** A placed message became accessible: {@link BecameAccessible}; wire name {@code "became-accessible"}. */
    BECAME_ACCESSIBLE("became-accessible"),
    /** The body sent a kennisgeving: {@link NotificationSent}; wire name {@code "notification-sent"}. */
    NOTIFICATION_SENT("notification-sent"),
    /** The body learned of a failed delivery: {@link DeliveryFailed}; wire name {@code "delivery-failed"}. */
    DELIVERY_FAILED("delivery-failed"),
    /** The body sent again: {@link Resent}; wire name {@code "resent"}. */
    RESENT("resent"),
    /** The addressee took note of a message: {@link AddresseeAccessed}; wire name {@code "addressee-accessed"}. */
    ADDRESSEE_ACCESSED("addressee-accessed"),
    /** A channel of the body went down: {@link OutageStarted}; wire name {@code "outage-started"}. */
    OUTAGE_STARTED("outage-started"),
    /** A channel of the body came back: {@link OutageEnded}; wire name {@code "outage-ended"}. */
    OUTAGE_ENDED("outage-ended"),
    /** The body announced an extension of a term: {@link ExtensionAnnounced}; wire name {@code "extension-announced"}. */
    EXTENSION_ANNOUNCED("extension-announced");

    private final String wireName;

    EvidenceEventType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the stable name of this type in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "receipt-acknowledged"}
     */
    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the type with a wire name; the match is exact (case-sensitive).
     *
     * @param wireName  the wire name, e.g. {@code "outage-ended"}, not null
     * @return the type
     * @throws InvalidInputException if {@code wireName} is null ({@code field() "wireName"}) or names no
     *         type ({@code constraint() "knownType"})
     */
    public static EvidenceEventType ofWireName(String wireName) {
        Checks.notNull(wireName, "wireName");
        for (EvidenceEventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new InvalidInputException("wireName", "knownType", "names no evidence event type: \"" + wireName + "\"");
    }
}
