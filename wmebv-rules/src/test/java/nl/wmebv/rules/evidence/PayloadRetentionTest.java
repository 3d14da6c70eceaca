package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.BODY;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.store.FileEvidenceStore;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention of payload references (Awb 2:25 sets no period, 2:27 only enables a regulation for the
 * Wdo-voorziening): purge by age, while records, tree, checkpoints, proofs and copies stay valid.
 *
 * <p>The day plan, checked by hand: records are logged at
 * <pre>
 * 0  2026-01-05T09:00:00Z  aanvraag-1 ontvangen     ref urn:dms:1
 * 1  2026-01-05T09:00:00Z  ontvangstbevestiging     (no ref)
 * 2  2026-03-01T10:00:00Z  besluit-9 geplaatst      ref urn:dms:9
 * 3  2026-06-01T12:00:00Z  besluit-10 geplaatst     ref urn:dms:10   (exactly the cut-off below)
 * 4  2026-06-30T12:00:00Z  zienswijze-7 ontvangen   ref urn:dms:7
 * </pre>
 * and the purge runs at 2026-07-01T12:00:00Z with a retention of 30 × 24 hours: the cut-off is
 * 2026-06-01T12:00:00Z (June 1 is 30 days before July 1). Logged before it: records 0, 1 and 2; of those,
 * 0 and 2 hold a reference, so 2 references go; 3 (at the cut-off) and 4 keep theirs.
 */
@DisplayName("Awb 2:25 / 2:27 — bewaartermijn van verwijzingen naar de inhoud")
class PayloadRetentionTest {
    static final Instant PURGE_AT = Instant.parse("2026-07-01T12:00:00Z");
    static final Duration THIRTY_DAYS = Duration.ofHours(30 * 24);
    static final PartyId JANSEN = PartyId.of("burger-jansen");

    final KeyPair keys = Fixtures.keys();
    final SettableClock clock = new SettableClock(Instant.parse("2026-01-05T09:00:00Z"));

    final RetentionScenario scenario = new RetentionScenario(keys, clock);

    EvidenceLog fill(EvidenceStore store) {
        return scenario.fill(store);
    }

    void purgeByAge(Supplier<EvidenceStore> stores) {
        scenario.purgeByAge(stores);
    }

    @Nested
    @DisplayName("opschonen naar ouderdom, per opslag")
    class ByAge {
        @Test
        @DisplayName("in memory: references older than the period go, younger ones and every record stay")
        void inMemory() {
            purgeByAge(InMemoryEvidenceStore::create);
        }

        @Test
        @DisplayName("file store: the same, and the segments are not touched")
        void file(@TempDir Path dir) throws IOException {
            purgeByAge(() -> FileEvidenceStore.open(dir));
            assertTrue(Files.exists(dir.resolve("payload-references")));
        }

        @Test
        @DisplayName("the segments of a file store are byte for byte the same after a purge")
        void segmentsUntouched(@TempDir Path dir) throws IOException {
            try (EvidenceLog log = fill(FileEvidenceStore.open(dir))) {
                byte[] segment = Files.readAllBytes(dir.resolve("segment-00000000.log"));
                byte[] checkpoints = Files.readAllBytes(dir.resolve("checkpoints.log"));
                assertEquals(2, log.purgePayloadReferences(THIRTY_DAYS));
                assertArrayEquals(segment, Files.readAllBytes(dir.resolve("segment-00000000.log")));
                assertArrayEquals(checkpoints, Files.readAllBytes(dir.resolve("checkpoints.log")));
            }
        }

        @Test
        @DisplayName("an explicit cut-off purges what was logged before it")
        void before() {
            EvidenceLog log = fill(InMemoryEvidenceStore.create());
            // before 2026-03-01T10:00Z: only record 0 (2026-01-05) holds a reference; record 2 is at the cut-off
            assertEquals(1, log.purgePayloadReferencesLoggedBefore(Instant.parse("2026-03-01T10:00:00Z")));
            assertEquals(Optional.of(PayloadReference.of("urn:dms:9")), log.payloadReference(2));
            assertEquals(Optional.empty(), log.payloadReference(0));
        }

