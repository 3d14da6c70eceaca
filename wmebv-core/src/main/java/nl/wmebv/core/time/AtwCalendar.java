package nl.wmebv.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;

/**
 * The calendar of the Algemene termijnenwet: its algemeen erkende feestdagen (<em>algemeen erkende
 * feestdagen</em>, ATW art. 3) and the working days (<em>werkdagen</em>) between them.
 *
 * <p>The feestdagen are Nieuwjaarsdag, Tweede Paasdag, Koningsdag, 5 mei (every year), Hemelvaartsdag, Tweede
 * Pinksterdag and both Kerstdagen ({@link Provision#ATW_3_LID_1}), Goede Vrijdag ({@link Provision#ATW_3_LID_2})
 * and the days equated by decree ({@link Provision#ATW_3_LID_3}, added with
 * {@link #withEquatedDay(EquatedDay)}). The movable days follow from Easter Sunday, computed with the anonymous
 * Gregorian algorithm. A <em>werkdag</em> is a day that is not a Saturday, Sunday or feestdag (LAW.md P4).
 *
 * <p><b>Verified range.</b> The calendar vouches for the years {@value #FIRST_VERIFIED_YEAR} to
 * {@value #LAST_SUPPORTED_YEAR} only. Koningsdag is 27 April, or 26 April when 27 April is a Sunday, from 2014
 * (the current King); before 2014 the day celebrated was Koninginnedag (30 April, or 29 April when that was a
 * Sunday, from 1949 to 2013; 31 August before), and the history of "de vijfde mei" in art. 3 is not verified.
 * A day in 1900&ndash;2013 is therefore refused with constraint {@code "verifiedRange"}, any other year outside
 * the range with {@code "range"}; the calendar never guesses. The rules are kept as dated data: a future
 * monarch, whose birthday changes the Koningsdag rule, means a new dated rule and an end year for the current
 * one [TEXT-inf, LAW.md &sect;10].
 *
 * <p>Every day of the range is precomputed into a compact table when the calendar is built, so look-ups are a
 * bounds check and an array read. This class is immutable and thread-safe.
 */
public final class AtwCalendar {
    /** The first year the calendar vouches for: 2014, the first Koningsdag under the current rule. */
    public static final int FIRST_VERIFIED_YEAR = 2014;
    /** The last year the calendar covers. */
    public static final int LAST_SUPPORTED_YEAR = 2200;
    /** Years from here to {@link #FIRST_VERIFIED_YEAR} are known to follow other rules: "verifiedRange". */
    private static final int FIRST_KNOWN_YEAR = 1900;

    private static final long FIRST_EPOCH_DAY = LocalDate.of(FIRST_VERIFIED_YEAR, 1, 1).toEpochDay();
    private static final long LAST_EPOCH_DAY = LocalDate.of(LAST_SUPPORTED_YEAR, 12, 31).toEpochDay();
    private static final int DAYS = (int) (LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1);
    private static final PublicHoliday.Kind[] KINDS = PublicHoliday.Kind.values();

    /**
     * The day the King's birthday is celebrated, as dated data: from {@code firstYear} to {@code lastYear} on
     * {@code month}/{@code day}, or the day before when that is a Sunday.
     */
    private record RoyalDayRule(int firstYear, int lastYear, Month month, int day) {
        LocalDate in(int year) {
            LocalDate date = LocalDate.of(year, month, day);
            return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
        }
    }

    /** Koningsdag under the current King, from 2014 (LAW.md &sect;10). */
    private static final List<RoyalDayRule> ROYAL_DAY_RULES = List.of(
            new RoyalDayRule(FIRST_VERIFIED_YEAR, LAST_SUPPORTED_YEAR, Month.APRIL, 27));

