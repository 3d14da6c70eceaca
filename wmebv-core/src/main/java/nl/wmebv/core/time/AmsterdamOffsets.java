package nl.wmebv.core.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The UTC offsets of Europe/Amsterdam from 1970 to 2200 as two flat arrays, read from the JDK's own time-zone
 * rules once: the legal day of a moment is then one binary search and a division, without the per-call boxing
 * and map look-up of {@link ZoneRules#getOffset(Instant)} (issue 8: the intake path asks for two legal days per
 * message). Moments outside the table are answered by the zone rules themselves, so the answer is always the
 * JDK's. Immutable and thread-safe.
 */
final class AmsterdamOffsets {
    /** First and last moment the table covers: 1970-01-01T00:00Z up to 2201-01-01T00:00Z, exclusive. */
    static final long FROM = 0L;
    static final long UNTIL = 7_289_654_400L;

    /** Transition moments (epoch seconds), ascending; {@code OFFSETS[i]} applies from {@code STARTS[i]}. */
    private static final long[] STARTS;
    private static final int[] OFFSETS;
    /**
     * For each bucket of 2^22 seconds (48.5 days), the index of the last transition at or before the bucket's
     * start: transitions are months apart, so from there at most one more step is needed.
     */
    private static final int[] BUCKETS;
    private static final int BUCKET_SHIFT = 22;

    static {
        ZoneRules rules = LegalTime.AMSTERDAM.getRules();
        long[] starts = new long[64];
        int[] offsets = new int[64];
        int n = 0;
        starts[n] = FROM;
        offsets[n++] = rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(FROM));
        while (next != null && next.toEpochSecond() < UNTIL) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                offsets = Arrays.copyOf(offsets, n * 2);
            }
            starts[n] = next.toEpochSecond();
            offsets[n++] = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        STARTS = Arrays.copyOf(starts, n);
        OFFSETS = Arrays.copyOf(offsets, n);
        BUCKETS = new int[(int) ((UNTIL - 1) >>> BUCKET_SHIFT) + 1];
        int k = 0;
        for (int b = 0; b < BUCKETS.length; b++) {
            long bucketStart = (long) b << BUCKET_SHIFT;
            while (k + 1 < n && STARTS[k + 1] <= bucketStart) {
                k++;
            }
            BUCKETS[b] = k;
        }
    }

    private AmsterdamOffsets() {
    }

    /**
     * Returns the offset in seconds that applies at a moment.
     *
     * @param epochSecond  the moment
     * @return the total offset in seconds, e.g. 3600 in winter and 7200 in summer
     */
    static int offsetSeconds(long epochSecond) {
        if (epochSecond < FROM || epochSecond >= UNTIL) {
            ZoneOffset offset = LegalTime.AMSTERDAM.getRules().getOffset(Instant.ofEpochSecond(epochSecond));
            return offset.getTotalSeconds();
        }
        int i = BUCKETS[(int) (epochSecond >>> BUCKET_SHIFT)];
        while (i + 1 < STARTS.length && STARTS[i + 1] <= epochSecond) {
            i++;
        }
        return OFFSETS[i];
    }

    /**
     * Returns the moment local midnight begins a legal day, or {@link Long#MIN_VALUE} when the table cannot
     * answer (outside it, or a transition near midnight, which Europe/Amsterdam has not had since 1970: its
     * clocks change at 01:00 UTC); the caller then asks the zone rules.
     *
     * @param epochDay  the legal day as days since 1970-01-01
     * @return the epoch second of 00:00 local time, or {@code Long.MIN_VALUE}
     */
    static long startOfDay(long epochDay) {
        long localMidnight = epochDay * 86_400L;
        // Midnight is never in a gap or overlap here, so the offset an hour before the UTC guess is the one in
        // force; checked below, so a table that says otherwise falls back instead of answering wrongly.
        long guess = localMidnight - 3_600L;
        if (guess < FROM + 7_200L || guess >= UNTIL - 7_200L) {
            return Long.MIN_VALUE;
        }
        int offset = offsetSeconds(guess - 3_600L);
        long start = localMidnight - offset;
        return offsetSeconds(start) == offset && offsetSeconds(start - 1) == offset ? start : Long.MIN_VALUE;
    }

    /**
     * Returns the number of transitions in the table, for tests.
     *
     * @return the count, including the entry for 1970-01-01
     */
    static int size() {
        return STARTS.length;
    }
}
