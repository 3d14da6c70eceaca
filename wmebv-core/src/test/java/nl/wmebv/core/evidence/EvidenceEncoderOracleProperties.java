package nl.wmebv.core.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The array-based encoder (issue 8 part 4) against the encoder it replaced, kept verbatim in
 * {@link LegacyEvidenceEncoding} as the oracle: the same bytes for every seeded event of every type. The
 * seed is fixed and printed in every failure message.
 */
@DisplayName("Awb 2:25 — de snelle codering geeft precies de bytes van de oude")
class EvidenceEncoderOracleProperties {
    private static final long SEED = 0x2025_0804L;
    private static final int PER_TYPE = 1_000;   // 14 types: 14,000 events per generator

    @Test
    @DisplayName("gelijke bytes voor 1.000 willekeurige gebeurtenissen van elk type (hele domein)")
    void sameBytesAsTheOldEncoderOverTheWholeDomain() {
        checkAgainstOracle(EvidenceGenerators.of(SEED), true);
    }

    @Test
    @DisplayName("gelijke bytes voor 1.000 willekeurige gebeurtenissen van elk type (klein domein)")
    void sameBytesAsTheOldEncoderOverASmallDomain() {
        checkAgainstOracle(EvidenceGenerators.small(SEED), false);
    }

    private static void checkAgainstOracle(EvidenceGenerators gen, boolean wholeDomain) {
        Map<EvidenceEventType, Integer> perType = new EnumMap<>(EvidenceEventType.class);
        int nonAscii = 0;
        int longerThanInitialArray = 0;
        int multiElementSets = 0;
        int optionalPresent = 0;
        int optionalAbsent = 0;
        Set<List<String>> citationLists = new LinkedHashSet<>();
        EvidenceEventType[] types = EvidenceEventType.values();
        for (int i = 0; i < PER_TYPE * types.length; i++) {
            EvidenceEvent event = gen.event(types[i % types.length]);
            byte[] expected = LegacyEvidenceEncoding.encode(event);
            byte[] actual = EvidenceEncoding.encode(event);
            int n = i;
            assertArrayEquals(expected, actual, () -> "seed " + SEED + ", event " + n + ": " + event + "\nold "
                    + HexFormat.of().formatHex(expected) + "\nnew " + HexFormat.of().formatHex(actual));
            perType.merge(event.type(), 1, Integer::sum);
            if (hasNonAsciiByte(expected)) {
                nonAscii++;
            }
            if (expected.length > EncodingWriter.INITIAL_CAPACITY) {
                longerThanInitialArray++;
            }
            if (event instanceof PointedToCorrectChannel p && p.correctChannels().size() > 1
                    || event instanceof ExtensionAnnounced x && (x.channels().size() > 1 || x.messageTypes().size() > 1)) {
                multiElementSets++;
            }
            if (event instanceof MessageReceived m) {
                if (m.messageType().isPresent()) {
                    optionalPresent++;
                } else {
                    optionalAbsent++;
                }
            }
            citationLists.add(event.legalBasis().stream().map(Object::toString).toList());
        }
        // The generator reaches the branches of the new writer: every type, texts that are not ASCII (the
        // fall-back to String.getBytes), encodings that outgrow the initial array, sets of several elements
        // (the order check), both sides of the optional, and every citation list the events imply.
        String seed = "seed " + SEED;
        for (EvidenceEventType type : types) {
            assertEquals(PER_TYPE, perType.getOrDefault(type, 0), seed + ": " + type);
        }
        assertTrue(multiElementSets > 100, seed + ": sets of more than one element: " + multiElementSets);
        assertTrue(optionalPresent > 100 && optionalAbsent > 100,
                seed + ": optional present " + optionalPresent + ", absent " + optionalAbsent);
        // BecameAccessible (per message box), DeliveryFailed and Resent (per item), the outages (per kind) and the
        // types with a fixed basis give at least 12 distinct citation lists.
        assertTrue(citationLists.size() >= 12, seed + ": citation lists " + citationLists);
        if (wholeDomain) {
            assertTrue(nonAscii > 1_000, seed + ": encodings holding non-ASCII bytes: " + nonAscii);
            assertTrue(longerThanInitialArray > 100, seed + ": encodings longer than the initial array: "
                    + longerThanInitialArray);
        }
    }

    private static boolean hasNonAsciiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("een verzameling die niet oplopend is, wordt toch oplopend geschreven")
    void aSetNotInOrderIsWrittenSorted() {
        Set<String> reversed = new LinkedHashSet<>(List.of("é", "b", "ab", "a"));   // é is C3 A9: after b
        byte[] actual = new EncodingWriter().set(reversed, Function.identity()).toByteArray();
        byte[] expected = new LegacyEncodingWriter().set(reversed).toByteArray();
        // By hand: count 4, then "a" (61), "ab" (61 62), "b" (62), "é" (C3 A9), each after a 4-byte length.
        assertEquals("00000004" + "0000000161" + "000000026162" + "0000000162" + "00000002c3a9",
                HexFormat.of().formatHex(actual));
        assertArrayEquals(expected, actual);
    }

    @Test
    @DisplayName("een hergebruikte schrijver begint na reset leeg, ook na een grote codering")
    void aReusedWriterStartsEmpty() {
        EncodingWriter w = new EncodingWriter();
        w.text("x".repeat(100_000));
        byte[] afterReset = w.reset().text("ab").toByteArray();
        assertEquals("000000026162", HexFormat.of().formatHex(afterReset));
    }
}