        @Test
        @DisplayName("a retention of zero purges everything logged before now; a very long one purges nothing")
        void extremes() {
            EvidenceLog log = fill(InMemoryEvidenceStore.create());
            assertEquals(0, log.purgePayloadReferences(Duration.ofSeconds(Long.MAX_VALUE)));
            assertEquals(List.of(), log.payloadPurges());
            assertEquals(4, log.purgePayloadReferences(Duration.ZERO));
            for (long i = 0; i < 5; i++) {
                assertEquals(Optional.empty(), log.payloadReference(i));
            }
        }
    }

    @Nested
    @DisplayName("duurzaamheid van het bijbestand")
    class Durability {
        @Test
        @DisplayName("reopening a file store keeps the references, the purge and its trace")
        void reopen(@TempDir Path dir) {
            Checkpoint c;
            try (EvidenceLog log = fill(FileEvidenceStore.open(dir))) {
                assertEquals(2, log.purgePayloadReferences(THIRTY_DAYS));
                c = log.checkpoint();
            }
            try (EvidenceLog log = EvidenceLog.open(BODY.value(), FileEvidenceStore.open(dir), clock, keys)) {
                assertEquals(5, log.size());
                assertEquals(c.rootHash(), log.root());
                assertEquals(Optional.empty(), log.payloadReference(0));
                assertEquals(Optional.empty(), log.payloadReference(2));
                assertEquals(Optional.of(PayloadReference.of("urn:dms:10")), log.payloadReference(3));
                assertEquals(Optional.of(PayloadReference.of("urn:dms:7")), log.payloadReference(4));
                assertEquals(List.of(new PayloadPurge(PURGE_AT, Instant.parse("2026-06-01T12:00:00Z"), 2)),
                        log.payloadPurges());
                assertEquals(0, log.purgePayloadReferences(THIRTY_DAYS), "still purged after reopening");
            }
        }

        @Test
        @DisplayName("a torn temporary sidecar left by a crash during the rewrite is ignored on open")
        void tornTemp(@TempDir Path dir) throws IOException {
            try (EvidenceLog log = fill(FileEvidenceStore.open(dir))) {
                log.checkpoint();
            }
            byte[] whole = Files.readAllBytes(dir.resolve("payload-references"));
            // A crash after writing part of the next sidecar, before the rename.
            Files.write(dir.resolve("payload-references.tmp"), java.util.Arrays.copyOf(whole, whole.length / 2));
            try (EvidenceLog log = EvidenceLog.open(BODY.value(), FileEvidenceStore.open(dir), clock, keys)) {
                assertEquals(Optional.of(PayloadReference.of("urn:dms:1")), log.payloadReference(0));
                assertEquals(Optional.of(PayloadReference.of("urn:dms:7")), log.payloadReference(4));
                assertEquals(2, log.purgePayloadReferences(THIRTY_DAYS), "the next rewrite replaces the torn file");
            }
            try (EvidenceLog log = EvidenceLog.open(BODY.value(), FileEvidenceStore.open(dir), clock, keys)) {
                assertEquals(Optional.empty(), log.payloadReference(0));
                assertEquals(1, log.payloadPurges().size());
            }
        }

        @Test
        @DisplayName("a damaged sidecar is refused on open, never read as fewer references")
        void damagedSidecar(@TempDir Path dir) throws IOException {
            try (EvidenceLog log = fill(FileEvidenceStore.open(dir))) {
                log.checkpoint();
            }
            Path p = dir.resolve("payload-references");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Files.writeString(p, text.replace("urn:dms:9", "urn:dms:8"), StandardCharsets.UTF_8);
            assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            Files.writeString(p, text.substring(0, text.length() - 3), StandardCharsets.UTF_8);
            assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
        }
    }

