package nl.wmebv.core.time;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.internal.Checks;

/**
 * A day equated by royal decree with the algemeen erkende feestdagen (<em>gelijkgestelde dag</em>, ATW art. 3
 * lid 3), with the reference of the decree's publication in the Staatscourant.
 *
 * <p>No such day is known for 2025&ndash;2027 (LAW.md &sect;10); the calendar accepts them as data through
 * {@link AtwCalendar#withEquatedDay(EquatedDay)}. Goede Vrijdag, equated by the Act itself (art. 3 lid 2), is
 * not an {@code EquatedDay} but a {@link PublicHoliday.Kind#GOOD_FRIDAY}. This record is immutable and
 * thread-safe.
 *
 * @param date                    the equated legal day
 * @param staatscourantReference  the publication of the decree, e.g. {@code "Stcrt. 2027, 12345"}
 * @param description             what the day is, e.g. "Nationale rouwdag"
 */
public record EquatedDay(
        @NotNull LocalDate date,
        @NotBlank @Size(max = Constraints.IDENTIFIER_MAX_LENGTH) @Pattern(regexp = Constraints.IDENTIFIER_PATTERN)
        String staatscourantReference,
        @NotBlank @Size(max = Constraints.IDENTIFIER_MAX_LENGTH) @Pattern(regexp = Constraints.IDENTIFIER_PATTERN)
        String description) {

    /**
     * Validates the equated day.
     *
     * @param date                    the equated legal day, not null
     * @param staatscourantReference  the publication of the decree: 1 to 200 characters, no control
     *                                characters, no surrounding white space
     * @param description             what the day is, same form
     * @throws nl.wmebv.core.InvalidInputException if a value is null or malformed, naming the field
     */
    public EquatedDay {
        Checks.notNull(date, "date");
        Checks.identifier(staatscourantReference, "staatscourantReference");
        Checks.identifier(description, "description");
    }

    /**
     * Creates an equated day.
     *
     * @param date                    the equated legal day, not null
     * @param staatscourantReference  the publication of the decree, not blank
     * @param description             what the day is, not blank
     * @return the equated day
     * @throws nl.wmebv.core.InvalidInputException if a value is null or malformed, naming the field
     */
    public static EquatedDay of(LocalDate date, String staatscourantReference, String description) {
        return new EquatedDay(date, staatscourantReference, description);
    }
}
