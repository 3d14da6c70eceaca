package nl.wmebv.rules.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the evidence log keeps its records: the storage SPI behind {@link EvidenceLog}. A store holds opaque,
 * append-only entries (the canonical bytes of {@link EvidenceRecord}s) and the checkpoints the log signed.
 *
 * <p>Contract: entries are never changed or removed; {@link #append(long, List)} returns only once the
 * entries are durable (for a durable store: on stable storage), and either all entries of a call become
 * visible or none do. The log calls a store from one thread at a time; reads may come from any thread after
 * the append that wrote them returned. The store need not check the entries: the log verifies them against
 * the Merkle tree and the checkpoints. Implementations in {@code nl.wmebv.rules.evidence.store}: in memory,
 * segment files, PostgreSQL.
 *
 * <p><b>Payload references</b> ({@link PayloadReference}) live in a side structure, apart from the entries:
 * the only data of a store that is ever removed. A store keeps them durably, and removes some of them, with
 * the {@link PayloadPurge} that records the removal, in one durable step. It never touches the entries or the
 * checkpoints for this: an in-memory map, a rewritable sidecar file (written to a temporary file, forced to
 * disk and renamed atomically), or a separate table from which only references may be deleted. The purge
 * traces are kept for good.
 */
public interface EvidenceStore extends AutoCloseable {

    /**
     * Returns the number of entries.
     *
     * @return the number of durable entries
     */
    long size();

    /**
     * Appends entries durably.
     *
     * @param firstIndex  the index of the first entry, which must equal {@link #size()}
     * @param entries     the entries, not null, not empty
     * @throws nl.wmebv.core.InvalidInputException if {@code firstIndex} is not the size ({@code field()
     *         "firstIndex"}) or the store is damaged
     * @throws EvidenceStoreException if the entries could not be made durable; then none was appended
     */
    void append(long firstIndex, List<byte[]> entries);

    /**
     * Reads an entry.
     *
     * @param index  the index, from 0 to {@code size() - 1}
     * @return a fresh copy of the entry's bytes
     * @throws nl.wmebv.core.InvalidInputException if the index is out of range ({@code field() "index"})
     * @throws EvidenceStoreException if the entry could not be read
     */
    byte[] read(long index);

    /**
     * Returns the damage found when the store was opened, if any: the first entry that could not be read back
     * as written. A damaged store serves the entries before it and refuses appends.
     *
     * @return the damage, or empty
     */
    default Optional<StoreDamage> damage() {
        return Optional.empty();
    }

    /**
     * Keeps a checkpoint the log signed, so a reopened log can check itself against it. This is a
     * convenience, not the protection: an attacker who rewrites the store can rewrite these too. Keep the
     * checkpoints that matter outside the store.
     *
     * @param checkpoint  the checkpoint, not null
     * @throws EvidenceStoreException if it could not be stored
     */
    void saveCheckpoint(Checkpoint checkpoint);

    /**
     * Returns the checkpoint saved last.
     *
     * @return the checkpoint, or empty if none was saved
     * @throws EvidenceStoreException if it could not be read
     */
    Optional<Checkpoint> latestCheckpoint();

    /**
     * Returns the payload references the store holds, by record index.
     *
     * @return an unmodifiable map, possibly empty
     * @throws EvidenceStoreException if they could not be read
     */
    Map<Long, PayloadReference> payloadReferences();

    /**
     * Keeps payload references of records already appended; returns once they are durable.
     *
     * @param references  by record index, not null, not empty; each index below {@link #size()} and without a
     *                    reference yet
     * @throws nl.wmebv.core.InvalidInputException if the map is null or empty ({@code field() "references"}), an
     *         index is out of range or already has a reference ({@code field() "references[]"})
     * @throws EvidenceStoreException if they could not be made durable; then none was kept
     */
    void putPayloadReferences(Map<Long, PayloadReference> references);

    /**
     * Removes payload references and records the purge, in one durable step: afterwards either all of them
     * are gone and the purge is recorded, or nothing changed. Entries and checkpoints are not touched.
     *
     * @param indexes  the records whose references go, not null, not empty, each holding a reference
     * @param purge    the trace of the purge, not null, whose count is the number of indexes
     * @throws nl.wmebv.core.InvalidInputException if an argument is null, an index holds no reference
     *         ({@code field() "indexes[]"}) or the count differs ({@code field() "purge"})
     * @throws EvidenceStoreException if the change could not be made durable; then nothing changed
     */
    void purgePayloadReferences(Set<Long> indexes, PayloadPurge purge);

    /**
     * Returns the purges recorded so far, oldest first.
     *
     * @return an unmodifiable list, possibly empty
     * @throws EvidenceStoreException if they could not be read
     */
    List<PayloadPurge> payloadPurges();

    /**
     * Releases the store's resources. Entries appended before stay durable.
     *
     * @throws EvidenceStoreException if closing failed
     */
    @Override
    void close();
}
