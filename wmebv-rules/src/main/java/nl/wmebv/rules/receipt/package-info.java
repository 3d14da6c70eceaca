/**
 * Receipt: the moment of receipt (<em>tijdstip van ontvangst</em>, Awb 2:20) and the receipt duties
 * (<em>ontvangstbevestiging</em> and giving back entered data, Awb 2:17; 6:14 lid 1).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam.
 */
package nl.wmebv.rules.receipt;
