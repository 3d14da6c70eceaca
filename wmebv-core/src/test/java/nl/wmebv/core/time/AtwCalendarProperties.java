package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ATW art. 3 — eigenschappen van de kalender")
class AtwCalendarProperties {
    private static final long SEED = 20_260_101L;
    private static final int CASES = 2_000;
    private static final AtwCalendar CAL = AtwCalendar.standard();

    @Test
    @DisplayName("een werkdag is precies een dag die geen zaterdag, zondag of feestdag is (P4)")
    void workingDayDefinition() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int n = 0; n < CASES; n++) {
            LocalDate d = CalendarGenerators.legalDay(random);
            DayOfWeek dow = d.getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            boolean listed = CAL.publicHolidays(d.getYear()).stream().anyMatch(h -> h.date().equals(d));
            assertEquals(listed, CAL.isPublicHoliday(d), () -> "seed " + SEED + ": " + d);
            assertEquals(listed, CAL.publicHoliday(d).isPresent(), () -> "seed " + SEED + ": " + d);
            assertEquals(!weekend && !listed, CAL.isWorkingDay(d), () -> "seed " + SEED + ": " + d);
        }
    }

    @Test
    @DisplayName("over het hele bereik 2014–2200: elke dag volgens de definitie, negen feestdagen per jaar")
    void wholeRange() {
        for (int year = AtwCalendar.FIRST_VERIFIED_YEAR; year <= AtwCalendar.LAST_SUPPORTED_YEAR; year++) {
            assertEquals(9, CAL.publicHolidays(year).size(), "year " + year);
        }
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            if (CAL.isWorkingDay(d) == (weekend || CAL.isPublicHoliday(d))) {
                throw new AssertionError("isWorkingDay disagrees with the definition on " + d);
            }
        }
    }

    @Test
    @DisplayName("de volgende werkdag ligt later, is een werkdag, en er ligt geen werkdag tussen")
    void nextWorkingDay() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int n = 0; n < CASES; n++) {
            LocalDate d = CalendarGenerators.legalDay(random);
            LocalDate next = CAL.nextWorkingDayAfter(d);
            String msg = "seed " + (SEED + 1) + ": " + d + " → " + next;
            assertTrue(next.isAfter(d), msg);
            assertTrue(CAL.isWorkingDay(next), msg);
            for (LocalDate x = d.plusDays(1); x.isBefore(next); x = x.plusDays(1)) {
                assertFalse(CAL.isWorkingDay(x), msg + " skips werkdag " + x);
            }
            LocalDate onOrAfter = CAL.firstWorkingDayOnOrAfter(d);
            assertEquals(CAL.isWorkingDay(d) ? d : next, onOrAfter, msg);
        }
    }

    @Test
    @DisplayName("n werkdagen optellen telt precies n werkdagen, en aftrekken keert het om")
    void plusWorkingDays() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int c = 0; c < CASES; c++) {
            LocalDate d = CalendarGenerators.legalDay(random).plusDays(30);
            int n = random.nextInt(-15, 16);
            LocalDate r = CAL.plusWorkingDays(d, n);
            String msg = "seed " + (SEED + 2) + ": " + d + " + " + n + " → " + r;
            int counted = 0;
            if (n > 0) {
                for (LocalDate x = d.plusDays(1); !x.isAfter(r); x = x.plusDays(1)) {
                    counted += CAL.isWorkingDay(x) ? 1 : 0;
                }
                assertTrue(CAL.isWorkingDay(r), msg);
            } else if (n < 0) {
                for (LocalDate x = r; x.isBefore(d); x = x.plusDays(1)) {
                    counted -= CAL.isWorkingDay(x) ? 1 : 0;
                }
                assertTrue(CAL.isWorkingDay(r), msg);
            } else {
                assertEquals(d, r, msg);
            }
            assertEquals(n, counted, msg);
            if (CAL.isWorkingDay(d)) {
                assertEquals(d, CAL.plusWorkingDays(r, -n), msg);
            }
        }
    }

    @Test
    @DisplayName("Pasen volgens de computus is Pasen volgens Gauss (Lichtenberg), elk jaar 2014–2200")
    void easterAgreesWithGauss() {
        for (int year = AtwCalendar.FIRST_VERIFIED_YEAR; year <= AtwCalendar.LAST_SUPPORTED_YEAR; year++) {
            LocalDate easter = Computus.easterSunday(year);
            assertEquals(gauss(year), easter, "year " + year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "year " + year);
            assertFalse(easter.isBefore(LocalDate.of(year, Month.MARCH, 22)), "year " + year);
            assertFalse(easter.isAfter(LocalDate.of(year, Month.APRIL, 25)), "year " + year);
        }
    }

    /**
     * Gauss's Easter algorithm in Lichtenberg's formulation: an independent oracle for the anonymous Gregorian
     * algorithm under test. Checked against python-dateutil's easter() for 1583–4099 (no mismatch).
     */
    private static LocalDate gauss(int x) {
        int k = x / 100;
        int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
        int s = 2 - (3 * k + 3) / 4;
        int a = x % 19;
        int d = (19 * a + m) % 30;
        int r = (d + a / 11) / 29;
        int og = 21 + d - r;
        int sz = 7 - (x + x / 4 + s) % 7;
        int oe = 7 - (og - sz) % 7;
        int os = og + oe;
        return os <= 31 ? LocalDate.of(x, 3, os) : LocalDate.of(x, 4, os - 31);
    }
}
