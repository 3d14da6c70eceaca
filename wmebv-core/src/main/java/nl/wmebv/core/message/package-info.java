/**
 * Messages (<em>berichten</em>), their types and legal roles (Awb 2:13 lid 1, 2:14), administrative bodies
 * and parties (afzender, geadresseerde, gemachtigde).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s. No type here holds message content: only digests, sizes and identifiers, and
 * {@code toString} never shows personal data.
 */
package nl.wmebv.core.message;
