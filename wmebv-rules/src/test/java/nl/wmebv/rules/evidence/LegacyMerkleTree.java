package nl.wmebv.rules.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * ORACLE COPY. An append-only Merkle tree as defined in RFC 9162, section 2.1: the hash of an entry (a leaf) is
 * {@code SHA-256(0x00 || entry)}, the hash of an interior node {@code SHA-256(0x01 || left || right)}, and a
 * tree of {@code n > 1} leaves splits at the largest power of two smaller than {@code n}.
 *
 * <p>The tree keeps the hash of every complete, aligned subtree it has seen, so the root of any earlier size
 * and the inclusion and consistency proofs of RFC 9162 (sections 2.1.3 and 2.1.4) cost {@code O(log n)}
 * hashes; appending costs amortised {@code O(1)}. It holds up to {@link Integer#MAX_VALUE} leaves. It is the
 * tree of the evidence log (<em>bewijslast</em>, Awb 2:25; P26), but knows nothing about evidence.
 *
 * <p>This class is mutable and <strong>not</strong> thread-safe: {@link EvidenceLog} guards it.
 */
final class LegacyMerkleTree {
    // Test oracle (issue 8 part 4): the MerkleTree of commit 2eea201, before the right-edge cache and the raw
    // proof paths, kept verbatim below apart from the class name and the two raw accessors at the end. The
    // new tree's proofs must equal this tree's proofs (NewProofsEqualOldProperties).

    /** levels.get(h).get(i) is the hash of leaves [i * 2^h, (i + 1) * 2^h). */
    private final List<List<byte[]>> levels = new ArrayList<>();

    private LegacyMerkleTree() {
        levels.add(new ArrayList<>());
    }

    /**
     * Creates an empty tree.
     *
     * @return a new tree without leaves
     */
    public static LegacyMerkleTree create() {
        return new LegacyMerkleTree();
    }

    /**
     * Returns the RFC 9162 hash of an entry: {@code SHA-256(0x00 || entry)}.
     *
     * @param entry  the entry's bytes, not null
     * @return the leaf hash
     * @throws InvalidInputException if {@code entry} is null ({@code field() "entry"})
     */
    public static Sha256Digest leafHash(byte[] entry) {
        Checks.notNull(entry, "entry");
        return digest(Hashing.leaf(entry));
    }

    /**
     * Appends an entry.
     *
     * @param entry  the entry's bytes, not null
     * @return the entry's leaf hash
     * @throws InvalidInputException if {@code entry} is null, or the tree is full ({@code constraint() "capacity"})
     */
    public Sha256Digest append(byte[] entry) {
        Checks.notNull(entry, "entry");
        byte[] leaf = Hashing.leaf(entry);
        appendLeafHash(leaf);
        return digest(leaf);
    }

    /**
     * Appends an entry without returning its leaf hash: the evidence log's path, which never reads it (turning
     * the hash into a {@link Sha256Digest} was 8 % of a verification; JFR, issue 8).
     *
     * @param entry  the entry's bytes, not null
     */
    void appendEntry(byte[] entry) {
        appendLeafHash(Hashing.leaf(entry));
    }

    /**
     * Appends a leaf whose hash is already known, e.g. when reopening a store.
     *
     * @param leafHash  the leaf hash, not null
     * @throws InvalidInputException if {@code leafHash} is null, or the tree is full
     */
    public void appendLeafHash(Sha256Digest leafHash) {
        Checks.notNull(leafHash, "leafHash");
        appendLeafHash(leafHash.toBytes());
    }

    private void appendLeafHash(byte[] leaf) {
        if (levels.get(0).size() == Integer.MAX_VALUE) {
            throw new InvalidInputException("entry", "capacity", "the tree holds at most " + Integer.MAX_VALUE + " leaves");
        }
        levels.get(0).add(leaf);
        int h = 0;
        while (levels.get(h).size() % 2 == 0) {
            List<byte[]> level = levels.get(h);
            byte[] parent = Hashing.node(level.get(level.size() - 2), level.get(level.size() - 1));
            if (levels.size() == h + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(h + 1).add(parent);
            h++;
        }
    }

    /**
     * Returns the number of leaves.
     *
     * @return the tree size
     */
    public long size() {
        return levels.get(0).size();
    }

    /**
     * Returns the leaf hash at an index.
     *
     * @param index  the leaf index, from 0 to {@code size() - 1}
     * @return the leaf hash
     * @throws InvalidInputException if the index is out of range ({@code field() "index"})
     */
    public Sha256Digest leafHashAt(long index) {
        Checks.require(index >= 0 && index < size(), "index", "range", "must be in [0, " + size() + "), is " + index, null);
        return digest(levels.get(0).get((int) index));
    }

    /**
     * Returns the root hash of the current tree; the hash of the empty string for an empty tree.
     *
     * @return the root hash
     */
    public Sha256Digest root() {
        return rootAt(size());
    }

    /**
     * Returns the root hash the tree had at an earlier size (RFC 9162, section 2.1.1).
     *
     * @param treeSize  the size, from 0 to {@link #size()}
     * @return the root hash of the first {@code treeSize} leaves
     * @throws InvalidInputException if the size is out of range ({@code field() "treeSize"})
     */
    public Sha256Digest rootAt(long treeSize) {
        Checks.require(treeSize >= 0 && treeSize <= size(), "treeSize", "range",
                "must be in [0, " + size() + "], is " + treeSize, null);
        return digest(treeSize == 0 ? Hashing.empty() : hash(0, treeSize));
    }

    /**
     * Returns the inclusion proof of a leaf in the tree of a given size (RFC 9162, section 2.1.3.1).
     *
     * @param leafIndex  the leaf, from 0 to {@code treeSize - 1}
     * @param treeSize   the tree size, from 1 to {@link #size()}
     * @return the proof
     * @throws InvalidInputException if a number is out of range ({@code field() "treeSize"} or {@code "leafIndex"})
     */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        Checks.require(treeSize >= 1 && treeSize <= size(), "treeSize", "range",
                "must be in [1, " + size() + "], is " + treeSize, null);
        Checks.require(leafIndex >= 0 && leafIndex < treeSize, "leafIndex", "range",
                "must be in [0, " + treeSize + "), is " + leafIndex, null);
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, path);
        return new InclusionProof(leafIndex, treeSize, digests(path));
    }

    /**
     * Returns the consistency proof between two sizes of the tree (RFC 9162, section 2.1.4.1).
     *
     * @param oldSize  the earlier size, from 0 to {@code newSize}
     * @param newSize  the later size, up to {@link #size()}
     * @return the proof; empty when {@code oldSize} is 0 or equals {@code newSize}
     * @throws InvalidInputException if a size is out of range ({@code field() "newSize"} or {@code "oldSize"})
     */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        Checks.require(newSize >= 0 && newSize <= size(), "newSize", "range",
                "must be in [0, " + size() + "], is " + newSize, null);
        Checks.require(oldSize >= 0 && oldSize <= newSize, "oldSize", "range",
                "must be in [0, " + newSize + "], is " + oldSize, null);
        List<byte[]> path = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, path);
        }
        return new ConsistencyProof(oldSize, newSize, digests(path));
    }

    /** PATH(m, D[from:to]) of RFC 9162, m relative to from. */
    private void path(long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n <= 1) {
            return;
        }
        long k = Hashing.splitPoint(n);
        if (m < k) {
            path(m, from, from + k, out);
            out.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, out);
            out.add(hash(from, from + k));
        }
    }

    /** SUBPROOF(m, D[from:to], b) of RFC 9162, m relative to from. */
    private void subproof(long m, long from, long to, boolean complete, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(hash(from, to));
            }
            return;
        }
        long k = Hashing.splitPoint(n);
        if (m <= k) {
            subproof(m, from, from + k, complete, out);
            out.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, out);
            out.add(hash(from, from + k));
        }
    }

    /** MTH(D[from:to]) for a non-empty range inside the tree. */
    private byte[] hash(long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1 && from % n == 0) {
            int h = Long.numberOfTrailingZeros(n);
            return levels.get(h).get((int) (from / n));
        }
        long k = Hashing.splitPoint(n);
        return Hashing.node(hash(from, from + k), hash(from + k, to));
    }

    static Sha256Digest digest(byte[] hash) {
        return Sha256Digest.of(HexFormat.of().formatHex(hash));
    }

    private static List<Sha256Digest> digests(List<byte[]> hashes) {
        return hashes.stream().map(LegacyMerkleTree::digest).toList();
    }

    static boolean same(byte[] a, Sha256Digest b) {
        return Arrays.equals(a, b.toBytes());
    }

    // ---- test-only accessors of the verbatim code above ----

    /** The raw inclusion path, as the old code computed it before converting to digests. */
    List<byte[]> rawPath(long leafIndex, long treeSize) {
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, path);
        return path;
    }

    /** The raw consistency path, as the old code computed it before converting to digests. */
    List<byte[]> rawSubproof(long oldSize, long newSize) {
        List<byte[]> path = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, path);
        }
        return path;
    }
}
