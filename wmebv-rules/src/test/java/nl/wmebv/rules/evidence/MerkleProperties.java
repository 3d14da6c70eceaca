package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import nl.wmebv.core.message.Sha256Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RFC 9162 Merkle tree: properties over seeded random trees")
class MerkleProperties {
    private static final long SEED = 0x9162_2025L;
    private static final int CASES = 1_200;

    /** Sizes favouring the boundaries: powers of two and their neighbours. */
    private static int size(SplittableRandom r) {
        if (r.nextInt(3) == 0) {
            int p = 1 << r.nextInt(9);
            return Math.max(1, p + r.nextInt(3) - 1);
        }
        return 1 + r.nextInt(300);
    }

    private static List<byte[]> entries(SplittableRandom r, int n) {
        List<byte[]> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[r.nextInt(40)];
            r.nextBytes(b);
            l.add(b);
        }
        return l;
    }

    /** The root by the RFC 9162 definition, recursive, independent of the tree's cache. */
    private static byte[] naiveRoot(List<byte[]> d) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        if (d.isEmpty()) {
            return md.digest();
        }
        if (d.size() == 1) {
            md.update((byte) 0);
            return md.digest(d.get(0));
        }
        int k = 1;
        while (k * 2 < d.size()) {
            k *= 2;
        }
        byte[] left = naiveRoot(d.subList(0, k));
        byte[] right = naiveRoot(d.subList(k, d.size()));
        md.update((byte) 1);
        md.update(left);
        return md.digest(right);
    }

    private static MerkleTree tree(List<byte[]> d) {
        MerkleTree t = MerkleTree.create();
        d.forEach(t::append);
        return t;
    }

    @Test
    @DisplayName("roots equal the recursive definition; every appended entry verifies; altered entries do not")
    void inclusionHolds() throws Exception {
        SplittableRandom r = new SplittableRandom(SEED);
        int powersOfTwo = 0;
        int oddLeaf = 0;
        int wrongSizes = 0;
        for (int c = 0; c < CASES; c++) {
            int n = size(r);
            int cs = c;
            List<byte[]> d = entries(r, n);
            MerkleTree t = tree(d);
            Sha256Digest root = t.root();
            assertEquals(MerkleTree.digest(naiveRoot(d)), root, () -> "seed " + SEED + " case " + cs + " size " + n);
            int i = r.nextInt(n);
            InclusionProof p = t.inclusionProof(i, n);
            assertTrue(p.verify(MerkleTree.leafHash(d.get(i)), root).valid(), () -> "seed " + SEED + " case " + cs);
            byte[] changed = d.get(i).length == 0 ? new byte[] {0} : d.get(i).clone();
            if (d.get(i).length > 0) {
                changed[r.nextInt(changed.length)] ^= (byte) (1 + r.nextInt(255));
            }
            assertFalse(p.verify(MerkleTree.leafHash(changed), root).valid(), () -> "seed " + SEED + " case " + cs);
            int wrongSize = n < 2 ? n + 1 : (r.nextBoolean() ? 2 * n : n / 2);
            if (i < wrongSize) {
                MerkleTree other = tree(entries(r, wrongSize));
                if (other.inclusionProof(i, wrongSize).path().size() != p.path().size()) {
                    Verification v = new InclusionProof(i, wrongSize, p.path()).verify(t.leafHashAt(i), root);
                    assertTrue(!v.valid() && v.reason().startsWith("pathToo"), () -> "seed " + SEED + " case " + cs
                            + " wrong size " + wrongSize + ": " + v);
                    wrongSizes++;
                }
            }
            powersOfTwo += Long.bitCount(n) == 1 ? 1 : 0;
            oddLeaf += (n % 2 == 1 && i == n - 1 && n > 1) ? 1 : 0;
        }
        assertTrue(powersOfTwo > 100, "generator covers power-of-two sizes: " + powersOfTwo);
        assertTrue(wrongSizes > 300, "generator covers wrong tree sizes: " + wrongSizes);
        assertTrue(oddLeaf > 5, "generator covers the last leaf of odd trees: " + oddLeaf);
    }

    @Test
    @DisplayName("every leaf of small trees verifies (exhaustive up to 70 leaves)")
    void everyLeafSmall() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int n = 1; n <= 70; n++) {
            List<byte[]> d = entries(r, n);
            MerkleTree t = tree(d);
            for (int i = 0; i < n; i++) {
                int ni = n;
                int ii = i;
                assertTrue(t.inclusionProof(i, n).verify(MerkleTree.leafHash(d.get(i)), t.root()).valid(),
                        () -> "seed " + SEED + " size " + ni + " leaf " + ii);
            }
        }
    }

    @Test
    @DisplayName("consistency holds for all m <= n up to 70, and fails against a rewritten old tree")
    void consistencyHolds() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        int checked = 0;
        for (int n = 0; n <= 70; n++) {
            List<byte[]> d = entries(r, n);
            MerkleTree t = tree(d);
            for (int m = 0; m <= n; m++) {
                int nm = n;
                int mm = m;
                ConsistencyProof p = t.consistencyProof(m, n);
                assertTrue(p.verify(t.rootAt(m), t.rootAt(n)).valid(), () -> "seed " + SEED + " " + mm + "->" + nm);
                if (m > 0 && m < n) {
                    List<byte[]> rewritten = new ArrayList<>(d);
                    int j = r.nextInt(m);
                    byte[] b = Arrays.copyOf(d.get(j), d.get(j).length + 1);
                    rewritten.set(j, b);
                    MerkleTree other = tree(rewritten);
                    assertFalse(p.verify(other.rootAt(m), t.rootAt(n)).valid(), () -> "seed " + SEED + " " + mm + "->" + nm);
                    assertFalse(other.consistencyProof(m, n).verify(t.rootAt(m), other.rootAt(n)).valid(),
                            () -> "seed " + SEED + " rewritten " + mm + "->" + nm);
                }
                checked++;
            }
        }
        assertTrue(checked > 2_500, "pairs checked: " + checked);
    }

    @Test
    @DisplayName("reordering two different entries or truncating the log changes the root and breaks proofs")
    void reorderAndTruncate() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        for (int c = 0; c < CASES; c++) {
            int n = 2 + r.nextInt(200);
            int cs = c;
            List<byte[]> d = entries(r, n);
            MerkleTree t = tree(d);
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            if (i != j && !Arrays.equals(d.get(i), d.get(j))) {
                List<byte[]> swapped = new ArrayList<>(d);
                swapped.set(i, d.get(j));
                swapped.set(j, d.get(i));
                assertNotEquals(t.root(), tree(swapped).root(), () -> "seed " + SEED + " case " + cs + " reorder");
            }
            int cut = 1 + r.nextInt(n);
            List<byte[]> truncated = d.subList(0, n - cut);
            MerkleTree tt = tree(truncated);
            assertNotEquals(t.root(), tt.root(), () -> "seed " + SEED + " case " + cs + " truncate");
            int k = r.nextInt(n);
            assertFalse(t.inclusionProof(k, n).verify(t.leafHashAt(k), tt.root()).valid(),
                    () -> "seed " + SEED + " case " + cs + " proof against truncated root");
        }
    }
}
