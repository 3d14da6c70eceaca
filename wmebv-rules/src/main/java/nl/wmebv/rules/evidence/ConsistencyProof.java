package nl.wmebv.rules.evidence;

import java.util.List;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * A consistency proof of RFC 9162, section 2.1.4: the hashes that show a tree of {@code newSize} leaves
 * extends the tree of {@code oldSize} leaves without changing, removing or reordering any of them. It is how
 * a later checkpoint of the evidence log is shown to continue an earlier one (Awb 2:25; P26).
 *
 * <p>Any numbers are accepted here; {@link #verify(Sha256Digest, Sha256Digest)} rejects the impossible ones
 * with a reason. This record is immutable and thread-safe.
 *
 * @param oldSize  the size of the earlier tree
 * @param newSize  the size of the later tree
 * @param path     the proof hashes
 */
public record ConsistencyProof(long oldSize, long newSize, List<Sha256Digest> path) {

    /**
     * Validates and copies the proof.
     *
     * @param oldSize  the earlier size
     * @param newSize  the later size
     * @param path     the hashes, not null, no null elements
     * @throws nl.wmebv.core.InvalidInputException if {@code path} is null or holds null ({@code field() "path"})
     */
    public ConsistencyProof {
        path = ProofPath.copy(path, "path");
    }

    /**
     * Verifies the proof with the algorithm of RFC 9162, section 2.1.4.2. An empty old tree is consistent
     * with every tree (the proof must be empty); equal sizes need equal roots and an empty proof.
     *
     * @param oldRoot  the root hash of the tree of {@link #oldSize()} leaves, not null
     * @param newRoot  the root hash of the tree of {@link #newSize()} leaves, not null
     * @return valid, or the reason: {@code "sizeOutOfRange"}, {@code "pathNotEmpty"}, {@code "pathEmpty"},
     *         {@code "pathTooLong"}, {@code "pathTooShort"} or {@code "rootMismatch"}
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public Verification verify(Sha256Digest oldRoot, Sha256Digest newRoot) {
        Checks.notNull(oldRoot, "oldRoot");
        Checks.notNull(newRoot, "newRoot");
        if (oldSize < 0 || newSize < 0 || oldSize > newSize) {
            return Verification.failed("sizeOutOfRange", "old size " + oldSize + " and new size " + newSize
                    + " are not 0 <= old <= new");
        }
        if (oldSize == 0 || oldSize == newSize) {
            if (!path.isEmpty()) {
                return Verification.failed("pathNotEmpty", "a proof from size " + oldSize + " to " + newSize
                        + " must be empty");
            }
            if (oldSize == newSize && !oldRoot.equals(newRoot)) {
                return Verification.failed("rootMismatch", "equal sizes " + oldSize + " but different roots");
            }
            return Verification.ok("size " + oldSize + " is consistent with size " + newSize);
        }
        if (path.isEmpty()) {
            return Verification.failed("pathEmpty", "a proof from size " + oldSize + " to " + newSize
                    + " cannot be empty");
        }
        // RFC 9162: if the old size is a power of two, the old root is the first hash of the proof.
        int first = Long.bitCount(oldSize) == 1 ? -1 : 0;
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = first < 0 ? oldRoot.toBytes() : ProofPath.bytes(path, 0);
        byte[] sr = fr;
        for (int i = first + 1; i < path.size(); i++) {
            if (sn == 0) {
                return Verification.failed("pathTooLong", "the proof has more hashes than sizes " + oldSize
                        + " and " + newSize + " need");
            }
            byte[] cb = ProofPath.bytes(path, i);
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashing.node(cb, fr);
                sr = Hashing.node(cb, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hashing.node(sr, cb);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verification.failed("pathTooShort", "the proof has fewer hashes than sizes " + oldSize
                    + " and " + newSize + " need");
        }
        if (!MerkleTree.same(fr, oldRoot) || !MerkleTree.same(sr, newRoot)) {
            return Verification.failed("rootMismatch", "the proof does not lead to both roots of sizes "
                    + oldSize + " and " + newSize);
        }
        return Verification.ok("size " + oldSize + " is consistent with size " + newSize);
    }
}
