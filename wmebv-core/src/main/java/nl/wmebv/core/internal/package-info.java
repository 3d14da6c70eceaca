/**
 * Internal helpers of wmebv, exported only to the other wmebv modules; not an API.
 *
 * <p>The checks throw {@link nl.wmebv.core.InvalidInputException} naming the field for {@code null} or bad
 * values; nothing returns {@code null}. Intervals of {@code Instant}s are half-open; nothing in this package
 * reads the system clock, zone or locale.
 */
package nl.wmebv.core.internal;
