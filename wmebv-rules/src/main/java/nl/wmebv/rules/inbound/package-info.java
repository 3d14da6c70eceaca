/**
 * Inbound messages: the regime that governs them (Awb 2:13 lid 1 and 4, 2:14; policy P13) and the
 * combined assessment a vendor calls when a message arrives.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam.
 */
package nl.wmebv.rules.inbound;
