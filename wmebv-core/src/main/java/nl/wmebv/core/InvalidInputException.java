package nl.wmebv.core;

import java.util.Objects;
import java.util.Optional;
import nl.wmebv.core.law.LegalBasis;

/**
 * Bad input at the public boundary of the library: a value that is missing, malformed or contradicts
 * another value.
 *
 * <p>Every instance names the offending {@link #field() field}, the {@link #constraint() constraint} it
 * broke (a stable machine-readable key such as {@code "notNull"} or {@code "notBeforeStart"}) and, where a
 * provision of law is the reason for the constraint, its {@link #legalBasis() legal basis}. Legal results
 * such as "late" are never exceptions: they are outcomes. This exception is unchecked on purpose.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field, e.g. {@code "receivedAt"} or {@code "designations[3].validTo"}. */
    private final String field;
    /** The broken constraint, e.g. {@code "notNull"}. */
    private final String constraint;
    /** The provision behind the constraint, if any. */
    private final transient LegalBasis legalBasis;

    /**
     * Creates an exception without a legal basis.
     *
     * @param field       the offending field, not null
     * @param constraint  the stable key of the broken constraint, not null
     * @param detail      a human-readable statement of what was wrong, not null
     */
    public InvalidInputException(String field, String constraint, String detail) {
        this(field, constraint, detail, null);
    }

    /**
     * Creates an exception.
     *
     * @param field       the offending field, not null
     * @param constraint  the stable key of the broken constraint, not null
     * @param detail      a human-readable statement of what was wrong, not null
     * @param legalBasis  the provision behind the constraint, may be null
     */
    public InvalidInputException(String field, String constraint, String detail, LegalBasis legalBasis) {
        super(message(field, detail, legalBasis));
        this.field = Objects.requireNonNull(field, "field must not be null");
        this.constraint = Objects.requireNonNull(constraint, "constraint must not be null");
        this.legalBasis = legalBasis;
    }

    private static String message(String field, String detail, LegalBasis legalBasis) {
        String base = field + ": " + detail;
        return legalBasis == null ? base : base + " (" + legalBasis + ")";
    }

    /**
     * Returns the name of the offending field.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the stable key of the broken constraint.
     *
     * @return the constraint key, never null
     */
    public String constraint() {
        return constraint;
    }

    /**
     * Returns the provision behind the constraint.
     *
     * @return the legal basis, or empty where the constraint is purely technical
     */
    public Optional<LegalBasis> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }
}
