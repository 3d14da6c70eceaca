package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.internal.Checks;

/**
 * An administrative body (<em>bestuursorgaan</em>, Awb 1:1) that sends and receives messages and bears the
 * duties of afdeling 2.3 (Awb 2:1&ndash;2:27).
 *
 * <p>The name is the body's public name, e.g. "college van burgemeester en wethouders van Utrecht"; it is
 * stored stripped of surrounding white space. This record is immutable and thread-safe.
 *
 * @param id    the body's identifier
 * @param name  the body's public name
 */
public record AdministrativeBody(@NotNull BodyId id, @NotBlank String name) {

    /**
     * Validates the body.
     *
     * @param id    the body's identifier, not null
     * @param name  the body's public name, not blank
     * @throws nl.wmebv.core.InvalidInputException if {@code id} is null ({@code field() "id"}) or
     *         {@code name} is null or blank ({@code "name"})
     */
    public AdministrativeBody {
        Checks.notNull(id, "id");
        name = Checks.notBlank(name, "name");
    }

    /**
     * Creates a body.
     *
     * @param id    the body's identifier, not null
     * @param name  the body's public name, not blank
     * @return the body
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code name} is blank
     */
    public static AdministrativeBody of(BodyId id, String name) {
        return new AdministrativeBody(id, name);
    }
}
