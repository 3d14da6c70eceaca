package nl.wmebv.rules.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.internal.Checks;

/**
 * A field of a form (<em>formulierveld</em>, Awb 4:4): its technical name, whether the form asks it as
 * compulsory, and the body's finding whether the data is necessary for the beschikking to be taken
 * (<em>noodzakelijk voor de te nemen beschikking</em>, 4:4 lid 2).
 *
 * <p>Necessity is the body's judgement: the audit never assumes it. The name is a technical identifier
 * such as {@code "telefoonnummer"}, never a value entered. This record is immutable and thread-safe.
 *
 * @param name                  the field's technical name, stripped
 * @param obligation            whether the form asks the field as compulsory
 * @param necessaryForDecision  the body's finding whether the data is necessary for the beschikking
 */
public record FormField(@NotBlank String name, @NotNull FieldObligation obligation,
        @NotNull BodyFinding necessaryForDecision) {

    /**
     * Validates the field.
     *
     * @param name                  the name, not blank
     * @param obligation            the obligation, not null
     * @param necessaryForDecision  the body's finding, not null ({@link BodyFinding#notStated()} if not judged)
     * @throws nl.wmebv.core.InvalidInputException if a value is null or the name blank ({@code field()}
     *         naming it)
     */
    public FormField {
        name = Checks.notBlank(name, "name");
        Checks.notNull(obligation, "obligation");
        Checks.notNull(necessaryForDecision, "necessaryForDecision");
    }

    /**
     * Creates a field.
     *
     * @param name                  the name, not blank
     * @param obligation            the obligation, not null
     * @param necessaryForDecision  the body's finding, not null
     * @return the field
     * @throws nl.wmebv.core.InvalidInputException if a value is null or the name blank
     */
    public static FormField of(String name, FieldObligation obligation, BodyFinding necessaryForDecision) {
        return new FormField(name, obligation, necessaryForDecision);
    }
}
