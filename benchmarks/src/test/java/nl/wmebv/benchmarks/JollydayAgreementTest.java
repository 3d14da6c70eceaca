package nl.wmebv.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.PublicHoliday;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The correctness table of part 2: the last day of the bezwaartermijn for every announcement day 2014&ndash;2099,
 * wmebv against jollyday 2.19 with its public-holiday filter and with every holiday type, and against the
 * benchmark floor. Prints the count of differing last days per filter.
 */
class JollydayAgreementTest {
    private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    @Test
    @DisplayName("bezwaartermijn 2014–2099: wmebv tegen jollyday (alleen PUBLIC_HOLIDAY, alle typen) en de vloer")
    void everyAnnouncementDay() {
        AtwCalendar atw = AtwCalendar.standard();
        HolidaySetCalendar publicOnly = HolidaySetCalendar.jollyday(true);
        HolidaySetCalendar allTypes = HolidaySetCalendar.jollyday(false);
        HolidaySetCalendar floor = HolidaySetCalendar.precomputedAtw();
        int days = 0;
        int differPublic = 0;
        int differAll = 0;
        int differFloor = 0;
        List<String> unexplained = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            days++;
            LocalDate wmebv = ObjectionTimeLimit.afterAnnouncement(d, atw).lastDay();
            LocalDate pub = publicOnly.objectionLastDay(d);
            if (!pub.equals(wmebv)) {
                differPublic++;
                // Jollyday types Goede Vrijdag an observance: the public filter ends the term on it.
                boolean goodFriday = atw.publicHoliday(pub).map(h -> h.kind() == PublicHoliday.Kind.GOOD_FRIDAY)
                        .orElse(false);
                if (!goodFriday) {
                    unexplained.add(d + ": wmebv " + wmebv + ", jollyday public " + pub);
                }
            }
            if (!allTypes.objectionLastDay(d).equals(wmebv)) {
                differAll++;
            }
            if (!floor.objectionLastDay(d).equals(wmebv)) {
                differFloor++;
            }
        }
        System.out.printf("Bezwaartermijn, announcement days %s..%s (%d days): last days differing from wmebv:%n"
                + "  jollyday 2.19, PUBLIC_HOLIDAY only: %d%n  jollyday 2.19, every type:         %d%n"
                + "  precomputed ATW set (floor):        %d%n", FIRST, LAST, days, differPublic, differAll,
                differFloor);
        // 2014-01-01..2099-12-31: 86 years, 21 of them leap years (2016..2096): 86 * 365 + 21 = 31,411 days.
        assertEquals(31_411, days);
        assertEquals(0, differAll, "jollyday with every holiday type must agree with the ATW calendar");
        assertEquals(0, differFloor, "the benchmark floor must agree with wmebv");
        assertTrue(unexplained.isEmpty(), "differences not caused by Goede Vrijdag: " + unexplained);
        // The issue measured 86 differing start dates independently; each is a term whose unadjusted last day
        // is Goede Vrijdag (one week of start days per year would land there, the others are moved anyway).
        assertEquals(86, differPublic, "the issue's independent count of differing start dates");
    }

    @Test
    @DisplayName("werkdagen: vijf werkdagen verder is hetzelfde in wmebv, de vloer en jollyday (alle typen)")
    void workingDays() {
        AtwCalendar atw = AtwCalendar.standard();
        HolidaySetCalendar allTypes = HolidaySetCalendar.jollyday(false);
        HolidaySetCalendar floor = HolidaySetCalendar.precomputedAtw();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            LocalDate wmebv = atw.plusWorkingDays(d, CalendarBenchmark.WORKING_DAYS);
            assertEquals(wmebv, floor.plusWorkingDays(d, CalendarBenchmark.WORKING_DAYS), d.toString());
            assertEquals(wmebv, allTypes.plusWorkingDays(d, CalendarBenchmark.WORKING_DAYS), d.toString());
        }
    }

    @Test
    @DisplayName("de vloer zelf: zaterdag 7 februari 2026 + 42 dagen = zaterdag 21 maart, verschoven naar maandag 23 maart")
    void floorByHand() {
        // By hand: 2026-02-07 is a Saturday (calendar); +42 days = Saturday 2026-03-21; next werkdag Monday 03-23.
        assertEquals(LocalDate.of(2026, 3, 23), HolidaySetCalendar.precomputedAtw().objectionLastDay(
                LocalDate.of(2026, 2, 7)));
        // By hand: bekendmaking Friday 2026-02-20; +42 = Friday 2026-04-03, Goede Vrijdag (Easter 2026-04-05);
        // Saturday, Sunday, Tweede Paasdag 04-06 follow: last day Tuesday 2026-04-07. Jollyday's public filter
        // keeps Goede Vrijdag as a working day and ends the term on Friday 04-03.
        LocalDate announced = LocalDate.of(2026, 2, 20);
        assertEquals(LocalDate.of(2026, 4, 7), HolidaySetCalendar.precomputedAtw().objectionLastDay(announced));
        assertEquals(LocalDate.of(2026, 4, 7), HolidaySetCalendar.jollyday(false).objectionLastDay(announced));
        assertEquals(LocalDate.of(2026, 4, 3), HolidaySetCalendar.jollyday(true).objectionLastDay(announced));
    }
}
