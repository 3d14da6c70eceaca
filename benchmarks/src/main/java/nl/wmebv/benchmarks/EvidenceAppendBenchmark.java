package nl.wmebv.benchmarks;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.MerkleTree;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
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

/**
 * Part 4 of issue 8, first figure: appending to the evidence log in memory ({@link EvidenceLog#append} on an
 * {@link InMemoryEvidenceStore}: salt, record encoding, store, RFC 9162 Merkle hashing, the query indexes), in
 * records per second, against the floor in the same run: one SHA-256 over the same record bytes with the leaf
 * prefix, which no Merkle log can undercut. Between the two, {@link MerkleTree#append} alone shows what the
 * tree costs. The log, the tree and the store start empty at every iteration, so memory stays bounded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvidenceAppendBenchmark {
    private static final int RING = 1024;

    private EvidenceEvent[] events;
    private byte[][] encoded;
    private KeyPair key;
    private MessageDigest sha256;
    private EvidenceLog log;
    private MerkleTree tree;
    private int next;

    /**
     * Generates the events, encodes them as the log does and checks that the floor hashes exactly the bytes the
     * log hashes: the leaf hashes and the root of the log equal those computed here with a bare SHA-256.
     */
    @Setup(Level.Trial)
    public void setUp() {
        events = EvidenceWorkload.events(RING);
        key = EvidenceWorkload.keys();
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        EvidenceLog check = EvidenceWorkload.open(InMemoryEvidenceStore.create(), key);
        encoded = new byte[RING][];
        byte[][] leaves = new byte[RING][];
        for (int i = 0; i < RING; i++) {
            EvidenceRecord r = check.append(events[i]);
            encoded[i] = r.encode();
            leaves[i] = leaf(encoded[i]);
            if (!r.leafHash().equals(Sha256Digest.of(hex(leaves[i])))) {
                throw new IllegalStateException("record " + i + ": the log's leaf hash is not SHA-256(0x00 || bytes)");
            }
        }
        // RFC 9162 with RING a power of two: pair the hashes level by level.
        byte[][] level = leaves;
        while (level.length > 1) {
            byte[][] up = new byte[level.length / 2][];
            for (int i = 0; i < up.length; i++) {
                sha256.update((byte) 1);
                sha256.update(level[2 * i]);
                up[i] = sha256.digest(level[2 * i + 1]);
            }
            level = up;
        }
        if (!check.root().equals(Sha256Digest.of(hex(level[0])))) {
            throw new IllegalStateException("the log's root differs from the root computed with a bare SHA-256");
        }
    }

    /** Starts every iteration with an empty log and tree. */
    @Setup(Level.Iteration)
    public void emptyLog() {
        log = EvidenceWorkload.open(InMemoryEvidenceStore.create(), key);
        tree = MerkleTree.create();
    }

    private byte[] leaf(byte[] entry) {
        sha256.update((byte) 0);
        return sha256.digest(entry);
    }

    private static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

    private int next() {
        next = (next + 1) & (RING - 1);
        return next;
    }

    /**
     * The library: one durable (in memory) append with salt, encoding, Merkle hashing and indexing.
     *
     * @return the record
     */
    @Benchmark
    public EvidenceRecord logAppend() {
        return log.append(events[next()]);
    }

    /**
     * The tree alone: leaf hash and the amortised interior hashes of an RFC 9162 tree, on the encoded bytes.
     *
     * @return the leaf hash
     */
    @Benchmark
    public Sha256Digest treeAppend() {
        return tree.append(encoded[next()]);
    }

    /**
     * The floor: SHA-256 of {@code 0x00 || record bytes}, nothing else.
     *
     * @return the hash
     */
    @Benchmark
    public byte[] sha256Floor() {
        return leaf(encoded[next()]);
    }
}
