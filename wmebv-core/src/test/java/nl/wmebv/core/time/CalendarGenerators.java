package nl.wmebv.core.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of legal days and time limits for the property-style tests. They favour boundaries: days
 * around feestdagen, weekends, the DST Sundays and the turn of the year, where the ATW does its work.
 */
final class CalendarGenerators {
    /** The first and last event day generated, leaving room for a term of up to 90 days plus moves. */
    static final LocalDate FIRST = LocalDate.of(AtwCalendar.FIRST_VERIFIED_YEAR, 1, 1);
    static final LocalDate LAST = LocalDate.of(AtwCalendar.LAST_SUPPORTED_YEAR, 6, 30);

    private CalendarGenerators() {
    }

    /** A legal day between {@link #FIRST} and {@link #LAST}, often near a boundary. */
    static LocalDate legalDay(SplittableRandom random) {
        int year = random.nextInt(FIRST.getYear(), LAST.getYear());   // a full year before LAST
        int pick = random.nextInt(10);
        LocalDate base;
        if (pick < 3) {
            List<PublicHoliday> holidays = AtwCalendar.standard().publicHolidays(year);
            base = holidays.get(random.nextInt(holidays.size())).date();
        } else if (pick < 4) {
            int month = random.nextBoolean() ? 3 : 10;   // last Sunday of March or October
            base = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        } else if (pick < 5) {
            base = LocalDate.of(year, 12, 31);
        } else {
            base = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
        }
        LocalDate day = base.plusDays(random.nextInt(-3, 4));
        return day.isBefore(FIRST) ? FIRST : day;
    }

    /** A time limit, mostly statutory and forward within the ATW's reach, sometimes beyond it. */
    static TimeLimit timeLimit(SplittableRandom random) {
        int pick = random.nextInt(10);
        TimeLimit t;
        if (pick < 4) {
            t = TimeLimit.statutory(1 + random.nextInt(90), TermUnit.DAYS);
        } else if (pick < 5) {
            t = TimeLimit.statutory(1 + random.nextInt(5), TermUnit.DAYS);   // art. 2 territory
        } else if (pick < 7) {
            t = TimeLimit.statutory(1 + random.nextInt(12), TermUnit.WEEKS);
        } else if (pick < 8) {
            t = TimeLimit.statutory(1 + random.nextInt(3), TermUnit.MONTHS);
        } else if (pick < 9) {
            TermUnit unit = List.of(TermUnit.DAYS, TermUnit.WEEKS, TermUnit.MONTHS, TermUnit.YEARS)
                    .get(random.nextInt(4));
            t = TimeLimit.statutory(1 + random.nextInt(120), unit);   // often excluded by art. 4 onder a
        } else {
            t = TimeLimit.setByBody(1 + random.nextInt(90), TermUnit.DAYS);
        }
        return random.nextInt(8) == 0 ? t.withDirection(TermDirection.BACKWARD) : t;
    }
}
