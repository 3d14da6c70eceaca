package nl.wmebv.core.outcome;

import java.util.List;
import java.util.Locale;
import nl.wmebv.core.law.LegalBasis;

/**
 * The result of applying a rule: a legal value, never an exception.
 *
 * <p>Each rule defines a sealed sub-interface with nested records and a {@code kind()} enum, so callers can
 * {@code switch} exhaustively. Every outcome carries its legal basis (primary first), a trace of the steps
 * that led to it, and an explanation in Dutch (the default) or English. Implementations are immutable and
 * thread-safe.
 */
public interface Outcome {

    /**
     * Returns the provisions this outcome rests on, primary first.
     *
     * @return a non-empty, unmodifiable list
     */
    List<LegalBasis> legalBasis();

    /**
     * Returns the steps that led to this outcome, with the facts used (identifiers, never message
     * content).
     *
     * @return the trace
     */
    Trace trace();

    /**
     * Explains this outcome in plain language: English for an English locale, Dutch for every other.
     *
     * @param locale  the locale, not null
     * @return the explanation
     */
    String explain(Locale locale);

    /**
     * Returns the primary provision, the first of {@link #legalBasis()}.
     *
     * @return the primary legal basis
     */
    default LegalBasis primaryBasis() {
        return legalBasis().get(0);
    }
}
