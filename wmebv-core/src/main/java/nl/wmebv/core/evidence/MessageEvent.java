package nl.wmebv.core.evidence;

import nl.wmebv.core.message.MessageId;

/**
 * An evidence event about one message (<em>bericht</em>): its receipt, acknowledgement, placement,
 * sending, delivery or the addressee's <em>kennisneming</em> (Awb 2:25).
 *
 * <p>A fact about several messages is recorded once per message, with the same moment and digest: a
 * kennisgeving covering several messages (P21) or a log-in while several messages were accessible. The
 * records of one message are then exactly the events with its {@link #messageId()}. Implementations are
 * immutable and thread-safe.
 */
public sealed interface MessageEvent extends EvidenceEvent
        permits MessageReceived, ReceiptAcknowledged, EnteredDataReturned, PointedToCorrectChannel,
        ForwardedInternally, PlacedInMessageBox, BecameAccessible, NotificationSent, DeliveryFailed, Resent,
        AddresseeAccessed {

    /**
     * Returns the message this event is about.
     *
     * @return the message's identifier
     */
    MessageId messageId();
}
