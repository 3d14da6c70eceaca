package nl.wmebv.core.evidence;

import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * Seeded generators of valid evidence events that favour boundaries: the first and last encodable moments
 * and their neighbours, DST changes and legal midnights, one-character and maximum-length identifiers,
 * non-ASCII and supplementary characters. A small domain draws from a handful of values, so that equal and
 * nearly equal events are common.
 */
final class EvidenceGenerators {
    /** Boundary moments: each is chosen for the reason in its comment. */
    private static final List<Instant> BOUNDARY_INSTANTS = List.of(
            EvidenceEncoding.MIN_INSTANT,                          // first encodable moment, year 0000
            EvidenceEncoding.MIN_INSTANT.plusNanos(1),
            EvidenceEncoding.MAX_INSTANT,                          // last encodable moment, year 9999
            EvidenceEncoding.MAX_INSTANT.minusNanos(1),
            Instant.EPOCH.minusNanos(1),                           // negative epoch second, nano 999999999
            Instant.EPOCH,
            Instant.parse("2026-01-01T00:00:00Z"),                 // Wmebv in force (legal day starts 23:00Z the day before)
            Instant.parse("2025-12-31T23:00:00Z"),                 // 00:00 CET on 2026-01-01
            Instant.parse("2026-03-29T00:59:59.999999999Z"),       // last nanosecond of CET before the spring change
            Instant.parse("2026-03-29T01:00:00Z"),                 // 03:00 CEST
            Instant.parse("2026-10-25T00:59:59.999999999Z"),       // last nanosecond of CEST
            Instant.parse("2026-10-25T01:00:00Z"),                 // the second 02:00 local (CET)
            Instant.parse("2026-03-15T22:59:59Z"),                 // legal midnight minus one second (CET)
            Instant.parse("2026-03-15T23:00:00Z"),
            Instant.parse("2028-02-29T12:00:00.000000001Z"));      // leap day, one nanosecond past noon

    private static final List<String> SMALL_IDS = List.of("a", "b", "ab", "a b");
    private static final List<Instant> SMALL_INSTANTS = List.of(EvidenceEncoding.MIN_INSTANT, Instant.EPOCH,
            Instant.EPOCH.plusNanos(1), EvidenceEncoding.MAX_INSTANT);
    private static final String[] UNICODE = {"ü", "ë", "ß", "é", "中", "文", "ب", "ي", "\u0301", "€", "\uFF5E",
        "\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF", "\u00A0", "-", "_", ":", "/", "x", "Z", "0", "9"};

    private final SplittableRandom random;
    private final boolean small;

    private EvidenceGenerators(SplittableRandom random, boolean small) {
        this.random = random;
        this.small = small;
    }

    /** Generators over the whole domain, favouring boundaries. */
    static EvidenceGenerators of(long seed) {
        return new EvidenceGenerators(new SplittableRandom(seed), false);
    }

    /** Generators over a small domain, where equal events are common. */
    static EvidenceGenerators small(long seed) {
        return new EvidenceGenerators(new SplittableRandom(seed), true);
    }

    SplittableRandom random() {
        return random;
    }

    EvidenceEvent event() {
        EvidenceEventType[] types = EvidenceEventType.values();
        return event(types[random.nextInt(types.length)]);
    }

    EvidenceEvent event(EvidenceEventType type) {
        Instant[] ordered = orderedPair();
        return switch (type) {
            case MESSAGE_RECEIVED -> new MessageReceived(instant(), body(), messageId(), party(), channel(),
                    random.nextBoolean() ? Optional.empty() : Optional.of(messageType()), digest());
            case RECEIPT_ACKNOWLEDGED -> new ReceiptAcknowledged(ordered[1], body(), messageId(), party(),
                    ordered[0], digest());
            case ENTERED_DATA_RETURNED -> new EnteredDataReturned(instant(), body(), messageId(), party(), digest());
            case POINTED_TO_CORRECT_CHANNEL -> {
                ChannelId used = channel();
                Set<ChannelId> correct = new HashSet<>(ids(ChannelId::of));
                correct.remove(used);
                if (correct.isEmpty()) {
                    correct.add(ChannelId.of(used.value().equals("c") ? "d" : "c"));
                }
                yield new PointedToCorrectChannel(ordered[1], body(), messageId(), party(), ordered[0],
                        messageType(), used, correct, digest());
            }
            case FORWARDED_INTERNALLY -> new ForwardedInternally(ordered[1], body(), messageId(), party(), ordered[0]);
            case PLACED_IN_MESSAGE_BOX -> new PlacedInMessageBox(instant(), body(), messageId(), party(), channel(),
                    digest());
            case BECAME_ACCESSIBLE -> new BecameAccessible(instant(), body(), messageId(), party(), channel(),
                    pick(MessageBoxKind.values()));
            case NOTIFICATION_SENT -> new NotificationSent(instant(), body(), messageId(), party(), channel(),
                    digest());
            case DELIVERY_FAILED -> new DeliveryFailed(instant(), body(), messageId(), party(),
                    pick(DeliveryItem.values()), pick(FailureKind.values()), channel());
            case RESENT -> new Resent(instant(), body(), messageId(), party(), pick(DeliveryItem.values()), channel(),
                    digest());
            case ADDRESSEE_ACCESSED -> new AddresseeAccessed(instant(), body(), messageId(), party(),
                    pick(AccessKind.values()), channel());
            case OUTAGE_STARTED -> new OutageStarted(instant(), body(), channel(), pick(OutageKind.values()));
            case OUTAGE_ENDED -> {
                Instant[] strict = strictlyOrderedPair();
                yield new OutageEnded(strict[1], body(), channel(), pick(OutageKind.values()), strict[0]);
            }
            case EXTENSION_ANNOUNCED -> new ExtensionAnnounced(instant(), body(), ids(ChannelId::of),
                    ids(MessageTypeId::of), instant(), digest());
        };
    }

