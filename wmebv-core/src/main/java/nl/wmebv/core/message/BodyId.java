package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.internal.Checks;

/**
 * The identifier of an administrative body (<em>bestuursorgaan</em>, Awb 1:1), e.g. an OIN or a code of the embedder's.
 *
 * <p>An identifier is 1 to 200 characters without control characters or surrounding white space; it is
 * compared exactly. This record is immutable and thread-safe.
 *
 * @param value  the identifier
 */
public record BodyId(@NotBlank @Size(max = Constraints.IDENTIFIER_MAX_LENGTH) @Pattern(regexp = Constraints.IDENTIFIER_PATTERN)
        String value) {

    /**
     * Validates the identifier.
     *
     * @param value  the identifier
     * @throws nl.wmebv.core.InvalidInputException if the value is null, blank, too long, has surrounding
     *         white space or control characters ({@code field() "value"})
     */
    public BodyId {
        Checks.identifier(value, "value");
    }

    /**
     * Creates an identifier.
     *
     * @param value  the identifier, not blank
     * @return the identifier
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier
     */
    public static BodyId of(String value) {
        return new BodyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
