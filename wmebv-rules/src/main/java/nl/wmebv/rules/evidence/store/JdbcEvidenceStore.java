package nl.wmebv.rules.evidence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.EvidenceStoreException;
import nl.wmebv.rules.evidence.PayloadPurge;
import nl.wmebv.rules.evidence.PayloadReference;
import nl.wmebv.rules.evidence.StoreDamage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evidence store in PostgreSQL through plain JDBC ({@code java.sql} only; the embedder supplies the driver
 * and the connection). The tables are insert-only: the store issues only {@code INSERT} and {@code SELECT};
 * {@link #SCHEMA} adds triggers that refuse {@code UPDATE}, {@code DELETE} and {@code TRUNCATE}, and the
 * application role should be granted only {@code SELECT, INSERT} (see {@code docs/evidence.md}).
 *
 * <p>Payload references live in a table of their own, {@code wmebv_evidence_payload_ref}, the only table
 * from which rows are deleted: a trigger refuses {@code UPDATE} and {@code TRUNCATE} there, and the
 * application role gets {@code DELETE} on this table alone. A purge deletes the references and inserts its
 * trace into the insert-only {@code wmebv_evidence_payload_purge} in one transaction.
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
            CREATE TABLE IF NOT EXISTS wmebv_evidence_payload_ref (
                log_id     text   NOT NULL,
                idx        bigint NOT NULL,
                reference  text   NOT NULL,
                PRIMARY KEY (log_id, idx)
            );
            CREATE TABLE IF NOT EXISTS wmebv_evidence_payload_purge (
                log_id         text   NOT NULL,
                seq            bigint GENERATED ALWAYS AS IDENTITY,
                purged_at      text   NOT NULL,
                logged_before  text   NOT NULL,
                purged         bigint NOT NULL CHECK (purged >= 1),
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
            DROP TRIGGER IF EXISTS wmebv_evidence_payload_ref_no_update ON wmebv_evidence_payload_ref;
            CREATE TRIGGER wmebv_evidence_payload_ref_no_update BEFORE UPDATE ON wmebv_evidence_payload_ref
                FOR EACH ROW EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_payload_ref_no_truncate ON wmebv_evidence_payload_ref;
            CREATE TRIGGER wmebv_evidence_payload_ref_no_truncate BEFORE TRUNCATE ON wmebv_evidence_payload_ref
                FOR EACH STATEMENT EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_payload_purge_insert_only ON wmebv_evidence_payload_purge;
            CREATE TRIGGER wmebv_evidence_payload_purge_insert_only BEFORE UPDATE OR DELETE ON wmebv_evidence_payload_purge
                FOR EACH ROW EXECUTE FUNCTION wmebv_evidence_refuse_change();
            DROP TRIGGER IF EXISTS wmebv_evidence_payload_purge_no_truncate ON wmebv_evidence_payload_purge;
            CREATE TRIGGER wmebv_evidence_payload_purge_no_truncate BEFORE TRUNCATE ON wmebv_evidence_payload_purge
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
            rollback(e);
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
            rollback(e);
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
            rollback(e);
            throw new EvidenceStoreException("cannot read the checkpoints of " + logId + ": " + e.getMessage(), e);
        } catch (InvalidInputException e) {
            rollback(e);
            throw new EvidenceStoreException("the last checkpoint of " + logId + " does not parse: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Map<Long, PayloadReference> payloadReferences() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT idx, reference FROM wmebv_evidence_payload_ref WHERE log_id = ? ORDER BY idx")) {
            ps.setString(1, logId);
            Map<Long, PayloadReference> m = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getLong(1), PayloadReference.of(rs.getString(2)));
                }
            }
            connection.commit();
            return java.util.Collections.unmodifiableMap(m);
        } catch (SQLException e) {
            rollback(e);
            throw new EvidenceStoreException("cannot read the payload references of " + logId + ": " + e.getMessage(), e);
        } catch (InvalidInputException e) {
            rollback(e);
            throw new EvidenceStoreException("a payload reference of " + logId + " is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void putPayloadReferences(Map<Long, PayloadReference> references) {
        PayloadChecks.put(references, size, null);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO wmebv_evidence_payload_ref (log_id, idx, reference) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, PayloadReference> e : references.entrySet()) {
                ps.setString(1, logId);
                ps.setLong(2, e.getKey());
                ps.setString(3, e.getValue().value());
                ps.addBatch();
            }
            ps.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            if ("23505".equals(state(e))) {
                throw new InvalidInputException("references[]", "notYetReferenced", "a record already has a payload reference");
            }
            throw new EvidenceStoreException("cannot keep payload references of " + logId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void purgePayloadReferences(Set<Long> indexes, PayloadPurge purge) {
        PayloadChecks.purge(indexes, purge, null);
        int deleted = 0;
        try {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM wmebv_evidence_payload_ref WHERE log_id = ? AND idx = ?")) {
                for (Long i : indexes) {
                    ps.setString(1, logId);
                    ps.setLong(2, i);
                    ps.addBatch();
                }
                for (int n : ps.executeBatch()) {
                    deleted += n;
                }
            }
            if (deleted != indexes.size()) {
                connection.rollback();
                throw new InvalidInputException("indexes[]", "referenced", (indexes.size() - deleted)
                        + " of the records have no payload reference");
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO wmebv_evidence_payload_purge"
                    + " (log_id, purged_at, logged_before, purged) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, logId);
                ps.setString(2, purge.purgedAt().toString());
                ps.setString(3, purge.loggedBefore().toString());
                ps.setLong(4, purge.count());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new EvidenceStoreException("cannot purge payload references of " + logId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<PayloadPurge> payloadPurges() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT purged_at, logged_before, purged"
                + " FROM wmebv_evidence_payload_purge WHERE log_id = ? ORDER BY seq")) {
            ps.setString(1, logId);
            List<PayloadPurge> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new PayloadPurge(Instant.parse(rs.getString(1)), Instant.parse(rs.getString(2)), rs.getLong(3)));
                }
            }
            connection.commit();
            return List.copyOf(l);
        } catch (SQLException e) {
            rollback(e);
            throw new EvidenceStoreException("cannot read the payload purges of " + logId + ": " + e.getMessage(), e);
        } catch (DateTimeException | InvalidInputException e) {
            rollback(e);
            throw new EvidenceStoreException("a payload purge of " + logId + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Ends the failed transaction, so the next statement on this connection does not fail with SQLSTATE 25P02
     * ("current transaction is aborted"): a failed read must not stop the log from taking appends.
     */
    private void rollback(Exception e) {
        try {
            connection.rollback();
        } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
        }
    }

    private static String state(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && !x.getSQLState().startsWith("25")) {
                return x.getSQLState();
            }
        }
        return e.getSQLState();
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
