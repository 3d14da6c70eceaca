package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.BODY;
import static nl.wmebv.rules.evidence.Fixtures.CLOCK;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.EvidenceEventType;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The copy (<em>afschrift</em>, Awb 2:25 second sentence; P14) as an export: its scope, its trace, the
 * strict JSON subset it is written in, every reason the offline verifier gives, and the record and checkpoint
 * formats it carries. The day is that of {@code EvidenceLogTest}; the indexes are from its setup.
 */
@DisplayName("Awb 2:25 tweede zin — het afschrift als export: reikwijdte, JSON, verificatie, formaten")
class CopyExportTest {
    static final PartyId JANSEN = PartyId.of("burger-jansen");
    static final PartyId PIETERS = PartyId.of("buurman-pieters");
    static final KeyPair KEYS = Fixtures.keys();

    EvidenceLog log;

    @BeforeEach
    void day() {
        log = EvidenceLog.open(BODY.value(), InMemoryEvidenceStore.create(), CLOCK, KEYS);
        log.append(Fixtures.received("aanvraag-1", "burger-jansen", T0));                       // 0  T0
        log.append(Fixtures.acknowledged("aanvraag-1", "burger-jansen", T0));                   // 1  T0 + 60 s
        log.append(Fixtures.received("zienswijze-7", "buurman-pieters", T0.plusSeconds(3600))); // 2  T0 + 1 h
        log.append(Fixtures.placed("besluit-9", "burger-jansen", T0.plusSeconds(86_400)));      // 3  T0 + 1 day
        log.append(Fixtures.accessed("besluit-9", "burger-jansen", T0.plusSeconds(90_000)));    // 4  T0 + 25 h
    }

    static List<Long> indexes(EvidenceCopy c) {
        return c.entries().stream().map(e -> e.record().index()).toList();
    }

    @Nested
    @DisplayName("reikwijdte en spoor")
    class Scope {
        @Test
        @DisplayName("a period [from, to) includes a fact at from and excludes one at to")
        void periodBounds() {
            // [T0 + 60 s, T0 + 1 day): the acknowledgement (at from) only; the placement is at to
            assertEquals(List.of(1L), indexes(log.copy(EvidenceCopyRequest.forPeriod(JANSEN, T0.plusSeconds(60),
                    T0.plusSeconds(86_400)))));
            // [T0 + 61 s, T0 + 1 day + 1 s): the placement only
            assertEquals(List.of(3L), indexes(log.copy(EvidenceCopyRequest.forPeriod(JANSEN, T0.plusSeconds(61),
                    T0.plusSeconds(86_401)))));
            // an empty period [T0, T0) holds nothing
            assertEquals(List.of(), indexes(log.copy(EvidenceCopyRequest.forPeriod(JANSEN, T0, T0))));
        }

        @Test
        @DisplayName("the copy names its messages in order of appearance and cites Awb 2:25 in its trace")
        void messagesAndTrace() {
            EvidenceCopy c = log.copy(EvidenceCopyRequest.forPeriod(JANSEN, T0, T0.plusSeconds(200_000)));
            assertEquals(List.of(MessageId.of("aanvraag-1"), MessageId.of("besluit-9")), List.copyOf(c.messages()));
            Step step = c.trace().steps().get(0);
            assertEquals(Provision.AWB_2_25.basis(), step.basis());
            assertEquals("copy.records", step.finding());
            assertEquals("4", step.facts().get("records"));
            assertEquals("5", step.facts().get("treeSize"));
            assertEquals("burger-jansen", step.facts().get("party"));
            EvidenceCopy empty = log.copy(EvidenceCopyRequest.forMessage(PIETERS, MessageId.of("besluit-9")));
            assertEquals(Set.of(), empty.messages());
            assertEquals("copy.empty", empty.trace().steps().get(0).finding());
            assertTrue(empty.trace().cites(Provision.AWB_2_25.basis()));
        }
    }

