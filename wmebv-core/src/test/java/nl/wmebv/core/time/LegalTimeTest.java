package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("De wettelijke dag in Europe/Amsterdam")
class LegalTimeTest {

    /**
     * Legal days with their length and UTC bounds. CET is UTC+1, CEST UTC+2; summer time starts on the last
     * Sunday of March and ends on the last Sunday of October (LAW.md §10, STYLE.md §4 table).
     */
    static Stream<Arguments> days() {
        return Stream.of(
                // STYLE.md §4: 23-hour day, CET start 00:00+01:00, end 00:00+02:00 next day.
                Arguments.of("2026-03-29", 23, "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"),
                // STYLE.md §4: 25-hour day, CEST start 00:00+02:00, end 00:00+01:00 next day.
                Arguments.of("2026-10-25", 25, "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"),
                // LAW.md §10: 2025-03-30 and 2027-03-28 spring forward, 2025-10-26 and 2027-10-31 fall back.
                Arguments.of("2025-03-30", 23, "2025-03-29T23:00:00Z", "2025-03-30T22:00:00Z"),
                Arguments.of("2025-10-26", 25, "2025-10-25T22:00:00Z", "2025-10-26T23:00:00Z"),
                Arguments.of("2027-03-28", 23, "2027-03-27T23:00:00Z", "2027-03-28T22:00:00Z"),
                Arguments.of("2027-10-31", 25, "2027-10-30T22:00:00Z", "2027-10-31T23:00:00Z"),
                // Ordinary winter day (CET) and summer day (CEST).
                Arguments.of("2026-01-15", 24, "2026-01-14T23:00:00Z", "2026-01-15T23:00:00Z"),
                Arguments.of("2026-07-01", 24, "2026-06-30T22:00:00Z", "2026-07-01T22:00:00Z"),
                // Days next to the changes are 24 hours: Saturday before spring, Monday after autumn.
                Arguments.of("2026-03-28", 24, "2026-03-27T23:00:00Z", "2026-03-28T23:00:00Z"),
                Arguments.of("2026-10-26", 24, "2026-10-25T23:00:00Z", "2026-10-26T23:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: {1} h, {2} – {3}")
    @MethodSource("days")
    @DisplayName("lengte en grenzen van de wettelijke dag")
    void lengthAndBounds(String day, int hours, String start, String end) {
        LocalDate d = LocalDate.parse(day);
        assertEquals(Duration.ofHours(hours), LegalTime.legalDayLength(d));
        assertEquals(Instant.parse(start), LegalTime.startOfLegalDay(d));
        assertEquals(Instant.parse(end), LegalTime.endOfLegalDayExclusive(d));
        assertEquals(d, LegalTime.legalDay(Instant.parse(start)));
        assertEquals(d, LegalTime.legalDay(Instant.parse(end).minusNanos(1)));
        assertEquals(d.plusDays(1), LegalTime.legalDay(Instant.parse(end)));
    }

    @Test
    @DisplayName("weergave met UTC-offset; 00:30 CET is dezelfde lokale dag (P23)")
    void renderingAndP23() {
        assertEquals("2026-03-29T04:00:00+02:00", LegalTime.render(Instant.parse("2026-03-29T02:00:00Z")));
        assertEquals("2026-03-29T01:59:59+01:00", LegalTime.render(Instant.parse("2026-03-29T00:59:59Z")));
        // 2026-01-14T23:30Z is 00:30 CET on 15 January.
        assertEquals(LocalDate.of(2026, 1, 15), LegalTime.legalDay(Instant.parse("2026-01-14T23:30:00Z")));
    }

    @Test
    @DisplayName("null wordt geweigerd met de naam van het veld")
    void nulls() {
        assertEquals("day", assertThrows(InvalidInputException.class, () -> LegalTime.legalDayLength(null)).field());
        assertEquals("day", assertThrows(InvalidInputException.class, () -> LegalTime.startOfLegalDay(null)).field());
        assertEquals("day", assertThrows(InvalidInputException.class,
                () -> LegalTime.endOfLegalDayExclusive(null)).field());
        assertEquals("moment", assertThrows(InvalidInputException.class, () -> LegalTime.legalDay(null)).field());
        assertEquals("moment", assertThrows(InvalidInputException.class, () -> LegalTime.render(null)).field());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // 14:45Z on Thursday 2 April 2026 = 16:45 CEST (UTC+2); weekday from a calendar.
        "2026-04-02T14:45:00Z | donderdag 2 april 2026 om 16:45 (UTC+02:00) | Thursday 2026-04-02 at 16:45 (UTC+02:00)",
        // 22:59:59Z on Sunday 25 Oct 2026 = 23:59:59 CET (UTC+1), the last second of the 25-hour day.
        "2026-10-25T22:59:59Z | zondag 25 oktober 2026 om 23:59:59 (UTC+01:00) | Sunday 2026-10-25 at 23:59:59 (UTC+01:00)",
        // 00:30Z on 25 Oct 2026 = 02:30 CEST, the first of the two 02:30s that night.
        "2026-10-25T00:30:00Z | zondag 25 oktober 2026 om 02:30 (UTC+02:00) | Sunday 2026-10-25 at 02:30 (UTC+02:00)",
        // 01:30Z on 25 Oct 2026 = 02:30 CET, the second 02:30: only the offset tells them apart.
        "2026-10-25T01:30:00Z | zondag 25 oktober 2026 om 02:30 (UTC+01:00) | Sunday 2026-10-25 at 02:30 (UTC+01:00)"
    })
    @DisplayName("leesbare weergave voor burgers: dag, tijd en UTC-verschil, ook bij de dubbele 02:30")
    void readable(String instant, String dutch, String english) {
        assertEquals(dutch, LegalTime.renderReadable(Instant.parse(instant), java.util.Locale.ROOT));
        assertEquals(dutch, LegalTime.renderReadable(Instant.parse(instant), java.util.Locale.forLanguageTag("nl-NL")));
        assertEquals(english, LegalTime.renderReadable(Instant.parse(instant), java.util.Locale.UK));
    }
}
