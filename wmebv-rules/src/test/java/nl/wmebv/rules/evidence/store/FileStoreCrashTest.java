package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.Fixtures;
import nl.wmebv.rules.evidence.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Durable file store — crash test: SIGKILL at random moments loses no acknowledged record")
class FileStoreCrashTest {
    private static final long SEED = 0xC4A5L;
    /** 50 in CI; the profile crash-long sets more. */
    private static final int ITERATIONS = Integer.getInteger("wmebv.crash.iterations", 50);

    @Test
    @DisplayName("after every kill: all acknowledged records present, the tree verifies, no partial record")
    void killRepeatedly(@TempDir Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(SEED);
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Set<Long> acknowledged = new TreeSet<>();
        int killedWhileWriting = 0;
        Checkpoint previous = null;
        for (int it = 0; it < ITERATIONS; it++) {
            Process p = new ProcessBuilder(java, "-cp", cp, CrashChild.class.getName(), store.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = in.readLine();
            int iteration = it;
            assertTrue(first != null && first.startsWith("ready "), () -> "seed " + SEED + " iteration " + iteration
                    + ": child did not start: " + first);
            long delay = 5 + r.nextInt(150);
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("ack ")) {
                            synchronized (acknowledged) {
                                acknowledged.add(Long.parseLong(line.substring(4)));
                            }
                        }
                    }
                } catch (IOException e) {
                    // the child died: the pipe broke
                }
            });
            reader.start();
            Thread.sleep(delay);
            p.destroyForcibly();   // SIGKILL on Linux
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            killedWhileWriting += p.exitValue() == 137 ? 1 : 0;

            try (FileEvidenceStore s = FileEvidenceStore.open(store, 4096)) {
                assertTrue(s.damage().isEmpty(), () -> "seed " + SEED + " iteration " + iteration + ": " + s.damage());
                EvidenceLog log = EvidenceLog.open("crash", s, Fixtures.CLOCK, Fixtures.keys());
                long size = log.size();
                synchronized (acknowledged) {
                    for (long a : acknowledged) {
                        assertTrue(a < size, () -> "seed " + SEED + " iteration " + iteration + ": acknowledged record "
                                + a + " lost; size " + size);
                    }
                }
                for (long i = 0; i < size; i++) {
                    EvidenceRecord rec = log.record(i);
                    assertEquals(i, rec.index());
                }
                // the checkpoint kept outside the store after the previous crash still verifies: nothing before it changed
                if (previous != null) {
                    Checkpoint before = previous;
                    Verification v = EvidenceLog.verify(s, before, KEYS.getPublic());
                    assertTrue(v.valid(), () -> "seed " + SEED + " iteration " + iteration + ": " + v);
                }
                previous = Checkpoint.sign("crash", size, log.root(), Fixtures.CLOCK.instant(), KEYS.getPrivate());
            }
        }
        assertTrue(acknowledged.size() > ITERATIONS, "children acknowledged records: " + acknowledged.size());
        assertTrue(killedWhileWriting >= ITERATIONS - 2, "children killed by SIGKILL: " + killedWhileWriting);
        try (FileEvidenceStore s = FileEvidenceStore.open(store, 4096)) {
            long segments;
            try (var files = Files.list(store)) {
                segments = files.filter(f -> f.getFileName().toString().endsWith(".log")).count();
            }
            assertTrue(segments > 2, "the run crossed segment boundaries: " + segments);
            assertTrue(s.size() >= acknowledged.size());
        }
    }

    private static final java.security.KeyPair KEYS = Fixtures.keys();
}