    private static final Comparator<PublicHoliday> BY_DATE_AND_KIND =
            Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::kind);

    /** Built last: it needs every static field above. */
    private static final AtwCalendar STANDARD = buildStandard();

    /** Per day of the range: 0 for no feestdag, else the ordinal + 1 of the first kind on that day. */
    private final byte[] kinds;
    /** Per year of the range, the feestdagen sorted by date and kind. */
    private final List<List<PublicHoliday>> holidaysByYear;
    /** The days equated by decree, by date. */
    private final Map<LocalDate, EquatedDay> equatedDays;

    private AtwCalendar(byte[] kinds, List<List<PublicHoliday>> holidaysByYear,
                        Map<LocalDate, EquatedDay> equatedDays) {
        this.kinds = kinds;
        this.holidaysByYear = holidaysByYear;
        this.equatedDays = equatedDays;
    }

    /**
     * Returns the calendar of ATW art. 3 lid 1 and lid 2, without days equated by decree.
     *
     * @return the standard calendar
     */
    public static AtwCalendar standard() {
        return STANDARD;
    }

    private static AtwCalendar buildStandard() {
        byte[] kinds = new byte[DAYS];
        List<List<PublicHoliday>> byYear = new ArrayList<>(LAST_SUPPORTED_YEAR - FIRST_VERIFIED_YEAR + 1);
        for (int year = FIRST_VERIFIED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
            List<PublicHoliday> holidays = statutoryHolidays(year);
            for (PublicHoliday h : holidays) {
                int i = (int) (h.date().toEpochDay() - FIRST_EPOCH_DAY);
                if (kinds[i] == 0) {
                    kinds[i] = (byte) (h.kind().ordinal() + 1);
                }
            }
            byYear.add(holidays);
        }
        return new AtwCalendar(kinds, Collections.unmodifiableList(byYear), Map.of());
    }

    /** The feestdagen of art. 3 lid 1 and 2 in one year, sorted; two may share a date (Hemelvaartsdag on 5 mei, as in 2016). */
    private static List<PublicHoliday> statutoryHolidays(int year) {
        LocalDate easter = Computus.easterSunday(year);
        List<PublicHoliday> list = new ArrayList<>(9);
        list.add(PublicHoliday.of(LocalDate.of(year, 1, 1), PublicHoliday.Kind.NEW_YEARS_DAY));
        list.add(PublicHoliday.of(easter.minusDays(2), PublicHoliday.Kind.GOOD_FRIDAY));
        list.add(PublicHoliday.of(easter.plusDays(1), PublicHoliday.Kind.EASTER_MONDAY));
        list.add(PublicHoliday.of(royalDay(year), PublicHoliday.Kind.KINGS_DAY));
        list.add(PublicHoliday.of(LocalDate.of(year, 5, 5), PublicHoliday.Kind.FIFTH_OF_MAY));
        list.add(PublicHoliday.of(easter.plusDays(39), PublicHoliday.Kind.ASCENSION_DAY));
        list.add(PublicHoliday.of(easter.plusDays(50), PublicHoliday.Kind.WHIT_MONDAY));
        list.add(PublicHoliday.of(LocalDate.of(year, 12, 25), PublicHoliday.Kind.CHRISTMAS_DAY));
        list.add(PublicHoliday.of(LocalDate.of(year, 12, 26), PublicHoliday.Kind.SECOND_CHRISTMAS_DAY));
        list.sort(BY_DATE_AND_KIND);
        return List.copyOf(list);
    }

    private static LocalDate royalDay(int year) {
        for (RoyalDayRule rule : ROYAL_DAY_RULES) {
            if (year >= rule.firstYear() && year <= rule.lastYear()) {
                return rule.in(year);
            }
        }
        throw new IllegalStateException("no Koningsdag rule for " + year + ": the rule table has a gap");
    }

    /**
     * Returns a calendar with one more day equated by decree (ATW art. 3 lid 3).
     *
     * @param equatedDay  the day and its Staatscourant reference, not null
     * @return a new calendar; this one is unchanged
     * @throws InvalidInputException if {@code equatedDay} is null ({@code "equatedDay"}); if its date lies
     *         outside the range ({@code "date"}, {@code "verifiedRange"} or {@code "range"}); if the date is
     *         already a feestdag ({@code "date"}, {@code "alreadyPublicHoliday"}) or already equated
     *         ({@code "date"}, {@code "unique"})
     */
    public AtwCalendar withEquatedDay(EquatedDay equatedDay) {
        Checks.notNull(equatedDay, "equatedDay");
        LocalDate date = equatedDay.date();
        int i = index(date, "date");
        if (equatedDays.containsKey(date)) {
            throw new InvalidInputException("date", "unique", "is already equated by "
                    + equatedDays.get(date).staatscourantReference(), Provision.ATW_3_LID_3.basis());
        }
        if (kinds[i] != 0) {
            throw new InvalidInputException("date", "alreadyPublicHoliday", date + " is already "
                    + KINDS[kinds[i] - 1].dutchName() + ", a feestdag by the Act itself",
                    Provision.ATW_3_LID_3.basis());
        }
        byte[] newKinds = kinds.clone();
        newKinds[i] = (byte) (PublicHoliday.Kind.EQUATED_BY_DECREE.ordinal() + 1);
        int y = date.getYear() - FIRST_VERIFIED_YEAR;
        List<PublicHoliday> year = new ArrayList<>(holidaysByYear.get(y));
        year.add(PublicHoliday.equated(equatedDay));
        year.sort(BY_DATE_AND_KIND);
        List<List<PublicHoliday>> byYear = new ArrayList<>(holidaysByYear);
        byYear.set(y, List.copyOf(year));
        Map<LocalDate, EquatedDay> equated = new TreeMap<>(equatedDays);
        equated.put(date, equatedDay);
        return new AtwCalendar(newKinds, Collections.unmodifiableList(byYear), Collections.unmodifiableMap(equated));
    }

    /**
     * Returns the days equated by decree, by date.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<EquatedDay> equatedDays() {
        return List.copyOf(equatedDays.values());
    }

    /**
     * Returns whether the calendar covers a year: {@value #FIRST_VERIFIED_YEAR} to
     * {@value #LAST_SUPPORTED_YEAR}. Every other method throws for a day outside.
     *
     * @param year  the year
     * @return true if covered
     */
    public boolean covers(int year) {
        return year >= FIRST_VERIFIED_YEAR && year <= LAST_SUPPORTED_YEAR;
    }

    /**
     * Returns whether a day is an algemeen erkende feestdag for the ATW (art. 3 lid 1), Goede Vrijdag (lid 2)
     * or a day equated by decree (lid 3).
     *
     * @param date  the legal day, not null
     * @return true for a feestdag
     * @throws InvalidInputException if {@code date} is null or outside the range ({@code "date"})
     */
    public boolean isPublicHoliday(LocalDate date) {
        return kinds[index(date, "date")] != 0;
    }

    /**
     * Returns the feestdag on a day. When two fall on one date (Hemelvaartsdag on 5 mei, as in 2016, 2157 and
     * 2168) the first in {@link PublicHoliday.Kind} order is returned; {@link #publicHolidays(int)} lists both.
     *
     * @param date  the legal day, not null
     * @return the feestdag, or empty
     * @throws InvalidInputException if {@code date} is null or outside the range ({@code "date"})
     */
    public Optional<PublicHoliday> publicHoliday(LocalDate date) {
        int k = kinds[index(date, "date")];
        if (k == 0) {
            return Optional.empty();
        }
        PublicHoliday.Kind kind = KINDS[k - 1];
        return Optional.of(kind == PublicHoliday.Kind.EQUATED_BY_DECREE
                ? PublicHoliday.equated(equatedDays.get(date)) : PublicHoliday.of(date, kind));
    }

    /**
     * Returns the feestdagen of a year, sorted by date (and kind, when two share a date).
     *
     * @param year  the year, {@value #FIRST_VERIFIED_YEAR} to {@value #LAST_SUPPORTED_YEAR}
     * @return an unmodifiable list
     * @throws InvalidInputException if the year is outside the range ({@code "year"})
     */
    public List<PublicHoliday> publicHolidays(int year) {
        checkYear(year, "year");
        return holidaysByYear.get(year - FIRST_VERIFIED_YEAR);
    }

    /**
     * Returns whether a day is a working day (<em>werkdag</em>, LAW.md P4): not a Saturday, Sunday or
     * feestdag of ATW art. 3 (Goede Vrijdag, 5 mei and equated days included).
     *
     * @param date  the legal day, not null
     * @return true for a werkdag
     * @throws InvalidInputException if {@code date} is null or outside the range ({@code "date"})
     */
    public boolean isWorkingDay(LocalDate date) {
        Checks.notNull(date, "date");
        long epochDay = date.toEpochDay();
        return isWorkingDay(epochDay, index(epochDay, date, "date"));
    }

    /**
     * Returns the first working day after a day (P4: the floor of Awb 2:23).
     *
     * @param date  the legal day, not null
     * @return the next werkdag, always after {@code date}
     * @throws InvalidInputException if {@code date} is null or outside the range, or the answer lies after
     *         {@value #LAST_SUPPORTED_YEAR} ({@code "date"})
     */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        Checks.notNull(date, "date");
        return firstWorkingDayOnOrAfter(date.plusDays(1), "date");
    }

    /**
     * Returns the day itself if it is a working day, else the first working day after it; the move of ATW
     * art. 1 lid 1.
     *
     * @param date  the legal day, not null
     * @return the werkdag on or after {@code date}
     * @throws InvalidInputException if {@code date} is null or outside the range, or the answer lies after
     *         {@value #LAST_SUPPORTED_YEAR} ({@code "date"})
     */
    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        return firstWorkingDayOnOrAfter(date, "date");
    }

    /**
     * Adds working days: for {@code n > 0} the n-th werkdag after {@code date}, for {@code n < 0} the |n|-th
     * werkdag before it, for {@code n == 0} {@code date} itself.
     *
     * @param date  the legal day, not null
     * @param n     the number of working days, may be negative
     * @return the resulting day
     * @throws InvalidInputException if {@code date} is null or outside the range ({@code "date"}), or the
     *         answer lies outside it ({@code "n"}, {@code "range"})
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Checks.notNull(date, "date");
        long epochDay = date.toEpochDay();
        int i = index(epochDay, date, "date");
        int step = n < 0 ? -1 : 1;
        long remaining = Math.abs((long) n);
        while (remaining > 0) {
            i += step;
            epochDay += step;
            if (i < 0 || i >= DAYS) {
                throw new InvalidInputException("n", "range", n + " working days from " + date
                        + " lie outside the years " + FIRST_VERIFIED_YEAR + "-" + LAST_SUPPORTED_YEAR
                        + " the ATW calendar covers", Provision.ATW_3_LID_1.basis());
            }
            if (isWorkingDay(epochDay, i)) {
                remaining--;
            }
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    // ---- package-private helpers for the time-limit arithmetic; each names the caller's field ----

    /** The werkdag on or after a day; errors name {@code field}. */
    LocalDate firstWorkingDayOnOrAfter(LocalDate date, String field) {
        Checks.notNull(date, field);
        long epochDay = date.toEpochDay();
        int i = index(epochDay, date, field);
        while (!isWorkingDay(epochDay, i)) {
            i++;
            epochDay++;
            if (i >= DAYS) {
                throw beyondRange(date, field);
            }
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** The werkdag on or after an epoch day, as an epoch day; errors name {@code field}. Allocation-free. */
    long firstWorkingEpochDayOnOrAfter(long epochDay, String field) {
        int i = epochIndex(epochDay, field);
        long day = epochDay;
        while (!isWorkingDay(day, i)) {
            i++;
            day++;
            if (i >= DAYS) {
                throw beyondRange(LocalDate.ofEpochDay(epochDay), field);
            }
        }
        return day;
    }

    /** The epoch day on which the count of werkdagen from {@code firstDay} on reaches two (ATW art. 2). */
    long secondWorkingEpochDayFrom(long firstDay, String field) {
        int i = epochIndex(firstDay, field);
        long day = firstDay;
        int found = 0;
        while (true) {
            if (isWorkingDay(day, i) && ++found == 2) {
                return day;
            }
            i++;
            day++;
            if (i >= DAYS) {
                throw beyondRange(LocalDate.ofEpochDay(firstDay), field);
            }
        }
    }

    /** The number of werkdagen from {@code from} through {@code toInclusive}, both within the range. */
    int countWorkingDays(LocalDate from, LocalDate toInclusive) {
        long first = from.toEpochDay();
        long last = toInclusive.toEpochDay();
        int i = epochIndex(first, "date");
        epochIndex(last, "date");
        int n = 0;
        for (long day = first; day <= last; day++, i++) {
            if (isWorkingDay(day, i)) {
                n++;
            }
        }
        return n;
    }

    /** The day on which the count of werkdagen from {@code first} on reaches two (ATW art. 2). */
    LocalDate secondWorkingDayFrom(LocalDate first, String field) {
        long epochDay = first.toEpochDay();
        int i = index(epochDay, first, field);
        int found = 0;
        while (true) {
            if (isWorkingDay(epochDay, i)) {
                found++;
                if (found == 2) {
                    return LocalDate.ofEpochDay(epochDay);
                }
            }
            i++;
            epochDay++;
            if (i >= DAYS) {
                throw beyondRange(first, field);
            }
        }
    }

    /**
     * The last day of a statutory forward term under ATW art. 1 and 2, in epoch days: the later of the first
     * werkdag on or after {@code unadjusted} (art. 1) and, if {@code article2}, the second werkdag from
     * {@code firstDay} (art. 2). Allocation-free: the fast path of {@link TimeLimit#lastDay}.
     */
    long atwLastEpochDay(long unadjusted, boolean article2, long firstDay, String field) {
        int i = epochIndex(unadjusted, field);
        long last = unadjusted;
        while (!isWorkingDay(last, i)) {
            i++;
            last++;
            if (i >= DAYS) {
                throw beyondRange(LocalDate.ofEpochDay(unadjusted), field);
            }
        }
        if (!article2) {
            return last;
        }
        int j = epochIndex(firstDay, field);
        long day = firstDay;
        int found = 0;
        while (true) {
            if (isWorkingDay(day, j) && ++found == 2) {
                return Math.max(day, last);
            }
            j++;
            day++;
            if (j >= DAYS) {
                throw beyondRange(LocalDate.ofEpochDay(firstDay), field);
            }
        }
    }

    private static int epochIndex(long epochDay, String field) {
        if (epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
            checkYear(LocalDate.ofEpochDay(epochDay).getYear(), field);
        }
        return (int) (epochDay - FIRST_EPOCH_DAY);
    }

    private static InvalidInputException beyondRange(LocalDate date, String field) {
        return new InvalidInputException(field, "range", "the computation from " + date + " runs past "
                + LAST_SUPPORTED_YEAR + ", the last year the ATW calendar covers", Provision.ATW_3_LID_1.basis());
    }

    private boolean isWorkingDay(long epochDay, int i) {
        // 1970-01-01 was a Thursday: floorMod(epochDay + 3, 7) is 0 on Mondays ... 5 on Saturdays, 6 on Sundays.
        return Math.floorMod(epochDay + 3, 7) < 5 && kinds[i] == 0;
    }

    private static int index(LocalDate date, String field) {
        Checks.notNull(date, field);
        return index(date.toEpochDay(), date, field);
    }

    private static int index(long epochDay, LocalDate date, String field) {
        if (epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
            checkYear(date.getYear(), field);
        }
        return (int) (epochDay - FIRST_EPOCH_DAY);
    }

    /**
     * Throws unless the year is covered.
     *
     * @param year   the year
     * @param field  the field named in the error
     */
    static void checkYear(int year, String field) {
        if (year < FIRST_KNOWN_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw new InvalidInputException(field, "range", "year " + year + " is outside the years "
                    + FIRST_VERIFIED_YEAR + "-" + LAST_SUPPORTED_YEAR + " the ATW calendar covers",
                    Provision.ATW_3_LID_1.basis());
        }
        if (year < FIRST_VERIFIED_YEAR) {
            throw new InvalidInputException(field, "verifiedRange", "year " + year + " lies before "
                    + FIRST_VERIFIED_YEAR + ", the first year the ATW calendar is verified for: until 2013 the"
                    + " monarch's birthday was celebrated on Koninginnedag (30 April, 29 April when that was a"
                    + " Sunday; 31 August before 1949), and the history of \"de vijfde mei\" in ATW art. 3 is"
                    + " not verified", Provision.ATW_3_LID_1.basis());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AtwCalendar other && equatedDays.equals(other.equatedDays);
    }

    @Override
    public int hashCode() {
        return equatedDays.hashCode();
    }

    @Override
    public String toString() {
        return "AtwCalendar[" + FIRST_VERIFIED_YEAR + "-" + LAST_SUPPORTED_YEAR + ", equated days "
                + equatedDays.keySet() + "]";
    }
}
