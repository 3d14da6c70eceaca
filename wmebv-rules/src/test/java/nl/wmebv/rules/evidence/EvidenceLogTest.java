package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.BODY;
import static nl.wmebv.rules.evidence.Fixtures.CLOCK;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Awb 2:25 — het bewijslogboek")
class EvidenceLogTest {
    static final PartyId JANSEN = PartyId.of("burger-jansen");
    static final PartyId PIETERS = PartyId.of("buurman-pieters");
    static final PartyId ADVOCAAT = PartyId.of("advocaat-de-vries");
    static final CaseReference ZAAK = CaseReference.of("Z-2026-0412");

    KeyPair keys;
    InMemoryEvidenceStore store;
    EvidenceLog log;

    @BeforeEach
    void day() {
        keys = Fixtures.keys();
        store = InMemoryEvidenceStore.create();
        log = EvidenceLog.open(BODY.value(), store, CLOCK, keys);
        // Jansen's aanvraag (inbound) and the besluit sent to him (outbound); Pieters' zienswijze in the same zaak.
        log.append(Fixtures.received("aanvraag-1", "burger-jansen", T0), ZAAK);                     // 0
        log.append(Fixtures.acknowledged("aanvraag-1", "burger-jansen", T0), ZAAK);                 // 1
        log.append(Fixtures.received("zienswijze-7", "buurman-pieters", T0.plusSeconds(3600)), ZAAK); // 2
        log.append(Fixtures.outage(T0.plusSeconds(7200)));                                          // 3
        log.append(Fixtures.placed("besluit-9", "burger-jansen", T0.plusSeconds(86_400)), ZAAK);    // 4
        log.append(Fixtures.accessible("besluit-9", "burger-jansen", T0.plusSeconds(86_400)), ZAAK); // 5
        log.append(Fixtures.notified("besluit-9", "burger-jansen", T0.plusSeconds(86_460)), ZAAK);  // 6
        log.append(Fixtures.bounced("besluit-9", "burger-jansen", T0.plusSeconds(86_500)), ZAAK);   // 7
        log.append(Fixtures.accessed("besluit-9", "burger-jansen", T0.plusSeconds(90_000)), ZAAK);  // 8
    }

    static List<Long> indexes(List<EvidenceRecord> records) {
        return records.stream().map(EvidenceRecord::index).toList();
    }

    @Nested
    @DisplayName("eerste zin — vastleggen en opvragen van ontvangst, verzending en kennisneming")
    class Queries {
        @Test
        @DisplayName("records get consecutive indexes, the log's clock and a fresh 16-octet salt each")
        void stamped() {
            assertEquals(9, log.size());
            for (long i = 0; i < 9; i++) {
                assertEquals(i, log.record(i).index());
                assertEquals(CLOCK.instant(), log.record(i).loggedAt());
            }
            assertFalse(log.record(0).salt().equals(log.record(1).salt()), "salts differ");
        }

        @Test
        @DisplayName("by message, party, case and period (indexes checked by hand against the setup)")
        void byKeys() {
            assertEquals(List.of(4L, 5L, 6L, 7L, 8L), indexes(log.byMessage(MessageId.of("besluit-9"))));
            assertEquals(List.of(0L, 1L, 4L, 5L, 6L, 7L, 8L), indexes(log.byParty(JANSEN)));
            assertEquals(List.of(2L), indexes(log.byParty(PIETERS)));
            assertEquals(List.of(0L, 1L, 2L, 4L, 5L, 6L, 7L, 8L), indexes(log.byCase(ZAAK)));
            // [T0 + 1 h, T0 + 1 day): the zienswijze (T0 + 1 h), the outage (T0 + 2 h); the acknowledgement is at T0 + 60 s
            assertEquals(List.of(2L, 3L), indexes(log.between(T0.plusSeconds(3600), T0.plusSeconds(86_400))));
        }

