package nl.wmebv.testfixtures;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wmebv.core.internal.Checks;

/**
 * Hand-checked legal-day tables (<em>handmatig gecontroleerde dagtabellen</em>) for embedders to test their own
 * code against: the ATW feestdagen of 2026 and 2027, the DST days of 2026 and 2027 with their length and UTC
 * bounds, and the werkdagen around the year ends 2025&ndash;2027. Every row says how it was checked; none was
 * produced by this library.
 */
public final class LegalDayTables {

    private LegalDayTables() {
    }

    /**
     * A feestdag of art. 3 lid 1 ATW.
     *
     * @param date       the day
     * @param name       the Dutch name
     * @param weekday    its weekday
     * @param checkedBy  how the row was checked
     */
    public record AtwDay(LocalDate date, String name, DayOfWeek weekday, String checkedBy) {
        /**
         * Validates the row.
         *
         * @param date       not null
         * @param name       not blank
         * @param weekday    not null
         * @param checkedBy  not blank
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
         */
        public AtwDay {
            Checks.notNull(date, "date");
            Checks.notBlank(name, "name");
            Checks.notNull(weekday, "weekday");
            Checks.notBlank(checkedBy, "checkedBy");
        }
    }

    /**
     * A legal day in Europe/Amsterdam with its length and its bounds in UTC.
     *
     * @param date          the day
     * @param hours         23, 24 or 25
     * @param start         its first moment
     * @param endExclusive  the first moment of the next day
     * @param checkedBy     how the row was checked
     */
    public record DstDay(LocalDate date, int hours, Instant start, Instant endExclusive, String checkedBy) {
        /**
         * Validates the row.
         *
         * @param date          not null
         * @param hours         23 to 25
         * @param start         not null
         * @param endExclusive  not null
         * @param checkedBy     not blank
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null, blank or out of range
         */
        public DstDay {
            Checks.notNull(date, "date");
            Checks.require(hours >= 23 && hours <= 25, "hours", "range", "must be 23 to 25, was " + hours, null);
            Checks.notNull(start, "start");
            Checks.notNull(endExclusive, "endExclusive");
            Checks.notBlank(checkedBy, "checkedBy");
        }
    }

    /**
     * The werkdagen around a year end (ATW art. 1, 3).
     *
     * @param year                 the year that ends
     * @param lastWorkingDay       its last werkdag
     * @param firstWorkingDayNext  the first werkdag of the next year
     * @param checkedBy            how the row was checked
     */
    public record YearEnd(int year, LocalDate lastWorkingDay, LocalDate firstWorkingDayNext, String checkedBy) {
        /**
         * Validates the row.
         *
         * @param year                 the year
         * @param lastWorkingDay       not null
         * @param firstWorkingDayNext  not null
         * @param checkedBy            not blank
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
         */
        public YearEnd {
            Checks.notNull(lastWorkingDay, "lastWorkingDay");
            Checks.notNull(firstWorkingDayNext, "firstWorkingDayNext");
            Checks.notBlank(checkedBy, "checkedBy");
        }
    }

    private static final String LAW_10 = "LAW.md §10 table; weekday from python datetime.strftime('%a')";

    /**
     * Returns the ATW feestdagen of 2026 and 2027 (Easter 2026: 5 April; 2027: 28 March), nine per year; the
     * fifth of May counts every year (P15 reading of art. 3 lid 1 ATW as in LAW.md §10).
     *
     * @return the rows, by date
     */
    public static List<AtwDay> atwDays() {
        return List.of(
                new AtwDay(LocalDate.of(2026, 1, 1), "Nieuwjaarsdag", DayOfWeek.THURSDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 4, 3), "Goede Vrijdag", DayOfWeek.FRIDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 4, 6), "Tweede Paasdag", DayOfWeek.MONDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 4, 27), "Koningsdag", DayOfWeek.MONDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 5, 5), "Bevrijdingsdag", DayOfWeek.TUESDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 5, 14), "Hemelvaartsdag", DayOfWeek.THURSDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 5, 25), "Tweede Pinksterdag", DayOfWeek.MONDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 12, 25), "Eerste Kerstdag", DayOfWeek.FRIDAY, LAW_10),
                new AtwDay(LocalDate.of(2026, 12, 26), "Tweede Kerstdag", DayOfWeek.SATURDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 1, 1), "Nieuwjaarsdag", DayOfWeek.FRIDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 3, 26), "Goede Vrijdag", DayOfWeek.FRIDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 3, 29), "Tweede Paasdag", DayOfWeek.MONDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 4, 27), "Koningsdag", DayOfWeek.TUESDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 5, 5), "Bevrijdingsdag", DayOfWeek.WEDNESDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 5, 6), "Hemelvaartsdag", DayOfWeek.THURSDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 5, 17), "Tweede Pinksterdag", DayOfWeek.MONDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 12, 25), "Eerste Kerstdag", DayOfWeek.SATURDAY, LAW_10),
                new AtwDay(LocalDate.of(2027, 12, 26), "Tweede Kerstdag", DayOfWeek.SUNDAY, LAW_10));
    }

    private static final String PY_ZONE = "python zoneinfo Europe/Amsterdam: midnight to midnight, in UTC";

    /**
     * Returns the DST days of 2026 and 2027 (the last Sundays of March and October) and an ordinary day after
     * one, with their length and UTC bounds.
     *
     * @return the rows, by date
     */
    public static List<DstDay> dstDays() {
        return List.of(
                new DstDay(LocalDate.of(2026, 3, 29), 23, Instant.parse("2026-03-28T23:00:00Z"),
                        Instant.parse("2026-03-29T22:00:00Z"), PY_ZONE),
                new DstDay(LocalDate.of(2026, 10, 25), 25, Instant.parse("2026-10-24T22:00:00Z"),
                        Instant.parse("2026-10-25T23:00:00Z"), PY_ZONE),
                new DstDay(LocalDate.of(2026, 10, 26), 24, Instant.parse("2026-10-25T23:00:00Z"),
                        Instant.parse("2026-10-26T23:00:00Z"), PY_ZONE),
                new DstDay(LocalDate.of(2027, 3, 28), 23, Instant.parse("2027-03-27T23:00:00Z"),
                        Instant.parse("2027-03-28T22:00:00Z"), PY_ZONE),
                new DstDay(LocalDate.of(2027, 10, 31), 25, Instant.parse("2027-10-30T22:00:00Z"),
                        Instant.parse("2027-10-31T23:00:00Z"), PY_ZONE));
    }

    /**
     * Returns the werkdagen around the year ends 2025, 2026 and 2027.
     *
     * @return the rows, by year
     */
    public static List<YearEnd> yearEnds() {
        return List.of(
                // 2025-12-31 Wed; 2026-01-01 Thu is Nieuwjaarsdag, so Fri 2026-01-02
                new YearEnd(2025, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2),
                        "weekdays from python datetime; Nieuwjaarsdag from LAW.md §10"),
                // 2026-12-31 Thu; 2027-01-01 Fri is Nieuwjaarsdag, then the weekend: Mon 2027-01-04
                new YearEnd(2026, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4),
                        "weekdays from python datetime; Nieuwjaarsdag from LAW.md §10"),
                // 2027-12-31 Fri; 2028-01-01 is a Saturday (and Nieuwjaarsdag), Sun 2nd: Mon 2028-01-03
                new YearEnd(2027, LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 3),
                        "weekdays from python datetime; Nieuwjaarsdag from art. 3 lid 1 ATW"));
    }
}
