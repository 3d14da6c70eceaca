package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.CLOCK;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The evidence log against its store (Awb 2:25; P26): what an append returns, group commit, store failures,
 * and every reason a log fails verification. The store is a scripted wrapper around the in-memory store.
 */
@DisplayName("Awb 2:25 — het bewijslogboek en zijn opslag: toevoegen, groepscommit, storingen, verificatie")
class EvidenceLogStoreContractTest {
    static final KeyPair KEYS = Fixtures.keys();

    /** The in-memory store with a script: block or fail the next append, fail references, report damage. */
    static final class ScriptedStore implements EvidenceStore {
        final InMemoryEvidenceStore inner = InMemoryEvidenceStore.create();
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch entered;
        volatile CountDownLatch gate;
        volatile RuntimeException failAppend;
        volatile RuntimeException failReferences;
        volatile StoreDamage damage;
        volatile Map<Long, PayloadReference> extraReferences = Map.of();

        @Override
        public long size() {
            return inner.size();
        }

        @Override
        public void append(long firstIndex, List<byte[]> entries) {
            CountDownLatch g = gate;
            if (g != null) {
                gate = null;
                entered.countDown();
                try {
                    assertTrue(g.await(30, TimeUnit.SECONDS), "the test opens the gate");
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            if (failAppend != null) {
                throw failAppend;
            }
            inner.append(firstIndex, entries);
            batches.add(entries.size());
        }

        @Override
        public byte[] read(long index) {
            return inner.read(index);
        }

        @Override
        public Optional<StoreDamage> damage() {
            return Optional.ofNullable(damage);
        }

        @Override
        public void saveCheckpoint(Checkpoint checkpoint) {
            inner.saveCheckpoint(checkpoint);
        }

        @Override
        public Optional<Checkpoint> latestCheckpoint() {
            return inner.latestCheckpoint();
        }

        @Override
        public Map<Long, PayloadReference> payloadReferences() {
            Map<Long, PayloadReference> m = new HashMap<>(inner.payloadReferences());
            m.putAll(extraReferences);
            return m;
        }

        @Override
        public void putPayloadReferences(Map<Long, PayloadReference> references) {
            if (failReferences != null) {
                throw failReferences;
            }
            inner.putPayloadReferences(references);
        }

        @Override
        public void purgePayloadReferences(Set<Long> indexes, PayloadPurge purge) {
            inner.purgePayloadReferences(indexes, purge);
        }

        @Override
        public List<PayloadPurge> payloadPurges() {
            return inner.payloadPurges();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    static EvidenceEvent event(int i) {
        return Fixtures.received("m" + i, "burger-jansen", T0.plusSeconds(i));
    }

    static void awaitWaiting(Thread... threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread t : threads) {
            while (t.getState() != Thread.State.WAITING) {
                assertTrue(System.nanoTime() < deadline, t.getName() + " never queued: " + t.getState());
                Thread.sleep(1);
            }
        }
    }

    @Nested
    @DisplayName("toevoegen")
    class Appending {
        @Test
        @DisplayName("each append returns the record as logged: next index, the log clock's moment, the event, the case")
        void returned() {
            EvidenceLog log = EvidenceLog.open("gemeente-voorbeeld", InMemoryEvidenceStore.create(), CLOCK, KEYS);
            assertEquals("gemeente-voorbeeld", log.logId());
            EvidenceRecord r0 = log.append(event(0));
            assertEquals(0, r0.index());
            assertEquals(CLOCK.instant(), r0.loggedAt());
            assertEquals(event(0), r0.event());
            assertEquals(Optional.empty(), r0.caseReference());
            EvidenceRecord r1 = log.appendWithPayload(event(1), PayloadReference.of("urn:dms:1"));
            assertEquals(1, r1.index());
            assertEquals(event(1), r1.event());
            assertEquals(Optional.of(PayloadReference.of("urn:dms:1")), log.payloadReference(1));
            EvidenceRecord r2 = log.appendWithPayload(event(2), CaseReference.of("Z-1"), PayloadReference.of("urn:dms:2"));
            assertEquals(2, r2.index());
            assertEquals(Optional.of(CaseReference.of("Z-1")), r2.caseReference());
            EvidenceRecord r3 = log.append(event(3), CaseReference.of("Z-1"));
            assertEquals(3, r3.index());
            assertEquals(Optional.of(CaseReference.of("Z-1")), r3.caseReference());
            assertEquals(List.of(r0, r1, r2, r3), List.of(log.record(0), log.record(1), log.record(2), log.record(3)));
            assertEquals("index", assertThrows(InvalidInputException.class, () -> log.record(4)).field());
        }

        @Test
        @DisplayName("group commit: appends that queue while another is written go to the store together, in one durable append")
        void groupCommit() throws Exception {
            ScriptedStore store = new ScriptedStore();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            store.entered = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            store.gate = gate;
            Map<String, EvidenceRecord> results = Collections.synchronizedMap(new HashMap<>());
            Thread a = new Thread(() -> results.put("a", log.append(event(0))), "a");
            a.start();
            assertTrue(store.entered.await(30, TimeUnit.SECONDS));
            Thread b = new Thread(() -> results.put("b", log.appendWithPayload(event(1), PayloadReference.of("urn:b"))), "b");
            Thread c = new Thread(() -> results.put("c", log.appendWithPayload(event(2), PayloadReference.of("urn:c"))), "c");
            b.start();
            c.start();
            awaitWaiting(b, c);
            assertEquals(List.of(), store.batches, "nothing is durable yet");
            gate.countDown();
            for (Thread t : List.of(a, b, c)) {
                t.join(30_000);
            }
            assertEquals(List.of(1, 2), store.batches, "A alone, then B and C in one append");
            assertEquals(3, log.size());
            assertEquals(0, results.get("a").index());
            assertEquals(Set.of(1L, 2L), Set.of(results.get("b").index(), results.get("c").index()));
            assertEquals(Optional.of(PayloadReference.of("urn:b")), log.payloadReference(results.get("b").index()),
                    "each reference of a batch is kept beside its own record");
            assertEquals(Optional.of(PayloadReference.of("urn:c")), log.payloadReference(results.get("c").index()));
            assertEquals(Map.of(results.get("b").index(), PayloadReference.of("urn:b"), results.get("c").index(),
                    PayloadReference.of("urn:c")), store.payloadReferences());
            for (EvidenceRecord r : results.values()) {
                assertEquals(r, log.record(r.index()), "each caller got the record the log holds at its index");
                assertEquals(r, EvidenceRecord.decode(store.read(r.index())), "and the store holds it too");
            }
        }

        @Test
        @DisplayName("an append interrupted while queued fails, is not logged later, and keeps the interrupt flag")
        void interrupted() throws Exception {
            ScriptedStore store = new ScriptedStore();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            store.entered = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            store.gate = gate;
            Thread a = new Thread(() -> log.append(event(0)), "a");
            a.start();
            assertTrue(store.entered.await(30, TimeUnit.SECONDS));
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread b = new Thread(() -> {
                try {
                    log.append(event(1));
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            }, "b");
            b.start();
            awaitWaiting(b);
            b.interrupt();
            b.join(30_000);
            gate.countDown();
            a.join(30_000);
            assertTrue(thrown.get() instanceof EvidenceStoreException, String.valueOf(thrown.get()));
            assertEquals("interrupted while waiting for the group commit; the event was not logged",
                    thrown.get().getMessage());
            assertEquals(Boolean.TRUE, flag.get(), "the interrupt is not swallowed");
            // The failed append left nothing behind: the next writer logs its own event only, so a caller that
            // retries after the exception does not get the event twice.
            log.append(event(2));
            assertEquals(2, log.size(), "records of a and of the third append; b was not logged");
            assertEquals(2, store.size());
        }
    }

    @Nested
    @DisplayName("storingen van de opslag")
    class Failures {
        @Test
        @DisplayName("a failed durable append: not logged, and the log refuses further appends until reopened")
        void appendFails() {
            ScriptedStore store = new ScriptedStore();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            log.append(event(0));
            store.failAppend = new EvidenceStoreException("disk full");
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> log.append(event(1)));
            assertEquals("the record was not logged: disk full", e.getMessage());
            assertEquals(1, log.size());
            store.failAppend = null;
            EvidenceStoreException refused = assertThrows(EvidenceStoreException.class, () -> log.append(event(1)));
            assertEquals("the evidence log refuses appends after a store failure", refused.getMessage());
            assertEquals(1, store.size(), "nothing reached the store after the failure");
            assertEquals(1, EvidenceLog.open("log", store, CLOCK, KEYS).append(event(1)).index(), "reopened, it appends");
        }

        @Test
        @DisplayName("a store that refuses the index (another log wrote it) reports that as bad input naming firstIndex")
        void sharedStore() {
            InMemoryEvidenceStore store = InMemoryEvidenceStore.create();
            EvidenceLog first = EvidenceLog.open("log", store, CLOCK, KEYS);
            EvidenceLog second = EvidenceLog.open("log", store, CLOCK, KEYS);
            first.append(event(0));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> second.append(event(1)));
            assertEquals("firstIndex", e.field());
            assertEquals(0, second.size());
        }

        @Test
        @DisplayName("references not kept: the record is logged without its reference, the caller is told, the log goes on")
        void referencesFail() {
            ScriptedStore store = new ScriptedStore();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            store.failReferences = new EvidenceStoreException("sidecar not writable");
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class,
                    () -> log.appendWithPayload(event(0), PayloadReference.of("urn:dms:0")));
            assertEquals("record 0 was logged, but its payload reference was not kept: sidecar not writable", e.getMessage());
            assertEquals(1, log.size());
            assertEquals(Optional.empty(), log.payloadReference(0));
            store.failReferences = null;
            assertEquals(1, log.append(event(1)).index(), "not broken: the record itself was durable");
        }

        @Test
        @DisplayName("a reference the store holds for record 0 is restored on open; one for a record that does not exist is refused")
        void referencesOnOpen() {
            ScriptedStore store = new ScriptedStore();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            log.appendWithPayload(event(0), PayloadReference.of("urn:dms:0"));
            log.append(event(1));
            assertEquals(Optional.of(PayloadReference.of("urn:dms:0")),
                    EvidenceLog.open("log", store, CLOCK, KEYS).payloadReference(0));
            store.extraReferences = Map.of(2L, PayloadReference.of("urn:dms:2"));
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> EvidenceLog.open("log", store, CLOCK, KEYS));
            assertEquals("the evidence log log has a payload reference of record 2, which does not exist", e.getMessage());
            store.extraReferences = Map.of(-1L, PayloadReference.of("urn:dms:x"));
            assertThrows(EvidenceStoreException.class, () -> EvidenceLog.open("log", store, CLOCK, KEYS));
        }

