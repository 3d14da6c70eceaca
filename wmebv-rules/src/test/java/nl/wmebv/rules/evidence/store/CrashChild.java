package nl.wmebv.rules.evidence.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.Fixtures;

/**
 * The child JVM of {@link FileStoreCrashTest}: appends records from three threads to a file store until it is
 * killed, printing "ack N" once the append of record N has returned (is acknowledged).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
        EvidenceLog log = EvidenceLog.open("crash", FileEvidenceStore.open(dir, 4096), clock, Fixtures.keys());
        out.println("ready " + log.size());
        out.flush();
        Runnable writer = () -> {
            for (int i = 0; ; i++) {
                EvidenceRecord r = log.append(Fixtures.received("m-" + Thread.currentThread().getName() + "-" + i,
                        "p-" + (i % 7), Instant.parse("2026-05-01T09:00:00Z").plusSeconds(i)));
                synchronized (out) {
                    out.println("ack " + r.index());
                    out.flush();
                }
            }
        };
        for (int t = 0; t < 3; t++) {
            new Thread(writer, "t" + t).start();
        }
        Thread.sleep(60_000);
    }
}
