package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.Sha256Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("RFC 9162 Merkle tree: known answers from the reference vectors")
class MerkleTreeTest {
    /** The vectors of rfc9162-vectors.txt (transparency-dev/merkle, proof/verify_test.go). */
    static final List<byte[]> LEAVES = new ArrayList<>();
    static final List<String> ROOTS = new ArrayList<>();
    static final List<String[]> INCLUSION = new ArrayList<>();
    static final List<String[]> CONSISTENCY = new ArrayList<>();
    static String empty;

    static {
        try (InputStream in = MerkleTreeTest.class.getResourceAsStream("rfc9162-vectors.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                switch (f[0]) {
                    case "leaf": LEAVES.add(f[1].equals("-") ? new byte[0] : HexFormat.of().parseHex(f[1])); break;
                    case "root": assertEquals(ROOTS.size() + 1, Integer.parseInt(f[1])); ROOTS.add(f[2]); break;
                    case "inclusion": INCLUSION.add(f); break;
                    case "consistency": CONSISTENCY.add(f); break;
                    case "empty": empty = f[1]; break;
                    default: throw new AssertionError(line);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static MerkleTree tree(int size) {
        MerkleTree t = MerkleTree.create();
        for (int i = 0; i < size; i++) {
            t.append(LEAVES.get(i));
        }
        return t;
    }

    static List<Sha256Digest> path(String[] f) {
        return Arrays.stream(f, 3, f.length).map(Sha256Digest::of).toList();
    }

    static Stream<Arguments> inclusion() {
        return INCLUSION.stream().map(f -> Arguments.of((Object) f));
    }

    static Stream<Arguments> consistency() {
        return CONSISTENCY.stream().map(f -> Arguments.of((Object) f));
    }

    @Test
    @DisplayName("the vector file was read completely: 8 leaves, 8 roots, 5 inclusion and 5 consistency vectors")
    void vectorsRead() {
        assertEquals(8, LEAVES.size());
        assertEquals(8, ROOTS.size());
        assertEquals(5, INCLUSION.size());
        assertEquals(5, CONSISTENCY.size());
    }

    @Test
    @DisplayName("root hashes of sizes 0 to 8 equal the reference roots")
    void roots() {
        MerkleTree t = tree(8);
        assertEquals(empty, t.rootAt(0).hex());
        for (int n = 1; n <= 8; n++) {
            assertEquals(ROOTS.get(n - 1), t.rootAt(n).hex(), "size " + n);
            assertEquals(ROOTS.get(n - 1), tree(n).root().hex(), "fresh tree of size " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("inclusion")
    @DisplayName("inclusion proofs equal the reference proofs and verify")
    void inclusionProofs(String[] f) {
        long index = Long.parseLong(f[1]);
        long size = Long.parseLong(f[2]);
        InclusionProof p = tree(8).inclusionProof(index, size);
        assertEquals(path(f), p.path());
        Sha256Digest leaf = MerkleTree.leafHash(LEAVES.get((int) index));
        Sha256Digest root = Sha256Digest.of(ROOTS.get((int) size - 1));
        assertTrue(p.verify(leaf, root).valid());
    }

    @ParameterizedTest
    @MethodSource("inclusion")
    @DisplayName("corrupted inclusion proofs fail: wrong index, wrong size, wrong leaf or root, garbage, flipped bits")
    void corruptedInclusion(String[] f) {
        long index = Long.parseLong(f[1]);
        long size = Long.parseLong(f[2]);
        List<Sha256Digest> path = path(f);
        Sha256Digest leaf = MerkleTree.leafHash(LEAVES.get((int) index));
        Sha256Digest root = Sha256Digest.of(ROOTS.get((int) size - 1));
        Sha256Digest other = Sha256Digest.of(empty);
        List<InclusionProof> bad = new ArrayList<>(List.of(
                new InclusionProof(index - 1, size, path), new InclusionProof(index + 1, size, path),
                new InclusionProof(index ^ 2, size, path), new InclusionProof(index, size * 2, path),
                new InclusionProof(index, size / 2, path),
                new InclusionProof(index, size, concat(path, List.of(root))),
                new InclusionProof(index, size, concat(List.of(root), path))));
        for (int i = 0; i < path.size(); i++) {
            List<Sha256Digest> flipped = new ArrayList<>(path);
            byte[] b = flipped.get(i).toBytes();
            b[0] ^= 8;
            flipped.set(i, MerkleTree.digest(b));
            bad.add(new InclusionProof(index, size, flipped));
        }
        if (!path.isEmpty()) {
            bad.add(new InclusionProof(index, size, path.subList(0, path.size() - 1)));
        }
        for (InclusionProof p : bad) {
            assertFalse(p.verify(leaf, root).valid(), () -> "accepted " + p);
        }
        InclusionProof good = new InclusionProof(index, size, path);
        assertFalse(good.verify(other, root).valid(), "wrong leaf");
        assertFalse(good.verify(leaf, other).valid(), "wrong root");
    }

    @ParameterizedTest
    @MethodSource("consistency")
    @DisplayName("consistency proofs equal the reference proofs and verify")
    void consistencyProofs(String[] f) {
        long m = Long.parseLong(f[1]);
        long n = Long.parseLong(f[2]);
        ConsistencyProof p = tree(8).consistencyProof(m, n);
        assertEquals(path(f), p.path());
        assertTrue(p.verify(Sha256Digest.of(ROOTS.get((int) m - 1)), Sha256Digest.of(ROOTS.get((int) n - 1))).valid());
    }

    @ParameterizedTest
    @MethodSource("consistency")
    @DisplayName("corrupted consistency proofs fail: wrong sizes, roots, swapped roots, garbage, truncation, flipped bits")
    void corruptedConsistency(String[] f) {
        long m = Long.parseLong(f[1]);
        long n = Long.parseLong(f[2]);
        List<Sha256Digest> path = path(f);
        if (path.isEmpty()) {
            return;   // the trivial vector (1, 1) has nothing to corrupt; see trivialConsistency
        }
        Sha256Digest r1 = Sha256Digest.of(ROOTS.get((int) m - 1));
        Sha256Digest r2 = Sha256Digest.of(ROOTS.get((int) n - 1));
        List<ConsistencyProof> bad = new ArrayList<>(List.of(
                new ConsistencyProof(m - 1, n, path), new ConsistencyProof(m + 1, n, path),
                new ConsistencyProof(m ^ 2, n, path), new ConsistencyProof(m, n * 2, path),
                new ConsistencyProof(m, n / 2, path), new ConsistencyProof(m, n, List.of()),
                new ConsistencyProof(m, n, concat(path, List.of(r1))), new ConsistencyProof(m, n, concat(path, List.of(r2))),
                new ConsistencyProof(m, n, concat(List.of(r1), path)), new ConsistencyProof(m, n, concat(List.of(r2), path)),
                new ConsistencyProof(m, n, concat(List.of(path.get(0)), path)),
                new ConsistencyProof(m, n, path.subList(0, path.size() - 1))));
        for (int i = 0; i < path.size(); i++) {
            List<Sha256Digest> flipped = new ArrayList<>(path);
            byte[] b = flipped.get(i).toBytes();
            b[0] ^= 16;
            flipped.set(i, MerkleTree.digest(b));
            bad.add(new ConsistencyProof(m, n, flipped));
        }
        for (ConsistencyProof p : bad) {
            assertFalse(p.verify(r1, r2).valid(), () -> "accepted " + p);
        }
        ConsistencyProof good = new ConsistencyProof(m, n, path);
        assertFalse(good.verify(r2, r1).valid(), "swapped roots");
        assertFalse(good.verify(Sha256Digest.of(empty), r2).valid(), "wrong root1");
        assertFalse(good.verify(r1, Sha256Digest.of(empty)).valid(), "wrong root2");
    }

    @Nested
    @DisplayName("edge cases of RFC 9162 section 2.1.4.2 (as in the reference tests)")
    class Trivial {
        final Sha256Digest a = MerkleTree.leafHash(new byte[] {1});
        final Sha256Digest b = MerkleTree.leafHash(new byte[] {2});

        @Test
        @DisplayName("an empty old tree is consistent with any tree, with an empty proof only")
        void fromEmpty() {
            assertTrue(new ConsistencyProof(0, 0, List.of()).verify(a, a).valid());
            assertTrue(new ConsistencyProof(0, 1, List.of()).verify(a, b).valid());
            assertEquals("pathNotEmpty", new ConsistencyProof(0, 1, List.of(a)).verify(a, b).reason());
        }

        @Test
        @DisplayName("equal sizes need equal roots and an empty proof")
        void equalSizes() {
            assertTrue(new ConsistencyProof(1, 1, List.of()).verify(b, b).valid());
            assertEquals("rootMismatch", new ConsistencyProof(1, 1, List.of()).verify(a, b).reason());
            assertEquals("pathNotEmpty", new ConsistencyProof(1, 1, List.of(a)).verify(a, a).reason());
        }

        @Test
        @DisplayName("time travel to the past is refused: old size greater than new size")
        void pastIsRefused() {
            assertEquals("sizeOutOfRange", new ConsistencyProof(1, 0, List.of()).verify(a, b).reason());
            assertEquals("sizeOutOfRange", new ConsistencyProof(2, 1, List.of()).verify(a, b).reason());
        }

        @Test
        @DisplayName("an empty proof between different sizes is refused")
        void emptyProof() {
            assertEquals("pathEmpty", new ConsistencyProof(1, 2, List.of()).verify(a, b).reason());
        }

        @Test
        @DisplayName("inclusion in impossible trees is refused with indexOutOfRange")
        void impossibleInclusion() {
            for (long[] p : new long[][] {{0, 0}, {1, 0}, {2, 1}, {-1, 4}}) {
                assertEquals("indexOutOfRange", new InclusionProof(p[0], p[1], List.of()).verify(a, a).reason(),
                        () -> Arrays.toString(p));
            }
            assertTrue(new InclusionProof(0, 1, List.of()).verify(a, a).valid(), "a one-leaf tree: leaf is root");
        }

        @Test
        @DisplayName("a proof too long or too short names that")
        void lengths() {
            MerkleTree t = tree(5);
            InclusionProof p = t.inclusionProof(1, 5);
            Sha256Digest leaf = t.leafHashAt(1);
            assertEquals("pathTooLong", new InclusionProof(1, 5, concat(p.path(), List.of(a))).verify(leaf, t.root()).reason());
            assertEquals("pathTooShort", new InclusionProof(1, 5, p.path().subList(0, 2)).verify(leaf, t.root()).reason());
        }
    }

    @Nested
    @DisplayName("bad input names the field")
    class BadInput {
        @Test
        @DisplayName("sizes and indexes outside the tree")
        void ranges() {
            MerkleTree t = tree(3);
            assertEquals("treeSize", assertThrows(InvalidInputException.class, () -> t.rootAt(4)).field());
            assertEquals("treeSize", assertThrows(InvalidInputException.class, () -> t.inclusionProof(0, 4)).field());
            assertEquals("leafIndex", assertThrows(InvalidInputException.class, () -> t.inclusionProof(3, 3)).field());
            assertEquals("oldSize", assertThrows(InvalidInputException.class, () -> t.consistencyProof(3, 2)).field());
            assertEquals("newSize", assertThrows(InvalidInputException.class, () -> t.consistencyProof(0, 4)).field());
            assertEquals("index", assertThrows(InvalidInputException.class, () -> t.leafHashAt(-1)).field());
        }

        @Test
        @DisplayName("null arguments")
        void nulls() {
            MerkleTree t = tree(1);
            assertEquals("entry", assertThrows(InvalidInputException.class, () -> t.append(null)).field());
            assertEquals("path", assertThrows(InvalidInputException.class, () -> new InclusionProof(0, 1, null)).field());
            assertEquals("path", assertThrows(InvalidInputException.class, () -> new ConsistencyProof(0, 1, null)).field());
            assertEquals("leafHash", assertThrows(InvalidInputException.class,
                    () -> new InclusionProof(0, 1, List.of()).verify(null, t.root())).field());
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
