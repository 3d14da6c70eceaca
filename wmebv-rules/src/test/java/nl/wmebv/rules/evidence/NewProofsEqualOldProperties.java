package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 4: the tree now keeps the right-edge hashes of the last size asked for and hands out raw
 * paths; its proofs and roots must be exactly those of the tree before the change, {@link LegacyMerkleTree}
 * (the old code kept verbatim as oracle). Raw bytes are compared for every pair, the public records (digests,
 * {@code equals}, {@code hashCode}, {@code toString}) for a regular sample and every seeded case.
 */
@DisplayName("RFC 9162 proofs: the new tree's proofs equal the old tree's, exhaustively up to 2,000 leaves and seeded beyond")
class NewProofsEqualOldProperties {
    private static final long SEED = 0x8_0004_2026L;
    private static final int SMALL = 2_000;
    private static final int LARGE = 200_003;
    private static final int CASES = 1_000;
    /** Compare the public records of every SAMPLE-th pair of the exhaustive loops (raw bytes are compared always). */
    private static final int SAMPLE = 61;

    private static MerkleTree small;
    private static LegacyMerkleTree smallOld;
    private static MerkleTree large;
    private static LegacyMerkleTree largeOld;

    @BeforeAll
    static void trees() {
        SplittableRandom r = new SplittableRandom(SEED);
        small = MerkleTree.create();
        smallOld = LegacyMerkleTree.create();
        fill(r, SMALL, small, smallOld);
        large = MerkleTree.create();
        largeOld = LegacyMerkleTree.create();
        fill(r, LARGE, large, largeOld);
    }

