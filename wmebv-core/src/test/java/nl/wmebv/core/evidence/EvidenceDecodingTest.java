package nl.wmebv.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input: each case is a hand-built byte string, and the expected field, constraint and offset
 * were worked out by hand from the field layout in the comment (offsets in decimal).
 */
@DisplayName("Awb 2:25 — canonieke codering: onjuiste bytes worden afgewezen met veld en plaats")
class EvidenceDecodingTest {

    // OutageStarted sample, as in EvidenceEncodingGoldenTest.outageStartedFieldByField:
    //   0 version | 1 type (4+14) | 19 occurredAt (4+30) | 53 body (4+16) | 73 legalBasis count
    //   | 77 "Awb 2:21 lid 3" (4+14) | 95 "Awb 2:21 lid 1" (4+14) | 113 channel (4+7) | 124 kind (4+11) | 139 end
    private static final String VERSION = "01";
    private static final String TYPE = text("outage-started");
    private static final String OCCURRED = text("2026-03-29T00:30:00.000000000Z");
    private static final String BODY = text("gemeente-utrecht");
    private static final String BASIS = "00000002" + text("Awb 2:21 lid 3") + text("Awb 2:21 lid 1");
    private static final String CHANNEL = text("portaal");
    private static final String KIND = text("unavailable");

    private static String outage(String version, String type, String occurred, String basis, String channel,
            String kind) {
        return version + type + occurred + BODY + basis + channel + kind;
    }

    @Test
    @DisplayName("de bouwstenen hieronder vormen samen precies het voorbeeld van een storing")
    void buildingBlocksMakeTheSample() {
        assertEquals(HexFormat.of().formatHex(EvidenceEncoding.encode(EvidenceSamples.outageStarted())),
                outage(VERSION, TYPE, OCCURRED, BASIS, CHANNEL, KIND));
    }