    @Nested
    @DisplayName("slechte invoer bij opschonen")
    class BadInput {
        @Test
        @DisplayName("a null or negative period, a null or future cut-off, an index out of range name the field")
        void fields() {
            EvidenceLog log = fill(InMemoryEvidenceStore.create());
            assertEquals("retention", assertThrows(InvalidInputException.class,
                    () -> log.purgePayloadReferences(null)).field());
            InvalidInputException neg = assertThrows(InvalidInputException.class,
                    () -> log.purgePayloadReferences(Duration.ofSeconds(-1)));
            assertEquals("retention", neg.field());
            assertEquals("notNegative", neg.constraint());
            assertEquals("before", assertThrows(InvalidInputException.class,
                    () -> log.purgePayloadReferencesLoggedBefore(null)).field());
            InvalidInputException future = assertThrows(InvalidInputException.class,
                    () -> log.purgePayloadReferencesLoggedBefore(PURGE_AT.plusNanos(1)));
            assertEquals("before", future.field());
            assertEquals("notInFuture", future.constraint());
            assertEquals("index", assertThrows(InvalidInputException.class, () -> log.payloadReference(5)).field());
            assertEquals("index", assertThrows(InvalidInputException.class, () -> log.payloadReference(-1)).field());
            assertEquals("payloadReference", assertThrows(InvalidInputException.class,
                    () -> log.appendWithPayload(Fixtures.outage(T0), null)).field());
            assertEquals("payloadReference", assertThrows(InvalidInputException.class,
                    () -> log.appendWithPayload(Fixtures.outage(T0), CaseReference.of("Z"), null)).field());
            assertEquals("caseReference", assertThrows(InvalidInputException.class,
                    () -> log.appendWithPayload(Fixtures.outage(T0), null, PayloadReference.of("x"))).field());
            assertEquals("event", assertThrows(InvalidInputException.class,
                    () -> log.appendWithPayload(null, PayloadReference.of("x"))).field());
            assertEquals(5, log.size(), "no bad call appended anything");
            assertEquals(List.of(), log.payloadPurges(), "no bad call purged anything");
        }

        @Test
        @DisplayName("stores refuse references of missing records, a second reference, and purges that do not add up")
        void storeContract() {
            InMemoryEvidenceStore store = InMemoryEvidenceStore.create();
            EvidenceLog log = fill(store);
            assertEquals("references[]", assertThrows(InvalidInputException.class,
                    () -> store.putPayloadReferences(java.util.Map.of(5L, PayloadReference.of("x")))).field());
            assertEquals("references[]", assertThrows(InvalidInputException.class,
                    () -> store.putPayloadReferences(java.util.Map.of(0L, PayloadReference.of("x")))).field());
            assertEquals("references", assertThrows(InvalidInputException.class,
                    () -> store.putPayloadReferences(java.util.Map.of())).field());
            PayloadPurge one = new PayloadPurge(PURGE_AT, PURGE_AT, 1);
            assertEquals("indexes[]", assertThrows(InvalidInputException.class,
                    () -> store.purgePayloadReferences(java.util.Set.of(1L), one)).field());
            assertEquals("purge", assertThrows(InvalidInputException.class,
                    () -> store.purgePayloadReferences(java.util.Set.of(0L, 2L), one)).field());
            assertEquals("indexes", assertThrows(InvalidInputException.class,
                    () -> store.purgePayloadReferences(java.util.Set.of(), one)).field());
            assertEquals(4, store.payloadReferences().size(), "nothing changed");
            assertEquals(Optional.of(PayloadReference.of("urn:dms:1")), log.payloadReference(0));
        }
    }

    @Test
    @DisplayName("copies are made from the attested records only, with or without references")
    void copyUnaffected() {
        EvidenceLog log = fill(InMemoryEvidenceStore.create());
        EvidenceCopy c = log.copy(EvidenceCopyRequest.forMessage(JANSEN, MessageId.of("besluit-9")));
        assertEquals(List.of(2L), c.entries().stream().map(e -> e.record().index()).toList());
    }
}
