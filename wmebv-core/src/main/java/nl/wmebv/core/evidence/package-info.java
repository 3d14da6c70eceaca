/**
 * Storage and evidence events (Awb 2:25) as a sealed hierarchy with a canonical byte encoding.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s, encoded as ISO-8601 UTC.
 */
package nl.wmebv.core.evidence;