        @Test
        @DisplayName("receipt (2:20), acknowledgement (2:17), sending (2:19), kennisgeving (2:10), bounce (2:11), kennisneming (2:25)")
        void byTopic() {
            assertEquals(List.of(0L), indexes(log.evidenceOf(MessageId.of("aanvraag-1"), EvidenceTopic.RECEIPT)));
            assertEquals(List.of(1L), indexes(log.evidenceOf(MessageId.of("aanvraag-1"), EvidenceTopic.ACKNOWLEDGEMENT)));
            assertEquals(List.of(4L, 5L), indexes(log.evidenceOf(MessageId.of("besluit-9"), EvidenceTopic.SENDING)));
            assertEquals(List.of(6L), indexes(log.evidenceOf(MessageId.of("besluit-9"), EvidenceTopic.NOTIFICATION)));
            assertEquals(List.of(7L), indexes(log.evidenceOf(MessageId.of("besluit-9"), EvidenceTopic.DELIVERY_FAILURE)));
            assertEquals(List.of(8L), indexes(log.evidenceOf(MessageId.of("besluit-9"), EvidenceTopic.ADDRESSEE_ACCESS)));
            assertEquals(List.of(3L), indexes(log.byTopic(EvidenceTopic.REACHABILITY)));
        }

        @Test
        @DisplayName("a record decodes to itself and its hash is the tree's leaf")
        void recordRoundTrip() {
            for (long i = 0; i < log.size(); i++) {
                EvidenceRecord r = log.record(i);
                assertEquals(r, EvidenceRecord.decode(r.encode()));
                assertTrue(log.inclusionProof(i, log.size()).verify(r.leafHash(), log.root()).valid());
            }
        }
    }

    @Nested
    @DisplayName("ondertekende controlepunten")
    class Checkpoints {
        @Test
        @DisplayName("a checkpoint verifies with the body's key, not with another key, and round-trips as text")
        void signature() {
            Checkpoint c = log.checkpoint();
            assertEquals(9, c.treeSize());
            assertEquals(log.root(), c.rootHash());
            assertTrue(c.verify(keys.getPublic()).valid());
            assertEquals("badSignature", c.verify(Fixtures.keys().getPublic()).reason());
            assertEquals(c, Checkpoint.parse(c.toText()));
            Checkpoint forged = new Checkpoint(c.logId(), c.treeSize() - 1, c.rootHash(), c.signedAt(), c.signature());
            assertEquals("badSignature", forged.verify(keys.getPublic()).reason());
        }

        @Test
        @DisplayName("a later checkpoint is consistent with an earlier one")
        void consistent() {
            Checkpoint early = log.checkpoint();
            log.append(Fixtures.received("aanvraag-2", "burger-jansen", T0.plusSeconds(100_000)));
            Checkpoint late = log.checkpoint();
            assertTrue(log.consistencyProof(early.treeSize(), late.treeSize()).verify(early.rootHash(), late.rootHash()).valid());
        }

        @Test
        @DisplayName("the store verifies against the checkpoint; truncation names the first missing record")
        void truncation() {
            Checkpoint c = log.checkpoint();
            assertTrue(EvidenceLog.verify(store, c, keys.getPublic()).valid());
            InMemoryEvidenceStore cut = InMemoryEvidenceStore.create();
            for (long i = 0; i < 6; i++) {
                cut.append(i, List.of(store.read(i)));
            }
            Verification v = EvidenceLog.verify(cut, c, keys.getPublic());
            assertEquals("truncated", v.reason());
            assertEquals(OptionalLong.of(6), v.firstBadRecord());
        }

        @Test
        @DisplayName("rewrite and recompute: a store with one record changed and a fresh tree fails the published checkpoint")
        void rewrite() {
            Checkpoint c = log.checkpoint();
            InMemoryEvidenceStore forged = InMemoryEvidenceStore.create();
            for (long i = 0; i < store.size(); i++) {
                EvidenceRecord r = EvidenceRecord.decode(store.read(i));
                if (i == 8) {   // the kennisneming is moved a day later
                    r = new EvidenceRecord(i, r.loggedAt(), r.salt(), r.caseReference(),
                            Fixtures.accessed("besluit-9", "burger-jansen", T0.plusSeconds(176_400)));
                }
                forged.append(i, List.of(r.encode()));
            }
            // The forger can even open it and sign with a stolen key: the published checkpoint still fails.
            assertTrue(EvidenceLog.open(BODY.value(), forged, CLOCK, keys).size() == 9);
            assertEquals("rootMismatch", EvidenceLog.verify(forged, c, keys.getPublic()).reason());
        }

        @Test
        @DisplayName("opening a log whose store no longer matches its saved checkpoint fails")
        void reopenChecks() {
            log.checkpoint();
            InMemoryEvidenceStore cut = InMemoryEvidenceStore.create();
            cut.append(0, List.of(store.read(0)));
            cut.saveCheckpoint(store.latestCheckpoint().orElseThrow());
            assertThrows(EvidenceStoreException.class, () -> EvidenceLog.open(BODY.value(), cut, CLOCK, keys));
        }
    }