    private static void fill(SplittableRandom r, int n, MerkleTree t, LegacyMerkleTree old) {
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[r.nextInt(24)];
            r.nextBytes(b);
            t.append(b);
            old.append(b);
        }
    }

    private static void sameRaw(List<byte[]> expected, InclusionProof actual, Supplier<String> where) {
        sameRaw(expected, actual.path(), where);
    }

    private static void sameRaw(List<byte[]> expected, ConsistencyProof actual, Supplier<String> where) {
        sameRaw(expected, actual.path(), where);
    }

    /** Raw hashes equal; the message is built only on a failure (the exhaustive loops compare 4 million paths). */
    private static void sameRaw(List<byte[]> expected, List<?> path, Supplier<String> where) {
        ProofPath p = assertInstanceOf(ProofPath.class, path, where);
        if (expected.size() != p.size()) {
            assertEquals(expected.size(), p.size(), () -> where.get() + ": path length");
        }
        for (int k = 0; k < p.size(); k++) {
            if (!Arrays.equals(expected.get(k), p.hash(k))) {
                int kk = k;
                assertArrayEquals(expected.get(k), p.hash(k), () -> where.get() + ": hash " + kk);
            }
        }
    }

    private static void samePublic(Object expected, Object actual, String where) {
        assertEquals(expected, actual, where);
        assertEquals(actual, expected, where + " (symmetric)");
        assertEquals(expected.hashCode(), actual.hashCode(), where + ": hashCode");
        assertEquals(expected.toString(), actual.toString(), where + ": toString");
    }

    @Test
    @DisplayName("every inclusion proof (leaf i, size n) for n <= 2,000, and every root, equals the old one")
    void allInclusionProofsSmall() {
        long pairs = 0;
        for (int n = 1; n <= SMALL; n++) {
            String size = "seed " + SEED + " size " + n;
            assertEquals(smallOld.rootAt(n), small.rootAt(n), size + ": root");
            for (int i = 0; i < n; i++) {
                int ii = i;
                sameRaw(smallOld.rawPath(i, n), small.inclusionProof(i, n), () -> size + " leaf " + ii);
                if (pairs % SAMPLE == 0 || i == n - 1) {
                    String where = size + " leaf " + i;
                    InclusionProof p = small.inclusionProof(i, n);
                    samePublic(smallOld.inclusionProof(i, n), p, where);
                    assertTrue(p.verify(small.leafHashAt(i), small.rootAt(n)).valid(), where + ": verifies");
                }
                pairs++;
            }
        }
        assertEquals((long) SMALL * (SMALL + 1) / 2, pairs, "seed " + SEED + ": pairs compared");
    }

    @Test
    @DisplayName("every consistency proof (m, n) for m <= n <= 2,000 equals the old one")
    void allConsistencyProofsSmall() {
        long pairs = 0;
        for (int n = 0; n <= SMALL; n++) {
            for (int m = 0; m <= n; m++) {
                int mm = m;
                int nn = n;
                ConsistencyProof p = small.consistencyProof(m, n);
                sameRaw(smallOld.rawSubproof(m, n), p, () -> "seed " + SEED + " consistency " + mm + " -> " + nn);
                if (pairs % SAMPLE == 0 || m == n - 1) {
                    String where = "seed " + SEED + " consistency " + m + " -> " + n;
                    samePublic(smallOld.consistencyProof(m, n), p, where);
                    assertTrue(p.verify(small.rootAt(m), small.rootAt(n)).valid(), where + ": verifies");
                }
                pairs++;
            }
        }
        assertEquals((long) (SMALL + 1) * (SMALL + 2) / 2, pairs, "seed " + SEED + ": pairs compared");
    }

    /** Sizes above 2,000 favouring powers of two and their neighbours, sizes of many bits, and the whole tree. */
    private static long size(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                long p = 1L << (11 + r.nextInt(7));                 // 2^11 .. 2^17
                return p + r.nextInt(3) - 1;
            case 1:
                return LARGE;
            default:
                return SMALL + 1 + r.nextInt(LARGE - SMALL);
        }
    }

    /** Leaves favouring the edges: the first, the last, either side of the top split, and anywhere. */
    private static long leaf(SplittableRandom r, long n) {
        long k = Hashing.splitPoint(n);
        switch (r.nextInt(5)) {
            case 0:
                return 0;
            case 1:
                return n - 1;
            case 2:
                return k - 1;
            case 3:
                return k + r.nextLong(n - k);                      // right of the top split: the right edge
            default:
                return r.nextLong(n);
        }
    }

    @Test
    @DisplayName("1,000 seeded (leaf, size) and (old, new) pairs in a tree of 200,003 leaves equal the old proofs")
    void seededLarge() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        int powersOfTwo = 0;
        int manyBits = 0;
        int rightOfSplit = 0;
        int lastLeaf = 0;
        int oldPowerOfTwo = 0;
        int sizeRepeated = 0;
        long previous = -1;
        for (int c = 0; c < CASES; c++) {
            long n = r.nextInt(4) == 0 && previous > 0 ? previous : size(r);    // a quarter ask the last size again
            long i = leaf(r, n);
            long m = r.nextBoolean() ? 1L << r.nextInt(64 - Long.numberOfLeadingZeros(n)) : r.nextLong(n + 1);
            String where = "seed " + (SEED + 1) + " case " + c + " leaf " + i + " size " + n;
            InclusionProof p = large.inclusionProof(i, n);
            samePublic(largeOld.inclusionProof(i, n), p, where);
            sameRaw(largeOld.rawPath(i, n), p, () -> where);
            assertEquals(largeOld.rootAt(n), large.rootAt(n), where + ": root");
            assertTrue(p.verify(large.leafHashAt(i), large.rootAt(n)).valid(), where + ": verifies");
            String cwhere = "seed " + (SEED + 1) + " case " + c + " consistency " + m + " -> " + n;
            ConsistencyProof q = large.consistencyProof(m, n);
            samePublic(largeOld.consistencyProof(m, n), q, cwhere);
            sameRaw(largeOld.rawSubproof(m, n), q, () -> cwhere);
            assertTrue(q.verify(large.rootAt(m), large.rootAt(n)).valid(), cwhere + ": verifies");
            powersOfTwo += Long.bitCount(n) == 1 ? 1 : 0;
            manyBits += Long.bitCount(n) >= 8 ? 1 : 0;
            rightOfSplit += i >= Hashing.splitPoint(n) ? 1 : 0;
            lastLeaf += i == n - 1 ? 1 : 0;
            oldPowerOfTwo += m > 0 && m < n && Long.bitCount(m) == 1 ? 1 : 0;
            sizeRepeated += n == previous ? 1 : 0;
            previous = n;
        }
        String seed = "seed " + (SEED + 1) + ": ";
        assertTrue(powersOfTwo > 50, seed + "generator covers power-of-two sizes: " + powersOfTwo);
        assertTrue(manyBits > 200, seed + "generator covers sizes of 8 or more bits (long right edges): " + manyBits);
        assertTrue(rightOfSplit > 300, seed + "generator covers leaves right of the top split: " + rightOfSplit);
        assertTrue(lastLeaf > 100, seed + "generator covers the last leaf: " + lastLeaf);
        assertTrue(oldPowerOfTwo > 200, seed + "generator covers power-of-two old sizes: " + oldPowerOfTwo);
        assertTrue(sizeRepeated > 150, seed + "generator asks the same size again (right edge reused): " + sizeRepeated);
    }

    @Test
    @DisplayName("while the tree grows, proofs at the new size and at earlier sizes equal the old ones (no stale right edge)")
    void growing() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        MerkleTree t = MerkleTree.create();
        LegacyMerkleTree old = LegacyMerkleTree.create();
        int earlierSizes = 0;
        for (int n = 1; n <= 1_200; n++) {
            fill(r, 1, t, old);
            int earlier = 1 + r.nextInt(n);
            for (int size : new int[] {n, earlier, n}) {
                long i = r.nextInt(size);
                String where = "seed " + (SEED + 2) + " grown to " + n + ": leaf " + i + " size " + size;
                samePublic(old.inclusionProof(i, size), t.inclusionProof(i, size), where);
                assertEquals(old.root(), t.root(), where + ": root");
                long m = r.nextInt(size + 1);
                samePublic(old.consistencyProof(m, size), t.consistencyProof(m, size), where + " from " + m);
            }
            earlierSizes += earlier < n ? 1 : 0;
        }
        assertTrue(earlierSizes > 1_000, "seed " + (SEED + 2) + ": generator asks earlier sizes: " + earlierSizes);
    }
}
