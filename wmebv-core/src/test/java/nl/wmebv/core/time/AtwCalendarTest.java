package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.time.PublicHoliday.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ATW art. 3 — algemeen erkende feestdagen en werkdagen")
class AtwCalendarTest {
    private static final AtwCalendar CAL = AtwCalendar.standard();

    /**
     * Every ATW day 2024–2030. Easter Sundays from python-dateutil's easter() (a different algorithm from the
     * one under test): 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21;
     * Goede Vrijdag = Easter − 2, Tweede Paasdag + 1, Hemelvaartsdag + 39, Tweede Pinksterdag + 50. Weekdays
     * checked with python datetime.strftime("%a"); 2025–2027 also against the table in LAW.md §10.
     */
    static Stream<Arguments> holidays2024to2030() {
        return Stream.of(
                // 2024 — Easter 31 March
                Arguments.of("2024-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.MONDAY),
                Arguments.of("2024-03-29", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2024-04-01", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2024-04-27", Kind.KINGS_DAY, DayOfWeek.SATURDAY),        // 27 April a Saturday: stays
                Arguments.of("2024-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.SUNDAY),
                Arguments.of("2024-05-09", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2024-05-20", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2024-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.WEDNESDAY),
                Arguments.of("2024-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.THURSDAY),
                // 2025 — Easter 20 April; LAW.md §10 table
                Arguments.of("2025-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.WEDNESDAY),
                Arguments.of("2025-04-18", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2025-04-21", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2025-04-26", Kind.KINGS_DAY, DayOfWeek.SATURDAY),        // 27 April a Sunday → 26th
                Arguments.of("2025-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.MONDAY),
                Arguments.of("2025-05-29", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2025-06-09", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2025-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2025-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.FRIDAY),
                // 2026 — Easter 5 April; LAW.md §10 table
                Arguments.of("2026-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2026-04-03", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2026-04-06", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2026-04-27", Kind.KINGS_DAY, DayOfWeek.MONDAY),
                Arguments.of("2026-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.TUESDAY),
                Arguments.of("2026-05-14", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2026-05-25", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2026-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.FRIDAY),
                Arguments.of("2026-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.SATURDAY),
                // 2027 — Easter 28 March; LAW.md §10 table
                Arguments.of("2027-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.FRIDAY),
                Arguments.of("2027-03-26", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2027-03-29", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2027-04-27", Kind.KINGS_DAY, DayOfWeek.TUESDAY),
                Arguments.of("2027-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.WEDNESDAY),
                Arguments.of("2027-05-06", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2027-05-17", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2027-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.SATURDAY),
                Arguments.of("2027-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.SUNDAY),
                // 2028 — Easter 16 April
                Arguments.of("2028-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.SATURDAY),
                Arguments.of("2028-04-14", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2028-04-17", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2028-04-27", Kind.KINGS_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2028-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.FRIDAY),
                Arguments.of("2028-05-25", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2028-06-05", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2028-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.MONDAY),
                Arguments.of("2028-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.TUESDAY),
                // 2029 — Easter 1 April
                Arguments.of("2029-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.MONDAY),
                Arguments.of("2029-03-30", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2029-04-02", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2029-04-27", Kind.KINGS_DAY, DayOfWeek.FRIDAY),
                Arguments.of("2029-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.SATURDAY),
                Arguments.of("2029-05-10", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2029-05-21", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2029-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.TUESDAY),
                Arguments.of("2029-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.WEDNESDAY),
                // 2030 — Easter 21 April
                Arguments.of("2030-01-01", Kind.NEW_YEARS_DAY, DayOfWeek.TUESDAY),
                Arguments.of("2030-04-19", Kind.GOOD_FRIDAY, DayOfWeek.FRIDAY),
                Arguments.of("2030-04-22", Kind.EASTER_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2030-04-27", Kind.KINGS_DAY, DayOfWeek.SATURDAY),        // 27 April a Saturday: stays
                Arguments.of("2030-05-05", Kind.FIFTH_OF_MAY, DayOfWeek.SUNDAY),
                Arguments.of("2030-05-30", Kind.ASCENSION_DAY, DayOfWeek.THURSDAY),
                Arguments.of("2030-06-10", Kind.WHIT_MONDAY, DayOfWeek.MONDAY),
                Arguments.of("2030-12-25", Kind.CHRISTMAS_DAY, DayOfWeek.WEDNESDAY),
                Arguments.of("2030-12-26", Kind.SECOND_CHRISTMAS_DAY, DayOfWeek.THURSDAY));
    }

    @Nested
    @DisplayName("ATW 3 lid 1 en lid 2 — de feestdagen 2024–2030")
    class Lid1And2 {
        @ParameterizedTest(name = "{0} {2}: {1}")
        @MethodSource("nl.wmebv.core.time.AtwCalendarTest#holidays2024to2030")
        @DisplayName("elke feestdag valt op de met de hand gecontroleerde datum en weekdag")
        void holiday(String date, Kind kind, DayOfWeek weekday) {
            LocalDate d = LocalDate.parse(date);
            assertEquals(weekday, d.getDayOfWeek(), "the table itself");
            assertTrue(CAL.isPublicHoliday(d));
            assertFalse(CAL.isWorkingDay(d));
            PublicHoliday h = CAL.publicHoliday(d).orElseThrow();
            assertEquals(kind, h.kind());
            assertEquals(kind == Kind.GOOD_FRIDAY ? Provision.ATW_3_LID_2 : Provision.ATW_3_LID_1, h.provision());
            assertEquals(h.provision().basis(), h.basis());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
        @DisplayName("een jaar heeft precies de negen feestdagen uit de tabel, op datum gesorteerd")
        void exactlyTheTable(int year) {
            List<LocalDate> expected = holidays2024to2030()
                    .map(a -> LocalDate.parse((String) a.get()[0]))
                    .filter(d -> d.getYear() == year).collect(Collectors.toList());
            List<LocalDate> actual = CAL.publicHolidays(year).stream().map(PublicHoliday::date)
                    .collect(Collectors.toList());
            assertEquals(expected, actual);
            long inYear = IntStream.rangeClosed(1, LocalDate.of(year, 12, 31).getDayOfYear())
                    .mapToObj(i -> LocalDate.ofYearDay(year, i)).filter(CAL::isPublicHoliday).count();
            assertEquals(9, inYear, "no other day of the year is a feestdag");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2025-05-30", "2026-05-15", "2027-05-07"})
        @DisplayName("de vrijdag na Hemelvaartsdag is geen feestdag (LAW.md §10)")
        void fridayAfterAscension(String date) {
            // Hemelvaartsdag 2025-05-29, 2026-05-14, 2027-05-06 (LAW.md §10) plus one day; all Fridays.
            LocalDate d = LocalDate.parse(date);
            assertEquals(DayOfWeek.FRIDAY, d.getDayOfWeek());
            assertFalse(CAL.isPublicHoliday(d));
            assertTrue(CAL.isWorkingDay(d));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {2014, 2031, 2036, 2042, 2053, 2059})
        @DisplayName("Koningsdag is 26 april in elk jaar waarin 27 april op zondag valt")
        void kingsDayOnSaturdayWhen27AprilIsSunday(int year) {
            // Years with 27 April on a Sunday, 2014–2060, listed with python datetime.weekday() == 6.
            assertEquals(DayOfWeek.SUNDAY, LocalDate.of(year, 4, 27).getDayOfWeek());
            assertEquals(Optional.of(Kind.KINGS_DAY), CAL.publicHoliday(LocalDate.of(year, 4, 26)).map(PublicHoliday::kind));
            assertFalse(CAL.isPublicHoliday(LocalDate.of(year, 4, 27)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {2014, 2019, 2021, 2023, 2026, 2099, 2200})
        @DisplayName("5 mei is elk jaar een feestdag, ook buiten lustrumjaren")
        void fifthOfMayEveryYear(int year) {
            assertEquals(Optional.of(Kind.FIFTH_OF_MAY),
                    CAL.publicHoliday(LocalDate.of(year, 5, 5)).map(PublicHoliday::kind));
        }

        @Test
        @DisplayName("Hemelvaartsdag op 5 mei (2157): beide staan in de jaarlijst, de dag is één feestdag")
        void ascensionOnFifthOfMay() {
            // Easter 2157 = 27 March (python-dateutil), + 39 days = 5 May.
            LocalDate d = LocalDate.of(2157, 5, 5);
            List<Kind> onDay = CAL.publicHolidays(2157).stream().filter(h -> h.date().equals(d))
                    .map(PublicHoliday::kind).collect(Collectors.toList());
            assertEquals(List.of(Kind.FIFTH_OF_MAY, Kind.ASCENSION_DAY), onDay);
            assertEquals(Kind.FIFTH_OF_MAY, CAL.publicHoliday(d).orElseThrow().kind());
            assertEquals(9, CAL.publicHolidays(2157).size(), "nine feestdagen");
            assertEquals(8, CAL.publicHolidays(2157).stream().map(PublicHoliday::date).distinct().count(),
                    "on eight days");
        }

        @Test
        @DisplayName("namen in het Nederlands en het Engels")
        void names() {
            PublicHoliday h = CAL.publicHoliday(LocalDate.of(2026, 4, 6)).orElseThrow();
            assertEquals("Tweede Paasdag", h.name(Locale.ROOT));
            assertEquals("Tweede Paasdag", h.name(Locale.forLanguageTag("nl-NL")));
            assertEquals("Easter Monday", h.name(Locale.ENGLISH));
        }
    }

    @Nested
    @DisplayName("Paasdatum (computus)")
    class Easter {
        /** Easter Sundays from python-dateutil's easter(), a different algorithm from the one under test. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21",
            "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
            "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17",
            "2034-04-09", "2035-03-25", "2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10", "2040-04-01",
            "2049-04-18", "2076-04-19", "2100-03-28", "2106-04-18", "2143-03-31", "2157-03-27", "2160-03-23",
            "2199-04-14", "2200-04-06"})
        @DisplayName("Eerste Paasdag volgens een onafhankelijke bron")
        void knownEasterSundays(String date) {
            LocalDate easter = LocalDate.parse(date);
            assertEquals(easter, Computus.easterSunday(easter.getYear()));
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
            assertEquals(Kind.EASTER_MONDAY, CAL.publicHoliday(easter.plusDays(1)).orElseThrow().kind());
            assertEquals(Kind.GOOD_FRIDAY, CAL.publicHoliday(easter.minusDays(2)).orElseThrow().kind());
        }
    }

    @Nested
    @DisplayName("Geverifieerd bereik 2014–2200 (LAW.md §10)")
    class Range {
        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {1900, 1949, 2000, 2013})
        @DisplayName("1900–2013: geweigerd, Koninginnedag en 5 mei niet geverifieerd")
        void beforeVerified(int year) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CAL.publicHolidays(year));
            assertEquals("year", e.field());
            assertEquals("verifiedRange", e.constraint());
            assertTrue(e.getMessage().contains("Koninginnedag"), e.getMessage());
            InvalidInputException d = assertThrows(InvalidInputException.class,
                    () -> CAL.isWorkingDay(LocalDate.of(year, 12, 31)));
            assertEquals("date", d.field());
            assertEquals("verifiedRange", d.constraint());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {-5, 0, 1583, 1899, 2201, 3000, 999_999_999})
        @DisplayName("buiten 1900–2200: geweigerd als buiten bereik")
        void outsideRange(int year) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CAL.publicHolidays(year));
            assertEquals("year", e.field());
            assertEquals("range", e.constraint());
            InvalidInputException d = assertThrows(InvalidInputException.class,
                    () -> CAL.isPublicHoliday(LocalDate.of(year, 1, 1)));
            assertEquals("date", d.field());
            assertEquals("range", d.constraint());
        }

        @Test
        @DisplayName("de grenzen 2014-01-01 en 2200-12-31 horen erbij")
        void bounds() {
            assertEquals(2014, AtwCalendar.FIRST_VERIFIED_YEAR);
            assertEquals(2200, AtwCalendar.LAST_SUPPORTED_YEAR);
            // 2014-01-01: Nieuwjaarsdag (a Wednesday); 2200-12-31: a Wednesday, no feestdag (python datetime).
            assertTrue(CAL.isPublicHoliday(LocalDate.of(2014, 1, 1)));
            assertTrue(CAL.isWorkingDay(LocalDate.of(2200, 12, 31)));
            assertTrue(CAL.covers(2014));
            assertTrue(CAL.covers(2200));
            assertFalse(CAL.covers(2013));
            assertFalse(CAL.covers(2201));
            assertEquals("verifiedRange", assertThrows(InvalidInputException.class,
                    () -> CAL.isWorkingDay(LocalDate.of(2013, 12, 31))).constraint());
            assertEquals("range", assertThrows(InvalidInputException.class,
                    () -> CAL.isWorkingDay(LocalDate.of(2201, 1, 1))).constraint());
        }

        @Test
        @DisplayName("een antwoord na 2200 wordt geweigerd, niet geraden")
        void answerPastRange() {
            // 2200-12-31 is a Wednesday; the next werkdag would be in 2201.
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CAL.nextWorkingDayAfter(LocalDate.of(2200, 12, 31)));
            assertEquals("date", e.field());
            assertEquals("range", e.constraint());
            // 2014-01-02 is a Thursday; the werkdag before it would be in 2013 (1 January is a feestdag).
            InvalidInputException n = assertThrows(InvalidInputException.class,
                    () -> CAL.plusWorkingDays(LocalDate.of(2014, 1, 2), -1));
            assertEquals("n", n.field());
        }
    }

    @Nested
    @DisplayName("ATW 3 lid 3 — bij besluit gelijkgestelde dagen")
    class Lid3 {
        private final EquatedDay mourning = EquatedDay.of(LocalDate.of(2027, 6, 15), "Stcrt. 2027, 1234",
                "Nationale rouwdag");

        @Test
        @DisplayName("een gelijkgestelde dag wordt feestdag in een nieuwe kalender; de oude blijft gelijk")
        void equatedDayIsHoliday() {
            // 2027-06-15 is a Tuesday (python datetime), otherwise a werkdag.
            LocalDate d = mourning.date();
            AtwCalendar withDay = CAL.withEquatedDay(mourning);
            assertTrue(CAL.isWorkingDay(d));
            assertFalse(withDay.isWorkingDay(d));
            PublicHoliday h = withDay.publicHoliday(d).orElseThrow();
            assertEquals(Kind.EQUATED_BY_DECREE, h.kind());
            assertEquals(Provision.ATW_3_LID_3, h.provision());
            assertEquals(Optional.of(mourning), h.decree());
            assertEquals("Nationale rouwdag", h.name(Locale.ENGLISH));
            assertEquals(List.of(mourning), withDay.equatedDays());
            assertEquals(List.of(), CAL.equatedDays());
            assertEquals(10, withDay.publicHolidays(2027).size());
            assertEquals(9, CAL.publicHolidays(2027).size());
            assertNotEquals(CAL, withDay);
            assertEquals(withDay, CAL.withEquatedDay(mourning));
            assertEquals(withDay.hashCode(), CAL.withEquatedDay(mourning).hashCode());
            // Monday 2027-06-14 → next werkdag is Wednesday the 16th with the decree.
            assertEquals(LocalDate.of(2027, 6, 16), withDay.nextWorkingDayAfter(LocalDate.of(2027, 6, 14)));
        }

        @Test
        @DisplayName("dezelfde dag tweemaal gelijkstellen wordt geweigerd")
        void duplicate() {
            AtwCalendar withDay = CAL.withEquatedDay(mourning);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> withDay.withEquatedDay(
                    EquatedDay.of(mourning.date(), "Stcrt. 2027, 999", "Andere dag")));
            assertEquals("date", e.field());
            assertEquals("unique", e.constraint());
        }

        @Test
        @DisplayName("een dag die al feestdag is kan niet worden gelijkgesteld")
        void alreadyHoliday() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CAL.withEquatedDay(
                    EquatedDay.of(LocalDate.of(2026, 4, 3), "Stcrt. 2026, 1", "Goede Vrijdag nogmaals")));
            assertEquals("date", e.field());
            assertEquals("alreadyPublicHoliday", e.constraint());
        }

        @Test
        @DisplayName("buiten het bereik of null wordt geweigerd")
        void badInput() {
            assertEquals("equatedDay", assertThrows(InvalidInputException.class,
                    () -> CAL.withEquatedDay(null)).field());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CAL.withEquatedDay(
                    EquatedDay.of(LocalDate.of(2010, 6, 1), "Stcrt. 2010, 1", "Te vroeg")));
            assertEquals("date", e.field());
            assertEquals("verifiedRange", e.constraint());
        }
    }

    @Nested
    @DisplayName("Werkdagen (LAW.md P4)")
    class WorkingDays {
        @Test
        @DisplayName("zaterdag en zondag zijn geen werkdag, een gewone maandag wel")
        void weekend() {
            // 2026-03-21 Saturday, 2026-03-22 Sunday, 2026-03-23 Monday (python datetime).
            assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 3, 21)));
            assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 3, 22)));
            assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 3, 23)));
            assertFalse(CAL.isPublicHoliday(LocalDate.of(2026, 3, 21)), "a Saturday is no feestdag");
        }

        @Test
        @DisplayName("volgende werkdag over Pasen: van Witte Donderdag naar dinsdag")
        void overEaster() {
            // Thu 2026-04-02 → Fri 04-03 Goede Vrijdag, Sat, Sun, Mon 04-06 Tweede Paasdag → Tue 04-07.
            assertEquals(LocalDate.of(2026, 4, 7), CAL.nextWorkingDayAfter(LocalDate.of(2026, 4, 2)));
            assertEquals(LocalDate.of(2026, 4, 7), CAL.firstWorkingDayOnOrAfter(LocalDate.of(2026, 4, 3)));
            assertEquals(LocalDate.of(2026, 4, 2), CAL.firstWorkingDayOnOrAfter(LocalDate.of(2026, 4, 2)));
        }

        @Test
        @DisplayName("werkdagen optellen en aftrekken over Kerst en Nieuwjaar")
        void plusWorkingDays() {
            // Wed 2025-12-24; werkdagen after it: Mon 12-29 (1), Tue 12-30 (2), Wed 12-31 (3),
            // Fri 2026-01-02 (4; Thu 1 Jan Nieuwjaarsdag), Mon 01-05 (5). Thu 25 and Fri 26 Dec are Kerstdagen.
            LocalDate d = LocalDate.of(2025, 12, 24);
            assertEquals(d, CAL.plusWorkingDays(d, 0));
            assertEquals(LocalDate.of(2025, 12, 29), CAL.plusWorkingDays(d, 1));
            assertEquals(LocalDate.of(2026, 1, 2), CAL.plusWorkingDays(d, 4));
            assertEquals(LocalDate.of(2026, 1, 5), CAL.plusWorkingDays(d, 5));
            // Back from Fri 2026-01-02: Wed 12-31 (−1), Tue 12-30 (−2), Mon 12-29 (−3), Wed 12-24 (−4).
            assertEquals(LocalDate.of(2025, 12, 31), CAL.plusWorkingDays(LocalDate.of(2026, 1, 2), -1));
            assertEquals(LocalDate.of(2025, 12, 24), CAL.plusWorkingDays(LocalDate.of(2026, 1, 2), -4));
            // From a Saturday, 0 working days is the Saturday itself.
            assertEquals(LocalDate.of(2026, 3, 21), CAL.plusWorkingDays(LocalDate.of(2026, 3, 21), 0));
        }

        @Test
        @DisplayName("null wordt geweigerd met de naam van het veld")
        void nulls() {
            assertEquals("date", assertThrows(InvalidInputException.class, () -> CAL.isWorkingDay(null)).field());
            assertEquals("date", assertThrows(InvalidInputException.class, () -> CAL.isPublicHoliday(null)).field());
            assertEquals("date", assertThrows(InvalidInputException.class, () -> CAL.publicHoliday(null)).field());
            assertEquals("date", assertThrows(InvalidInputException.class,
                    () -> CAL.nextWorkingDayAfter(null)).field());
            assertEquals("date", assertThrows(InvalidInputException.class,
                    () -> CAL.firstWorkingDayOnOrAfter(null)).field());
            assertEquals("date", assertThrows(InvalidInputException.class,
                    () -> CAL.plusWorkingDays(null, 1)).field());
        }
    }
}