    @Nested
    @DisplayName("de strikte JSON-deelverzameling")
    class JsonSubset {
        @Test
        @DisplayName("objects, arrays, strings, integers and null, with white space anywhere RFC 8259 allows it")
        void parses() {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("a", 1L);
            expected.put("b", List.of(-2L, 0L, List.of()));
            expected.put("c", Map.of());
            expected.put("d", "x");
            assertEquals(expected, Json.parse(" {\"a\" : 1 ,\"b\":[ -2,0 ,[ ]],\"c\":{ },\"d\":\"x\"}\n\t"));
            assertEquals(5L, Json.parse("5"));
            assertEquals(-5L, Json.parse("-5"));
            assertEquals(List.of(1L, 2L), Json.parse("[1,2]"));
            assertEquals(Map.of(), Json.parse("{}"));
            assertEquals(List.of(), Json.parse("[]"));
            assertEquals(Json.NULL, Json.parse("null"));
        }

        @Test
        @DisplayName("escapes: the short ones, \\u with four hex digits, and nothing else")
        void escapes() {
            assertEquals("A\"\\/\b\f\n\r\té", Json.parse("\"\\u0041\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\""));
            for (String bad : List.of("\"\\u00\"", "\"\\u12", "\"\\u00zz\"", "\"\\x\"", "\"a\u0001\"", "\"open")) {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> Json.parse(bad), bad);
                assertEquals("export", e.field());
            }
        }

