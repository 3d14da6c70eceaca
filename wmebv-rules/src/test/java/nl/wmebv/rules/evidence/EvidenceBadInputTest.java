package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.CLOCK;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.store.FileEvidenceStore;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import nl.wmebv.rules.evidence.store.JdbcEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every public factory and constructor of the evidence packages: null per parameter and each contradiction. */
@DisplayName("slechte invoer — elke publieke fabriek en constructor noemt het veld")
class EvidenceBadInputTest {
    static final PartyId JANSEN = PartyId.of("burger-jansen");
    static final MessageId M = MessageId.of("besluit-9");
    static final Sha256Digest ROOT = Fixtures.digest("root");
    static final KeyPair KEYS = Fixtures.keys();

    static void field(String expected, Executable call) {
        assertEquals(expected, assertThrows(InvalidInputException.class, call).field());
    }

    static void field(String expected, String constraint, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(expected, e.field(), e.getMessage());
        assertEquals(constraint, e.constraint(), e.getMessage());
    }

    static EvidenceRecord record() {
        return new EvidenceRecord(0, CLOCK.instant(), "00".repeat(16), Optional.empty(), Fixtures.received("m", "burger-jansen", T0));
    }

    @Nested
    @DisplayName("referenties")
    class References {
        @Test
        @DisplayName("CaseReference and PayloadReference: null, blank, too long, control characters")
        void references() {
            field("value", () -> new CaseReference(null));
            field("value", "notBlank", () -> CaseReference.of(" "));
            field("value", "size", () -> CaseReference.of("x".repeat(201)));
            field("value", "noControlCharacters", () -> CaseReference.of("a\nb"));
            field("value", () -> new PayloadReference(null));
            field("value", "notBlank", () -> PayloadReference.of(""));
            field("value", "noSurroundingSpace", () -> PayloadReference.of(" urn:dms:1"));
            field("value", "noControlCharacters", () -> PayloadReference.of("urn:\ndms:1"));
        }

        @Test
        @DisplayName("PayloadPurge: nulls, a cut-off after the purge, a count below 1")
        void purge() {
            field("purgedAt", () -> new PayloadPurge(null, T0, 1));
            field("loggedBefore", () -> new PayloadPurge(T0, null, 1));
            field("loggedBefore", "notAfterPurgedAt", () -> new PayloadPurge(T0, T0.plusNanos(1), 1));
            field("count", "positive", () -> new PayloadPurge(T0, T0, 0));
        }
    }

    @Nested
    @DisplayName("vastleggingen, controlepunten, bewijzen, uitkomsten")
    class Records {
        @Test
        @DisplayName("EvidenceRecord: each null, a negative index, a moment outside 0000-9999, a bad salt")
        void record() {
            EvidenceRecord r = EvidenceBadInputTest.record();
            field("index", "notNegative", () -> new EvidenceRecord(-1, r.loggedAt(), r.salt(), r.caseReference(), r.event()));
            field("loggedAt", () -> new EvidenceRecord(0, null, r.salt(), r.caseReference(), r.event()));
            field("loggedAt", "range", () -> new EvidenceRecord(0, Instant.parse("+10000-01-01T00:00:00Z"), r.salt(),
                    r.caseReference(), r.event()));
            field("salt", () -> new EvidenceRecord(0, r.loggedAt(), null, r.caseReference(), r.event()));
            field("salt", "format", () -> new EvidenceRecord(0, r.loggedAt(), "AA".repeat(16), r.caseReference(), r.event()));
            field("salt", "format", () -> new EvidenceRecord(0, r.loggedAt(), "00".repeat(15), r.caseReference(), r.event()));
            field("caseReference", () -> new EvidenceRecord(0, r.loggedAt(), r.salt(), null, r.event()));
            field("event", () -> new EvidenceRecord(0, r.loggedAt(), r.salt(), r.caseReference(), null));
            field("bytes", () -> EvidenceRecord.decode(null));
            field("index", "truncated", () -> EvidenceRecord.decode(new byte[] {1, 0, 0}));
        }

