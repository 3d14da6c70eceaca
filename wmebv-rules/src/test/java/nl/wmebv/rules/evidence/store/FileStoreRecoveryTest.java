package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceStoreException;
import nl.wmebv.rules.evidence.Fixtures;
import nl.wmebv.rules.evidence.StoreDamage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The segment-file store on small hand-made files, fast and deterministic (the slow crash, tamper and
 * concurrency tests run the same behaviour at scale). Frames are written here from the documented layout,
 * {@code "WEV1" length(4) entry crc32c(4)} with the checksum over length and entry, independently of the
 * store's own writer; offsets in the expectations are sums of frame sizes (12 + entry length), done by hand.
 */
@DisplayName("Duurzame bestandsopslag — herstel en schade op kleine handgemaakte bestanden")
class FileStoreRecoveryTest {

    /** One frame of the documented layout. */
    static byte[] frame(byte[] entry) {
        ByteBuffer len = ByteBuffer.allocate(4).putInt(entry.length);
        CRC32C c = new CRC32C();
        c.update(len.array());
        c.update(entry);
        return ByteBuffer.allocate(12 + entry.length).put(new byte[] {'W', 'E', 'V', '1'}).putInt(entry.length)
                .put(entry).putInt((int) c.getValue()).array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static final byte[] A = {1, 2, 3};          // frame of 15 bytes
    static final byte[] B = {};                 // frame of 12 bytes
    static final byte[] C = {9, 8, 7, 6, 5};    // frame of 17 bytes

    static Path segment(Path dir, int n) {
        return dir.resolve(String.format("segment-%08d.log", n));
    }

    static List<String> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Nested
    @DisplayName("één schrijver")
    class OneWriter {
        @Test
        @DisplayName("opening a store this process has open already is a store failure, and the first stays usable")
        void secondOpenInThisProcess(@TempDir Path dir) {
            try (FileEvidenceStore first = FileEvidenceStore.open(dir)) {
                first.append(0, List.of(A));
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
                assertTrue(e.getMessage().contains("already open in this process"), e.getMessage());
                first.append(1, List.of(B));
                assertArrayEquals(B, first.read(1));
            }
            try (FileEvidenceStore again = FileEvidenceStore.open(dir)) {
                assertEquals(2, again.size(), "closed, the store opens again with both records");
            }
        }
    }

    @Nested
    @DisplayName("goede bestanden")
    class Sound {
        @Test
        @DisplayName("a hand-made segment of three frames opens with three records, read back byte for byte")
        void handMade(@TempDir Path dir) throws IOException {
            Files.write(segment(dir, 0), concat(frame(A), frame(B), frame(C)));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(3, s.size());
                assertEquals(Optional.empty(), s.damage());
                assertArrayEquals(A, s.read(0));
                assertArrayEquals(B, s.read(1));
                assertArrayEquals(C, s.read(2));
                assertEquals(dir, s.directory());
            }
            assertEquals(15 + 12 + 17, Files.size(segment(dir, 0)), "nothing was cut off");
        }

        @Test
        @DisplayName("the store writes exactly the documented frames, and a batch is read back without reopening")
        void writesTheLayout(@TempDir Path dir) throws IOException {
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                s.append(0, List.of(A, B, C));
                s.append(3, List.of(A));
                assertArrayEquals(A, s.read(0));
                assertArrayEquals(B, s.read(1));
                assertArrayEquals(C, s.read(2));
                assertArrayEquals(A, s.read(3));
                assertEquals("index", assertThrows(InvalidInputException.class, () -> s.read(4)).field());
                assertEquals("index", assertThrows(InvalidInputException.class, () -> s.read(-1)).field());
                assertEquals("entries[]", assertThrows(InvalidInputException.class,
                        () -> s.append(4, java.util.Arrays.asList(A, null))).field());
                assertEquals("entries", assertThrows(InvalidInputException.class, () -> s.append(4, null)).field());
            }
            assertArrayEquals(concat(frame(A), frame(B), frame(C), frame(A)), Files.readAllBytes(segment(dir, 0)));
        }

        @Test
        @DisplayName("a segment that has reached the segment size exactly is full: the next append starts the next segment")
        void rollover(@TempDir Path dir) throws IOException {
            byte[] big = new byte[1012];             // 12 + 1012 = 1024 bytes: exactly the segment size
            big[0] = 42;
            try (FileEvidenceStore s = FileEvidenceStore.open(dir, 1024)) {
                s.append(0, List.of(big));
                assertEquals(1024, Files.size(segment(dir, 0)));
                assertFalse(Files.exists(segment(dir, 1)), "a segment is full only at the size, not before");
                s.append(1, List.of(C));
                assertEquals(1024, Files.size(segment(dir, 0)));
                assertArrayEquals(frame(C), Files.readAllBytes(segment(dir, 1)));
                assertArrayEquals(C, s.read(1));
            }
            try (FileEvidenceStore s = FileEvidenceStore.open(dir, 1024)) {
                assertEquals(2, s.size());
                assertArrayEquals(big, s.read(0));
                assertArrayEquals(C, s.read(1));
            }
        }

