package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.internal.Checks;

/**
 * The identifier of a message (<em>bericht</em>, Awb 2:3, 2:7&ndash;2:25), as the embedder assigns it.
 *
 * <p>An identifier is 1 to 200 characters without control characters or surrounding white space; it is
 * compared exactly. This record is immutable and thread-safe.
 *
 * @param value  the identifier
 */
public record MessageId(@NotBlank @Size(max = Constraints.IDENTIFIER_MAX_LENGTH) @Pattern(regexp = Constraints.IDENTIFIER_PATTERN)
        String value) {

    /**
     * Validates the identifier.
     *
     * @param value  the identifier
     * @throws nl.wmebv.core.InvalidInputException if the value is null, blank, too long, has surrounding
     *         white space or control characters ({@code field() "value"})
     */
    public MessageId {
        Checks.identifier(value, "value");
    }

    /**
     * Creates an identifier.
     *
     * @param value  the identifier, not blank
     * @return the identifier
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier
     */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
