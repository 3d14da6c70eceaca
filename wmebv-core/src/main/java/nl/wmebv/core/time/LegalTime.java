package nl.wmebv.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.wmebv.core.internal.Checks;

/**
 * The legal time of the Netherlands: the legal day (<em>dag</em>) of a moment is its date in
 * Europe/Amsterdam, which lasts 23, 24 or 25 hours.
 *
 * <p>Never the system default zone. This class is immutable and thread-safe.
 */
public final class LegalTime {
    /** The zone of the legal day: Europe/Amsterdam. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");


    private static final DateTimeFormatter OFFSET_RENDERING = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private LegalTime() {
    }

    /**
     * Returns the legal day of a moment: its date in Europe/Amsterdam.
     *
     * @param moment  the moment, not null
     * @return the legal day
     * @throws nl.wmebv.core.InvalidInputException if {@code moment} is null
     */
    public static LocalDate legalDay(Instant moment) {
        Checks.notNull(moment, "moment");
        long second = moment.getEpochSecond();
        return LocalDate.ofEpochDay(Math.floorDiv(second + AmsterdamOffsets.offsetSeconds(second), 86_400L));
    }

    /**
     * Returns the first moment of a legal day (00:00 in Europe/Amsterdam).
     *
     * @param day  the legal day, not null
     * @return the start, inclusive
     * @throws nl.wmebv.core.InvalidInputException if {@code day} is null
     */
    public static Instant startOfLegalDay(LocalDate day) {
        Checks.notNull(day, "day");
        return startOf(day.toEpochDay());
    }

    /**
     * Returns the end of a legal day, exclusive: the start of the next day (24:00 in Europe/Amsterdam).
     *
     * @param day  the legal day, not null
     * @return the end, exclusive
     * @throws nl.wmebv.core.InvalidInputException if {@code day} is null
     */
    public static Instant endOfLegalDayExclusive(LocalDate day) {
        Checks.notNull(day, "day");
        return startOf(day.toEpochDay() + 1);
    }

    private static Instant startOf(long epochDay) {
        long start = AmsterdamOffsets.startOfDay(epochDay);
        return start != Long.MIN_VALUE ? Instant.ofEpochSecond(start)
                : LocalDate.ofEpochDay(epochDay).atStartOfDay(AMSTERDAM).toInstant();
    }

    /**
     * Returns the length of a legal day: 24 hours, 23 hours on the day summer time starts (the last Sunday of
     * March, 02:00 becomes 03:00) and 25 hours on the day it ends (the last Sunday of October, 03:00 becomes
     * 02:00). The reason a day-based term is never computed as a multiple of 86,400 seconds.
     *
     * @param day  the legal day, not null
     * @return the elapsed time from its start to the start of the next day
     * @throws nl.wmebv.core.InvalidInputException if {@code day} is null
     */
    public static Duration legalDayLength(LocalDate day) {
        Checks.notNull(day, "day");
        return Duration.between(startOfLegalDay(day), endOfLegalDayExclusive(day));
    }

    /**
     * Renders a moment as local time in Europe/Amsterdam with its UTC offset, e.g.
     * {@code 2026-03-29T04:00:00+02:00}.
     *
     * @param moment  the moment, not null
     * @return the rendering
     * @throws nl.wmebv.core.InvalidInputException if {@code moment} is null
     */
    public static String render(Instant moment) {
        Checks.notNull(moment, "moment");
        long second = moment.getEpochSecond();
        if (second < AmsterdamOffsets.FROM || second >= AmsterdamOffsets.UNTIL) {
            return OFFSET_RENDERING.format(moment.atZone(AMSTERDAM).toOffsetDateTime());
        }
        // The same characters as ISO_OFFSET_DATE_TIME for 1970-2200, written by hand: traces and ledger entries
        // render every moment they name (issue 8). Checked against the formatter in AmsterdamOffsetsTest.
        int offset = AmsterdamOffsets.offsetSeconds(second);
        long local = second + offset;
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
        int secondOfDay = (int) Math.floorMod(local, 86_400L);
        StringBuilder sb = new StringBuilder(35);
        sb.append(day.getYear()).append('-');
        two(sb, day.getMonthValue()).append('-');
        two(sb, day.getDayOfMonth()).append('T');
        two(sb, secondOfDay / 3_600).append(':');
        two(sb, secondOfDay / 60 % 60).append(':');
        two(sb, secondOfDay % 60);
        int nano = moment.getNano();
        if (nano != 0) {
            // As DateTimeFormatter's fraction: the digits of the nanoseconds without trailing zeros.
            String digits = Integer.toString(1_000_000_000 + nano).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        if (offset == 0) {
            return sb.append('Z').toString();
        }
        int abs = Math.abs(offset);
        sb.append(offset < 0 ? '-' : '+');
        two(sb, abs / 3_600).append(':');
        two(sb, abs / 60 % 60);
        if (abs % 60 != 0) {
            two(sb.append(':'), abs % 60);
        }
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int value) {
        return sb.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * Renders a legal day for people: Dutch "donderdag 2 april 2026", English "Thursday 2026-04-02". The
     * words come from the library, never from the JVM's locale data.
     *
     * @param day     the legal day, not null
     * @param locale  English for an English locale, Dutch for every other, not null
     * @return the rendering
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static String renderDay(LocalDate day, java.util.Locale locale) {
        Checks.notNull(day, "day");
        Checks.notNull(locale, "locale");
        return CalendarTexts.date(day, locale);
    }

    /**
     * Renders a moment for people, as local time in Europe/Amsterdam with its UTC offset: Dutch
     * "donderdag 2 april 2026 om 16:45 (UTC+02:00)", English "Thursday 2026-04-02 at 16:45 (UTC+02:00)".
     * Seconds are shown when they are not zero, so a moment just before midnight stays distinguishable.
     *
     * @param moment  the moment, not null
     * @param locale  English for an English locale, Dutch for every other, not null
     * @return the rendering
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static String renderReadable(Instant moment, java.util.Locale locale) {
        Checks.notNull(moment, "moment");
        Checks.notNull(locale, "locale");
        java.time.ZonedDateTime local = moment.atZone(AMSTERDAM);
        String time = local.getSecond() == 0 && local.getNano() == 0
                ? String.format(java.util.Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute())
                : String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", local.getHour(), local.getMinute(),
                        local.getSecond());
        String offset = local.getOffset().getId().equals("Z") ? "+00:00" : local.getOffset().getId();
        String at = CalendarTexts.english(locale) ? " at " : " om ";
        return CalendarTexts.date(local.toLocalDate(), locale) + at + time + " (UTC" + offset + ")";
    }
}
