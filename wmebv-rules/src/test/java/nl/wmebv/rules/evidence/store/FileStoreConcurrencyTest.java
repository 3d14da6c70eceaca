package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Durable file store — concurrency: several threads appending keep one total order, lose nothing")
class FileStoreConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 150;

    @Test
    @DisplayName("8 threads x 150 appends: 1,200 records, each thread's in its own order, the tree verifies after reopening")
    void concurrentAppends(@TempDir Path dir) throws Exception {
        KeyPair keys = Fixtures.keys();
        Checkpoint checkpoint;
        List<List<EvidenceRecord>> returned = new ArrayList<>();
        try (EvidenceLog log = EvidenceLog.open("conc", FileEvidenceStore.open(dir, 16_384), Fixtures.CLOCK, keys)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<EvidenceRecord>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<EvidenceRecord> mine = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        mine.add(log.append(Fixtures.received("t" + thread + "-" + i, "p" + thread, Fixtures.T0.plusSeconds(i))));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<EvidenceRecord>> f : futures) {
                returned.add(f.get());
            }
            pool.shutdown();
            checkpoint = log.checkpoint();
        }
        assertEquals(THREADS * PER_THREAD, checkpoint.treeSize());
        try (EvidenceLog log = EvidenceLog.open("conc", FileEvidenceStore.open(dir, 16_384), Fixtures.CLOCK, keys)) {
            assertEquals(THREADS * PER_THREAD, log.size());
            Map<String, Long> lastIndexOfThread = new HashMap<>();
            for (long i = 0; i < log.size(); i++) {
                EvidenceRecord r = log.record(i);
                String id = ((MessageEvent) r.event()).messageId().value();
                String thread = id.substring(0, id.indexOf('-'));
                int seq = Integer.parseInt(id.substring(id.indexOf('-') + 1));
                assertEquals(returned.get(Integer.parseInt(thread.substring(1))).get(seq), r,
                        "the record read back is the record the append returned");
                Long before = lastIndexOfThread.put(thread, i);
                assertTrue(before == null || before < i);
            }
            assertEquals(checkpoint.rootHash(), log.root());
        }
    }
}