        @Test
        @DisplayName("a segment below the segment size takes the next append, even if that crosses the size")
        void belowTheSize(@TempDir Path dir) throws IOException {
            try (FileEvidenceStore s = FileEvidenceStore.open(dir, 1024)) {
                s.append(0, List.of(new byte[1011]));   // 1023 bytes: one short of full
                s.append(1, List.of(A));
            }
            assertEquals(1023 + 15, Files.size(segment(dir, 0)));
            assertFalse(Files.exists(segment(dir, 1)));
        }

        @Test
        @DisplayName("the checkpoint saved last is the latest, also after reopening")
        void checkpoints(@TempDir Path dir) {
            Checkpoint one = Checkpoint.sign("log", 1, Fixtures.digest("r1"), Fixtures.T0, Fixtures.keys().getPrivate());
            Checkpoint two = Checkpoint.sign("log", 2, Fixtures.digest("r2"), Fixtures.T0, Fixtures.keys().getPrivate());
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.empty(), s.latestCheckpoint());
                s.saveCheckpoint(one);
                assertEquals(Optional.of(one), s.latestCheckpoint());
                s.saveCheckpoint(two);
                assertEquals(Optional.of(two), s.latestCheckpoint());
            }
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(two), s.latestCheckpoint());
            }
        }

        @Test
        @DisplayName("closing releases the directory: the same JVM can open it again")
        void closeReleases(@TempDir Path dir) {
            FileEvidenceStore.open(dir, 1024).close();
            try (FileEvidenceStore s = FileEvidenceStore.open(dir, 1024)) {
                assertEquals(0, s.size());
            }
        }
    }

    @Nested
    @DisplayName("afgescheurde staart: een toevoeging die nooit terugkwam")
    class TornTail {
        @Test
        @DisplayName("half a frame after two frames is moved to segment-00000000.log.27.torn and cut off; the records stay")
        void halfFrame(@TempDir Path dir) throws IOException {
            byte[] half = {'W', 'E', 'V', '1', 0, 0, 0, 3, 1};   // a frame of 3 bytes with only 1 written
            Files.write(segment(dir, 0), concat(frame(A), frame(B), half));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(2, s.size());
                assertEquals(Optional.empty(), s.damage(), "a torn tail is not damage");
                s.append(2, List.of(C));
                assertArrayEquals(C, s.read(2));
            }
            // 15 + 12 = 27: the offset of the torn frame
            assertArrayEquals(half, Files.readAllBytes(dir.resolve("segment-00000000.log.27.torn")));
            assertArrayEquals(concat(frame(A), frame(B), frame(C)), Files.readAllBytes(segment(dir, 0)));
        }

        @Test
        @DisplayName("a frame header cut off after 5 bytes is a torn tail too")
        void cutHeader(@TempDir Path dir) throws IOException {
            Files.write(segment(dir, 0), concat(frame(A), new byte[] {'W', 'E', 'V', '1', 0}));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(1, s.size());
                assertEquals(Optional.empty(), s.damage());
            }
            assertArrayEquals(new byte[] {'W', 'E', 'V', '1', 0}, Files.readAllBytes(dir.resolve("segment-00000000.log.15.torn")));
            assertEquals(15, Files.size(segment(dir, 0)));
        }
    }

    @Nested
    @DisplayName("schade: de opslag dient wat ervoor ligt en weigert toevoegingen")
    class Damage {
        void assertNothingMoved(Path dir, byte[] seg0) throws IOException {
            assertArrayEquals(seg0, Files.readAllBytes(segment(dir, 0)), "the damaged segment is left as it was");
            assertTrue(files(dir).stream().noneMatch(f -> f.endsWith(".torn")), "nothing is quarantined");
        }

        @Test
        @DisplayName("one flipped byte in the second entry: checksum mismatch at offset 15, record 1 named, appends refused")
        void flippedByte(@TempDir Path dir) throws IOException {
            byte[] seg = concat(frame(A), frame(C));
            seg[15 + 8 + 2] ^= 1;   // the third byte of C's entry
            Files.write(segment(dir, 0), seg);
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(new StoreDamage(1, "segment 0: checksum mismatch at offset 15")), s.damage());
                assertEquals(1, s.size());
                assertArrayEquals(A, s.read(0));
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.append(1, List.of(B)));
                assertEquals("store", e.field());
                assertEquals("undamaged", e.constraint());
            }
            assertNothingMoved(dir, seg);
        }

        @Test
        @DisplayName("a bad frame marker is damage, not a torn tail")
        void badMarker(@TempDir Path dir) throws IOException {
            byte[] seg = concat(frame(A), frame(C));
            seg[15] = 'X';
            Files.write(segment(dir, 0), seg);
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(new StoreDamage(1, "segment 0: bad frame marker at offset 15")), s.damage());
            }
            assertNothingMoved(dir, seg);
        }

        @Test
        @DisplayName("a cut-off frame in a segment that is not the last is damage: a later segment proves it was acknowledged")
        void tornEarlierSegment(@TempDir Path dir) throws IOException {
            byte[] seg0 = concat(frame(A), new byte[] {'W', 'E', 'V', '1', 0});
            Files.write(segment(dir, 0), seg0);
            Files.write(segment(dir, 1), frame(C));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(new StoreDamage(1,
                        "segment 0: a frame header is cut off at offset 15 of a segment that is not the last")), s.damage());
                assertEquals(1, s.size());
            }
            assertNothingMoved(dir, seg0);
        }

        @Test
        @DisplayName("exactly a header of 8 bytes at the end of an earlier segment: the frame runs past the end")
        void headerOnly(@TempDir Path dir) throws IOException {
            byte[] seg0 = concat(frame(A), new byte[] {'W', 'E', 'V', '1', 0, 0, 0, 0});   // needs 4 more: the checksum
            Files.write(segment(dir, 0), seg0);
            Files.write(segment(dir, 1), frame(C));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(new StoreDamage(1, "segment 0: a frame runs past the end of the file at offset 15"
                        + " of a segment that is not the last")), s.damage());
            }
            assertNothingMoved(dir, seg0);
        }

        @Test
        @DisplayName("a missing segment: the records before it are served, the gap is named")
        void missingSegment(@TempDir Path dir) throws IOException {
            Files.write(segment(dir, 0), concat(frame(A), frame(B)));
            Files.write(segment(dir, 2), frame(C));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.of(new StoreDamage(2, "segment 1 is missing")), s.damage());
                assertEquals(2, s.size());
            }
        }

        @Test
        @DisplayName("damaged or unparsable checkpoints make the store refuse to open")
        void badCheckpoints(@TempDir Path dir) throws IOException {
            Path cp = dir.resolve("checkpoints.log");
            Files.createDirectories(dir);
            byte[] f = frame("wmebv-evidence-checkpoint/v1\n".getBytes(StandardCharsets.UTF_8));
            Files.write(cp, f);
            EvidenceStoreException parse = assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            assertTrue(parse.getMessage().startsWith("the last checkpoint of " + dir + " does not parse"), parse.getMessage());
            f[f.length - 1] ^= 1;
            Files.write(cp, f);
            EvidenceStoreException dmg = assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            assertEquals("the checkpoints of " + dir + " are damaged: checksum mismatch at offset 0", dmg.getMessage());
            Files.delete(cp);
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(Optional.empty(), s.latestCheckpoint(), "a failed open released the directory");
            }
        }

        @Test
        @DisplayName("a segment that cannot be opened: the store does not open, and releases the directory")
        void unopenableSegment(@TempDir Path dir) throws IOException {
            Files.createDirectories(segment(dir, 0));   // a directory where a segment file belongs
            assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            Files.delete(segment(dir, 0));
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(0, s.size());
            }
        }
    }

    @Nested
    @DisplayName("het zijbestand met verwijzingen naar inhoud")
    class Sidecar {
        String sealed(String body) {
            CRC32C c = new CRC32C();
            c.update(body.getBytes(StandardCharsets.UTF_8));
            return body + "end " + HexFormat.of().toHexDigits((int) c.getValue()) + "\n";
        }

        @Test
        @DisplayName("a well-sealed sidecar is read: references by index and purges")
        void read(@TempDir Path dir) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("payload-references"), sealed("wmebv-payload-references/1\nref 0 urn:dms:1\n"
                    + "purge 2026-07-01T12:00:00Z 2026-06-01T12:00:00Z 2\n"), StandardCharsets.UTF_8);
            try (FileEvidenceStore s = FileEvidenceStore.open(dir)) {
                assertEquals(java.util.Map.of(0L, nl.wmebv.rules.evidence.PayloadReference.of("urn:dms:1")),
                        s.payloadReferences());
                assertEquals(List.of(new nl.wmebv.rules.evidence.PayloadPurge(java.time.Instant.parse("2026-07-01T12:00:00Z"),
                        java.time.Instant.parse("2026-06-01T12:00:00Z"), 2)), s.payloadPurges());
            }
        }

        @Test
        @DisplayName("a sealed sidecar with a line that is neither reference nor purge is damage naming that line")
        void badLine(@TempDir Path dir) throws IOException {
            Files.createDirectories(dir);
            Path p = dir.resolve("payload-references");
            Files.writeString(p, sealed("wmebv-payload-references/1\nref 0 urn:dms:1\nrubbish\n"), StandardCharsets.UTF_8);
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            assertTrue(e.getMessage().endsWith("are damaged: line 3 is not a reference or a purge"), e.getMessage());
            Files.writeString(p, sealed("wmebv-payload-references/1\nref x urn:dms:1\n"), StandardCharsets.UTF_8);
            e = assertThrows(EvidenceStoreException.class, () -> FileEvidenceStore.open(dir));
            assertTrue(e.getMessage().contains("are damaged: line 2: "), e.getMessage());
        }
    }
}
