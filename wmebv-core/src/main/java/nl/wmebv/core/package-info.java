/**
 * The root of wmebv: the one exception type for bad input, {@link nl.wmebv.core.InvalidInputException}.
 *
 * <p>Throughout the library, bad input at a public factory or constructor (including {@code null} where a
 * parameter does not say "may be null") throws {@code InvalidInputException} naming the field. Nothing
 * returns {@code null}. Moments are {@link java.time.Instant}s; legal days are {@link java.time.LocalDate}s
 * in Europe/Amsterdam.
 */
package nl.wmebv.core;
