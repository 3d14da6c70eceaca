package nl.wmebv.rules.evidence;

import nl.wmebv.core.internal.Checks;

/**
 * The reference of the case (<em>zaak</em>) a record belongs to, as the embedder's zaaksysteem assigns it,
 * e.g. {@code "Z-2026-0412"}. It is part of the hashed record, so a query by case is answered from attested
 * data.
 *
 * <p>A reference is 1 to 200 characters without control characters or surrounding white space, and never
 * holds personal data. This record is immutable and thread-safe.
 *
 * @param value  the reference
 */
public record CaseReference(String value) {

    /**
     * Validates the reference.
     *
     * @param value  the reference
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier ({@code field() "value"})
     */
    public CaseReference {
        Checks.identifier(value, "value");
    }

    /**
     * Creates a reference.
     *
     * @param value  the reference, not blank
     * @return the reference
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier
     */
    public static CaseReference of(String value) {
        return new CaseReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