        @Test
        @DisplayName("Checkpoint: each null, a negative size, a signature that is not base64, a foreign key, bad text")
        void checkpoint() throws Exception {
            field("logId", () -> new Checkpoint(null, 0, ROOT, T0, ""));
            field("treeSize", "notNegative", () -> new Checkpoint("log", -1, ROOT, T0, ""));
            field("rootHash", () -> new Checkpoint("log", 0, null, T0, ""));
            field("signedAt", () -> new Checkpoint("log", 0, ROOT, null, ""));
            field("signature", () -> new Checkpoint("log", 0, ROOT, T0, null));
            field("signature", "base64", () -> new Checkpoint("log", 0, ROOT, T0, "not base64!"));
            field("logId", () -> Checkpoint.sign(null, 0, ROOT, T0, KEYS.getPrivate()));
            field("treeSize", () -> Checkpoint.sign("log", -1, ROOT, T0, KEYS.getPrivate()));
            field("rootHash", () -> Checkpoint.sign("log", 0, null, T0, KEYS.getPrivate()));
            field("signedAt", () -> Checkpoint.sign("log", 0, ROOT, null, KEYS.getPrivate()));
            field("key", () -> Checkpoint.sign("log", 0, ROOT, T0, null));
            KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
            field("key", "ed25519", () -> Checkpoint.sign("log", 0, ROOT, T0, ec.getPrivate()));
            Checkpoint c = Checkpoint.sign("log", 3, ROOT, T0, KEYS.getPrivate());
            field("text", () -> Checkpoint.parse(null));
            field("treeSize", () -> Checkpoint.parse(c.toText().replace("\n3\n", "\ndrie\n")));
            field("signedAt", () -> Checkpoint.parse(c.toText().replace("2026-04-02", "2026-13-02")));
            field("checkpoint", "canonical", () -> Checkpoint.parse(c.toText().replace("\n3\n", "\n03\n")));
            field("key", () -> c.verify(null));
        }

        @Test
        @DisplayName("proofs: a null path or a null hash in it; verifying with a null hash")
        void proofs() {
            field("path", () -> new InclusionProof(0, 1, null));
            field("path[1]", () -> new InclusionProof(0, 2, Arrays.asList(ROOT, null)));
            field("path", () -> new ConsistencyProof(1, 2, null));
            field("path[0]", () -> new ConsistencyProof(1, 3, Arrays.asList((Sha256Digest) null)));
            field("leafHash", () -> new InclusionProof(0, 1, List.of()).verify(null, ROOT));
            field("root", () -> new InclusionProof(0, 1, List.of()).verify(ROOT, null));
            field("oldRoot", () -> new ConsistencyProof(1, 1, List.of()).verify(null, ROOT));
            field("newRoot", () -> new ConsistencyProof(1, 1, List.of()).verify(ROOT, null));
            field("entry", () -> MerkleTree.leafHash(null));
            field("type", () -> EvidenceTopic.of(null));
        }

        @Test
        @DisplayName("Verification and StoreDamage: nulls, a valid result naming a bad record, a negative index")
        void results() {
            field("reason", () -> new Verification(false, null, "d", OptionalLong.empty()));
            field("detail", () -> new Verification(false, "r", null, OptionalLong.empty()));
            field("firstBadRecord", () -> new Verification(false, "r", "d", null));
            field("firstBadRecord", "emptyWhenValid", () -> new Verification(true, "valid", "d", OptionalLong.of(1)));
            field("firstBadRecord", "notNegative", () -> new Verification(false, "r", "d", OptionalLong.of(-1)));
            field("detail", () -> Verification.ok(null));
            field("reason", () -> Verification.failed(null, "d"));
            field("detail", () -> Verification.failed("r", null));
            field("reason", () -> Verification.failedAt(null, 0, "d"));
            field("recordIndex", "notNegative", () -> new StoreDamage(-1, "d"));
            field("detail", () -> new StoreDamage(0, null));
        }
    }

