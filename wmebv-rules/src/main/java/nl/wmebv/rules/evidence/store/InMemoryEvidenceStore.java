package nl.wmebv.rules.evidence.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.PayloadPurge;
import nl.wmebv.rules.evidence.PayloadReference;

/**
 * An evidence store in memory, for tests and small embedders that keep the log elsewhere: nothing survives
 * the JVM. Payload references are kept in a map beside the entries. This class is thread-safe.
 */
public final class InMemoryEvidenceStore implements EvidenceStore {
    private final List<byte[]> entries = new ArrayList<>();
    private final Map<Long, PayloadReference> references = new HashMap<>();
    private final List<PayloadPurge> purges = new ArrayList<>();
    private Checkpoint latest;

    private InMemoryEvidenceStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryEvidenceStore create() {
        return new InMemoryEvidenceStore();
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized void append(long firstIndex, List<byte[]> batch) {
        Checks.notNull(batch, "entries");
        Checks.require(firstIndex == entries.size(), "firstIndex", "equalsSize",
                "must be " + entries.size() + ", is " + firstIndex, null);
        for (byte[] e : batch) {
            Checks.notNull(e, "entries[]");
        }
        for (byte[] e : batch) {
            entries.add(e.clone());
        }
    }

    @Override
    public synchronized byte[] read(long index) {
        Checks.require(index >= 0 && index < entries.size(), "index", "range",
                "must be in [0, " + entries.size() + "), is " + index, null);
        return entries.get((int) index).clone();
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        latest = Checks.notNull(checkpoint, "checkpoint");
    }

    @Override
    public synchronized Optional<Checkpoint> latestCheckpoint() {
        return Optional.ofNullable(latest);
    }

    @Override
    public synchronized Map<Long, PayloadReference> payloadReferences() {
        return Map.copyOf(references);
    }

    @Override
    public synchronized void putPayloadReferences(Map<Long, PayloadReference> refs) {
        PayloadChecks.put(refs, entries.size(), references);
        references.putAll(refs);
    }

    @Override
    public synchronized void purgePayloadReferences(Set<Long> indexes, PayloadPurge purge) {
        PayloadChecks.purge(indexes, purge, references);
        references.keySet().removeAll(indexes);
        purges.add(purge);
    }

    @Override
    public synchronized List<PayloadPurge> payloadPurges() {
        return List.copyOf(purges);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
