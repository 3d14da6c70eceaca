package nl.wmebv.rules.evidence;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * The hashes of a proof as the tree computed them: raw 32-byte hashes, turned into a {@link Sha256Digest}
 * each time one is read (a new, equal digest per read). Building a proof converted every hash to a validated hex digest at once, 310&ndash;384
 * bytes and most of the time of a proof at 10<sup>6</sup> records (JFR, issue 8); a proof that is only
 * verified, or whose hashes are only partly read, no longer pays for that.
 *
 * <p>Immutable as a list (every mutator throws {@link UnsupportedOperationException}), no null elements, and
 * equal to any list of the same digests. The hash arrays are never handed out or changed, so it is
 * thread-safe.
 */
final class ProofPath extends AbstractList<Sha256Digest> implements RandomAccess {
    private static final ProofPath EMPTY = new ProofPath(new byte[0][]);

    private final byte[][] hashes;

    private ProofPath(byte[][] hashes) {
        this.hashes = hashes;
    }

    /**
     * Takes ownership of hashes computed by the tree: the caller must not keep or change the array or its
     * elements, and every element must be a 32-byte hash.
     */
    static ProofPath owning(byte[][] hashes) {
        return hashes.length == 0 ? EMPTY : new ProofPath(hashes);
    }

    /** The raw hash at an index, shared: callers only read it. */
    byte[] hash(int index) {
        return hashes[index];
    }

    /**
     * The bytes of a proof hash for computing with: the raw hash if the list is a tree's path (never changed by
     * the caller), else the digest's bytes.
     */
    static byte[] bytes(List<Sha256Digest> path, int index) {
        return path instanceof ProofPath p ? p.hashes[index] : path.get(index).toBytes();
    }

    /** The list itself if it is a tree's path (immutable already), else an unmodifiable copy without nulls. */
    static List<Sha256Digest> copy(List<Sha256Digest> path, String field) {
        return path instanceof ProofPath ? path : Checks.listCopy(path, field);
    }

    @Override
    public Sha256Digest get(int index) {
        return MerkleTree.digest(hashes[index]);
    }

    @Override
    public int size() {
        return hashes.length;
    }
}
