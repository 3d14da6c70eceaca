package nl.wmebv.rules.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * An append-only Merkle tree as defined in RFC 9162, section 2.1: the hash of an entry (a leaf) is
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
public final class MerkleTree {
    /** levels.get(h).get(i) is the hash of leaves [i * 2^h, (i + 1) * 2^h). */
    private final List<List<byte[]>> levels = new ArrayList<>();
    /** The right edge of the last size asked for; immutable once published, so a racing reader sees a whole one. */
    private volatile Edge edge;

    private MerkleTree() {
        levels.add(new ArrayList<>());
    }

    /**
     * Creates an empty tree.
     *
     * @return a new tree without leaves
     */
    public static MerkleTree create() {
        return new MerkleTree();
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
        if (!(index >= 0 && index < size())) {
            throw new InvalidInputException("index", "range", "must be in [0, " + size() + "), is " + index, null);
        }
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
        if (!(treeSize >= 0 && treeSize <= size())) {
            throw new InvalidInputException("treeSize", "range", "must be in [0, " + size() + "], is " + treeSize, null);
        }
        return digest(treeSize == 0 ? Hashing.empty() : hash(0, treeSize, edge(treeSize)));
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
        if (!(treeSize >= 1 && treeSize <= size())) {
            throw new InvalidInputException("treeSize", "range", "must be in [1, " + size() + "], is " + treeSize, null);
        }
        if (!(leafIndex >= 0 && leafIndex < treeSize)) {
            throw new InvalidInputException("leafIndex", "range", "must be in [0, " + treeSize + "), is " + leafIndex, null);
        }
        return new InclusionProof(leafIndex, treeSize, ProofPath.owning(path(leafIndex, treeSize, edge(treeSize))));
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
        if (!(newSize >= 0 && newSize <= size())) {
            throw new InvalidInputException("newSize", "range", "must be in [0, " + size() + "], is " + newSize, null);
        }
        if (!(oldSize >= 0 && oldSize <= newSize)) {
            throw new InvalidInputException("oldSize", "range", "must be in [0, " + newSize + "], is " + oldSize, null);
        }
        if (oldSize == 0 || oldSize == newSize) {
            return new ConsistencyProof(oldSize, newSize, ProofPath.owning(new byte[0][]));
        }
        List<byte[]> path = new ArrayList<>();
        subproof(oldSize, 0, newSize, true, edge(newSize), path);
        return new ConsistencyProof(oldSize, newSize, ProofPath.owning(path.toArray(new byte[0][])));
    }

    /**
     * PATH(m, D[0:n]) of RFC 9162, section 2.1.3.1, without recursion: descend from the root towards leaf m
     * once to count the levels, then again taking at each level the sibling's hash (a stored complete subtree,
     * or the right edge), filling the path from its end (the RFC's order is bottom-up).
     */
    private byte[][] path(long m, long n, Edge edge) {
        int depth = 0;
        for (long from = 0, to = n; to - from > 1; depth++) {
            long k = Hashing.splitPoint(to - from);
            if (m - from < k) {
                to = from + k;
            } else {
                from += k;
            }
        }
        byte[][] path = new byte[depth][];
        long from = 0;
        long to = n;
        while (to - from > 1) {
            long k = Hashing.splitPoint(to - from);
            if (m - from < k) {
                path[--depth] = hash(from + k, to, edge);
                to = from + k;
            } else {
                path[--depth] = hash(from, from + k, edge);
                from += k;
            }
        }
        return path;
    }

    /** SUBPROOF(m, D[from:to], b) of RFC 9162, section 2.1.4.1, m relative to from. */
    private void subproof(long m, long from, long to, boolean complete, Edge edge, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(hash(from, to, edge));
            }
            return;
        }
        long k = Hashing.splitPoint(n);
        if (m <= k) {
            subproof(m, from, from + k, complete, edge, out);
            out.add(hash(from + k, to, edge));
        } else {
            subproof(m - k, from + k, to, false, edge, out);
            out.add(hash(from, from + k, edge));
        }
    }

    /**
     * MTH(D[from:to]) for a non-empty range inside the tree: a stored complete subtree, a right-edge hash of
     * {@code edge}, or (neither) computed from its halves.
     */
    private byte[] hash(long from, long to, Edge edge) {
        long n = to - from;
        if ((n & (n - 1)) == 0 && (from & (n - 1)) == 0) {
            // a complete subtree of 2^h leaves at a multiple of 2^h, stored. Masks and a shift instead of two
            // 64-bit divisions per level: this method was 71 % of a proof once the digests were gone (JFR, issue 8)
            int h = Long.numberOfTrailingZeros(n);
            return levels.get(h).get((int) (from >>> h));
        }
        if (edge != null && to == edge.size) {
            byte[] h = edge.suffix(n);
            if (h != null) {
                return h;
            }
        }
        long k = Hashing.splitPoint(n);
        return Hashing.node(hash(from, from + k, edge), hash(from + k, to, edge));
    }

    /**
     * The right-edge hashes of the tree of size {@code n}, computed once and kept while proofs ask for that
     * size. Every proof against size n needs hashes of ranges {@code D[from:n]} that are not complete
     * subtrees (the tree keeps only those); before issue 8 part 4 each proof recomputed them, up to
     * popcount(n) &minus; 1 node hashes. The tree only grows, so the hashes of a size never change.
     */
    private Edge edge(long n) {
        Edge e = edge;
        if (e == null || e.size != n) {
            e = Edge.of(this, n);
            edge = e;
        }
        return e;
    }

    /**
     * The hashes MTH(D[n - s : n]) of the right edge of a tree of size n, for every suffix length s that is n
     * with its higher bits cleared: {@code n = 2^b1 + 2^b2 + ... + 2^bp} (b1 &gt; ... &gt; bp) is split by
     * RFC 9162 into complete subtrees of 2^b1, 2^b2, ... leaves, and the right edge holds the suffixes
     * {@code 2^bi + ... + 2^bp}. Indexed by the bit length of s, which is {@code bi + 1}.
     */
    private static final class Edge {
        final long size;
        private final byte[][] suffixes = new byte[65][];

        private Edge(long size) {
            this.size = size;
        }

        /** From the lowest subtree up: suffix(i) = node(subtree(i), suffix(i + 1)); popcount(n) - 1 hashes. */
        static Edge of(MerkleTree tree, long n) {
            Edge e = new Edge(n);
            long rest = n;
            byte[] acc = null;
            while (rest != 0) {
                long block = Long.lowestOneBit(rest);
                rest -= block;
                int h = Long.numberOfTrailingZeros(block);
                byte[] subtree = tree.levels.get(h).get((int) (rest >>> h));
                acc = acc == null ? subtree : Hashing.node(subtree, acc);
                e.suffixes[64 - Long.numberOfLeadingZeros(n - rest)] = acc;
            }
            return e;
        }

        /** MTH(D[size - s : size]), or null if s is not a right-edge suffix of this size. */
        byte[] suffix(long s) {
            int bits = 64 - Long.numberOfLeadingZeros(s);
            return s == (size & ((1L << bits) - 1)) ? suffixes[bits] : null;
        }
    }

    static Sha256Digest digest(byte[] hash) {
        return Sha256Digest.of(HexFormat.of().formatHex(hash));
    }

    static boolean same(byte[] a, Sha256Digest b) {
        return Arrays.equals(a, b.toBytes());
    }
}
