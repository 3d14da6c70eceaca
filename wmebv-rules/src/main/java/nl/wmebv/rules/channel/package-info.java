/**
 * Channels: the wrong-channel rule (<em>verkeerde wijze van verzending</em>, Awb 2:16), and later the
 * extension after pointing (2:23) and internal forwarding (2:24).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam. Rules are pure functions of their
 * input and log at DEBUG only, identifiers only.
 */
package nl.wmebv.rules.channel;
