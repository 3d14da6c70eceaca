package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.wmebv.core.evidence.EvidenceEncoding;
import nl.wmebv.core.evidence.EvidenceEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link EvidenceRecord#encode()}, now written straight into one array (issue 8 part 4), against the encoding
 * it replaced, kept below as the oracle ({@link #oldEncode}, with the JDK's formatter for the moment and
 * {@code HexFormat} for the salt, as before issue 8): the same bytes for seeded records. The seed is fixed
 * and printed in every failure message.
 */
@DisplayName("Awb 2:25 — de snelle codering van een logregel geeft precies de bytes van de oude")
class EvidenceRecordEncodingProperties {
    private static final long SEED = 0x2025_0805L;
    private static final int CASES = 5_000;
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] IDS = {"a", "zaak-2026/0001", "zaak-ü", "中文", "\uD83D\uDE00", "x".repeat(200)};

    @Test
    @DisplayName("gelijke bytes voor 5.000 willekeurige logregels")
    void sameBytesAsTheOldEncoder() {
        SplittableRandom r = new SplittableRandom(SEED);
        int withCase = 0;
        int largeIndex = 0;
        int farMoments = 0;
        for (int i = 0; i < CASES; i++) {
            long index = switch (r.nextInt(4)) {
                case 0 -> r.nextLong(0, 1L << 20);
                case 1 -> Long.MAX_VALUE - r.nextInt(3);
                case 2 -> r.nextLong(0, Long.MAX_VALUE);
                default -> r.nextInt(3);
            };
            Instant loggedAt = switch (r.nextInt(3)) {
                case 0 -> EvidenceEncoding.MIN_INSTANT.plusNanos(r.nextLong(0, 2_000_000_000L));
                case 1 -> EvidenceEncoding.MAX_INSTANT.minusNanos(r.nextLong(0, 2_000_000_000L));
                default -> Instant.ofEpochSecond(r.nextLong(EvidenceEncoding.MIN_INSTANT.getEpochSecond(),
                        EvidenceEncoding.MAX_INSTANT.getEpochSecond()), r.nextInt(1_000_000_000));
            };
            byte[] saltBytes = new byte[EvidenceRecord.SALT_LENGTH];
            r.nextBytes(saltBytes);
            Optional<CaseReference> caseReference = r.nextBoolean() ? Optional.empty()
                    : Optional.of(new CaseReference(IDS[r.nextInt(IDS.length)]));
            EvidenceEvent event = Fixtures.random(r, IDS[r.nextInt(IDS.length)], IDS[r.nextInt(IDS.length)],
                    Fixtures.T0.plusSeconds(r.nextInt(1_000_000)));
            EvidenceRecord record = new EvidenceRecord(index, loggedAt, HexFormat.of().formatHex(saltBytes),
                    caseReference, event);
            byte[] expected = oldEncode(record);
            int n = i;
            assertArrayEquals(expected, record.encode(), () -> "seed " + SEED + ", case " + n + ": " + record);
            assertEquals(record, EvidenceRecord.decode(expected), () -> "seed " + SEED + ", case " + n);
            withCase += caseReference.isPresent() ? 1 : 0;
            largeIndex += index > Integer.MAX_VALUE ? 1 : 0;
            farMoments += loggedAt.getEpochSecond() < 0 ? 1 : 0;
        }
        // The generator reaches both sides of the optional case, indexes beyond 32 bits, and moments before 1970.
        assertTrue(withCase > CASES / 3 && withCase < 2 * CASES / 3, "seed " + SEED + ": with case " + withCase);
        assertTrue(largeIndex > CASES / 3, "seed " + SEED + ": indexes beyond 32 bits " + largeIndex);
        assertTrue(farMoments > CASES / 4, "seed " + SEED + ": moments before 1970 " + farMoments);
    }

    /** The encoding as written before issue 8 part 4: a stream, a ByteBuffer per prefix, the JDK formatter. */
    private static byte[] oldEncode(EvidenceRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(EvidenceRecord.FORMAT_VERSION);
        out.writeBytes(ByteBuffer.allocate(8).putLong(record.index()).array());
        out.writeBytes(HexFormat.of().parseHex(record.salt()));
        text(out, FIXED.format(record.loggedAt()));
        if (record.caseReference().isPresent()) {
            out.write(1);
            text(out, record.caseReference().get().value());
        } else {
            out.write(0);
        }
        byte[] ev = EvidenceEncoding.encode(record.event());
        out.writeBytes(ByteBuffer.allocate(4).putInt(ev.length).array());
        out.writeBytes(ev);
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }
}
