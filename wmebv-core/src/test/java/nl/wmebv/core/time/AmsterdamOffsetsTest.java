package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("De offsettabel van Europe/Amsterdam geeft dezelfde wettelijke dag als de tijdzoneregels van de JDK")
class AmsterdamOffsetsTest {
    private static final long SEED = 0x4D5E_2026L;

    @ParameterizedTest(name = "{0} → offset {1} s, wettelijke dag {2}")
    @CsvSource({
        // By hand: summer time 2026 starts on Sunday 29 March at 01:00 UTC (02:00 CET becomes 03:00 CEST).
        "2026-03-29T00:59:59Z, 3600, 2026-03-29",
        "2026-03-29T01:00:00Z, 7200, 2026-03-29",
        // By hand: it ends on Sunday 25 October at 01:00 UTC (03:00 CEST becomes 02:00 CET).
        "2026-10-25T00:59:59Z, 7200, 2026-10-25",
        "2026-10-25T01:00:00Z, 3600, 2026-10-25",
        // By hand: legal midnight in winter is 23:00 UTC the evening before, in summer 22:00 UTC.
        "2026-03-28T22:59:59Z, 3600, 2026-03-28",
        "2026-03-28T23:00:00Z, 3600, 2026-03-29",
        "2026-10-24T21:59:59Z, 7200, 2026-10-24",
        "2026-10-24T22:00:00Z, 7200, 2026-10-25",
        // By hand: New Year's Eve 2026 at 23:30 UTC is already 1 January 2027, 00:30 CET.
        "2026-12-31T23:30:00Z, 3600, 2027-01-01",
        // The ends of the table: 1970-01-01T00:00Z (CET) and the last second before 2201-01-01T00:00Z.
        "1970-01-01T00:00:00Z, 3600, 1970-01-01",
        "2200-12-31T23:59:59Z, 3600, 2201-01-01",
        // Outside the table: answered by the zone rules (1969 had no summer time in the Netherlands; 2300 CET).
        "1969-12-31T22:59:59Z, 3600, 1969-12-31",
        "2300-06-30T21:59:59Z, 7200, 2300-06-30",
    })
    void handChecked(String moment, int offset, String day) {
        Instant at = Instant.parse(moment);
        assertEquals(offset, AmsterdamOffsets.offsetSeconds(at.getEpochSecond()), moment);
        assertEquals(LocalDate.parse(day), LegalTime.legalDay(at), moment);
    }

    @Test
    @DisplayName("elke overgang van 1970 tot 2200, en de seconden eromheen, volgt de JDK")
    void everyTransition() {
        ZoneRules rules = LegalTime.AMSTERDAM.getRules();
        int transitions = 0;
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(AmsterdamOffsets.FROM));
        while (next != null && next.toEpochSecond() < AmsterdamOffsets.UNTIL) {
            for (long delta : new long[] {-86_400, -3_601, -3_600, -1, 0, 1, 3_599, 3_600, 86_400}) {
                Instant at = Instant.ofEpochSecond(next.toEpochSecond() + delta);
                assertEquals(LocalDate.ofInstant(at, LegalTime.AMSTERDAM), LegalTime.legalDay(at), at.toString());
                assertEquals(rules.getOffset(at).getTotalSeconds(), AmsterdamOffsets.offsetSeconds(at.getEpochSecond()),
                        at.toString());
            }
            transitions++;
            next = rules.nextTransition(next.getInstant());
        }
        // Summer time in the Netherlands since 1977: two transitions a year, 1977-2200 (224 years).
        assertEquals(448, transitions);
        assertEquals(transitions + 1, AmsterdamOffsets.size());
    }

    @Test
    @DisplayName("100.000 willekeurige momenten tussen 1900 en 2300 volgen de JDK (seed " + SEED + ")")
    void randomMoments() {
        SplittableRandom random = new SplittableRandom(SEED);
        long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("2300-01-01T00:00:00Z").getEpochSecond();
        int inTable = 0;
        for (int i = 0; i < 100_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(from, until));
            assertEquals(LocalDate.ofInstant(at, LegalTime.AMSTERDAM), LegalTime.legalDay(at),
                    "seed " + SEED + ", case " + i + ": " + at);
            if (at.getEpochSecond() >= AmsterdamOffsets.FROM && at.getEpochSecond() < AmsterdamOffsets.UNTIL) {
                inTable++;
            }
        }
        // The generator reaches both the table and the fall-back (231 of 400 years lie in the table).
        assertTrue(inTable > 50_000 && inTable < 65_000, "seed " + SEED + ": " + inTable + " in the table");
    }

    @Test
    @DisplayName("het begin en einde van elke wettelijke dag van 1900 tot 2300 volgt de JDK")
    void startOfEveryDay() {
        LocalDate day = LocalDate.of(1900, 1, 1);
        int fast = 0;
        while (day.getYear() < 2300) {
            Instant expected = day.atStartOfDay(LegalTime.AMSTERDAM).toInstant();
            assertEquals(expected, LegalTime.startOfLegalDay(day), day.toString());
            assertEquals(day.plusDays(1).atStartOfDay(LegalTime.AMSTERDAM).toInstant(),
                    LegalTime.endOfLegalDayExclusive(day), day.toString());
            if (AmsterdamOffsets.startOfDay(day.toEpochDay()) != Long.MIN_VALUE) {
                fast++;
            }
            day = day.plusDays(1);
        }
        // Every day from 1970-01-01 (+ the guard hours) to 2200-12-31 is answered by the table.
        assertTrue(fast >= 84_000, fast + " days from the table");
    }

    @Test
    @DisplayName("render schrijft dezelfde tekens als ISO_OFFSET_DATE_TIME: 200.000 momenten en elke overgang")
    void renderAgreesWithTheFormatter() {
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        SplittableRandom random = new SplittableRandom(SEED);
        long from = Instant.parse("1960-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("2230-01-01T00:00:00Z").getEpochSecond();
        int[] nanos = {0, 0, 0, 1, 500_000_000, 123_000_000, 120_000, 999_999_999, 7_000};
        for (int i = 0; i < 200_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(from, until), nanos[random.nextInt(nanos.length)]);
            assertEquals(iso.format(at.atZone(LegalTime.AMSTERDAM).toOffsetDateTime()), LegalTime.render(at),
                    "seed " + SEED + ", case " + i + ": " + at.getEpochSecond() + "s " + at.getNano() + "ns");
        }
        ZoneOffsetTransition next = LegalTime.AMSTERDAM.getRules().nextTransition(Instant.ofEpochSecond(0));
        while (next != null && next.toEpochSecond() < AmsterdamOffsets.UNTIL) {
            for (long delta : new long[] {-1, 0, 1}) {
                Instant at = Instant.ofEpochSecond(next.toEpochSecond() + delta);
                assertEquals(iso.format(at.atZone(LegalTime.AMSTERDAM).toOffsetDateTime()), LegalTime.render(at),
                        at.toString());
            }
            next = LegalTime.AMSTERDAM.getRules().nextTransition(next.getInstant());
        }
        // By hand: 2026-03-29T01:00:00Z is 03:00 CEST, the first summer-time second of 2026.
        assertEquals("2026-03-29T03:00:00+02:00", LegalTime.render(Instant.parse("2026-03-29T01:00:00Z")));
        assertEquals("2026-03-29T01:59:59.5+01:00", LegalTime.render(Instant.parse("2026-03-29T00:59:59.5Z")));
    }
}