    @Nested
    @DisplayName("afschriften")
    class Copies {
        @Test
        @DisplayName("EvidenceCopyRequest: each null, the party as his own gemachtigde, no or two scopes, half a period, a reversed period")
        void request() {
            Optional<MessageId> m = Optional.of(M);
            Optional<Instant> none = Optional.empty();
            Optional<Instant> t0 = Optional.of(T0);
            field("party", () -> new EvidenceCopyRequest(null, Optional.empty(), m, none, none));
            field("representative", () -> new EvidenceCopyRequest(JANSEN, null, m, none, none));
            field("message", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), null, none, none));
            field("from", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), m, null, none));
            field("to", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), m, none, null));
            field("representative", "notTheParty",
                    () -> new EvidenceCopyRequest(JANSEN, Optional.of(JANSEN), m, none, none));
            InvalidInputException neither = assertThrows(InvalidInputException.class,
                    () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), Optional.empty(), none, none));
            assertEquals("oneScope", neither.constraint());
            assertEquals(Optional.of(Provision.AWB_2_25.basis()), neither.legalBasis());
            field("message", "oneScope", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), m, t0, t0));
            field("to", "periodComplete", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), Optional.empty(), t0, none));
            field("to", "notBeforeFrom", () -> new EvidenceCopyRequest(JANSEN, Optional.empty(), Optional.empty(), t0,
                    Optional.of(T0.minusNanos(1))));
            field("party", () -> EvidenceCopyRequest.forMessage(null, M));
            field("message", () -> EvidenceCopyRequest.forMessage(JANSEN, null));
            field("party", () -> EvidenceCopyRequest.forPeriod(null, T0, T0));
            field("from", () -> EvidenceCopyRequest.forPeriod(JANSEN, null, T0));
            field("to", () -> EvidenceCopyRequest.forPeriod(JANSEN, T0, null));
            field("representative", () -> EvidenceCopyRequest.forMessage(JANSEN, M).byRepresentative(null));
            field("event", () -> EvidenceCopyRequest.forMessage(JANSEN, M).covers(null));
        }

        @Test
        @DisplayName("EvidenceCopy and its Entry: each null, a non-message record, a proof of another record or size, no legal basis")
        void copy() {
            EvidenceLog log = EvidenceLog.open("log", InMemoryEvidenceStore.create(), CLOCK, KEYS);
            EvidenceRecord r0 = log.append(Fixtures.received("m", "burger-jansen", T0));
            EvidenceRecord outage = log.append(Fixtures.outage(T0));
            InclusionProof p0 = log.inclusionProof(0, 2);
            field("record", () -> new EvidenceCopy.Entry(null, p0));
            field("proof", () -> new EvidenceCopy.Entry(r0, null));
            field("record", "messageEvent", () -> new EvidenceCopy.Entry(outage, log.inclusionProof(1, 2)));
            field("proof", "matchesRecord", () -> new EvidenceCopy.Entry(r0, log.inclusionProof(1, 2)));
            EvidenceCopyRequest req = EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("m"));
            Checkpoint c = log.checkpoint();
            EvidenceCopy.Entry e = new EvidenceCopy.Entry(r0, p0);
            List<nl.wmebv.core.law.LegalBasis> basis = List.of(Provision.AWB_2_25.basis());
            field("request", () -> new EvidenceCopy(null, c, List.of(e), basis));
            field("checkpoint", () -> new EvidenceCopy(req, null, List.of(e), basis));
            field("entries", () -> new EvidenceCopy(req, c, null, basis));
            field("entries[0]", () -> new EvidenceCopy(req, c, Arrays.asList((EvidenceCopy.Entry) null), basis));
            field("legalBasis", () -> new EvidenceCopy(req, c, List.of(e), null));
            field("legalBasis", () -> new EvidenceCopy(req, c, List.of(e), List.of()));
            field("entries", "matchesCheckpoint", () -> new EvidenceCopy(req, c, List.of(new EvidenceCopy.Entry(r0,
                    log.inclusionProof(0, 1))), basis));
            field("entries", "requestersRecord", () -> new EvidenceCopy(EvidenceCopyRequest.forMessage(
                    PartyId.of("buurman-pieters"), MessageId.of("m")), c, List.of(e), basis));
            field("json", () -> EvidenceCopyVerifier.verify(null, KEYS.getPublic()));
            field("key", () -> EvidenceCopyVerifier.verify("{}", null));
        }
    }

    @Nested
    @DisplayName("het logboek en de opslag")
    class LogAndStores {
        @Test
        @DisplayName("EvidenceLog.open and verify: each null, a blank id, a key pair without a half")
        void log() {
            InMemoryEvidenceStore s = InMemoryEvidenceStore.create();
            field("logId", () -> EvidenceLog.open(null, s, CLOCK, KEYS));
            field("logId", "notBlank", () -> EvidenceLog.open("", s, CLOCK, KEYS));
            field("store", () -> EvidenceLog.open("log", null, CLOCK, KEYS));
            field("clock", () -> EvidenceLog.open("log", s, null, KEYS));
            field("key", () -> EvidenceLog.open("log", s, CLOCK, null));
            field("key.public", () -> EvidenceLog.open("log", s, CLOCK, new KeyPair(null, KEYS.getPrivate())));
            field("key.private", () -> EvidenceLog.open("log", s, CLOCK, new KeyPair(KEYS.getPublic(), null)));
            Checkpoint c = Checkpoint.sign("log", 0, ROOT, T0, KEYS.getPrivate());
            field("store", () -> EvidenceLog.verify(null, c, KEYS.getPublic()));
            field("checkpoint", () -> EvidenceLog.verify(s, null, KEYS.getPublic()));
            field("key", () -> EvidenceLog.verify(s, c, null));
            EvidenceLog log = EvidenceLog.open("log", s, CLOCK, KEYS);
            field("request", () -> log.copy(null));
            field("message", () -> log.byMessage(null));
            field("party", () -> log.byParty(null));
            field("caseReference", () -> log.byCase(null));
            field("topic", () -> log.byTopic(null));
            field("from", () -> log.between(null, T0));
            field("to", () -> log.between(T0, null));
            field("to", "notBeforeFrom", () -> log.between(T0, T0.minusNanos(1)));
            field("index", "range", () -> log.record(0));
        }

        @Test
        @DisplayName("stores: a null directory, a segment size below 1024, a null connection, a blank log id, bad appends")
        void stores(@org.junit.jupiter.api.io.TempDir Path dir) {
            field("dir", () -> FileEvidenceStore.open(null));
            field("dir", () -> FileEvidenceStore.open(null, 4096));
            field("segmentBytes", "min", () -> FileEvidenceStore.open(dir, 1023));
            field("connection", () -> JdbcEvidenceStore.open(null, "log"));
            field("connection", () -> JdbcEvidenceStore.createSchema(null));
            InMemoryEvidenceStore s = InMemoryEvidenceStore.create();
            field("entries", () -> s.append(0, null));
            field("entries[]", () -> s.append(0, Arrays.asList((byte[]) null)));
            field("firstIndex", "equalsSize", () -> s.append(1, List.of(new byte[] {1})));
            field("index", "range", () -> s.read(0));
            field("checkpoint", () -> s.saveCheckpoint(null));
            try (FileEvidenceStore f = FileEvidenceStore.open(dir)) {
                field("entries", "notEmpty", () -> f.append(0, List.of()));
                field("firstIndex", "equalsSize", () -> f.append(1, List.of(new byte[] {1})));
                field("checkpoint", () -> f.saveCheckpoint(null));
                field("references", () -> f.putPayloadReferences(null));
                field("indexes", () -> f.purgePayloadReferences(null, new PayloadPurge(T0, T0, 1)));
                field("purge", () -> f.purgePayloadReferences(java.util.Set.of(0L), null));
            }
        }
    }
}