        @Test
        @DisplayName("refused: fractions, exponents, leading zeros, a lone minus, true/false, duplicates, trailing text")
        void refuses() {
            for (String bad : List.of("1.0", "1e3", "1E3", "05", "-05", "-", "true", "[1 2]", "{\"a\":1 \"b\":2}",
                    "{\"a\":1,\"a\":2}", "{} x", "99999999999999999999", "{1:2}", "[", "")) {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> Json.parse(bad), bad);
                assertEquals("json", e.constraint(), bad);
            }
        }

        @Test
        @DisplayName("a hostile export nested 10 000 deep is malformed, never a stack overflow")
        void deepNesting() {
            String arrays = "[".repeat(10_000) + "]".repeat(10_000);
            String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
            String mixed = "{\"a\":[".repeat(5_000) + "1" + "]}".repeat(5_000);
            for (String bad : List.of(arrays, objects, mixed)) {
                Verification v = EvidenceCopyVerifier.verify(bad, KEYS.getPublic());
                assertEquals("malformed", v.reason());
            }
        }

        @Test
        @DisplayName("quoting escapes what RFC 8259 requires (quote, backslash, controls) and leaves the space and the rest")
        void quote() {
            assertEquals("\"a b\"", Json.quote("a b"));
            assertEquals("\"\\\"\\\\\\n\\r\\t\\u0001\\u001f\"", Json.quote("\"\\\n\r\t\u0001\u001f"));
            assertEquals("\"é~\"", Json.quote("é~"));
            String all = "x\u0000\u0010 \"\\\u007f";
            assertEquals(all, Json.parse(Json.quote(all)));
        }
    }

    @Nested
    @DisplayName("offline verificatie: elke reden")
    class Verifier {
        EvidenceCopy copy;
        String json;

        @BeforeEach
        void copy() {
            copy = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("aanvraag-1")));   // records 0 and 1
            json = copy.toJson();
        }

        String entry(int i) {
            return Base64.getEncoder().encodeToString(copy.entries().get(i).record().encode());
        }

        Verification verify(String text) {
            return EvidenceCopyVerifier.verify(text, KEYS.getPublic());
        }

        @Test
        @DisplayName("valid: the detail names the party, the number of records and the log size")
        void valid() {
            Verification v = verify(json);
            assertTrue(v.valid(), v.toString());
            assertEquals("the copy for burger-jansen holds 2 records, each in the log of size 5 signed by the key", v.detail());
        }

        @Test
        @DisplayName("a legal basis other than Awb 2:25 is malformed")
        void legalBasis() {
            Verification v = verify(json.replace("\"legalBasis\": \"Awb 2:25\"", "\"legalBasis\": \"Awb 2:24\""));
            assertEquals("malformed", v.reason());
            assertEquals("legalBasis is not Awb 2:25", v.detail());
        }

        @Test
        @DisplayName("a record listed twice is duplicateRecord at that record")
        void duplicate() {
            int start = json.indexOf("    {\"index\": 1");
            int end = json.indexOf("]}", start) + 2;
            String second = json.substring(start, end);
            Verification v = verify(json.replace(second, second + ",\n" + second));
            assertEquals("duplicateRecord", v.reason());
            assertEquals(OptionalLong.of(1), v.firstBadRecord());
        }

        @Test
        @DisplayName("bytes that are not a record are undecodable at that record")
        void undecodable() {
            Verification v = verify(json.replace(entry(1), Base64.getEncoder().encodeToString(new byte[] {1, 0, 0})));
            assertEquals("undecodable", v.reason());
            assertEquals(OptionalLong.of(1), v.firstBadRecord());
        }

        @Test
        @DisplayName("another party's record, described truthfully, is foreignRecord")
        void foreign() {
            EvidenceCopy pieters = log.copy(EvidenceCopyRequest.forMessage(PIETERS, MessageId.of("zienswijze-7")));
            String forged = pieters.toJson().replace("\"party\": \"buurman-pieters\"", "\"party\": \"burger-jansen\"");
            Verification v = verify(forged);
            assertEquals("foreignRecord", v.reason());
            assertEquals(OptionalLong.of(2), v.firstBadRecord());
        }

        @Test
        @DisplayName("an entry that is another record than the description says is descriptionMismatch")
        void otherIndex() {
            Verification v = verify(json.replace(entry(1), entry(0)));
            assertEquals("descriptionMismatch", v.reason());
            assertEquals("record 1: the entry is record 0", v.detail());
        }

        @Test
        @DisplayName("malformed records: before the index is known no record is named; after, record 0 is")
        void malformedRecords() {
            Verification noIndex = verify(json.replaceFirst("\\{\"index\": 0", "{\"index\": \"0\""));
            assertEquals("malformed", noIndex.reason());
            assertEquals(OptionalLong.empty(), noIndex.firstBadRecord());
            assertTrue(noIndex.detail().startsWith("records[0]: "), noIndex.detail());
            Verification badEntry = verify(json.replace(entry(0), "not base64!"));
            assertEquals("malformed", badEntry.reason());
            assertEquals(OptionalLong.of(0), badEntry.firstBadRecord());
            Verification notObject = verify(json.replaceFirst("\"records\": \\[", "\"records\": [1, "));
            assertEquals("malformed", notObject.reason());
            assertEquals(OptionalLong.empty(), notObject.firstBadRecord());
        }

        @Test
        @DisplayName("a checkpoint signed with a key that is not Ed25519 is wrongKey")
        void wrongKey() throws Exception {
            KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
            assertEquals("wrongKey", EvidenceCopyVerifier.verify(json, ec.getPublic()).reason());
        }
    }

    @Nested
    @DisplayName("vastlegging, controlepunt en bewijzen: randen")
    class Formats {
        @Test
        @DisplayName("an event length that does not match the rest: trailing bytes, a cut-off event, a negative length")
        void eventLength() {
            byte[] enc = log.record(0).encode();
            InvalidInputException trailing = assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, enc.length + 1)));
            assertEquals("event", trailing.field());
            assertEquals("noTrailingBytes", trailing.constraint());
            InvalidInputException cut = assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, enc.length - 1)));
            assertEquals("event", cut.field());
            assertEquals("truncated", cut.constraint());
            // the event length is the 4 octets before the event: set it to 0xFFFFFFFF
            int evLength = ByteBuffer.wrap(enc).getInt(enc.length - lengthOfEvent(enc) - 4);
            assertEquals(lengthOfEvent(enc), evLength);
            byte[] negative = enc.clone();
            ByteBuffer.wrap(negative).putInt(enc.length - evLength - 4, -1);
            InvalidInputException neg = assertThrows(InvalidInputException.class, () -> EvidenceRecord.decode(negative));
            assertEquals("event", neg.field());
            assertEquals("truncated", neg.constraint());
        }

        @Test
        @DisplayName("a cut-off or malformed record names the part where it breaks: index, salt, caseReference, loggedAt, event")
        void parts() {
            byte[] enc = log.record(0).encode();   // no case: version 1, index 8, salt 16, loggedAt 4 + 30, case 1, event
            InvalidInputException none = assertThrows(InvalidInputException.class, () -> EvidenceRecord.decode(new byte[0]));
            assertEquals("version", none.field());
            assertEquals("truncated", none.constraint());
            InvalidInputException noEvent = assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, 60)));   // ends after the case octet
            assertEquals("event", noEvent.field());
            assertEquals("truncated", noEvent.constraint());
            InvalidInputException index = assertThrows(InvalidInputException.class, () -> EvidenceRecord.decode(new byte[] {1}));
            assertEquals("index", index.field());
            assertEquals("truncated", index.constraint());
            assertEquals("salt", assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, 1 + 8 + 3))).field());
            InvalidInputException inLength = assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, 1 + 8 + 16 + 2)));   // inside the moment's length
            assertEquals("loggedAt", inLength.field());
            assertEquals("truncated", inLength.constraint());
            InvalidInputException noCase = assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(Arrays.copyOf(enc, 1 + 8 + 16 + 4 + 30)));
            assertEquals("caseReference", noCase.field(), "the moment is complete; the record ends before the case octet");
            assertEquals("truncated", noCase.constraint());
            byte[] emptyMoment = concat(Arrays.copyOf(enc, 25), new byte[4], Arrays.copyOfRange(enc, 59, enc.length));
            InvalidInputException moment = assertThrows(InvalidInputException.class, () -> EvidenceRecord.decode(emptyMoment));
            assertEquals("loggedAt", moment.field());
            assertEquals("instant", moment.constraint(), "an empty text is not a moment; nothing is cut off");
            byte[] zeroLength = enc.clone();
            ByteBuffer.wrap(zeroLength).putInt(60, 0);   // 1 + 8 + 16 + 4 + 30 + 1 = 60: the event length
            InvalidInputException zero = assertThrows(InvalidInputException.class, () -> EvidenceRecord.decode(zeroLength));
            assertEquals("event", zero.field());
            assertEquals("noTrailingBytes", zero.constraint(), "the event's bytes follow a length of 0");
        }

        byte[] concat(byte[]... parts) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        }

        @Test
        @DisplayName("references render as themselves")
        void references() {
            assertEquals("Z-2026-0412", CaseReference.of("Z-2026-0412").toString());
            assertEquals("urn:dms:gemeente-voorbeeld:doc:88123", PayloadReference.of("urn:dms:gemeente-voorbeeld:doc:88123").toString());
        }

        @Test
        @DisplayName("each event type has the topic of the duty it proves (table from the topics' documentation)")
        void topicOfEveryType() {
            Map<EvidenceEventType, EvidenceTopic> table = new java.util.EnumMap<>(EvidenceEventType.class);
            table.put(EvidenceEventType.MESSAGE_RECEIVED, EvidenceTopic.RECEIPT);                       // 2:20
            table.put(EvidenceEventType.RECEIPT_ACKNOWLEDGED, EvidenceTopic.ACKNOWLEDGEMENT);           // 2:17 lid 1
            table.put(EvidenceEventType.ENTERED_DATA_RETURNED, EvidenceTopic.ACKNOWLEDGEMENT);          // 2:17 lid 2
            table.put(EvidenceEventType.POINTED_TO_CORRECT_CHANNEL, EvidenceTopic.WRONG_CHANNEL_HANDLING); // 2:16
            table.put(EvidenceEventType.FORWARDED_INTERNALLY, EvidenceTopic.WRONG_CHANNEL_HANDLING);    // 2:24
            table.put(EvidenceEventType.PLACED_IN_MESSAGE_BOX, EvidenceTopic.SENDING);                  // 2:19
            table.put(EvidenceEventType.BECAME_ACCESSIBLE, EvidenceTopic.SENDING);                      // 2:19 onder b
            table.put(EvidenceEventType.RESENT, EvidenceTopic.SENDING);
            table.put(EvidenceEventType.NOTIFICATION_SENT, EvidenceTopic.NOTIFICATION);                 // 2:10 lid 1
            table.put(EvidenceEventType.DELIVERY_FAILED, EvidenceTopic.DELIVERY_FAILURE);               // 2:11 lid 1
            table.put(EvidenceEventType.ADDRESSEE_ACCESSED, EvidenceTopic.ADDRESSEE_ACCESS);            // 2:25
            table.put(EvidenceEventType.OUTAGE_STARTED, EvidenceTopic.REACHABILITY);                    // 2:21
            table.put(EvidenceEventType.OUTAGE_ENDED, EvidenceTopic.REACHABILITY);
            table.put(EvidenceEventType.EXTENSION_ANNOUNCED, EvidenceTopic.REACHABILITY);
            assertEquals(EvidenceEventType.values().length, table.size(), "every type is in the table");
            table.forEach((type, topic) -> assertEquals(topic, EvidenceTopic.of(type), type.name()));
        }

        /** The event length by the documented layout: 1 + 8 + 16 + (4 + 30) + 1 octets precede it (no case). */
        int lengthOfEvent(byte[] enc) {
            return enc.length - (1 + 8 + 16 + 4 + 30 + 1 + 4);
        }

        @Test
        @DisplayName("a checkpoint verified with a non-Ed25519 key is wrongKey; a signature of the wrong length is badSignature")
        void checkpointKeys() throws Exception {
            Checkpoint c = log.checkpoint();
            KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
            assertEquals("wrongKey", c.verify(ec.getPublic()).reason());
            Checkpoint shortSig = new Checkpoint(c.logId(), c.treeSize(), c.rootHash(), c.signedAt(), "AAAA");
            Verification v = shortSig.verify(KEYS.getPublic());
            assertEquals("badSignature", v.reason());
            assertFalse(v.valid());
        }

        @Test
        @DisplayName("proof ranges: leaf 1 is not in a tree of one leaf; a tree of three has no leaf 3; sizes 0 to 0 are consistent")
        void ranges() {
            Sha256Digest a = MerkleTree.leafHash(new byte[] {1});
            assertEquals("indexOutOfRange", new InclusionProof(1, 1, List.of()).verify(a, a).reason());
            assertEquals("indexOutOfRange", new InclusionProof(0, 0, List.of()).verify(a, a).reason());
            MerkleTree t = MerkleTree.create();
            t.append(new byte[] {1});
            t.append(new byte[] {2});
            t.append(new byte[] {3});
            assertEquals("index", assertThrows(InvalidInputException.class, () -> t.leafHashAt(3)).field());
            assertEquals(MerkleTree.leafHash(new byte[] {3}), t.leafHashAt(2));
            assertEquals(List.of(), t.consistencyProof(0, 0).path());
            assertEquals("newSize", assertThrows(InvalidInputException.class, () -> t.consistencyProof(0, -1)).field());
        }

        @Test
        @DisplayName("a tree rebuilt from known leaf hashes has the same root as the tree of the entries")
        void leafHashes() {
            MerkleTree entries = MerkleTree.create();
            MerkleTree hashes = MerkleTree.create();
            for (int i = 0; i < 5; i++) {
                byte[] e = {(byte) i};
                hashes.appendLeafHash(entries.append(e));
            }
            assertEquals(entries.root(), hashes.root());
            assertEquals(entries.inclusionProof(3, 5), hashes.inclusionProof(3, 5));
            assertEquals("leafHash", assertThrows(InvalidInputException.class, () -> hashes.appendLeafHash(null)).field());
        }

        @Test
        @DisplayName("every kind of evidence maps to the provision it proves")
        void topics() {
            assertEquals(Provision.AWB_2_20, EvidenceTopic.RECEIPT.provision());
            assertEquals(Provision.AWB_2_17_LID_1, EvidenceTopic.ACKNOWLEDGEMENT.provision());
            assertEquals(Provision.AWB_2_19_ONDER_B, EvidenceTopic.SENDING.provision());
            assertEquals(Provision.AWB_2_10_LID_1, EvidenceTopic.NOTIFICATION.provision());
            assertEquals(Provision.AWB_2_11_LID_1, EvidenceTopic.DELIVERY_FAILURE.provision());
            assertEquals(Provision.AWB_2_25, EvidenceTopic.ADDRESSEE_ACCESS.provision());
            assertEquals(Provision.AWB_2_21_LID_1, EvidenceTopic.REACHABILITY.provision());
            assertEquals(Provision.AWB_2_16_LID_1, EvidenceTopic.WRONG_CHANNEL_HANDLING.provision());
        }
    }
}
