package nl.wmebv.testfixtures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.time.AtwCalendar;

/**
 * Generators of legal days (<em>kalenderdagen</em> in Europe/Amsterdam), biased towards feestdagen, weekends,
 * DST days and year ends.
 */
public final class LegalDays {
    private static final AtwCalendar CALENDAR = AtwCalendar.standard();

    private LegalDays() {
    }

    /**
     * Days uniformly in {@code [from, to]}.
     *
     * @param from  the first day, not null
     * @param to    the last day, not before {@code from}
     * @return the generator
     * @throws nl.wmebv.core.InvalidInputException if a value is null or {@code to} is before {@code from}
     *         ({@code "to"})
     */
    public static Generator<LocalDate> between(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.require(!to.isBefore(from), "to", "notBeforeFrom", "must not be before " + from, null);
        long span = ChronoUnit.DAYS.between(from, to);
        return s -> from.plusDays(s.between(0L, span));
    }

    /**
     * Days within a week of an ATW feestdag, 2026&ndash;2030.
     *
     * @return the generator
     */
    public static Generator<LocalDate> nearPublicHoliday() {
        return s -> s.oneOf(CALENDAR.publicHolidays(s.between(2026, 2030))).date().plusDays(s.between(-7, 7));
    }

    /**
     * Days within three days of a DST change (the last Sundays of March and October), 2026&ndash;2035.
     *
     * @return the generator
     */
    public static Generator<LocalDate> nearDstChange() {
        return s -> LocalDate.of(s.between(2026, 2035), s.coin() ? 3 : 10, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).plusDays(s.between(-3, 3));
    }

    /**
     * Days within four days of a year end, 2025&ndash;2030.
     *
     * @return the generator
     */
    public static Generator<LocalDate> nearYearEnd() {
        return s -> LocalDate.of(s.between(2025, 2030), 12, 31).plusDays(s.between(-3, 4));
    }

    /**
     * Days from 2025-12-01 to 2030-12-31: half uniform, half near feestdagen, DST changes and year ends.
     *
     * @return the generator
     */
    public static Generator<LocalDate> any() {
        Generator<LocalDate> uniform = between(LocalDate.of(2025, 12, 1), LocalDate.of(2030, 12, 31));
        Generator<LocalDate> holiday = nearPublicHoliday();
        Generator<LocalDate> dst = nearDstChange();
        Generator<LocalDate> yearEnd = nearYearEnd();
        return s -> switch (s.between(0, 5)) {
            case 0 -> holiday.next(s);
            case 1 -> dst.next(s);
            case 2 -> yearEnd.next(s);
            default -> uniform.next(s);
        };
    }
}
