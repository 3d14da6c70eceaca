package nl.wmebv.core.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * One hand-written event of each type (two of {@link MessageReceived}: with and without a message type), the
 * same events as the reference encoder in {@code docs/evidence-encoding.md} encodes.
 */
final class EvidenceSamples {
    static final BodyId UTRECHT = BodyId.of("gemeente-utrecht");
    static final BodyId BELASTINGDIENST = BodyId.of("belastingdienst");
    static final PartyId SENDER = PartyId.of("party-7");
    static final PartyId ADDRESSEE = PartyId.of("party-9");
    static final MessageId BESCHIKKING = MessageId.of("beschikking-2026-001");

    // SHA-256 of the UTF-8 text in the comment, from `python3 -c "import hashlib; print(hashlib.sha256(b'...').hexdigest())"`;
    // "abc" and "" are also the FIPS 180-2 / NIST known answers.
    static final Sha256Digest ABC = digest("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    static final Sha256Digest EMPTY = digest("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    /** "ontvangstbevestiging". */
    static final Sha256Digest ACKNOWLEDGEMENT = digest("9252506fd72bbefcbfbe7375c112fec13bdbe68fea403a5d76745e363c50f44e");
    /** "ingevoerde gegevens". */
    static final Sha256Digest ENTERED_DATA = digest("bc0d39d391a625d2c9f2a87e32689b937578ebde72acc223a1d159228669be93");
    /** "wijzen op juiste wijze". */
    static final Sha256Digest REACTION = digest("f7478c169c262bc0292a70f361bf68c2dde1661fa090751ef612960d7192c16c");
    /** "beschikking". */
    static final Sha256Digest DECISION = digest("a30b8e786957fdc1be6b9638d7dcd2442eae3b112b8000f4a2ad85efd45f759e");
    /** "kennisgeving". */
    static final Sha256Digest NOTIFICATION = digest("5c8a6d1ac4380648b7f717caa1784a0c795b7a3f962725d72d51c994ba6d9507");
    /** "mededeling verlenging". */
    static final Sha256Digest ANNOUNCEMENT = digest("ea8da8f99141df5a0fce43ff53cb586e5073a07cf6168ab544a7a8d41fec50fa");

    private EvidenceSamples() {
    }

    static MessageReceived messageReceived() {
        return new MessageReceived(at("2026-03-15T09:00:00Z"), UTRECHT, MessageId.of("msg-1"), SENDER,
                ChannelId.of("webformulier"), Optional.of(MessageTypeId.of("bezwaar")), ABC);
    }

    static MessageReceived messageReceivedWithoutType() {
        return new MessageReceived(at("2026-03-15T09:00:00Z"), UTRECHT, MessageId.of("msg-2"), SENDER,
                ChannelId.of("e-mail"), Optional.empty(), EMPTY);
    }

    static ReceiptAcknowledged receiptAcknowledged() {
        return new ReceiptAcknowledged(at("2026-03-15T09:00:01.5Z"), UTRECHT, MessageId.of("msg-1"), SENDER,
                at("2026-03-15T09:00:00Z"), ACKNOWLEDGEMENT);
    }

    static EnteredDataReturned enteredDataReturned() {
        // 01:59:59.999999999Z is the last nanosecond of 02:59:59 CET, just before the spring DST change.
        return new EnteredDataReturned(at("2026-03-29T01:59:59.999999999Z"), UTRECHT, MessageId.of("msg-3"),
                PartyId.of("Zoë Ürün"), ENTERED_DATA);
    }

    static PointedToCorrectChannel pointedToCorrectChannel() {
        return new PointedToCorrectChannel(at("2026-03-20T10:15:30.000000001Z"), UTRECHT, MessageId.of("msg-4"),
                SENDER, at("2026-03-16T08:00:00Z"), MessageTypeId.of("aanvraag"), ChannelId.of("chat"),
                Set.of(ChannelId.of("portaal"), ChannelId.of("e-mail")), REACTION);
    }

    static ForwardedInternally forwardedInternally() {
        // Around the autumn DST change: 00:59:59.999999999Z is 02:59:59 CEST, 01:00Z is the second 02:00 (CET).
        return new ForwardedInternally(at("2026-10-25T01:00:00Z"), UTRECHT, MessageId.of("msg-5"), SENDER,
                at("2026-10-25T00:59:59.999999999Z"));
    }

    static PlacedInMessageBox placedInMessageBox() {
        return new PlacedInMessageBox(at("2026-06-01T12:00:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                ChannelId.of("mijn-omgeving"), DECISION);
    }

    static BecameAccessible becameAccessible() {
        return new BecameAccessible(at("2026-06-01T12:00:05Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                ChannelId.of("mijnoverheid-berichtenbox"), MessageBoxKind.WDO_MESSAGE_BOX);
    }

    static NotificationSent notificationSent() {
        return new NotificationSent(at("2026-06-02T11:59:59Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                ChannelId.of("e-mail"), NOTIFICATION);
    }

    static DeliveryFailed deliveryFailed() {
        return new DeliveryFailed(at("2026-06-02T12:30:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                DeliveryItem.NOTIFICATION, FailureKind.SOFT, ChannelId.of("e-mail"));
    }

    static Resent resent() {
        return new Resent(at("2026-06-03T09:00:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE, DeliveryItem.MESSAGE,
                ChannelId.of("post"), DECISION);
    }

    static AddresseeAccessed addresseeAccessed() {
        return new AddresseeAccessed(at("2026-06-04T20:00:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                AccessKind.DOWNLOADED, ChannelId.of("mijn-omgeving"));
    }

    static OutageStarted outageStarted() {
        return new OutageStarted(at("2026-03-29T00:30:00Z"), UTRECHT, ChannelId.of("portaal"), OutageKind.UNAVAILABLE);
    }

    static OutageEnded outageEnded() {
        // The widest outage the encoding can hold: from the first to the last encodable moment.
        return new OutageEnded(EvidenceEncoding.MAX_INSTANT, UTRECHT, ChannelId.of("portaal"), OutageKind.DEGRADED,
                EvidenceEncoding.MIN_INSTANT);
    }

    static ExtensionAnnounced extensionAnnounced() {
        // U+FF5E sorts before U+1F600 by code point (and UTF-8 bytes) but after it by UTF-16 code units.
        return new ExtensionAnnounced(at("2026-03-30T07:00:00Z"), UTRECHT,
                Set.of(ChannelId.of("kanaal-\uD83D\uDE00"), ChannelId.of("kanaal-\uFF5E"), ChannelId.of("e-formulier")),
                Set.of(MessageTypeId.of("bezwaar"), MessageTypeId.of("aanvraag")), at("2026-04-07T22:00:00Z"),
                ANNOUNCEMENT);
    }

    /** Every sample by the name the reference encoder uses, one or more per type. */
    static Map<String, EvidenceEvent> all() {
        Map<String, EvidenceEvent> all = new LinkedHashMap<>();
        all.put("messageReceived", messageReceived());
        all.put("messageReceivedWithoutType", messageReceivedWithoutType());
        all.put("receiptAcknowledged", receiptAcknowledged());
        all.put("enteredDataReturned", enteredDataReturned());
        all.put("pointedToCorrectChannel", pointedToCorrectChannel());
        all.put("forwardedInternally", forwardedInternally());
        all.put("placedInMessageBox", placedInMessageBox());
        all.put("becameAccessible", becameAccessible());
        all.put("notificationSent", notificationSent());
        all.put("deliveryFailed", deliveryFailed());
        all.put("resent", resent());
        all.put("addresseeAccessed", addresseeAccessed());
        all.put("outageStarted", outageStarted());
        all.put("outageEnded", outageEnded());
        all.put("extensionAnnounced", extensionAnnounced());
        return all;
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }

    private static Sha256Digest digest(String hex) {
        return Sha256Digest.of(hex);
    }
}
