package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Retention: purging payload references never changes a leaf hash or the root (seeded properties)")
class RetentionProperties {
    private static final long SEED = 0x2_25_2027L;
    /**
     * 1,000 cases by default (CI); the mutation profile may lower it with {@code -Dwmebv.cases=N} (at least 100), since
     * this test covers most of the evidence log and dominates PIT's run time. The coverage thresholds scale with it.
     */
    private static final int CASES = Math.max(100, Integer.getInteger("wmebv.cases", 1_000));
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    @DisplayName("for random logs, references and periods: leaves, root, record count unchanged; exactly the old references go")
    void purgeKeepsTheTree() {
        KeyPair keys = Fixtures.keys();
        SplittableRandom r = new SplittableRandom(SEED);
        int purgedSome = 0;
        int purgedAll = 0;
        int purgedNone = 0;
        int boundaryHits = 0;
        for (int c = 0; c < CASES; c++) {
            String at = "seed " + SEED + ", case " + c;
            SettableClock clock = new SettableClock(START);
            EvidenceStore store = InMemoryEvidenceStore.create();
            EvidenceLog log = EvidenceLog.open("log", store, clock, keys);
            int n = 1 + r.nextInt(24);
            Instant t = START;
            Map<Long, Instant> loggedAt = new HashMap<>();
            Map<Long, PayloadReference> refs = new HashMap<>();
            for (int i = 0; i < n; i++) {
                t = t.plusSeconds(r.nextInt(3) == 0 ? 0 : r.nextInt(86_400 * 10));
                clock.set(t);
                var event = Fixtures.random(r, "m" + r.nextInt(6), "p" + r.nextInt(4), START);
                if (r.nextBoolean()) {
                    PayloadReference ref = PayloadReference.of("urn:dms:" + c + ":" + i);
                    log.appendWithPayload(event, ref);
                    refs.put((long) i, ref);
                } else {
                    log.append(event);
                }
                loggedAt.put((long) i, t);
            }
            List<Sha256Digest> leaves = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                leaves.add(log.record(i).leafHash());
            }
            Sha256Digest root = log.root();
            Checkpoint before = log.checkpoint();
            // now: a little after the last record; the period: 0, around a record's age, or longer than all
            Instant now = t.plusSeconds(r.nextInt(86_400));
            clock.set(now);
            Duration retention;
            switch (r.nextInt(4)) {
                case 0: retention = Duration.ZERO; break;
                case 1: retention = Duration.between(loggedAt.get((long) r.nextInt(n)), now); break;  // a boundary
                case 2: retention = Duration.ofSeconds(r.nextInt(86_400 * 10 * (n + 1))); break;
                default: retention = Duration.ofSeconds(86_400L * 10 * (n + 2)); break;
            }
            Instant cutoff = now.minus(retention);
            long expected = refs.keySet().stream().filter(i -> loggedAt.get(i).isBefore(cutoff)).count();
            boolean boundary = loggedAt.values().stream().anyMatch(cutoff::equals);
            long purged = log.purgePayloadReferences(retention);

            assertEquals(expected, purged, at);
            assertEquals(n, log.size(), at);
            assertEquals(n, store.size(), at);
            assertEquals(root, log.root(), at);
            for (long i = 0; i < n; i++) {
                assertEquals(leaves.get((int) i), log.record(i).leafHash(), at + ", leaf " + i);
                assertEquals(leaves.get((int) i), MerkleTree.leafHash(store.read(i)), at + ", stored leaf " + i);
                Optional<PayloadReference> want = refs.containsKey(i) && !loggedAt.get(i).isBefore(cutoff)
                        ? Optional.of(refs.get(i)) : Optional.empty();
                assertEquals(want, log.payloadReference(i), at + ", reference " + i);
            }
            assertTrue(EvidenceLog.verify(store, before, keys.getPublic()).valid(), at);
            assertEquals(0, log.purgePayloadReferences(retention), at + ": a second purge removes nothing");
            assertEquals(expected == 0 ? 0 : 1, log.payloadPurges().size(), at);
            if (expected == 0) {
                purgedNone++;
            } else if (expected == refs.size()) {
                purgedAll++;
            } else {
                purgedSome++;
            }
            if (boundary) {
                boundaryHits++;
            }
        }
        String cover = "seed " + SEED + ": none " + purgedNone + ", some " + purgedSome + ", all " + purgedAll
                + ", cut-off on a record " + boundaryHits;
        int least = CASES / 20;   // 50 of 1,000
        assertTrue(purgedNone >= least && purgedSome >= least && purgedAll >= least && boundaryHits >= least, cover);
    }
}
