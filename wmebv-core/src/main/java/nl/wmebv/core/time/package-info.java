/**
 * The legal calendar: legal days in Europe/Amsterdam, the feestdagen of the Algemene termijnenwet, and
 * time-limit arithmetic (ATW art. 1&ndash;4, Awb 6:7&ndash;6:9).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam. The system default zone is never
 * used.
 */
package nl.wmebv.core.time;
