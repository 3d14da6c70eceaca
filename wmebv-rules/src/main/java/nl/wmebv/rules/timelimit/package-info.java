/**
 * Time limits for submissions (<em>indieningstermijnen</em>): extensions and excusable lateness under
 * Awb 2:21&ndash;2:23 on top of the legal calendar of {@code nl.wmebv.core.time}.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam.
 */
package nl.wmebv.rules.timelimit;
