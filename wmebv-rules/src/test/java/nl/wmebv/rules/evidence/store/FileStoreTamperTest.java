package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.Fixtures;
import nl.wmebv.rules.evidence.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Durable file store — tamper test: every flipped byte fails verification and names the record")
class FileStoreTamperTest {

    @Test
    @DisplayName("flip each byte of a 12-record segment in turn: verification against the last checkpoint fails at that record")
    void flipEveryByte(@TempDir Path dir) throws Exception {
        KeyPair keys = Fixtures.keys();
        Path pristine = dir.resolve("pristine");
        Checkpoint checkpoint;
        try (EvidenceLog log = EvidenceLog.open("tamper", FileEvidenceStore.open(pristine), Fixtures.CLOCK, keys)) {
            for (int i = 0; i < 12; i++) {
                log.append(Fixtures.received("m" + i, "p" + (i % 3), Fixtures.T0.plusSeconds(i)));
            }
            checkpoint = log.checkpoint();   // kept here, outside the store
        }
        byte[] segment = Files.readAllBytes(pristine.resolve("segment-00000000.log"));
        // Frame boundaries from the documented layout ("WEV1", length, entry, crc32c), read independently.
        List<Integer> starts = new ArrayList<>();
        for (int pos = 0; pos < segment.length; pos += 12 + ByteBuffer.wrap(segment, pos + 4, 4).getInt()) {
            starts.add(pos);
        }
        assertEquals(12, starts.size());
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        int truncations = 0;
        int damages = 0;
        for (int pos = 0; pos < segment.length; pos++) {
            int record = 0;
            while (record + 1 < starts.size() && starts.get(record + 1) <= pos) {
                record++;
            }
            byte[] flipped = segment.clone();
            flipped[pos] ^= (byte) 0x5a;
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.write(work.resolve("segment-00000000.log"), flipped);
            try (FileEvidenceStore store = FileEvidenceStore.open(work)) {
                Verification v = EvidenceLog.verify(store, checkpoint, keys.getPublic());
                int p = pos;
                int expected = record;
                assertFalse(v.valid(), () -> "byte " + p + " flipped, yet verified");
                assertEquals(OptionalLong.of(expected), v.firstBadRecord(), () -> "byte " + p + ": " + v);
                truncations += v.reason().equals("truncated") ? 1 : 0;
                damages += v.reason().equals("damaged") ? 1 : 0;
            }
        }
        assertTrue(truncations > 0 && damages > 0, "both kinds seen: truncated " + truncations + ", damaged " + damages);
        // The pristine store still verifies.
        try (FileEvidenceStore store = FileEvidenceStore.open(pristine)) {
            assertTrue(EvidenceLog.verify(store, checkpoint, keys.getPublic()).valid());
        }
    }

    @Test
    @DisplayName("a torn tail is moved aside, not deleted, and the checkpoint's records are intact")
    void tornTailQuarantined(@TempDir Path dir) throws Exception {
        KeyPair keys = Fixtures.keys();
        Checkpoint checkpoint;
        try (EvidenceLog log = EvidenceLog.open("torn", FileEvidenceStore.open(dir), Fixtures.CLOCK, keys)) {
            log.append(Fixtures.received("m0", "p0", Fixtures.T0));
            checkpoint = log.checkpoint();
        }
        Path seg = dir.resolve("segment-00000000.log");
        byte[] half = {'W', 'E', 'V', '1', 0, 0, 1, 0, 42};
        Files.write(seg, half, java.nio.file.StandardOpenOption.APPEND);
        try (FileEvidenceStore store = FileEvidenceStore.open(dir)) {
            assertEquals(1, store.size());
            assertTrue(store.damage().isEmpty());
            assertTrue(EvidenceLog.verify(store, checkpoint, keys.getPublic()).valid());
        }
        try (var files = Files.list(dir)) {
            Path torn = files.filter(f -> f.getFileName().toString().endsWith(".torn")).findFirst().orElseThrow();
            assertTrue(java.util.Arrays.equals(half, Files.readAllBytes(torn)));
        }
    }

    @Test
    @DisplayName("a damaged store refuses appends and overwrites nothing")
    void damagedRefusesAppends(@TempDir Path dir) throws Exception {
        KeyPair keys = Fixtures.keys();
        try (EvidenceLog log = EvidenceLog.open("dmg", FileEvidenceStore.open(dir), Fixtures.CLOCK, keys)) {
            log.append(Fixtures.received("m0", "p0", Fixtures.T0));
            log.append(Fixtures.received("m1", "p0", Fixtures.T0));
        }
        Path seg = dir.resolve("segment-00000000.log");
        byte[] b = Files.readAllBytes(seg);
        b[20] ^= 1;
        Files.write(seg, b);
        try (FileEvidenceStore store = FileEvidenceStore.open(dir)) {
            assertEquals(OptionalLong.of(0), OptionalLong.of(store.damage().orElseThrow().recordIndex()));
            assertEquals("store", org.junit.jupiter.api.Assertions.assertThrows(nl.wmebv.core.InvalidInputException.class,
                    () -> store.append(0, List.of(new byte[] {1}))).field());
            org.junit.jupiter.api.Assertions.assertThrows(nl.wmebv.rules.evidence.EvidenceStoreException.class,
                    () -> EvidenceLog.open("dmg", store, Fixtures.CLOCK, keys));
        }
        assertTrue(java.util.Arrays.equals(b, Files.readAllBytes(seg)), "the damaged segment is left as it was");
    }
}
