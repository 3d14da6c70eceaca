package nl.wmebv.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.PartyId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style tests of the canonical encoding over seeded random events of every type. The seed is fixed
 * and printed in every failure message.
 */
@DisplayName("Awb 2:25 — canonieke codering: eigenschappen over willekeurige gebeurtenissen")
class EvidenceEncodingProperties {
    private static final long SEED = 0x2025_0225L;
    private static final int PER_TYPE = 100;   // 14 types: 1,400 events

    /** {@value #PER_TYPE} events of each type, in turn. */
    static Stream<Arguments> events() {
        EvidenceGenerators gen = EvidenceGenerators.of(SEED);
        EvidenceEventType[] types = EvidenceEventType.values();
        return IntStream.range(0, PER_TYPE * types.length).mapToObj(i -> gen.event(types[i % types.length]))
                .map(e -> Arguments.of(Named.of(e.type().wireName(), e)));
    }

    /** The first 20 events of each type: every prefix of each is decoded, so fewer events suffice. */
    static Stream<Arguments> someEvents() {
        return events().limit(20L * EvidenceEventType.values().length);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("events")
    @DisplayName("decode(encode(e)) is e, en opnieuw coderen geeft dezelfde bytes")
    void roundTrip(EvidenceEvent event) {
        byte[] bytes = EvidenceEncoding.encode(event);
        EvidenceEvent decoded = EvidenceEncoding.decode(bytes);
        assertEquals(event, decoded, () -> "seed " + SEED + ": " + event);
        assertArrayEquals(bytes, EvidenceEncoding.encode(decoded), () -> "seed " + SEED + ": " + event);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("someEvents")
    @DisplayName("elk echt begin van een codering wordt afgewezen als afgebroken")
    void everyProperPrefixIsTruncated(EvidenceEvent event) {
        byte[] bytes = EvidenceEncoding.encode(event);
        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceEncoding.decode(prefix),
                    "seed " + SEED + ": prefix of " + length + " bytes of " + event);
            assertEquals("truncated", e.constraint(), () -> "seed " + SEED + ": prefix of " + prefix.length + " bytes");
        }
    }

    @Test
    @DisplayName("injectief: gelijke bytes precies dan als gelijke gebeurtenissen (klein domein, veel bijna-gelijken)")
    void injectiveOnSmallDomain() {
        EvidenceGenerators gen = EvidenceGenerators.small(SEED);
        Map<String, EvidenceEvent> byBytes = new HashMap<>();
        Map<EvidenceEvent, String> byEvent = new HashMap<>();
        int repeats = 0;
        for (int i = 0; i < 20_000; i++) {
            EvidenceEvent event = gen.event();
            String hex = HexFormat.of().formatHex(EvidenceEncoding.encode(event));
            EvidenceEvent earlier = byBytes.putIfAbsent(hex, event);
            if (earlier != null) {
                assertEquals(earlier, event, () -> "seed " + SEED + ": two events encode alike: " + hex);
                repeats++;
            }
            String earlierHex = byEvent.putIfAbsent(event, hex);
            if (earlierHex != null) {
                assertEquals(earlierHex, hex, () -> "seed " + SEED + ": one event, two encodings: " + event);
            }
        }
        assertEquals(byBytes.size(), byEvent.size(), "seed " + SEED);
        // The small domain must actually produce repeats, or the comparison above proves little.
        assertTrue(repeats > 1_000, "seed " + SEED + ": only " + repeats + " repeated events");
    }

