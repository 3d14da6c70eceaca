/**
 * Channels and designations (<em>wijzen van verzending</em> and <em>aanwijzingen</em>, Awb 2:13 lid 2&ndash;4,
 * 2:14), outages (<em>storingen</em>, 2:21) and consents (2:8).
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; intervals are half-open {@code [from, to)}, with one exception that P16 prescribes:
 * a consent covers sendings in {@code (givenAt, revokedAt]} (see {@link nl.wmebv.core.message.ChannelConsent}).
 */
package nl.wmebv.core.channel;