    @Nested
    @DisplayName("tweede zin — afschrift voor afzender of geadresseerde (P14)")
    class Copies {
        @Test
        @DisplayName("a copy per message holds the requester's records of that message, with proofs that verify")
        void perMessage() {
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("besluit-9")));
            assertEquals(List.of(4L, 5L, 6L, 7L, 8L), copy.entries().stream().map(e -> e.record().index()).toList());
            assertEquals(List.of(Provision.AWB_2_25.basis()), copy.legalBasis());
            assertTrue(EvidenceCopyVerifier.verify(copy.toJson(), keys.getPublic()).valid(),
                    () -> EvidenceCopyVerifier.verify(copy.toJson(), keys.getPublic()).toString());
        }

        @Test
        @DisplayName("a party asking about another party's message gets an empty copy")
        void notHisMessage() {
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forMessage(PIETERS, MessageId.of("besluit-9")));
            assertTrue(copy.entries().isEmpty());
            assertTrue(copy.explain(Locale.ROOT).contains("Er zijn geen gegevens"));
            assertTrue(EvidenceCopyVerifier.verify(copy.toJson(), keys.getPublic()).valid());
        }

        @Test
        @DisplayName("a copy per period never holds the neighbour's zienswijze or the outage")
        void perPeriod() {
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forPeriod(JANSEN, T0, T0.plusSeconds(200_000)));
            assertEquals(List.of(0L, 1L, 4L, 5L, 6L, 7L, 8L), copy.entries().stream().map(e -> e.record().index()).toList());
            for (EvidenceCopy.Entry e : copy.entries()) {
                assertTrue(e.record().event().concerns(JANSEN));
            }
        }

        @Test
        @DisplayName("a gemachtigde gets the party's records, and only those")
        void representative() {
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("aanvraag-1"))
                    .byRepresentative(ADVOCAAT));
            assertEquals(2, copy.entries().size());
            String json = copy.toJson();
            assertTrue(json.contains("\"representative\": \"advocaat-de-vries\""));
            assertTrue(EvidenceCopyVerifier.verify(json, keys.getPublic()).valid());
            assertTrue(copy.explain(Locale.ROOT).contains("gemachtigde advocaat-de-vries"));
        }

        @Test
        @DisplayName("the Dutch summary names each record with moment, fact, message and article")
        void summary() {
            String s = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("aanvraag-1"))).explain(Locale.ROOT);
            assertTrue(s.startsWith("Afschrift van bewijsgegevens (artikel 2:25 Awb) voor burger-jansen"), s);
            // T0 = 2026-04-02T14:45Z is 16:45 CEST (UTC+2 since 29 March)
            assertTrue(s.contains("- 2026-04-02T16:45:00+02:00: ontvangen door het bestuursorgaan (tijdstip van ontvangst), bericht aanvraag-1 (Awb 2:20; vastlegging 0)"), s);
            assertTrue(s.contains("ontvangstbevestiging verzonden, bericht aanvraag-1 (Awb 2:17 lid 1"), s);
            String en = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("aanvraag-1"))).explain(Locale.ENGLISH);
            assertTrue(en.startsWith("Copy of evidence data (Awb 2:25) for burger-jansen"), en);
        }
    }

    @Nested
    @DisplayName("kapotte afschriften, verkeerde sleutels, slechte invoer")
    class BadInput {
        EvidenceCopy copy;
        String json;

        @BeforeEach
        void copy() {
            copy = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("besluit-9")));
            json = copy.toJson();
        }

        @Test
        @DisplayName("a wrong key fails the checkpoint")
        void wrongKey() {
            assertEquals("badSignature", EvidenceCopyVerifier.verify(json, Fixtures.keys().getPublic()).reason());
        }

        @Test
        @DisplayName("malformed exports are rejected as malformed, with the place")
        void malformed() {
            for (String bad : List.of("", "{", "[]", json.substring(0, json.length() / 2), json + "x",
                    json.replace("wmebv-evidence-copy/1", "wmebv-evidence-copy/2"),
                    json.replace("\"party\"", "\"partij\""), json.replaceFirst("\"index\": 4", "\"index\": 4.0"))) {
                Verification v = EvidenceCopyVerifier.verify(bad, keys.getPublic());
                assertFalse(v.valid(), bad);
                assertEquals("malformed", v.reason(), bad);
            }
        }

        @Test
        @DisplayName("a changed entry fails and names the record")
        void changedEntry() {
            EvidenceCopy.Entry e = copy.entries().get(2);
            byte[] b = e.record().encode();
            b[b.length - 70] ^= 1;   // inside the payload digest of the kennisgeving
            String forged = json.replace(Base64.getEncoder().encodeToString(e.record().encode()),
                    Base64.getEncoder().encodeToString(b));
            Verification v = EvidenceCopyVerifier.verify(forged, keys.getPublic());
            assertFalse(v.valid());
            assertEquals(OptionalLong.of(6), v.firstBadRecord(), v.toString());
        }

        @Test
        @DisplayName("a record of another party slipped into a copy is refused as foreignRecord")
        void foreign() {
            EvidenceCopy other = log.copy(EvidenceCopyRequest.forMessage(PIETERS, MessageId.of("zienswijze-7")));
            String pietersEntry = Base64.getEncoder().encodeToString(other.entries().get(0).record().encode());
            String mine = Base64.getEncoder().encodeToString(copy.entries().get(0).record().encode());
            Verification v = EvidenceCopyVerifier.verify(json.replace(mine, pietersEntry), keys.getPublic());
            assertFalse(v.valid());
            assertTrue(v.reason().equals("descriptionMismatch") || v.reason().equals("foreignRecord"), v.toString());
        }

        @Test
        @DisplayName("a description that disagrees with the attested entry is refused")
        void description() {
            Verification v = EvidenceCopyVerifier.verify(json.replace("\"type\": \"resent\"", "x")
                    .replace("\"type\": \"addressee-accessed\"", "\"type\": \"resent\""), keys.getPublic());
            assertEquals("descriptionMismatch", v.reason());
            assertEquals(OptionalLong.of(8), v.firstBadRecord());
        }

        @Test
        @DisplayName("bad arguments name the field")
        void fields() {
            assertEquals("store", assertThrows(InvalidInputException.class,
                    () -> EvidenceLog.open("log", null, CLOCK, keys)).field());
            assertEquals("clock", assertThrows(InvalidInputException.class,
                    () -> EvidenceLog.open("log", store, null, keys)).field());
            assertEquals("logId", assertThrows(InvalidInputException.class,
                    () -> EvidenceLog.open(" ", store, CLOCK, keys)).field());
            assertEquals("event", assertThrows(InvalidInputException.class, () -> log.append(null)).field());
            assertEquals("caseReference", assertThrows(InvalidInputException.class,
                    () -> log.append(Fixtures.outage(T0), null)).field());
            assertEquals("to", assertThrows(InvalidInputException.class,
                    () -> EvidenceCopyRequest.forPeriod(JANSEN, T0, T0.minusSeconds(1))).field());
            assertEquals("representative", assertThrows(InvalidInputException.class,
                    () -> EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("m")).byRepresentative(JANSEN)).field());
            assertEquals("version", assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(new byte[] {2})).field());
            byte[] enc = log.record(0).encode();
            assertEquals("event", assertThrows(InvalidInputException.class,
                    () -> EvidenceRecord.decode(java.util.Arrays.copyOf(enc, enc.length - 1))).field());
            assertEquals("checkpoint", assertThrows(InvalidInputException.class, () -> Checkpoint.parse("x")).field());
            assertEquals("json", assertThrows(InvalidInputException.class, () -> EvidenceCopyVerifier.verify(null, null)).field());
        }

        @Test
        @DisplayName("a copy refuses an entry of another party at construction")
        void copyConstructor() {
            EvidenceRecord pieters = log.byParty(PIETERS).get(0);
            EvidenceCopy.Entry e = new EvidenceCopy.Entry(pieters, log.inclusionProof(pieters.index(), log.size()));
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> new EvidenceCopy(
                    EvidenceCopyRequest.forPeriod(JANSEN, Instant.EPOCH, T0.plusSeconds(999_999)), copy.checkpoint(),
                    List.of(e), copy.legalBasis()));
            assertEquals("requestersRecord", x.constraint());
            assertTrue(((MessageEvent) pieters.event()).concerns(PIETERS));
        }
    }
}
