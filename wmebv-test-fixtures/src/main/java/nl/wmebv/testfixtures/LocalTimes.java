package nl.wmebv.testfixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.time.LegalTime;

/**
 * Local times in Europe/Amsterdam as a lawyer writes them ({@code "2026-04-02T16:45"}), turned into moments.
 * A local time that does not exist (the hour skipped when summer time starts) or that occurs twice (the hour
 * repeated when it ends) is rejected with a message saying why and what to write instead; the library never
 * guesses which moment was meant.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * Returns the moment of a local time in Europe/Amsterdam.
     *
     * @param localTime  ISO local date-time, e.g. {@code "2026-04-02T16:45"} or {@code "2026-04-02T16:45:30"};
     *                   a value with an offset, e.g. {@code "2026-10-25T02:30+01:00"}, is taken as that moment
     * @return the moment
     * @throws InvalidInputException ({@code "localTime"}) if the value is null or malformed
     *         ({@code "format"}), does not exist in Europe/Amsterdam ({@code "existsInAmsterdam"}) or occurs twice
     *         there ({@code "unambiguousInAmsterdam"})
     */
    public static Instant amsterdam(String localTime) {
        Checks.notBlank(localTime, "localTime");
        LocalDateTime local;
        try {
            if (localTime.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                return java.time.OffsetDateTime.parse(localTime).toInstant();
            }
            local = LocalDateTime.parse(localTime);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("localTime", "format",
                    "'" + localTime + "' is not a local time like 2026-04-02T16:45");
        }
        List<ZoneOffset> offsets = LegalTime.AMSTERDAM.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = LegalTime.AMSTERDAM.getRules().getTransition(local);
            throw new InvalidInputException("localTime", "existsInAmsterdam", localTime
                    + " does not exist in Europe/Amsterdam: at " + gap.getDateTimeBefore().toLocalTime()
                    + " the clocks jumped to " + gap.getDateTimeAfter().toLocalTime() + " (summer time); write "
                    + gap.getDateTimeAfter() + " or a time with an offset");
        }
        if (offsets.size() > 1) {
            throw new InvalidInputException("localTime", "unambiguousInAmsterdam", localTime
                    + " occurs twice in Europe/Amsterdam (the hour repeated when summer time ends): write it with its"
                    + " offset, " + local.atOffset(offsets.get(0)) + " (first, summer time) or "
                    + local.atOffset(offsets.get(1)) + " (second, winter time)");
        }
        return local.toInstant(offsets.get(0));
    }

    /**
     * Returns a legal day written as {@code "2026-04-07"}.
     *
     * @param day  ISO date, not null
     * @return the day
     * @throws InvalidInputException ({@code "day"}, {@code "format"}) if null or malformed
     */
    public static LocalDate day(String day) {
        Checks.notBlank(day, "day");
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "format", "'" + day + "' is not a date like 2026-04-07");
        }
    }
}
