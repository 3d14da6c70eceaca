/**
 * The outbound message lifecycle (<em>verzending door het bestuursorgaan</em>, Awb 2:8&ndash;2:12, 2:19,
 * with the 2:22 facts): {@link nl.wmebv.rules.outbound.OutboundLifecycle} is fed with the events of one
 * message to one addressee and answers, at any moment, whether it may be sent electronically, when it
 * counts as sent, which kennisgevingen and re-sendings are due, and which facts the deadline ledger needs.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; legal days, {@code LocalDate}s in Europe/Amsterdam; intervals are half-open. Local
 * times are rendered with their UTC offset. The tracker logs at DEBUG only, identifiers only.
 */
package nl.wmebv.rules.outbound;
