/**
 * Storage and evidence events (Awb 2:25) as a sealed hierarchy with a canonical byte encoding.
 *
 * <p>{@link nl.wmebv.core.evidence.EvidenceEvent} is the root; events about one message implement
 * {@link nl.wmebv.core.evidence.MessageEvent}. {@link nl.wmebv.core.evidence.EvidenceEncoding} writes and
 * reads the one byte form of each event, which {@code docs/evidence-encoding.md} describes.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s, encoded as ISO-8601 UTC in a fixed 30-character form, so they lie in the years 0000 to
 * 9999. No event holds message content: only identifiers, enumerated facts and SHA-256 digests.
 */
package nl.wmebv.core.evidence;