    @Test
    @DisplayName("injectief over het hele domein: geen twee verschillende gebeurtenissen met dezelfde bytes")
    void injectiveOnWholeDomain() {
        EvidenceGenerators gen = EvidenceGenerators.of(SEED);
        Map<String, EvidenceEvent> byBytes = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            EvidenceEvent event = gen.event();
            String hex = HexFormat.of().formatHex(EvidenceEncoding.encode(event));
            EvidenceEvent earlier = byBytes.putIfAbsent(hex, event);
            if (earlier != null) {
                assertEquals(earlier, event, () -> "seed " + SEED + ": two events encode alike: " + hex);
            }
        }
    }

    @Test
    @DisplayName("canoniek: veranderde bytes worden afgewezen of zijn precies de codering van wat ze opleveren")
    void mutatedBytesAreRejectedOrCanonical() {
        EvidenceGenerators gen = EvidenceGenerators.of(SEED);
        SplittableRandom random = gen.random();
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            EvidenceEvent event = gen.event();
            byte[] bytes = EvidenceEncoding.encode(event);
            byte[] mutated = mutate(bytes, random);
            EvidenceEvent decoded;
            try {
                decoded = EvidenceEncoding.decode(mutated);
            } catch (InvalidInputException expected) {
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + ": " + e + " instead of InvalidInputException for "
                        + HexFormat.of().formatHex(mutated), e);
            }
            accepted++;
            assertArrayEquals(mutated, EvidenceEncoding.encode(decoded), "seed " + SEED + ": non-canonical bytes "
                    + HexFormat.of().formatHex(mutated) + " decoded to " + decoded);
            if (!Arrays.equals(bytes, mutated)) {
                assertNotEquals(event, decoded, "seed " + SEED);
            }
        }
        // Some mutations land on another valid event (a changed digit or letter); the test must see them.
        assertTrue(accepted > 100, "seed " + SEED + ": only " + accepted + " mutations decoded");
    }

    @Test
    @DisplayName("bytes na het laatste veld worden afgewezen, met de plaats van de eerste extra byte")
    void trailingBytesAreRejected() {
        EvidenceGenerators gen = EvidenceGenerators.of(SEED);
        for (int i = 0; i < 1_000; i++) {
            EvidenceEvent event = gen.event();
            byte[] bytes = EvidenceEncoding.encode(event);
            byte[] longer = Arrays.copyOf(bytes, bytes.length + 1 + gen.random().nextInt(4));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceEncoding.decode(longer));
            assertEquals("encoding", e.field(), () -> "seed " + SEED + ": " + event);
            assertEquals("noTrailingBytes", e.constraint(), () -> "seed " + SEED + ": " + event);
            assertTrue(e.getMessage().contains("at offset " + bytes.length + ":"), () -> "seed " + SEED + ": " + e);
        }
    }

    @Test
    @DisplayName("Awb 2:25 tweede zin — een gebeurtenis betreft precies haar afzender of geadresseerde")
    void concernsExactlyTheSenderOrAddressee() {
        EvidenceGenerators gen = EvidenceGenerators.small(SEED);
        for (int i = 0; i < 5_000; i++) {
            EvidenceEvent event = gen.event();
            PartyId candidate = gen.party();
            PartyId party = partyOf(event);
            assertEquals(candidate.equals(party), event.concerns(candidate), () -> "seed " + SEED + ": " + event
                    + " concerns " + candidate);
        }
    }

    /** The party an event concerns, read from its components: the sender inbound, the addressee outbound. */
    private static PartyId partyOf(EvidenceEvent event) {
        if (event instanceof MessageReceived e) {
            return e.sender();
        } else if (event instanceof ReceiptAcknowledged e) {
            return e.sender();
        } else if (event instanceof EnteredDataReturned e) {
            return e.sender();
        } else if (event instanceof PointedToCorrectChannel e) {
            return e.sender();
        } else if (event instanceof ForwardedInternally e) {
            return e.sender();
        } else if (event instanceof PlacedInMessageBox e) {
            return e.addressee();
        } else if (event instanceof BecameAccessible e) {
            return e.addressee();
        } else if (event instanceof NotificationSent e) {
            return e.addressee();
        } else if (event instanceof DeliveryFailed e) {
            return e.addressee();
        } else if (event instanceof Resent e) {
            return e.addressee();
        } else if (event instanceof AddresseeAccessed e) {
            return e.addressee();
        } else if (event instanceof OutageStarted || event instanceof OutageEnded
                || event instanceof ExtensionAnnounced) {
            return null;
        }
        return fail("unknown event type " + event.type());
    }

    /** Changes one byte, drops one, inserts one, or changes a length or count prefix by one. */
    private static byte[] mutate(byte[] bytes, SplittableRandom random) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
            case 0: {
                byte[] copy = bytes.clone();
                copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
                return copy;
            }
            case 1: {
                byte[] copy = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, copy, 0, at);
                System.arraycopy(bytes, at + 1, copy, at, bytes.length - at - 1);
                return copy;
            }
            case 2: {
                byte[] copy = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, copy, 0, at);
                copy[at] = (byte) random.nextInt(256);
                System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
                return copy;
            }
            default: {
                byte[] copy = bytes.clone();
                copy[at] = (byte) (copy[at] + (random.nextBoolean() ? 1 : -1));
                return copy;
            }
        }
    }
}
