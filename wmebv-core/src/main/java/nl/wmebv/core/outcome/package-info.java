/**
 * The outcome vocabulary: {@link nl.wmebv.core.outcome.Outcome} (legal basis, trace, explanation),
 * {@link nl.wmebv.core.outcome.Trace} and {@link nl.wmebv.core.outcome.Step}, and
 * {@link nl.wmebv.core.outcome.Texts} for Dutch and English explanations.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}.
 *
 * <p>Outcomes hold moments as {@code Instant}s and legal days as {@code LocalDate}s in Europe/Amsterdam;
 * explanations are rendered for {@code Locale.ROOT} (Dutch) or English only, never the JVM's default locale.
 */
package nl.wmebv.core.outcome;
