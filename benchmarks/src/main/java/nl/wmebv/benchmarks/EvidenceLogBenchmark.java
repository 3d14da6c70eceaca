package nl.wmebv.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceCopy;
import nl.wmebv.rules.evidence.EvidenceCopyRequest;
import nl.wmebv.rules.evidence.EvidenceCopyVerifier;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.InclusionProof;
import nl.wmebv.rules.evidence.Verification;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parts 4 and 5 of issue 8 on a filled log of {@code records} = 10<sup>3</sup> to 10<sup>6</sup> records
 * ({@link EvidenceWorkload}, in memory):
 * <ul>
 *   <li>{@link #inclusionProof}: an RFC 9162 inclusion proof of a random record against the whole log (goal
 *       &le; 20 &micro;s at 10<sup>6</sup>), and the curve against the size; floor: one interior-node SHA-256
 *       ({@link #sha256NodeFloor}), the unit a proof is made of;</li>
 *   <li>{@link #verifyFullLog}: {@link EvidenceLog#verify} of the whole store against its signed checkpoint
 *       (decode every record, rebuild the tree, compare the root; goal &le; 3 s at 10<sup>6</sup>), single
 *       shot; floor: the RFC 9162 root over the same stored bytes with a bare SHA-256
 *       ({@link #rootFloor});</li>
 *   <li>{@link #copyForOneParty}: the copy (<em>afschrift</em>, Awb 2:25) for one party, records with their
 *       inclusion proofs and a freshly signed checkpoint, and {@link #copyForOnePartyAsJson} with its export;
 *       floor: the bare query {@link EvidenceLog#byParty} ({@link #byPartyFloor}). The set-up prints the
 *       copy's size.</li>
 * </ul>
 * Set-up checks: 64 proofs verify against the root and have the RFC 9162 length, a proof of another record
 * does not; the floor's root equals the signed root; the store verifies against the checkpoint; the copy holds
 * exactly the party's records (counted independently from the workload's rule) and its export verifies
 * offline with the public key.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvidenceLogBenchmark {
    private static final int RING = 1024;

    /** A filled log, its checkpoint and the questions asked of it. */
    @State(Scope.Benchmark)
    public static class Log {
        /** Records in the log. */
        @Param({"1000", "10000", "100000", "1000000"})
        public int records;

        EvidenceStore store;
        EvidenceLog log;
        KeyPair key;
        Checkpoint checkpoint;
        long[] indexes;
        PartyId party;
        EvidenceCopyRequest request;

        /** Fills the log and runs the set-up checks. */
        @Setup(Level.Trial)
        public void setUp() {
            key = EvidenceWorkload.keys();
            store = InMemoryEvidenceStore.create();
            log = EvidenceWorkload.open(store, key);
            EvidenceWorkload.fill(log, records);
            checkpoint = log.checkpoint();
            SplittableRandom random = new SplittableRandom(Workload.SEED);
            indexes = new long[RING];
            for (int i = 0; i < RING; i++) {
                indexes[i] = random.nextLong(records);
            }
            checkProofs();
            checkRoot();
            checkCopy();
        }

        private void checkProofs() {
            int height = 64 - Long.numberOfLeadingZeros(records - 1L);   // ceil(log2 records)
            for (int i = 0; i < 64; i++) {
                long index = indexes[i];
                InclusionProof p = log.inclusionProof(index, records);
                require(p.verify(log.record(index).leafHash(), checkpoint.rootHash()).valid(), "proof of " + index);
                require(p.path().size() <= height && p.path().size() >= height - 1 - Long.bitCount(records),
                        "proof of " + index + " has " + p.path().size() + " hashes, tree height " + height);
                long other = (index + 1) % records;
                require(!p.verify(log.record(other).leafHash(), checkpoint.rootHash()).valid(),
                        "proof of " + index + " also proves record " + other);
            }
        }

        private void checkRoot() {
            require(checkpoint.rootHash().equals(Sha256Digest.of(HexFormat.of().formatHex(floorRoot(store)))),
                    "the bare-SHA-256 root differs from the signed root");
            Verification v = EvidenceLog.verify(store, checkpoint, key.getPublic());
            require(v.valid(), "the log does not verify: " + v);
        }

        private void checkCopy() {
            long p = (records / 2) % EvidenceWorkload.PARTIES;
            party = EvidenceWorkload.party(p);
            request = EvidenceCopyRequest.forPeriod(party, EvidenceWorkload.T0,
                    EvidenceWorkload.T0.plusSeconds(records));
            long expected = 0;
            for (long i = 0; i < records; i++) {
                if (i % EvidenceWorkload.PARTIES == p) {
                    expected++;
                }
            }
            EvidenceCopy copy = log.copy(request);
            require(copy.entries().size() == expected, "copy holds " + copy.entries().size() + " records, expected "
                    + expected);
            for (EvidenceCopy.Entry e : copy.entries()) {
                EvidenceRecord r = e.record();
                EvidenceEvent ev = r.event();
                require(r.index() % EvidenceWorkload.PARTIES == p && ev.parties().equals(java.util.Set.of(party)),
                        "copy for " + party + " holds record " + r.index() + " of " + ev.parties());
            }
            String json = copy.toJson();
            require(EvidenceCopyVerifier.verify(json, key.getPublic()).valid(), "the copy does not verify offline");
            System.out.println("# copy for " + party + " in a log of " + records + " records: " + copy.entries().size()
                    + " records, JSON export " + json.getBytes(StandardCharsets.UTF_8).length + " bytes, Dutch summary "
                    + copy.explain(java.util.Locale.ROOT).length() + " characters");
        }
    }

    /** A thread's place in the ring of indexes, and a SHA-256 for the floors. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;
        private final MessageDigest sha256 = sha256();
        private final byte[] left = new byte[32];
        private final byte[] right = new byte[32];

        int next() {
            next = (next + 1) & (RING - 1);
            return next;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("EvidenceLogBenchmark set-up check failed: " + what);
        }
    }

    /**
     * The RFC 9162 root of every entry of a store with a bare SHA-256: leaves in order on a stack of complete
     * subtrees, merged while the two on top are of equal size, then folded right to left.
     */
    static byte[] floorRoot(EvidenceStore store) {
        MessageDigest md = sha256();
        Deque<byte[]> hashes = new ArrayDeque<>();
        Deque<Long> sizes = new ArrayDeque<>();
        long n = store.size();
        for (long i = 0; i < n; i++) {
            md.update((byte) 0);
            byte[] h = md.digest(store.read(i));
            long size = 1;
            while (!sizes.isEmpty() && sizes.peek() == size) {
                md.update((byte) 1);
                md.update(hashes.pop());
                h = md.digest(h);
                size += sizes.pop();
            }
            hashes.push(h);
            sizes.push(size);
        }
        if (hashes.isEmpty()) {
            return md.digest();
        }
        byte[] root = hashes.pop();
        while (!hashes.isEmpty()) {
            md.update((byte) 1);
            md.update(hashes.pop());
            root = md.digest(root);
        }
        return root;
    }

    /**
     * The inclusion proof of a random record against the whole log.
     *
     * @param log     the log
     * @param cursor  the thread's cursor
     * @return the proof
     */
    @Benchmark
    public InclusionProof inclusionProof(Log log, Cursor cursor) {
        return log.log.inclusionProof(log.indexes[cursor.next()], log.records);
    }

    /**
     * The floor of a proof: one interior-node hash, {@code SHA-256(0x01 || left || right)}.
     *
     * @param cursor  the thread's cursor
     * @return the hash
     */
    @Benchmark
    public byte[] sha256NodeFloor(Cursor cursor) {
        cursor.sha256.update((byte) 1);
        cursor.sha256.update(cursor.left);
        return cursor.sha256.digest(cursor.right);
    }

    /**
     * Full verification of the log against its checkpoint.
     *
     * @param log  the log
     * @return the verification (valid)
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Verification verifyFullLog(Log log) {
        return EvidenceLog.verify(log.store, log.checkpoint, log.key.getPublic());
    }

    /**
     * The floor of verification: the RFC 9162 root over the stored bytes, bare SHA-256, nothing decoded.
     *
     * @param log  the log
     * @return the root
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public byte[] rootFloor(Log log) {
        return floorRoot(log.store);
    }

    /**
     * The copy for one party: his records with inclusion proofs against a checkpoint signed now.
     *
     * @param log  the log
     * @return the copy
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EvidenceCopy copyForOneParty(Log log) {
        return log.log.copy(log.request);
    }

    /**
     * The copy and its export ({@code wmebv-evidence-copy/1}).
     *
     * @param log  the log
     * @return the JSON export
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String copyForOnePartyAsJson(Log log) {
        return log.log.copy(log.request).toJson();
    }

    /**
     * The floor of the copy: the bare query of the party's records, no proofs, no checkpoint.
     *
     * @param log  the log
     * @return the records
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<EvidenceRecord> byPartyFloor(Log log) {
        return log.log.byParty(log.party);
    }
}
