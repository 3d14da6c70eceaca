/**
 * Messages that reached the wrong body: forwarding and return (<em>doorzenden</em>, <em>terugzenden</em>,
 * Awb 2:3) and bezwaar- or beroepschriften filed with an incompetent body (6:15).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}.
 *
 * <p>Moments are {@code Instant}s and legal days {@code LocalDate}s in Europe/Amsterdam; nothing in this package
 * reads the system clock, zone or locale.
 */
package nl.wmebv.rules.misaddressed;
