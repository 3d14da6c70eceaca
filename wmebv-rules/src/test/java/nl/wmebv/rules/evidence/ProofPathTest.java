package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.Sha256Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A proof's path as the tree hands it out: raw hashes, read as digests, an unmodifiable list")
class ProofPathTest {
    /** A tree of 7 leaves "0".."6": an inclusion proof of leaf 2 has 3 hashes, none of them on the tree's cache. */
    private static MerkleTree seven() {
        MerkleTree t = MerkleTree.create();
        for (int i = 0; i < 7; i++) {
            t.append(String.valueOf(i).getBytes(StandardCharsets.US_ASCII));
        }
        return t;
    }

    @Test
    @DisplayName("the path reads as the digests of RFC 9162 PATH(2, D[0:7]), computed here from the leaves by hand")
    void readsAsDigests() {
        MerkleTree t = seven();
        // PATH(2, D[0:7]) = PATH(2, D[0:4]) : MTH(D[4:7]); PATH(2, D[0:4]) = PATH(0, D[2:4]) : MTH(D[0:2]);
        // PATH(0, D[2:4]) = [MTH(D[3:4])]. So: leaf 3, node(leaf 0, leaf 1), node(node(leaf 4, leaf 5), leaf 6).
        byte[] l0 = Hashing.leaf(new byte[] {'0'});
        byte[] l1 = Hashing.leaf(new byte[] {'1'});
        byte[] l3 = Hashing.leaf(new byte[] {'3'});
        byte[] l4 = Hashing.leaf(new byte[] {'4'});
        byte[] l5 = Hashing.leaf(new byte[] {'5'});
        byte[] l6 = Hashing.leaf(new byte[] {'6'});
        List<Sha256Digest> expected = List.of(MerkleTree.digest(l3), MerkleTree.digest(Hashing.node(l0, l1)),
                MerkleTree.digest(Hashing.node(Hashing.node(l4, l5), l6)));
        List<Sha256Digest> path = t.inclusionProof(2, 7).path();
        assertInstanceOf(ProofPath.class, path);
        assertEquals(expected, path);
        assertEquals(path, expected);
        assertEquals(expected.hashCode(), path.hashCode());
        assertEquals(expected.toString(), path.toString());
        assertEquals(expected, new ArrayList<>(path));
        assertEquals(expected.subList(1, 3), path.subList(1, 3));
        assertTrue(path.contains(expected.get(2)));
        assertFalse(path.contains(MerkleTree.digest(l0)));
        assertNotSame(path.get(1), path.get(1), "each read makes a new digest...");
        assertEquals(path.get(1), path.get(1), "...equal to the last");
    }

    @Test
    @DisplayName("the list cannot be changed, and indexes outside it are refused")
    void unmodifiable() {
        List<Sha256Digest> path = seven().inclusionProof(2, 7).path();
        Sha256Digest d = path.get(0);
        assertThrows(UnsupportedOperationException.class, () -> path.add(d));
        assertThrows(UnsupportedOperationException.class, () -> path.set(0, d));
        assertThrows(UnsupportedOperationException.class, () -> path.remove(0));
        assertThrows(UnsupportedOperationException.class, path::clear);
        Iterator<Sha256Digest> it = path.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertThrows(IndexOutOfBoundsException.class, () -> path.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> path.get(3));
        assertEquals(3, path.size());
    }

    @Test
    @DisplayName("a digest read from the path is a copy: changing its bytes changes neither the path nor the tree")
    void noSharedBytes() {
        MerkleTree t = seven();
        InclusionProof p = t.inclusionProof(2, 7);
        byte[] b = p.path().get(0).toBytes();
        Arrays.fill(b, (byte) 0);
        assertTrue(p.verify(t.leafHashAt(2), t.root()).valid());
        assertEquals(p, t.inclusionProof(2, 7));
    }

    @Test
    @DisplayName("a proof from the tree equals, and verifies like, the same proof built from a plain list (as read from an export)")
    void treeAndPlainListAgree() {
        MerkleTree t = seven();
        for (int n = 1; n <= 7; n++) {
            for (int i = 0; i < n; i++) {
                InclusionProof fromTree = t.inclusionProof(i, n);
                InclusionProof fromList = new InclusionProof(i, n, List.copyOf(new ArrayList<>(fromTree.path())));
                assertNotSame(fromTree.path(), fromList.path());
                assertEquals(fromTree, fromList, i + " in " + n);
                assertEquals(fromTree.hashCode(), fromList.hashCode(), i + " in " + n);
                assertEquals(fromTree.verify(t.leafHashAt(i), t.rootAt(n)), fromList.verify(t.leafHashAt(i), t.rootAt(n)));
                assertTrue(fromTree.verify(t.leafHashAt(i), t.rootAt(n)).valid(), i + " in " + n);
                assertFalse(fromTree.verify(t.leafHashAt((i + 1) % 7), t.rootAt(n)).valid() && n > 1, i + " in " + n);
            }
            for (int m = 0; m <= n; m++) {
                ConsistencyProof fromTree = t.consistencyProof(m, n);
                ConsistencyProof fromList = new ConsistencyProof(m, n, new ArrayList<>(fromTree.path()));
                assertEquals(fromTree, fromList, m + " -> " + n);
                assertTrue(fromTree.verify(t.rootAt(m), t.rootAt(n)).valid(), m + " -> " + n);
                assertTrue(fromList.verify(t.rootAt(m), t.rootAt(n)).valid(), m + " -> " + n);
            }
        }
    }

    @Test
    @DisplayName("a plain list is still copied and checked: a null hash names its index")
    void plainListChecked() {
        Sha256Digest d = seven().root();
        List<Sha256Digest> withNull = Arrays.asList(d, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new InclusionProof(0, 4, withNull));
        assertEquals("path[1]", e.field());
        e = assertThrows(InvalidInputException.class, () -> new ConsistencyProof(1, 4, withNull));
        assertEquals("path[1]", e.field());
        List<Sha256Digest> mutable = new ArrayList<>(List.of(d));
        InclusionProof p = new InclusionProof(0, 2, mutable);
        mutable.clear();
        assertEquals(1, p.path().size(), "the proof holds a copy");
    }
}
