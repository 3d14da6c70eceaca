package nl.wmebv.core.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;

/**
 * The canonical byte encoding of an {@link EvidenceEvent}: one byte form per event, the same on every
 * platform and in every version of the library that writes format version {@value #FORMAT_VERSION}, so that
 * a hash or signature over it (Awb 2:25, P26) stays verifiable.
 *
 * <p>The format, described in full with a table per type in {@code docs/evidence-encoding.md}:
 * <ol>
 *   <li>one byte, the format version: {@code 0x01};</li>
 *   <li>the type's {@linkplain EvidenceEventType#wireName() wire name};</li>
 *   <li>{@code occurredAt}, then {@code body};</li>
 *   <li>{@code legalBasis}: a count, then each citation in its compact form (e.g. {@code "Awb 2:17 lid 1"}),
 *       primary first;</li>
 *   <li>the type's other fields in the order of its record components.</li>
 * </ol>
 * Every text (wire names, identifiers, citations, moments, digests as 64 lower-case hex digits) is a
 * 4-byte big-endian unsigned length followed by that many bytes of UTF-8. A moment is the text of exactly
 * 30 characters {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'} in UTC, always with nine fraction digits. An
 * optional field is a byte {@code 0x00} (absent) or {@code 0x01} followed by the value. A set is a 4-byte
 * count followed by its elements in strictly ascending order of their UTF-8 bytes (compared unsigned). No
 * byte follows the last field.
 *
 * <p>Because every field is length-prefixed or of fixed size and the type fixes the fields, the encoding is
 * injective: distinct events have distinct encodings. Decoding accepts only the canonical form, so for every
 * {@code bytes} that decodes, {@code encode(decode(bytes))} equals {@code bytes}. The encoding is of the event
 * alone; a log that salts, chains or signs records wraps it. This class is immutable and thread-safe.
 */
public final class EvidenceEncoding {
    /** The format version this class writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The earliest encodable moment, {@code 0000-01-01T00:00:00Z}: the fixed form has a four-digit year. */
    public static final Instant MIN_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
    /** The latest encodable moment, {@code 9999-12-31T23:59:59.999999999Z}. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * One writer per thread, reused: an encoding then allocates only its result. {@link #encode} calls no
     * code that could encode again on the same thread before it has copied the result out.
     */
    private static final ThreadLocal<EncodingWriter> WRITER = ThreadLocal.withInitial(EncodingWriter::new);

    /** The compact form of each citation met so far ({@link LegalBasis#toString()} builds it anew each call). */
    private static final Map<LegalBasis, String> CITATIONS = new ConcurrentHashMap<>();
    /** The most distinct citations kept; events cite a few dozen provisions. */
    private static final int CITATION_CACHE_LIMIT = 256;

    private EvidenceEncoding() {
    }

