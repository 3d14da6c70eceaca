package nl.wmebv.rules.evidence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.EvidenceStoreException;
import nl.wmebv.rules.evidence.StoreDamage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evidence store in PostgreSQL through plain JDBC ({@code java.sql} only; the embedder supplies the driver
 * and the connection). The tables are insert-only: the store issues only {@code INSERT} and {@code SELECT};
 * {@link #SCHEMA} adds triggers that refuse {@code UPDATE}, {@code DELETE} and {@code TRUNCATE}, and the
 * application role should be granted only {@code SELECT, INSERT} (see {@code docs/evidence.md}).
 *
 * <p>One store holds many logs, keyed by the log identifier. An append inserts all entries of a batch in one
 * transaction and returns after the commit, so an acknowledged record is durable as far as the server's
 * {@code synchronous_commit} makes commits durable (the default, {@code on}, does). The store owns its
 * connection (auto-commit off) and closes it on {@link #close()}. This class is thread-safe.
 */
public final class JdbcEvidenceStore implements EvidenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcEvidenceStore.class);

    /** The DDL of the store: tables, and the triggers that refuse changes. Idempotent. */
    public static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS wmebv_evidence_record (
                log_id  text   NOT NULL,
                idx     bigint NOT NULL CHECK (idx >= 0),
                entry   bytea  NOT NULL,
                PRIMARY KEY (log_id, idx)
            );
            CREATE TABLE IF NOT EXISTS wmebv_evidence_checkpoint (
                log_id     text   NOT NULL,
                seq        bigint GENERATED ALWAYS AS IDENTITY,
                checkpoint text   NOT NULL,
                PRIMARY KEY (log_id, seq)
            );
            CREATE OR REPLACE FUNCTION wmebv_evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'wmebv evidence is insert-only: % on % refused', TG_OP, TG_TABLE_NAME;
            END
            $$;
            DROP TRIGGER IF EXISTS wmebv_evidence_record_insert_only ON wmebv_evidence_record;
            CREATE TRIGGER wmebv_evidence_record_insert_only BEFORE UPDATE OR DELETE ON wmebv_evidence_record
                FOR EACH ROW EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_record_no_truncate ON wmebv_evidence_record;
            CREATE TRIGGER wmebv_evidence_record_no_truncate BEFORE TRUNCATE ON wmebv_evidence_record
                FOR EACH STATEMENT EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_checkpoint_insert_only ON wmebv_evidence_checkpoint;
            CREATE TRIGGER wmebv_evidence_checkpoint_insert_only BEFORE UPDATE OR DELETE ON wmebv_evidence_checkpoint
                FOR EACH ROW EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_checkpoint_no_truncate ON wmebv_evidence_checkpoint;
            CREATE TRIGGER wmebv_evidence_checkpoint_no_truncate BEFORE TRUNCATE ON wmebv_evidence_checkpoint
                FOR EACH STATEMENT EXECUTE FUNCTION wmebv_evidence_refuse_change();
            """;

    private final Connection connection;
    private final String logId;
    private long size;
    private StoreDamage damage;

    private JdbcEvidenceStore(Connection connection, String logId) {
        this.connection = connection;
        this.logId = logId;
    }

    /**
     * Creates the tables and triggers of {@link #SCHEMA} if they are missing. Run it as the schema owner, not as
     * the application role.
     *
     * @param connection  a connection of the schema owner, not null; it is left open
     * @throws InvalidInputException if {@code connection} is null
     * @throws EvidenceStoreException if the DDL failed
     */
    public static void createSchema(Connection connection) {
        Checks.notNull(connection, "connection");
        try (Statement s = connection.createStatement()) {
            s.execute(SCHEMA);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot create the evidence schema: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the store of one log on a connection, which the store then owns.
     *
     * @param connection  an open connection, not null
     * @param logId       the log's identifier, not blank
     * @return the store
     * @throws InvalidInputException if an argument is null or invalid
     * @throws EvidenceStoreException if the tables cannot be read
     */
    public static JdbcEvidenceStore open(Connection connection, String logId) {
        Checks.notNull(connection, "connection");
        Checks.identifier(logId, "logId");
        JdbcEvidenceStore s = new JdbcEvidenceStore(connection, logId);
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT count(*), coalesce(max(idx), -1) FROM wmebv_evidence_record WHERE log_id = ?")) {
                ps.setString(1, logId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    long max = rs.getLong(2);
                    s.size = count;
                    if (max != count - 1) {
                        s.size = s.firstGap();
                        s.damage = new StoreDamage(s.size, "record " + s.size + " is missing from the table");
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot open the evidence store of " + logId + ": " + e.getMessage(), e);
        }
        LOG.debug("opened evidence store of {} with {} records", logId, s.size);
        return s;
    }

    private long firstGap() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT idx FROM wmebv_evidence_record WHERE log_id = ? ORDER BY idx")) {
            ps.setString(1, logId);
            try (ResultSet rs = ps.executeQuery()) {
                long expect = 0;
                while (rs.next() && rs.getLong(1) == expect) {
                    expect++;
                }
                return expect;
            }
        }
    }

    @Override
    public synchronized long size() {
        return size;
    }

    @Override
    public synchronized void append(long firstIndex, List<byte[]> entries) {
        Checks.notNull(entries, "entries");
        Checks.require(!entries.isEmpty(), "entries", "notEmpty", "must not be empty", null);
        Checks.require(damage == null, "store", "undamaged", "a damaged store refuses appends", null);
        Checks.require(firstIndex == size, "firstIndex", "equalsSize", "must be " + size + ", is " + firstIndex, null);
        for (byte[] e : entries) {
            Checks.notNull(e, "entries[]");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO wmebv_evidence_record (log_id, idx, entry) VALUES (?, ?, ?)")) {
            long idx = firstIndex;
            for (byte[] e : entries) {
                ps.setString(1, logId);
                ps.setLong(2, idx++);
                ps.setBytes(3, e);
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
            size += entries.size();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new EvidenceStoreException("cannot append to the evidence store of " + logId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized byte[] read(long index) {
        Checks.require(index >= 0 && index < size, "index", "range", "must be in [0, " + size + "), is " + index, null);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT entry FROM wmebv_evidence_record WHERE log_id = ? AND idx = ?")) {
            ps.setString(1, logId);
            ps.setLong(2, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new EvidenceStoreException("record " + index + " of " + logId + " is missing");
                }
                byte[] b = rs.getBytes(1);
                connection.commit();
                return b;
            }
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot read record " + index + " of " + logId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<StoreDamage> damage() {
        return Optional.ofNullable(damage);
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        Checks.notNull(checkpoint, "checkpoint");
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO wmebv_evidence_checkpoint (log_id, checkpoint) VALUES (?, ?)")) {
            ps.setString(1, logId);
            ps.setString(2, checkpoint.toText());
            ps.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot save a checkpoint of " + logId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Checkpoint> latestCheckpoint() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT checkpoint FROM wmebv_evidence_checkpoint WHERE log_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, logId);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<Checkpoint> c = rs.next() ? Optional.of(Checkpoint.parse(rs.getString(1))) : Optional.empty();
                connection.commit();
                return c;
            }
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot read the checkpoints of " + logId + ": " + e.getMessage(), e);
        } catch (InvalidInputException e) {
            throw new EvidenceStoreException("the last checkpoint of " + logId + " does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new EvidenceStoreException("cannot close the evidence store of " + logId + ": " + e.getMessage(), e);
        }
    }
}
