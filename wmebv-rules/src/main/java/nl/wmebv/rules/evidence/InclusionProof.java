package nl.wmebv.rules.evidence;

import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * An inclusion proof (audit path) of RFC 9162, section 2.1.3: the sibling hashes that, with a leaf hash,
 * recompute the root of a tree of {@code treeSize} leaves. It shows that one evidence record is in the log
 * a signed {@link Checkpoint} vouches for (Awb 2:25; P26).
 *
 * <p>Any numbers are accepted here, so that a proof read from an export can be represented as it is;
 * {@link #verify(Sha256Digest, Sha256Digest)} rejects the impossible ones with a reason. This record is
 * immutable and thread-safe.
 *
 * @param leafIndex  the index of the leaf, zero-based
 * @param treeSize   the number of leaves of the tree
 * @param path       the sibling hashes, bottom-up
 */
public record InclusionProof(long leafIndex, long treeSize, List<Sha256Digest> path) {

    /**
     * Validates and copies the proof.
     *
     * @param leafIndex  the index of the leaf
     * @param treeSize   the tree size
     * @param path       the hashes, not null, no null elements
     * @throws nl.wmebv.core.InvalidInputException if {@code path} is null or holds null ({@code field() "path"})
     */
    public InclusionProof {
        path = ProofPath.copy(path, "path");
    }

    /**
     * Verifies the proof with the algorithm of RFC 9162, section 2.1.3.2.
     *
     * @param leafHash  the hash of the entry ({@link MerkleTree#leafHash(byte[])}), not null
     * @param root      the root hash of the tree of {@link #treeSize()} leaves, not null
     * @return valid, or the reason: {@code "indexOutOfRange"}, {@code "pathTooLong"}, {@code "pathTooShort"} or
     *         {@code "rootMismatch"}
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public Verification verify(Sha256Digest leafHash, Sha256Digest root) {
        Checks.notNull(leafHash, "leafHash");
        Checks.notNull(root, "root");
        if (leafIndex < 0 || treeSize <= 0 || leafIndex >= treeSize) {
            return Verification.failed("indexOutOfRange",
                    "leaf index " + leafIndex + " is not in a tree of size " + treeSize);
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash.toBytes();
        for (int i = 0; i < path.size(); i++) {
            if (sn == 0) {
                return Verification.failed("pathTooLong", "the path has more hashes than a tree of size "
                        + treeSize + " needs for leaf " + leafIndex);
            }
            byte[] p = ProofPath.bytes(path, i);
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashing.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hashing.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verification.failed("pathTooShort", "the path has fewer hashes than a tree of size "
                    + treeSize + " needs for leaf " + leafIndex);
        }
        if (!MerkleTree.same(r, root)) {
            return Verification.failed("rootMismatch", "the path does not lead from leaf " + leafIndex
                    + " to the root of the tree of size " + treeSize);
        }
        return Verification.ok("leaf " + leafIndex + " is in the tree of size " + treeSize);
    }
}
