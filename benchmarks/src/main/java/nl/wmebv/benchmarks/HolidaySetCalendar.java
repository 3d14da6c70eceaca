package nl.wmebv.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.PublicHoliday;

/**
 * The bezwaartermijn and werkdag arithmetic over a per-year set of holidays, the way a vendor writes it by hand:
 * the floor of the calendar benchmarks (sets precomputed from the ATW feestdagen) and the jollyday baseline
 * (sets from jollyday's {@code getHolidays(year)}, cached per year, either every holiday type or only
 * {@code PUBLIC_HOLIDAY}). The algorithm is the one {@code docs/calendar.md} states: the last day is the later
 * of the first werkdag on or after the announcement day + 42 (ATW art. 1) and the second werkdag of the term
 * (art. 2).
 */
public final class HolidaySetCalendar {
    /** The first year of every table. */
    public static final int FIRST_YEAR = 2014;
    /** The last year of every table (the term may end in the next year). */
    public static final int LAST_YEAR = 2100;

    private final List<Set<LocalDate>> byYear;

    private HolidaySetCalendar(IntFunction<Set<LocalDate>> holidays) {
        List<Set<LocalDate>> sets = new ArrayList<>(LAST_YEAR - FIRST_YEAR + 1);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            sets.add(holidays.apply(y));
        }
        this.byYear = List.copyOf(sets);
    }

    /**
     * The floor: per-year sets of the ATW feestdagen, precomputed.
     *
     * @return the calendar
     */
    public static HolidaySetCalendar precomputedAtw() {
        AtwCalendar atw = AtwCalendar.standard();
        return new HolidaySetCalendar(y -> {
            Set<LocalDate> set = new HashSet<>();
            for (PublicHoliday h : atw.publicHolidays(y)) {
                set.add(h.date());
            }
            return set;
        });
    }

    /**
     * Jollyday 2.19 for the Netherlands, cached per year.
     *
     * @param publicOnly  true to keep only {@code HolidayType.PUBLIC_HOLIDAY}, false for every type
     * @return the calendar
     */
    public static HolidaySetCalendar jollyday(boolean publicOnly) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
        return new HolidaySetCalendar(y -> {
            Set<LocalDate> set = new HashSet<>();
            for (Holiday h : publicOnly ? manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY)
                    : manager.getHolidays(Year.of(y))) {
                set.add(h.getDate());
            }
            return set;
        });
    }

    /**
     * Returns whether a day is a werkdag: not a Saturday, Sunday or holiday of the set.
     *
     * @param date  the day
     * @return true for a werkdag
     */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !byYear.get(date.getYear() - FIRST_YEAR).contains(date);
    }

    /**
     * The last day of the bezwaartermijn after ATW art. 1 and 2.
     *
     * @param announcementDay  the day of bekendmaking
     * @return the last day
     */
    public LocalDate objectionLastDay(LocalDate announcementDay) {
        LocalDate last = announcementDay.plusDays(42);
        while (!isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        LocalDate second = announcementDay.plusDays(1);
        int found = isWorkingDay(second) ? 1 : 0;
        while (found < 2) {
            second = second.plusDays(1);
            if (isWorkingDay(second)) {
                found++;
            }
        }
        return second.isAfter(last) ? second : last;
    }

    /**
     * The n-th werkdag after a day, n &gt; 0.
     *
     * @param date  the day
     * @param n     the number of werkdagen
     * @return the day
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
