/**
 * The compliance audit of a body's configuration (<em>inventarisatie en aanwijzingsbesluit</em>, Awb 2:13
 * lid 2&ndash;4, 2:10, 2:11, 2:16 lid 1 onder c, 2:17, 2:25, 4:4 lid 2): the BZK handreiking's checklists
 * "aanwijzen en inrichten" and "bestaande kanalen aanpassen" run against the designation register, the
 * capabilities of each channel and the form definitions, at a reference moment.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; "soon" is counted in legal days in Europe/Amsterdam. The audit is a pure function of its
 * input and logs at DEBUG only, identifiers only.
 */
package nl.wmebv.rules.audit;
