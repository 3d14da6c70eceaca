package nl.wmebv.benchmarks;

import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.Verification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Part 4 of issue 8, durable appends: acknowledged records per second of an {@link EvidenceLog} on a durable
 * store with 1, 8 and 32 concurrent appenders. Every {@link EvidenceLog#append} returns only once its record is
 * durable; concurrent appenders are group-committed (one of them writes the whole queue in one durable append).
 * JMH's throughput, summed over the threads, is therefore the number of acknowledged records per second.
 * {@link FileStoreAppendBenchmark} (fsync per group) and {@link PostgresStoreAppendBenchmark} (one transaction
 * per group) run the same methods; run both classes in one JMH run to compare them under the same load.
 *
 * <p>Set-up check: before measuring, 16 records are appended and checkpointed, the store is closed, reopened
 * from its medium, and the log reopened on it (which re-reads and re-hashes every record against the saved
 * checkpoint); it must hold the 16 records and verify against the checkpoint. The measured appends go to that
 * reopened log. At the end of the trial the whole log must verify against a fresh checkpoint.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class StoreAppendBenchmark {
    private static final int RING = 1024;
    private static final int CHECK = 16;

    private EvidenceEvent[] events;
    private KeyPair key;
    private EvidenceLog log;

    /** A thread's place in the ring of events. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next() {
            next = (next + 1) & (RING - 1);
            return next;
        }
    }

    /**
     * Opens a new, empty store on the benchmark's medium.
     *
     * @return the store
     */
    protected abstract EvidenceStore createStore();

    /**
     * Opens the store that {@link #createStore()} created last again, from its medium.
     *
     * @return the reopened store
     */
    protected abstract EvidenceStore reopenStore();

    /** Removes what {@link #createStore()} left on the medium, where that is possible. */
    protected abstract void dispose();

    /** Opens the log and checks the durable round trip. */
    @Setup(Level.Trial)
    public void setUp() {
        events = EvidenceWorkload.events(RING);
        key = EvidenceWorkload.keys();
        Checkpoint c;
        try (EvidenceLog first = EvidenceWorkload.open(createStore(), key)) {
            for (int i = 0; i < CHECK; i++) {
                first.append(events[i]);
            }
            c = first.checkpoint();
        }
        log = EvidenceWorkload.open(reopenStore(), key);
        if (log.size() != CHECK) {
            throw new IllegalStateException(getClass().getSimpleName() + ": reopened store holds " + log.size()
                    + " records, expected " + CHECK);
        }
        if (!log.root().equals(c.rootHash())) {
            throw new IllegalStateException(getClass().getSimpleName() + ": reopened log has another root");
        }
    }

    /** Checks that everything acknowledged verifies, closes the log and removes the store. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            Checkpoint c = log.checkpoint();
            log.close();
            log = null;
            try (EvidenceStore s = reopenStore()) {
                Verification v = EvidenceLog.verify(s, c, key.getPublic());
                if (!v.valid() || s.size() != c.treeSize()) {
                    throw new IllegalStateException(getClass().getSimpleName() + ": after the run the store holds "
                            + s.size() + " records of " + c.treeSize() + " and verifies as " + v);
                }
            }
        } finally {
            if (log != null) {
                log.close();
            }
            dispose();
        }
    }

    private EvidenceRecord append(Cursor cursor) {
        return log.append(events[cursor.next()]);
    }

    /**
     * One appender.
     *
     * @param cursor  the thread's cursor
     * @return the acknowledged record
     */
    @Benchmark
    @Threads(1)
    public EvidenceRecord append01(Cursor cursor) {
        return append(cursor);
    }

    /**
     * Eight concurrent appenders.
     *
     * @param cursor  the thread's cursor
     * @return the acknowledged record
     */
    @Benchmark
    @Threads(8)
    public EvidenceRecord append08(Cursor cursor) {
        return append(cursor);
    }

    /**
     * Thirty-two concurrent appenders.
     *
     * @param cursor  the thread's cursor
     * @return the acknowledged record
     */
    @Benchmark
    @Threads(32)
    public EvidenceRecord append32(Cursor cursor) {
        return append(cursor);
    }
}