        @Test
        @DisplayName("a retention period longer than the time line purges nothing")
        void endlessRetention() {
            EvidenceLog log = EvidenceLog.open("log", InMemoryEvidenceStore.create(), CLOCK, KEYS);
            log.appendWithPayload(event(0), PayloadReference.of("urn:dms:0"));
            assertEquals(0, log.purgePayloadReferences(Duration.ofSeconds(Long.MAX_VALUE)));
            assertEquals(Optional.of(PayloadReference.of("urn:dms:0")), log.payloadReference(0));
            assertEquals(List.of(), log.payloadPurges());
        }

        @Test
        @DisplayName("a copy signs a checkpoint and keeps it in the store")
        void copyKeepsItsCheckpoint() {
            InMemoryEvidenceStore store = InMemoryEvidenceStore.create();
            EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);
            log.append(event(0));
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forMessage(nl.wmebv.core.message.PartyId.of("burger-jansen"),
                    nl.wmebv.core.message.MessageId.of("m0")));
            assertEquals(Optional.of(copy.checkpoint()), store.latestCheckpoint());
        }
    }

    @Nested
    @DisplayName("verificatie tegen een controlepunt: elke reden")
    class Verify {
        ScriptedStore store = new ScriptedStore();
        EvidenceLog log = EvidenceLog.open("log", store, CLOCK, KEYS);

        Checkpoint two() {
            log.append(event(0));
            log.append(event(1));
            return log.checkpoint();
        }

        @Test
        @DisplayName("valid: the detail names the records and the checkpoint's size")
        void valid() {
            Checkpoint c = two();
            Verification v = EvidenceLog.verify(store, c, KEYS.getPublic());
            assertTrue(v.valid());
            assertEquals("the log of 2 records verifies against the checkpoint of size 2", v.detail());
        }

        @Test
        @DisplayName("badSignature: another key; wrongLog: opening on a store whose checkpoint is another log's")
        void signatureAndLog() {
            Checkpoint c = two();
            Verification bad = EvidenceLog.verify(store, c, Fixtures.keys().getPublic());
            assertEquals("badSignature", bad.reason());
            // a store whose saved checkpoint is another log's (same key, same records) does not open as this log
            Checkpoint other = Checkpoint.sign("other-log", 2, c.rootHash(), c.signedAt(), KEYS.getPrivate());
            store.saveCheckpoint(other);
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> EvidenceLog.open("log", store, CLOCK, KEYS));
            assertTrue(e.getMessage().startsWith("the evidence log log fails verification: wrongLog: "), e.getMessage());
            assertThrows(EvidenceStoreException.class, () -> EvidenceLog.open("log", store, CLOCK, Fixtures.keys()));
        }

        @Test
        @DisplayName("undecodable and wrongIndex name the entry at fault")
        void badEntries() {
            log.append(event(0));
            InMemoryEvidenceStore garbage = InMemoryEvidenceStore.create();
            garbage.append(0, List.of(store.read(0), new byte[] {1, 0}));
            Checkpoint none = Checkpoint.sign("log", 0, MerkleTree.create().root(), T0, KEYS.getPrivate());
            Verification u = EvidenceLog.verify(garbage, none, KEYS.getPublic());
            assertEquals("undecodable", u.reason());
            assertEquals(OptionalLong.of(1), u.firstBadRecord());
            EvidenceRecord r = log.record(0);
            InMemoryEvidenceStore moved = InMemoryEvidenceStore.create();
            moved.append(0, List.of(new EvidenceRecord(5, r.loggedAt(), r.salt(), r.caseReference(), r.event()).encode()));
            Verification w = EvidenceLog.verify(moved, none, KEYS.getPublic());
            assertEquals("wrongIndex", w.reason());
            assertEquals("record 0: the entry says it is record 5", w.detail());
        }

        @Test
        @DisplayName("damaged: the store's own damage report names the record")
        void damaged() {
            Checkpoint c = two();
            store.damage = new StoreDamage(1, "checksum mismatch");
            Verification v = EvidenceLog.verify(store, c, KEYS.getPublic());
            assertEquals("damaged", v.reason());
            assertEquals(OptionalLong.of(1), v.firstBadRecord());
            assertFalse(v.valid());
        }
    }
}