    @Test
    @DisplayName("null wordt afgewezen met het veld bytes")
    void nullRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceEncoding.decode(null));
        assertEquals("bytes", e.field());
        assertEquals("notNull", e.constraint());
    }

    static Stream<Arguments> structure() {
        String sample = outage(VERSION, TYPE, OCCURRED, BASIS, CHANNEL, KIND);
        return Stream.of(
            // No byte at all: the version at 0 is missing.
            Arguments.of("leeg", "", "version", "truncated", 0),
            // Version bytes other than 01 at offset 0.
            Arguments.of("versie 0", outage("00", TYPE, OCCURRED, BASIS, CHANNEL, KIND), "version", "supportedVersion", 0),
            Arguments.of("versie 2", outage("02", TYPE, OCCURRED, BASIS, CHANNEL, KIND), "version", "supportedVersion", 0),
            // The type's text starts at 1; one letter changed, and the Java-style upper-case name.
            Arguments.of("onbekend type", outage(VERSION, text("outage-startet"), OCCURRED, BASIS, CHANNEL, KIND),
                    "type", "knownType", 1),
            Arguments.of("type in hoofdletters", outage(VERSION, text("OUTAGE-STARTED"), OCCURRED, BASIS, CHANNEL, KIND),
                    "type", "knownType", 1),
            // Cut inside the type's length prefix (bytes 1..4): the type at 1 is truncated.
            Arguments.of("afgebroken in lengte type", sample.substring(0, 2 * 3), "type", "truncated", 1),
            // Cut at 100, inside the second citation, which starts at 95 (an element: its own offset).
            Arguments.of("afgebroken in tweede artikel", sample.substring(0, 2 * 100), "legalBasis", "truncated", 95),
            // Cut at 113, right after the citations: the channel at 113 is missing.
            Arguments.of("afgebroken voor kanaal", sample.substring(0, 2 * 113), "channel", "truncated", 113),
            // Cut at 130, inside the kind, which starts at 124.
            Arguments.of("afgebroken in soort", sample.substring(0, 2 * 130), "kind", "truncated", 124),
            // One byte after the last field, at 139.
            Arguments.of("byte na het einde", sample + "00", "encoding", "noTrailingBytes", 139),
            // A length prefix beyond the input: 0x7fffffff and 0xffffffff (unsigned, not -1) for the channel at 113.
            Arguments.of("lengte 2^31-1", outage(VERSION, TYPE, OCCURRED, BASIS, "7fffffff" + hex("portaal"), KIND),
                    "channel", "truncated", 113),
            Arguments.of("lengte 2^32-1", outage(VERSION, TYPE, OCCURRED, BASIS, "ffffffff" + hex("portaal"), KIND),
                    "channel", "truncated", 113),
            // A citation count no remaining bytes can hold, for the legal basis at 73.
            Arguments.of("aantal artikelen 2^32-1", outage(VERSION, TYPE, OCCURRED, "ffffffff", CHANNEL, KIND),
                    "legalBasis", "truncated", 73));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structure")
    @DisplayName("structuur: versie, type, afbreken, extra bytes, onmogelijke lengtes")
    void structure(String name, String hex, String field, String constraint, int offset) {
        assertRejected(hex, field, constraint, offset);
    }

    @Test
    @DisplayName("tekst uit de invoer wordt in de foutmelding afgekapt op 40 tekens")
    void longInputIsCutInTheMessage() {
        String type = "x".repeat(39) + "yz" + "q".repeat(1000);
        InvalidInputException e = assertRejected(outage(VERSION, text(type), OCCURRED, BASIS, CHANNEL, KIND), "type",
                "knownType", 1);
        assertEquals("type: at offset 1: names no evidence event type: \"" + "x".repeat(39) + "y\u2026\"",
                e.getMessage());
    }

    @Test
    @DisplayName("tekst van precies 40 tekens wordt niet afgekapt")
    void fortyCharactersAreKept() {
        String type = "x".repeat(40);
        InvalidInputException e = assertRejected(outage(VERSION, text(type), OCCURRED, BASIS, CHANNEL, KIND), "type",
                "knownType", 1);
        assertEquals("type: at offset 1: names no evidence event type: \"" + type + "\"", e.getMessage());
    }

    @Test
    @DisplayName("de melding bij afbreken en bij extra bytes noemt hoeveel bytes er nog zijn")
    void messagesCountTheBytes() {
        String sample = outage(VERSION, TYPE, OCCURRED, BASIS, CHANNEL, KIND);
        // Cut at 113: the channel's 4-byte length is missing, 0 bytes remain.
        assertEquals("channel: at offset 113: needs 4 more bytes, 0 remain",
                assertRejected(sample.substring(0, 2 * 113), "channel", "truncated", 113).getMessage());
        // Cut at 130: the kind at 124 has its length (11) at 124..127, and 2 of its 11 bytes (128, 129).
        assertEquals("kind: at offset 124: needs 11 more bytes, 2 remain",
                assertRejected(sample.substring(0, 2 * 130), "kind", "truncated", 124).getMessage());
        assertEquals("encoding: at offset 139: 3 bytes follow the last field",
                assertRejected(sample + "000000", "encoding", "noTrailingBytes", 139).getMessage());
    }

    static Stream<Arguments> utf8() {
        return Stream.of(
            // The channel's text starts at 113 in each case.
            Arguments.of("overlong '/' (C0 AF)", "c0af"),
            Arguments.of("losse vervolgbyte (80)", "70806f"),
            Arguments.of("gecodeerde surrogaat U+D800 (ED A0 80)", "eda080"),
            Arguments.of("afgebroken meerbytesteken (C3 aan het eind)", "706fc3"),
            Arguments.of("byte FF", "ff"),
            Arguments.of("boven U+10FFFF (F4 90 80 80)", "f4908080"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("utf8")
    @DisplayName("tekst die geen geldige UTF-8 is")
    void badUtf8(String name, String bytes) {
        String channel = String.format("%08x", bytes.length() / 2) + bytes;
        assertRejected(outage(VERSION, TYPE, OCCURRED, BASIS, channel, KIND), "channel", "utf8", 113);
    }

    static Stream<String> badInstants() {
        return Stream.of(
                "2026-03-29T00:30:00Z",               // valid ISO-8601, but not the fixed 30-character form
                "2026-03-29T00:30:00.000000Z",        // six fraction digits
                "2026-02-30T00:30:00.000000000Z",     // 30 February
                "2026-03-29T24:00:00.000000000Z",     // hour 24
                "2026-03-29T00:30:60.000000000Z",     // leap second
                "2026-13-29T00:30:00.000000000Z",     // month 13
                "2026-03-29t00:30:00.000000000Z",     // lower-case t
                "2026-03-29T00:30:00.000000000z",     // lower-case z
                "2026-03-29 00:30:00.000000000Z",     // space instead of T
                "2026-03-29T00:30:00,000000000Z",     // comma instead of point
                "+026-03-29T00:30:00.000000000Z",     // sign in the year
                "2026-03-29T00:30:00.00000000+1",     // an offset instead of Z
                "\u0662\u0660\u0662\u0666-03-29T00:30:00.000000000Z", // Arabic-Indic digits, 30 characters
                "");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("badInstants")
    @DisplayName("een tijdstip dat niet precies de vaste vorm uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ heeft")
    void badInstant(String occurredAt) {
        // occurredAt starts at 19, after the version (1) and the type (4 + 14).
        assertRejected(outage(VERSION, TYPE, text(occurredAt), BASIS, CHANNEL, KIND), "occurredAt", "instant", 19);
    }

    static Stream<Arguments> fieldValues() {
        return Stream.of(
            // The channel at 113: values the identifier's own checks reject.
            Arguments.of("leeg kanaal", outage(VERSION, TYPE, OCCURRED, BASIS, text(""), KIND), "channel", "notBlank", 113),
            Arguments.of("kanaal met spatie vooraan", outage(VERSION, TYPE, OCCURRED, BASIS, text(" portaal"), KIND),
                    "channel", "noSurroundingSpace", 113),
            Arguments.of("kanaal met regeleinde", outage(VERSION, TYPE, OCCURRED, BASIS, text("por\ntaal"), KIND),
                    "channel", "noControlCharacters", 113),
            Arguments.of("kanaal van 201 tekens", outage(VERSION, TYPE, OCCURRED, BASIS, text("x".repeat(201)), KIND),
                    "channel", "size", 113),
            // The kind at 124: an unknown wire name, and the Java constant's name.
            Arguments.of("onbekende soort storing", outage(VERSION, TYPE, OCCURRED, BASIS, CHANNEL, text("down")),
                    "kind", "knownValue", 124),
            Arguments.of("soort als Java-naam", outage(VERSION, TYPE, OCCURRED, BASIS, CHANNEL, text("UNAVAILABLE")),
                    "kind", "knownValue", 124),
            // The legal basis at 73 must be exactly what the event implies: order, count and kind matter.
            Arguments.of("artikelen omgedraaid", outage(VERSION, TYPE, OCCURRED,
                    "00000002" + text("Awb 2:21 lid 1") + text("Awb 2:21 lid 3"), CHANNEL, KIND), "legalBasis", "matchesEvent", 73),
            Arguments.of("geen artikelen", outage(VERSION, TYPE, OCCURRED, "00000000", CHANNEL, KIND),
                    "legalBasis", "matchesEvent", 73),
            Arguments.of("artikel van verminderde bereikbaarheid bij onbereikbaarheid", outage(VERSION, TYPE, OCCURRED,
                    "00000001" + text("Awb 2:21 lid 1"), CHANNEL, KIND), "legalBasis", "matchesEvent", 73),
            Arguments.of("artikel in andere schrijfwijze", outage(VERSION, TYPE, OCCURRED,
                    "00000002" + text("awb 2:21 lid 3") + text("Awb 2:21 lid 1"), CHANNEL, KIND), "legalBasis", "matchesEvent", 73));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldValues")
    @DisplayName("waarden die de gebeurtenis zelf niet aanvaardt")
    void badFieldValues(String name, String hex, String field, String constraint, int offset) {
        assertRejected(hex, field, constraint, offset);
    }

    @Nested
    @DisplayName("Awb 2:20 — ontvangst: het optionele berichttype en de digest")
    class Received {
        // MessageReceived sample: 0 version | 1 type (4+16) | 21 occurredAt (4+30) | 55 body (4+16)
        // | 75 legalBasis: count (4), "Awb 2:20" (4+8) | 91 messageId "msg-1" (4+5) | 100 sender "party-7" (4+7)
        // | 111 channel "webformulier" (4+12) | 127 messageType: presence 01, "bezwaar" (4+7)
        // | 139 payloadDigest (4+64) | 207 end
        private final byte[] sample = EvidenceEncoding.encode(EvidenceSamples.messageReceived());

        @Test
        @DisplayName("een aanwezigheidsbyte anders dan 0 of 1")
        void presenceByte() {
            assertEquals(1, sample[127], "the layout above puts the presence byte at 127");
            byte[] bad = sample.clone();
            bad[127] = 2;
            assertRejected(HexFormat.of().formatHex(bad), "messageType", "presence", 127);
        }

        @Test
        @DisplayName("een afwezig berichttype is de byte 00 zonder waarde")
        void absentType() {
            byte[] absent = new byte[sample.length - 11];
            System.arraycopy(sample, 0, absent, 0, 127);
            System.arraycopy(sample, 139, absent, 128, sample.length - 139);
            MessageReceived decoded = (MessageReceived) EvidenceEncoding.decode(absent);
            assertEquals(Optional.empty(), decoded.messageType());
        }

        @Test
        @DisplayName("een digest in hoofdletters")
        void upperCaseDigest() {
            byte[] bad = sample.clone();
            byte[] upper = new String(bad, 143, 64, StandardCharsets.US_ASCII).toUpperCase()
                    .getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(upper, 0, bad, 143, 64);
            assertRejected(HexFormat.of().formatHex(bad), "payloadDigest", "format", 139);
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 1 — wijzen op de juiste wijze: de verzameling juiste kanalen")
    class Pointed {
        // PointedToCorrectChannel sample: 0 version | 1 type (4+26) | 31 occurredAt (4+30) | 65 body (4+16)
        // | 85 legalBasis: count (4), "Awb 2:16 lid 1" (4+14), "Awb 2:23" (4+8) | 119 messageId (4+5)
        // | 128 sender (4+7) | 139 receivedAt (4+30) | 173 messageType "aanvraag" (4+8) | 185 usedChannel "chat" (4+4)
        // | 193 correctChannels: count (4), "e-mail" (4+6) at 197, "portaal" (4+7) at 207 | 218 payloadDigest | 286 end
        private final String sample = HexFormat.of().formatHex(EvidenceEncoding.encode(EvidenceSamples.pointedToCorrectChannel()));

        private String withChannels(String set) {
            return sample.substring(0, 2 * 193) + set + sample.substring(2 * 218);
        }

        @Test
        @DisplayName("de bouwstenen hieronder vormen samen precies het voorbeeld")
        void layout() {
            assertEquals(sample, withChannels("00000002" + text("e-mail") + text("portaal")));
        }

        @Test
        @DisplayName("elementen niet oplopend: het tweede element (op 207) is kleiner dan het eerste")
        void outOfOrder() {
            // "portaal" (4+7) now at 197, "e-mail" at 208.
            assertRejected(withChannels("00000002" + text("portaal") + text("e-mail")), "correctChannels",
                    "ascendingUnique", 208);
        }

        @Test
        @DisplayName("een element twee keer")
        void duplicate() {
            // "e-mail" (4+6) at 197 and again at 207.
            assertRejected(withChannels("00000002" + text("e-mail") + text("e-mail")), "correctChannels",
                    "ascendingUnique", 207);
        }

        @Test
        @DisplayName("een lege verzameling")
        void empty() {
            assertRejected(withChannels("00000000"), "correctChannels", "notEmpty", 193);
        }

        @Test
        @DisplayName("het gebruikte kanaal onder de juiste kanalen (P8) wordt gewoon gelezen")
        void containsUsedChannel() {
            // "chat" < "e-mail" byte-wise, so the order is canonical; P8 allows the used channel among them.
            PointedToCorrectChannel p = assertInstanceOf(PointedToCorrectChannel.class,
                    EvidenceEncoding.decode(HexFormat.of().parseHex(withChannels("00000002" + text("chat") + text("e-mail")))));
            assertEquals(2, p.correctChannels().size());
        }

        @Test
        @DisplayName("een aantal dat de resterende bytes niet kunnen bevatten")
        void hugeCount() {
            assertRejected(withChannels("7fffffff" + text("e-mail")), "correctChannels", "truncated", 193);
        }

        @Test
        @DisplayName("het aantal wordt getoetst aan wat de resterende bytes kunnen bevatten, 4 per element")
        void countAgainstRemainingBytes() {
            // After the count (193..196) remain 286 - 197 = 89 bytes: room for at most 89 / 4 = 22 elements.
            String elements = sample.substring(2 * 197);
            InvalidInputException e = assertRejected(sample.substring(0, 2 * 193) + "00000017" + elements,
                    "correctChannels", "truncated", 193);
            assertEquals("correctChannels: at offset 193: counts 23 elements, more than the 89 remaining bytes can hold",
                    e.getMessage());
            // 22 passes that check; the elements are then read: "e-mail" at 197, "portaal" at 207, and the
            // digest's text at 218 read as a third element, which sorts before "portaal" ('f' < 'p').
            assertRejected(sample.substring(0, 2 * 193) + "00000016" + elements, "correctChannels",
                    "ascendingUnique", 218);
        }
    }

    @Nested
    @DisplayName("tijdstippen in de verkeerde volgorde, gemeld bij het veld dat de regel noemt")
    class Order {

        @Test
        @DisplayName("Awb 2:21 — een storing die eindigt voor zij begon")
        void outageEndedBeforeItStarted() {
            // OutageEnded sample: 0 version | 1 type (4+12) | 17 occurredAt (4+30) ... startedAt is the last 34 bytes.
            String sample = HexFormat.of().formatHex(EvidenceEncoding.encode(EvidenceSamples.outageEnded()));
            String max = text("9999-12-31T23:59:59.999999999Z");
            String min = text("0000-01-01T00:00:00.000000000Z");
            assertEquals(max, sample.substring(2 * 17, 2 * 51));
            assertEquals(min, sample.substring(sample.length() - 2 * 34));
            String swapped = sample.substring(0, 2 * 17) + min + sample.substring(2 * 51, sample.length() - 2 * 34) + max;
            InvalidInputException e = assertRejected(swapped, "occurredAt", "afterStartedAt", 17);
            assertEquals("occurredAt: at offset 17: must be after startedAt (9999-12-31T23:59:59.999999999Z), was "
                    + "0000-01-01T00:00:00Z (Awb 2:21 lid 3)", e.getMessage());
            assertEquals(Optional.of(Provision.AWB_2_21_LID_3.basis()), e.legalBasis());
        }

        @Test
        @DisplayName("Awb 2:17 lid 1 — een ontvangstbevestiging voor de ontvangst")
        void acknowledgedBeforeReceived() {
            // ReceiptAcknowledged sample: 0 version | 1 type (4+20) | 25 occurredAt (4+30, 09:00:01.5)
            // | 59 body (4+16) | 79 legalBasis: count (4), "Awb 2:17 lid 1" (4+14) | 101 messageId (4+5)
            // | 110 sender (4+7) | 121 receivedAt (4+30, 09:00:00) | 155 payloadDigest
            String sample = HexFormat.of().formatHex(EvidenceEncoding.encode(EvidenceSamples.receiptAcknowledged()));
            String sent = sample.substring(2 * 25, 2 * 59);
            String received = sample.substring(2 * 121, 2 * 155);
            assertEquals(text("2026-03-15T09:00:01.500000000Z"), sent);
            String swapped = sample.substring(0, 2 * 25) + received + sample.substring(2 * 59, 2 * 121) + sent
                    + sample.substring(2 * 155);
            assertRejected(swapped, "occurredAt", "notBeforeReceivedAt", 25);
        }
    }

    private static InvalidInputException assertRejected(String hex, String field, String constraint, int offset) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceEncoding.decode(bytes),
                () -> "accepted " + hex);
        assertEquals(field, e.field(), e::getMessage);
        assertEquals(constraint, e.constraint(), e::getMessage);
        assertTrue(e.getMessage().startsWith(field + ": at offset " + offset + ": "), e::getMessage);
        return e;
    }

    /** A text item in hex: 4-byte big-endian length, then UTF-8. */
    private static String text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) (utf8.length >>> 24), (byte) (utf8.length >>> 16),
            (byte) (utf8.length >>> 8), (byte) utf8.length});
        out.writeBytes(utf8);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
