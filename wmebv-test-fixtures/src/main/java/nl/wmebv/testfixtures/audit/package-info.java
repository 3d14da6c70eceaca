/**
 * Sample configurations for the compliance audit (<em>nalevingsaudit</em>, {@code nl.wmebv.rules.audit}):
 * a municipality with more than a hundred message types, once clean and once with known planted gaps.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s.
 */
package nl.wmebv.testfixtures.audit;