    PartyId party() {
        return PartyId.of(id());
    }

    Instant instant() {
        if (small) {
            return pick(SMALL_INSTANTS.toArray(Instant[]::new));
        }
        switch (random.nextInt(4)) {
            case 0:
                return pick(BOUNDARY_INSTANTS.toArray(Instant[]::new));
            case 1:   // anywhere in the encodable range, any nanosecond
                return Instant.ofEpochSecond(random.nextLong(EvidenceEncoding.MIN_INSTANT.getEpochSecond(),
                        EvidenceEncoding.MAX_INSTANT.getEpochSecond() + 1), random.nextInt(1_000_000_000));
            case 2:   // in 2026, whole seconds
                return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 24 * 3600));
            default:  // a boundary moved by a few nanoseconds, kept in range
                Instant t = pick(BOUNDARY_INSTANTS.toArray(Instant[]::new)).plusNanos(random.nextInt(-3, 4));
                return t.isBefore(EvidenceEncoding.MIN_INSTANT) ? EvidenceEncoding.MIN_INSTANT
                        : t.isAfter(EvidenceEncoding.MAX_INSTANT) ? EvidenceEncoding.MAX_INSTANT : t;
        }
    }

    /**
     * Returns an identifier: one character, the maximum of 200 UTF-16 code units (ASCII or surrogate pairs),
     * or a mix of non-ASCII characters; never with surrounding white space.
     */
    String id() {
        if (small) {
            return pick(SMALL_IDS.toArray(String[]::new));
        }
        switch (random.nextInt(5)) {
            case 0:
                return String.valueOf((char) random.nextInt('!', '~' + 1));
            case 1:
                return "x".repeat(200);
            case 2:
                return "\uD83D\uDE00".repeat(100);
            default:
                StringBuilder sb = new StringBuilder("id");
                int n = random.nextInt(1, 20);
                for (int i = 0; i < n; i++) {
                    sb.append(random.nextInt(5) == 0 ? " " : pick(UNICODE));
                }
                return sb.append('.').toString();
        }
    }

    private Instant[] orderedPair() {
        Instant a = instant();
        Instant b = random.nextInt(8) == 0 ? a : instant();
        return a.isAfter(b) ? new Instant[] {b, a} : new Instant[] {a, b};
    }

    private Instant[] strictlyOrderedPair() {
        Instant[] pair = orderedPair();
        if (pair[0].equals(pair[1])) {
            return pair[1].equals(EvidenceEncoding.MAX_INSTANT) ? new Instant[] {pair[0].minusNanos(1), pair[1]}
                    : new Instant[] {pair[0], pair[1].plusNanos(1)};
        }
        return pair;
    }

    private BodyId body() {
        return BodyId.of(id());
    }

    private MessageId messageId() {
        return MessageId.of(id());
    }

    private ChannelId channel() {
        return ChannelId.of(id());
    }

    private MessageTypeId messageType() {
        return MessageTypeId.of(id());
    }

    private <T> Set<T> ids(Function<String, T> constructor) {
        Set<T> set = new HashSet<>();
        int n = random.nextInt(1, 5);
        for (int i = 0; i < n; i++) {
            set.add(constructor.apply(id()));
        }
        return set;
    }

    private Sha256Digest digest() {
        if (small) {
            return random.nextBoolean() ? EvidenceSamples.ABC : EvidenceSamples.EMPTY;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Sha256Digest.of(HexFormat.of().formatHex(bytes));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