    /**
     * Encodes an event in the canonical form.
     *
     * @param event  the event, not null
     * @return a fresh array holding the encoding
     * @throws InvalidInputException if {@code event} is null ({@code field() "event"})
     */
    public static byte[] encode(EvidenceEvent event) {
        Checks.notNull(event, "event");
        EncodingWriter w = WRITER.get().reset().u8(FORMAT_VERSION).wire(event.type()).instant(event.occurredAt())
                .text(event.body().value()).citations(event.legalBasis());
        EncodingWriter fields = switch (event.type()) {
            case MESSAGE_RECEIVED -> {
                MessageReceived e = (MessageReceived) event;
                yield w.text(e.messageId().value()).text(e.sender().value()).text(e.channel().value())
                        .optional(e.messageType(), MessageTypeId::value).text(e.payloadDigest().hex());
            }
            case RECEIPT_ACKNOWLEDGED -> {
                ReceiptAcknowledged e = (ReceiptAcknowledged) event;
                yield w.text(e.messageId().value()).text(e.sender().value()).instant(e.receivedAt())
                        .text(e.payloadDigest().hex());
            }
            case ENTERED_DATA_RETURNED -> {
                EnteredDataReturned e = (EnteredDataReturned) event;
                yield w.text(e.messageId().value()).text(e.sender().value()).text(e.payloadDigest().hex());
            }
            case POINTED_TO_CORRECT_CHANNEL -> {
                PointedToCorrectChannel e = (PointedToCorrectChannel) event;
                yield w.text(e.messageId().value()).text(e.sender().value()).instant(e.receivedAt())
                        .text(e.messageType().value()).text(e.usedChannel().value())
                        .set(e.correctChannels(), ChannelId::value)
                        .text(e.payloadDigest().hex());
            }
            case FORWARDED_INTERNALLY -> {
                ForwardedInternally e = (ForwardedInternally) event;
                yield w.text(e.messageId().value()).text(e.sender().value()).instant(e.receivedAt());
            }
            case PLACED_IN_MESSAGE_BOX -> {
                PlacedInMessageBox e = (PlacedInMessageBox) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).text(e.channel().value())
                        .text(e.payloadDigest().hex());
            }
            case BECAME_ACCESSIBLE -> {
                BecameAccessible e = (BecameAccessible) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).text(e.channel().value())
                        .wire(e.messageBox());
            }
            case NOTIFICATION_SENT -> {
                NotificationSent e = (NotificationSent) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).text(e.channel().value())
                        .text(e.payloadDigest().hex());
            }
            case DELIVERY_FAILED -> {
                DeliveryFailed e = (DeliveryFailed) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).wire(e.item()).wire(e.failure())
                        .text(e.channel().value());
            }
            case RESENT -> {
                Resent e = (Resent) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).wire(e.item())
                        .text(e.channel().value()).text(e.payloadDigest().hex());
            }
            case ADDRESSEE_ACCESSED -> {
                AddresseeAccessed e = (AddresseeAccessed) event;
                yield w.text(e.messageId().value()).text(e.addressee().value()).wire(e.access())
                        .text(e.channel().value());
            }
            case OUTAGE_STARTED -> {
                OutageStarted e = (OutageStarted) event;
                yield w.text(e.channel().value()).wire(e.kind());
            }
            case OUTAGE_ENDED -> {
                OutageEnded e = (OutageEnded) event;
                yield w.text(e.channel().value()).wire(e.kind()).instant(e.startedAt());
            }
            case EXTENSION_ANNOUNCED -> {
                ExtensionAnnounced e = (ExtensionAnnounced) event;
                yield w.set(e.channels(), ChannelId::value)
                        .set(e.messageTypes(), MessageTypeId::value)
                        .instant(e.extendedUntil()).text(e.payloadDigest().hex());
            }
        };
        return fields.toByteArray();
    }

    /** Whether the texts read are, in order, the compact forms of the citations: {@code List.equals} of them. */
    private static boolean citesExactly(List<String> texts, List<LegalBasis> citations) {
        if (texts.size() != citations.size()) {
            return false;
        }
        for (int i = 0; i < texts.size(); i++) {
            LegalBasis basis = citations.get(i);
            String compact = CITATIONS.get(basis);
            if (compact == null) {
                compact = basis.toString();
                if (CITATIONS.size() < CITATION_CACHE_LIMIT) {
                    CITATIONS.putIfAbsent(basis, compact);
                }
            }
            if (!texts.get(i).equals(compact)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes the canonical form of an event.
     *
     * <p>Rejects, with an {@link InvalidInputException} whose {@code field()} names the field and whose
     * message gives the offset of the field's first byte (of the element's, inside a list or set): an
     * unsupported version ({@code "supportedVersion"}), an unknown type ({@code "knownType"}), input that
     * ends early ({@code "truncated"}), bytes after the last field ({@code "noTrailingBytes"}, field
     * {@code "encoding"}), text that is not well-formed UTF-8 ({@code "utf8"}), a moment not in the fixed
     * form ({@code "instant"}), a presence byte other than 0 or 1 ({@code "presence"}), a set out of order or
     * with duplicates ({@code "ascendingUnique"}), an unknown enumerated value ({@code "knownValue"}),
     * citations that differ from those the event implies ({@code "matchesEvent"}), and any value the event's
     * constructor rejects (with that constraint).
     *
     * @param bytes  the encoding, not null
     * @return the event
     * @throws InvalidInputException if {@code bytes} is null ({@code field() "bytes"}) or not the canonical
     *         encoding of an event
     */
    public static EvidenceEvent decode(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        EncodingReader r = new EncodingReader(bytes);
        int version = r.u8("version");
        if (version != FORMAT_VERSION) {
            throw r.error("version", "supportedVersion", 0, "must be " + FORMAT_VERSION + ", was " + version);
        }
        int typeOffset = r.position();
        String wireName = r.text("type");
        EvidenceEventType type;
        try {
            type = EvidenceEventType.ofWireName(wireName);
        } catch (InvalidInputException e) {
            throw r.error("type", "knownType", typeOffset, "names no evidence event type: "
                    + EncodingReader.quoted(wireName));
        }
        Instant occurredAt = r.instant("occurredAt");
        BodyId body = r.id("body", BodyId::of);
        int basisOffset = r.position();
        List<String> basis = r.list("legalBasis");
        EvidenceEvent event = switch (type) {
            case MESSAGE_RECEIVED -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId sender = r.id("sender", PartyId::of);
                ChannelId channel = r.id("channel", ChannelId::of);
                var messageType = r.optional("messageType", MessageTypeId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new MessageReceived(occurredAt, body, messageId, sender, channel, messageType,
                        payloadDigest));
            }
            case RECEIPT_ACKNOWLEDGED -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId sender = r.id("sender", PartyId::of);
                Instant receivedAt = r.instant("receivedAt");
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new ReceiptAcknowledged(occurredAt, body, messageId, sender, receivedAt,
                        payloadDigest));
            }
            case ENTERED_DATA_RETURNED -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId sender = r.id("sender", PartyId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new EnteredDataReturned(occurredAt, body, messageId, sender, payloadDigest));
            }
            case POINTED_TO_CORRECT_CHANNEL -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId sender = r.id("sender", PartyId::of);
                Instant receivedAt = r.instant("receivedAt");
                MessageTypeId messageType = r.id("messageType", MessageTypeId::of);
                ChannelId usedChannel = r.id("usedChannel", ChannelId::of);
                var correctChannels = r.set("correctChannels", ChannelId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new PointedToCorrectChannel(occurredAt, body, messageId, sender, receivedAt,
                        messageType, usedChannel, correctChannels, payloadDigest));
            }
            case FORWARDED_INTERNALLY -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId sender = r.id("sender", PartyId::of);
                Instant receivedAt = r.instant("receivedAt");
                yield r.build(() -> new ForwardedInternally(occurredAt, body, messageId, sender, receivedAt));
            }
            case PLACED_IN_MESSAGE_BOX -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                ChannelId channel = r.id("channel", ChannelId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new PlacedInMessageBox(occurredAt, body, messageId, addressee, channel,
                        payloadDigest));
            }
            case BECAME_ACCESSIBLE -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                ChannelId channel = r.id("channel", ChannelId::of);
                MessageBoxKind messageBox = r.wire("messageBox", MessageBoxKind.class);
                yield r.build(() -> new BecameAccessible(occurredAt, body, messageId, addressee, channel,
                        messageBox));
            }
            case NOTIFICATION_SENT -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                ChannelId channel = r.id("channel", ChannelId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new NotificationSent(occurredAt, body, messageId, addressee, channel,
                        payloadDigest));
            }
            case DELIVERY_FAILED -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                DeliveryItem item = r.wire("item", DeliveryItem.class);
                FailureKind failure = r.wire("failure", FailureKind.class);
                ChannelId channel = r.id("channel", ChannelId::of);
                yield r.build(() -> new DeliveryFailed(occurredAt, body, messageId, addressee, item, failure,
                        channel));
            }
            case RESENT -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                DeliveryItem item = r.wire("item", DeliveryItem.class);
                ChannelId channel = r.id("channel", ChannelId::of);
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new Resent(occurredAt, body, messageId, addressee, item, channel,
                        payloadDigest));
            }
            case ADDRESSEE_ACCESSED -> {
                MessageId messageId = r.id("messageId", MessageId::of);
                PartyId addressee = r.id("addressee", PartyId::of);
                AccessKind access = r.wire("access", AccessKind.class);
                ChannelId channel = r.id("channel", ChannelId::of);
                yield r.build(() -> new AddresseeAccessed(occurredAt, body, messageId, addressee, access,
                        channel));
            }
            case OUTAGE_STARTED -> {
                ChannelId channel = r.id("channel", ChannelId::of);
                OutageKind kind = r.wire("kind", OutageKind.class);
                yield r.build(() -> new OutageStarted(occurredAt, body, channel, kind));
            }
            case OUTAGE_ENDED -> {
                ChannelId channel = r.id("channel", ChannelId::of);
                OutageKind kind = r.wire("kind", OutageKind.class);
                Instant startedAt = r.instant("startedAt");
                yield r.build(() -> new OutageEnded(occurredAt, body, channel, kind, startedAt));
            }
            case EXTENSION_ANNOUNCED -> {
                var channels = r.set("channels", ChannelId::of);
                var messageTypes = r.set("messageTypes", MessageTypeId::of);
                Instant extendedUntil = r.instant("extendedUntil");
                var payloadDigest = r.digest("payloadDigest");
                yield r.build(() -> new ExtensionAnnounced(occurredAt, body, channels, messageTypes, extendedUntil,
                        payloadDigest));
            }
        };
        if (!citesExactly(basis, event.legalBasis())) {
            List<String> implied = event.legalBasis().stream().map(LegalBasis::toString).toList();
            throw r.error("legalBasis", "matchesEvent", basisOffset, "must be " + implied + " for this event, was "
                    + basis);
        }
        r.end();
        return event;
    }
}
