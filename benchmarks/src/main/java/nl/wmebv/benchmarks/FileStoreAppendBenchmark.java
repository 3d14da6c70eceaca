package nl.wmebv.benchmarks;

import java.nio.file.Path;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.store.FileEvidenceStore;

/**
 * {@link StoreAppendBenchmark} on the embedded default, {@link FileEvidenceStore}: one write and one
 * {@code fsync} per group commit, in a temporary directory that is deleted after the trial.
 */
public class FileStoreAppendBenchmark extends StoreAppendBenchmark {
    private Path dir;

    @Override
    protected EvidenceStore createStore() {
        dir = EvidenceWorkload.tempDirectory();
        return FileEvidenceStore.open(dir);
    }

    @Override
    protected EvidenceStore reopenStore() {
        return FileEvidenceStore.open(dir);
    }

    @Override
    protected void dispose() {
        EvidenceWorkload.delete(dir);
        dir = null;
    }
}
