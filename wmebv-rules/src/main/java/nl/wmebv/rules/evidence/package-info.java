/**
 * The evidence log (<em>bewijslast</em>, Awb 2:25; P26): an append-only log of salted evidence records in an
 * RFC 9162 Merkle tree, Ed25519-signed checkpoints, inclusion and consistency proofs with their verifiers,
 * queries by message, party, case, period and kind of evidence, and the party-scoped copy
 * (<em>afschrift</em>, Awb 2:25 second sentence; P14) with an offline verifier. Storage is an SPI
 * ({@link nl.wmebv.rules.evidence.EvidenceStore}); the stores are in {@code nl.wmebv.rules.evidence.store}.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. Moments are
 * {@code Instant}s; the log stamps them from an injected {@code Clock}. A failed verification is a
 * {@link nl.wmebv.rules.evidence.Verification} value, never an exception.
 */
package nl.wmebv.rules.evidence;
