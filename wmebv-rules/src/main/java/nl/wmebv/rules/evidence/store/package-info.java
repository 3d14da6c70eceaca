/**
 * The stores of the evidence log: {@link nl.wmebv.rules.evidence.store.InMemoryEvidenceStore} for tests and
 * small embedders, {@link nl.wmebv.rules.evidence.store.FileEvidenceStore} (segment files, group commit with
 * fsync, crash recovery) as the embedded default, and {@link nl.wmebv.rules.evidence.store.JdbcEvidenceStore}
 * (PostgreSQL through plain JDBC, insert-only) for bodies that run at scale.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws
 * {@link nl.wmebv.core.InvalidInputException} naming it; nothing returns {@code null}. I/O failures throw
 * {@link nl.wmebv.rules.evidence.EvidenceStoreException}.
 *
 * <p>Moments are {@code Instant}s, stamped by the caller or an injected {@code java.time.Clock}; nothing in this
 * package reads the system clock, zone or locale.
 */
package nl.wmebv.rules.evidence.store;
