package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.internal.Checks;

/**
 * A type of message in a body's own catalogue (<em>type bericht</em>, Awb 2:13 lid 2; 2:16 lid 1 onder c),
 * e.g. "bezwaarschrift omgevingsvergunning", with its legal role.
 *
 * <p>A body defines its own types, typically hundreds. Channels are designated per formal type (2:13
 * lid 2); further requirements such as a minimum authentication level belong to the designation
 * ({@code FurtherRequirements}, 2:13 lid 3), not to the type. The name is stored stripped. This record is
 * immutable and thread-safe.
 *
 * @param id    the type's identifier in the body's catalogue
 * @param name  the type's public name
 * @param role  the type's legal role: formal (2:13 lid 1) or informal (2:14)
 */
public record MessageType(@NotNull MessageTypeId id, @NotBlank String name, @NotNull LegalRole role) {

    /**
     * Validates the type.
     *
     * @param id    the identifier, not null
     * @param name  the public name, not blank
     * @param role  the legal role, not null
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code name} is blank
     *         ({@code field()} {@code "id"}, {@code "name"} or {@code "role"})
     */
    public MessageType {
        Checks.notNull(id, "id");
        name = Checks.notBlank(name, "name");
        Checks.notNull(role, "role");
    }

    /**
     * Creates a type.
     *
     * @param id    the identifier, not null
     * @param name  the public name, not blank
     * @param role  the legal role, not null
     * @return the type
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code name} is blank
     */
    public static MessageType of(MessageTypeId id, String name, LegalRole role) {
        return new MessageType(id, name, role);
    }

    /**
     * Returns whether messages of this type are formal messages (Awb 2:13 lid 1).
     *
     * @return {@code role().isFormal()}
     */
    public boolean isFormal() {
        return role.isFormal();
    }
}
