/**
 * Designations (<em>aanwijzingen</em>, Awb 2:13 lid 2), further requirements (<em>nadere eisen</em>,
 * 2:13 lid 3), temporary exemptions (2:13 lid 4), channels opened for other messages (2:14), and the
 * {@link nl.wmebv.core.designation.DesignationRegister} that answers, in constant time, which channels are
 * designated for which message type at a moment.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; validity periods are half-open {@code [from, to)}.
 */
package nl.wmebv.core.designation;
