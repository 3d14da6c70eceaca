package nl.wmebv.benchmarks;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.ConsistencyProof;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.InclusionProof;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 8 part 4, what a caller does with a proof, on the logs of {@link EvidenceLogBenchmark} (same states,
 * same set-up checks). Since the tree hands out its raw hashes and makes a {@link Sha256Digest} only when a
 * path entry is read, {@link EvidenceLogBenchmark#inclusionProof} no longer includes that conversion; these
 * benchmarks put it back, and measure consistency proofs (RFC 9162 section 2.1.4), which had the same costs:
 * <ul>
 *   <li>{@link #proofAndEveryDigest}: the proof, then every path entry read as a digest (what building a proof
 *       cost before: every hash converted at once), as an export does;</li>
 *   <li>{@link #proofVerified}: the proof, verified against the signed root (RFC 9162 section 2.1.3.2: one
 *       node hash per path entry), as a check before handing a record out does;</li>
 *   <li>{@link #consistencyProof}: the consistency proof from a random earlier size (a record index + 1) to
 *       the whole log, and {@link #consistencyProofAndEveryDigest} with every entry read as a digest.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProofUseBenchmark {

    /**
     * The leaf hashes of the ring of records the proofs are asked for, computed once; the set-up also checks
     * that consistency proofs verify (the inclusion proofs are checked by {@link EvidenceLogBenchmark.Log}).
     */
    @State(Scope.Benchmark)
    public static class Leaves {
        Sha256Digest[] hashes;

        /**
         * Reads the leaf hash of every record of the ring, and checks 16 consistency proofs from small sizes
         * against roots computed here with a bare SHA-256 (RFC 9162 MTH, recursive), and that each fails
         * against the root of the size one larger.
         *
         * @param log  the filled log
         */
        @Setup(Level.Trial)
        public void setUp(EvidenceLogBenchmark.Log log) {
            hashes = new Sha256Digest[log.indexes.length];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = log.log.record(log.indexes[i]).leafHash();
            }
            MessageDigest md = EvidenceLogBenchmark.sha256();
            Sha256Digest newRoot = log.checkpoint.rootHash();
            for (int i = 0; i < 16; i++) {
                long m = 1 + log.indexes[i] % 3_000;
                ConsistencyProof p = log.log.consistencyProof(m, log.records);
                Sha256Digest oldRoot = Sha256Digest.of(HexFormat.of().formatHex(mth(log.store, 0, m, md)));
                Sha256Digest otherRoot = Sha256Digest.of(HexFormat.of().formatHex(mth(log.store, 0, m + 1, md)));
                EvidenceLogBenchmark.require(p.verify(oldRoot, newRoot).valid(), "consistency " + m + " -> " + log.records);
                EvidenceLogBenchmark.require(!p.verify(otherRoot, newRoot).valid(),
                        "consistency " + m + " -> " + log.records + " also holds for the root of " + (m + 1));
            }
        }

        /** MTH(D[from:to]) of RFC 9162 section 2.1.1 over the stored entries, by its recursive definition. */
        private static byte[] mth(EvidenceStore store, long from, long to, MessageDigest md) {
            if (to - from == 1) {
                md.update((byte) 0);
                return md.digest(store.read(from));
            }
            long k = Long.highestOneBit(to - from - 1);
            byte[] left = mth(store, from, from + k, md);
            byte[] right = mth(store, from + k, to, md);
            md.update((byte) 1);
            md.update(left);
            return md.digest(right);
        }
    }

    /**
     * The proof of a random record against the whole log, every path entry read as a {@link Sha256Digest}.
     *
     * @param log     the log
     * @param cursor  the thread's cursor
     * @param bh      the sink for the digests
     * @return the proof
     */
    @Benchmark
    public InclusionProof proofAndEveryDigest(EvidenceLogBenchmark.Log log, EvidenceLogBenchmark.Cursor cursor,
            Blackhole bh) {
        InclusionProof p = log.log.inclusionProof(log.indexes[cursor.next()], log.records);
        for (Sha256Digest d : p.path()) {
            bh.consume(d);
        }
        return p;
    }

    /**
     * The proof of a random record, verified against the checkpoint's root.
     *
     * @param log     the log
     * @param leaves  the leaf hashes of the ring
     * @param cursor  the thread's cursor
     * @return the verification (valid)
     */
    @Benchmark
    public Verification proofVerified(EvidenceLogBenchmark.Log log, Leaves leaves, EvidenceLogBenchmark.Cursor cursor) {
        int i = cursor.next();
        return log.log.inclusionProof(log.indexes[i], log.records).verify(leaves.hashes[i], log.checkpoint.rootHash());
    }

    /**
     * The consistency proof from a random earlier size to the whole log.
     *
     * @param log     the log
     * @param cursor  the thread's cursor
     * @return the proof
     */
    @Benchmark
    public ConsistencyProof consistencyProof(EvidenceLogBenchmark.Log log, EvidenceLogBenchmark.Cursor cursor) {
        return log.log.consistencyProof(log.indexes[cursor.next()] + 1, log.records);
    }

    /**
     * The consistency proof from a random earlier size to the whole log, every entry read as a digest.
     *
     * @param log     the log
     * @param cursor  the thread's cursor
     * @param bh      the sink for the digests
     * @return the proof
     */
    @Benchmark
    public ConsistencyProof consistencyProofAndEveryDigest(EvidenceLogBenchmark.Log log,
            EvidenceLogBenchmark.Cursor cursor, Blackhole bh) {
        ConsistencyProof p = log.log.consistencyProof(log.indexes[cursor.next()] + 1, log.records);
        for (Sha256Digest d : p.path()) {
            bh.consume(d);
        }
        return p;
    }
}
