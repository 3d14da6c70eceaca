/**
 * The outcome vocabulary: {@link nl.wmebv.core.outcome.Outcome} (legal basis, trace, explanation),
 * {@link nl.wmebv.core.outcome.Trace} and {@link nl.wmebv.core.outcome.Step}, and
 * {@link nl.wmebv.core.outcome.Texts} for Dutch and English explanations.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}.
 */
package nl.wmebv.core.outcome;
