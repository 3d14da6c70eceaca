package nl.wmebv.core.time;

import java.time.LocalDate;

/**
 * The date of Easter Sunday (<em>Eerste Paasdag</em>) in the Gregorian calendar, from which Goede Vrijdag,
 * Tweede Paasdag, Hemelvaartsdag and Tweede Pinksterdag follow (ATW art. 3 lid 1&ndash;2).
 *
 * <p>The anonymous Gregorian algorithm (the version published by Meeus, after Jones and Butcher), in integer
 * arithmetic. It is valid for every Gregorian year; the calendar uses it only for the years it covers. Not
 * API. This class is immutable and thread-safe.
 */
final class Computus {
    private Computus() {
    }

    /**
     * Returns Easter Sunday of a Gregorian year.
     *
     * @param year  the year, 1583 or later
     * @return the date of Easter Sunday, between 22 March and 25 April
     */
    static LocalDate easterSunday(int year) {
        int golden = year % 19;                       // position in the 19-year Metonic cycle
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRest = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
        int exception = (golden + 11 * epact + 22 * weekday) / 451;
        int monthAndDay = epact + weekday - 7 * exception + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
