package nl.wmebv.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.store.JdbcEvidenceStore;

/**
 * {@link StoreAppendBenchmark} on {@link JdbcEvidenceStore} and PostgreSQL (one transaction per group commit,
 * acknowledged after {@code COMMIT} with the default {@code synchronous_commit = on}): the baseline of the
 * file store. The server comes from {@code WMEBV_PG_URL}, {@code WMEBV_PG_USER} and {@code WMEBV_PG_PASSWORD}
 * (as in the tests); without {@code WMEBV_PG_URL} the set-up fails with a message, never skips silently.
 * Leave the class out with {@code -e PostgresStoreAppendBenchmark} where there is no server.
 *
 * <p>Each trial writes a log of its own ({@code bench-<uuid>}). The tables are insert-only (triggers refuse
 * {@code DELETE}), so the rows stay in the test database; drop and recreate that database to reclaim them.
 */
public class PostgresStoreAppendBenchmark extends StoreAppendBenchmark {
    private String logId;

    static Connection connect() {
        String url = System.getenv("WMEBV_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("PostgresStoreAppendBenchmark needs a PostgreSQL server: set WMEBV_PG_URL,"
                    + " WMEBV_PG_USER and WMEBV_PG_PASSWORD (bash .ci/run starts one), or leave this benchmark out"
                    + " with -e PostgresStoreAppendBenchmark");
        }
        try {
            return DriverManager.getConnection(url, System.getenv("WMEBV_PG_USER"), System.getenv("WMEBV_PG_PASSWORD"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected EvidenceStore createStore() {
        logId = "bench-" + UUID.randomUUID();
        Connection c = connect();
        JdbcEvidenceStore.createSchema(c);
        return JdbcEvidenceStore.open(c, logId);
    }

    @Override
    protected EvidenceStore reopenStore() {
        return JdbcEvidenceStore.open(connect(), logId);
    }

    @Override
    protected void dispose() {
        logId = null;
    }
}
