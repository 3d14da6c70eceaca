package nl.wmebv.rules.evidence.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tiny in-memory stand-in for the PostgreSQL server, for unit tests of {@link JdbcEvidenceStore} that must
 * run without one: it knows exactly the statements the store issues (anything else is a syntax error,
 * SQLSTATE 42601), keeps the four tables with their primary keys (a duplicate key is SQLSTATE 23505, as in
 * PostgreSQL), and has transactions: work is invisible to other connections until {@code commit}, and
 * {@code rollback} discards it; as in PostgreSQL, after a failed statement every further one fails (SQLSTATE 25P02)
 * until the rollback, and a commit of such a transaction rolls it back. Failures can be injected per statement, on
 * commit, rollback and close.
 */
final class FakeJdbc {
    /** One database state: the four tables. */
    static final class Tables {
        final Map<String, TreeMap<Long, byte[]>> records = new HashMap<>();
        final List<String[]> checkpoints = new ArrayList<>();   // {logId, text}, in seq order
        final Map<String, TreeMap<Long, String>> references = new HashMap<>();
        final List<String[]> purges = new ArrayList<>();        // {logId, purgedAt, loggedBefore, count}

        Tables copy() {
            Tables t = new Tables();
            records.forEach((k, v) -> t.records.put(k, new TreeMap<>(v)));
            t.checkpoints.addAll(checkpoints);
            references.forEach((k, v) -> t.references.put(k, new TreeMap<>(v)));
            t.purges.addAll(purges);
            return t;
        }
    }

    Tables committed = new Tables();
    int commits;
    int rollbacks;
    /** SQL prefix to fail on, and the SQLSTATE to fail with; null for none. */
    String failSql;
    String failState;
    /** If set, the injected failure carries this as its next exception's SQLSTATE (as PostgreSQL chains them). */
    String failNextState;
    /** Fail the statement only after this many matching executions. */
    int failAfter;
    boolean failCommit;
    boolean failRollback;
    boolean failClose;
    boolean failSetAutoCommit;
    final List<String> executed = new ArrayList<>();
    private final List<Conn> connections = new ArrayList<>();

    /** The number of connections with a transaction open: a statement ran since the last commit or rollback. */
    int openTransactions() {
        return (int) connections.stream().filter(c -> !c.closed && c.inTransaction).count();
    }

    void failOn(String sqlPrefix, String state) {
        failSql = sqlPrefix;
        failState = state;
        failAfter = 0;
    }

    /** A new connection, auto-commit on, as DriverManager gives it. */
    Connection connect() {
        Conn c = new Conn();
        connections.add(c);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, c);
    }

    private final class Conn implements InvocationHandler {
        boolean autoCommit = true;
        boolean closed;
        Tables work;
        /** A statement ran since the last commit or rollback (auto-commit off). */
        boolean inTransaction;
        /** A statement failed in this transaction: as in PostgreSQL, every further one fails until the rollback. */
        boolean aborted;

        void end() {
            work = null;
            inTransaction = false;
            aborted = false;
        }

        /** The tables a read sees: as in READ COMMITTED, the committed ones plus this transaction's own writes. */
        Tables read() {
            return work != null ? work : committed;
        }

        /** The tables a write changes: the committed ones under auto-commit, else this transaction's copy. */
        Tables write() {
            if (autoCommit) {
                return committed;
            }
            if (work == null) {
                work = committed.copy();
            }
            return work;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) throws SQLException {
            switch (m.getName()) {
                case "setAutoCommit":
                    if (failSetAutoCommit) {
                        throw new SQLException("connection lost", "08006");
                    }
                    autoCommit = (Boolean) a[0];
                    return null;
                case "getAutoCommit":
                    return autoCommit;
                case "commit":
                    if (failCommit) {
                        end();
                        throw new SQLException("could not commit", "08006");
                    }
                    if (work != null && !aborted) {   // COMMIT of an aborted transaction rolls it back
                        committed = work;
                    }
                    end();
                    commits++;
                    return null;
                case "rollback":
                    end();
                    rollbacks++;
                    if (failRollback) {
                        throw new SQLException("could not roll back", "08006");
                    }
                    return null;
                case "close":
                    closed = true;
                    if (failClose) {
                        throw new SQLException("could not close", "08006");
                    }
                    return null;
                case "isClosed":
                    return closed;
                case "prepareStatement":
                    return statement((String) a[0]);
                case "createStatement":
                    return statement(null);
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        }

        private Object statement(String sql) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
                    new Stmt(this, sql));
        }
    }

    private final class Stmt implements InvocationHandler {
        final Conn conn;
        final String sql;
        final Map<Integer, Object> params = new HashMap<>();
        final List<Map<Integer, Object>> batch = new ArrayList<>();

        Stmt(Conn conn, String sql) {
            this.conn = conn;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) throws SQLException {
            switch (m.getName()) {
                case "setString":
                case "setLong":
                case "setBytes":
                    params.put((Integer) a[0], a[1]);
                    return null;
                case "addBatch":
                    batch.add(new HashMap<>(params));
                    return null;
                case "executeBatch": {
                    int[] counts = new int[batch.size()];
                    for (int i = 0; i < batch.size(); i++) {
                        counts[i] = update(sql, batch.get(i));
                    }
                    batch.clear();
                    return counts;
                }
                case "executeUpdate":
                    return update(sql, params);
                case "executeQuery":
                    return query(sql, params);
                case "execute":
                    check((String) a[0]);
                    if (!((String) a[0]).contains("CREATE TABLE IF NOT EXISTS wmebv_evidence_record")) {
                        throw new SQLException("syntax error", "42601");
                    }
                    return false;
                case "close":
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        }

        private void check(String s) throws SQLException {
            executed.add(s);
            if (!conn.autoCommit) {
                conn.inTransaction = true;
            }
            if (conn.aborted) {
                throw new SQLException("current transaction is aborted, commands ignored until end of transaction block",
                        "25P02");
            }
            try {
                inject(s);
            } catch (SQLException e) {
                conn.aborted = !conn.autoCommit;
                throw e;
            }
        }

        private void inject(String s) throws SQLException {
            if (failSql != null && s.startsWith(failSql)) {
                if (failAfter-- <= 0) {
                    SQLException e = new SQLException("injected failure", failState);
                    if (failNextState != null) {
                        e.setNextException(new SQLException("the cause", failNextState));
                    }
                    throw e;
                }
            }
        }

        private int update(String s, Map<Integer, Object> p) throws SQLException {
            check(s);
            try {
                return apply(s, p);
            } catch (SQLException e) {
                conn.aborted = !conn.autoCommit;
                throw e;
            }
        }

        private int apply(String s, Map<Integer, Object> p) throws SQLException {
            Tables t = conn.write();
            String log = (String) p.get(1);
            switch (s) {
                case "INSERT INTO wmebv_evidence_record (log_id, idx, entry) VALUES (?, ?, ?)": {
                    TreeMap<Long, byte[]> r = t.records.computeIfAbsent(log, k -> new TreeMap<>());
                    if (r.containsKey((Long) p.get(2))) {
                        throw new SQLException("duplicate key value violates unique constraint", "23505");
                    }
                    r.put((Long) p.get(2), ((byte[]) p.get(3)).clone());
                    return 1;
                }
                case "INSERT INTO wmebv_evidence_checkpoint (log_id, checkpoint) VALUES (?, ?)":
                    t.checkpoints.add(new String[] {log, (String) p.get(2)});
                    return 1;
                case "INSERT INTO wmebv_evidence_payload_ref (log_id, idx, reference) VALUES (?, ?, ?)": {
                    TreeMap<Long, String> r = t.references.computeIfAbsent(log, k -> new TreeMap<>());
                    if (r.containsKey((Long) p.get(2))) {
                        throw new SQLException("duplicate key value violates unique constraint", "23505");
                    }
                    r.put((Long) p.get(2), (String) p.get(3));
                    return 1;
                }
                case "DELETE FROM wmebv_evidence_payload_ref WHERE log_id = ? AND idx = ?": {
                    TreeMap<Long, String> r = t.references.computeIfAbsent(log, k -> new TreeMap<>());
                    return r.remove((Long) p.get(2)) == null ? 0 : 1;
                }
                case "INSERT INTO wmebv_evidence_payload_purge (log_id, purged_at, logged_before, purged) VALUES (?, ?, ?, ?)":
                    t.purges.add(new String[] {log, (String) p.get(2), (String) p.get(3), String.valueOf(p.get(4))});
                    return 1;
                default:
                    throw new SQLException("syntax error at or near: " + s, "42601");
            }
        }

        private ResultSet query(String s, Map<Integer, Object> p) throws SQLException {
            check(s);
            Tables t = conn.read();
            String log = (String) p.get(1);
            List<Object[]> rows = new ArrayList<>();
            switch (s) {
                case "SELECT count(*), coalesce(max(idx), -1) FROM wmebv_evidence_record WHERE log_id = ?": {
                    TreeMap<Long, byte[]> r = t.records.getOrDefault(log, new TreeMap<>());
                    rows.add(new Object[] {(long) r.size(), r.isEmpty() ? -1L : r.lastKey()});
                    break;
                }
                case "SELECT idx FROM wmebv_evidence_record WHERE log_id = ? ORDER BY idx":
                    t.records.getOrDefault(log, new TreeMap<>()).keySet().forEach(k -> rows.add(new Object[] {k}));
                    break;
                case "SELECT entry FROM wmebv_evidence_record WHERE log_id = ? AND idx = ?": {
                    byte[] e = t.records.getOrDefault(log, new TreeMap<>()).get((Long) p.get(2));
                    if (e != null) {
                        rows.add(new Object[] {e.clone()});
                    }
                    break;
                }
                case "SELECT checkpoint FROM wmebv_evidence_checkpoint WHERE log_id = ? ORDER BY seq DESC LIMIT 1":
                    for (String[] c : t.checkpoints) {
                        if (c[0].equals(log)) {
                            rows.clear();
                            rows.add(new Object[] {c[1]});
                        }
                    }
                    break;
                case "SELECT idx, reference FROM wmebv_evidence_payload_ref WHERE log_id = ? ORDER BY idx":
                    t.references.getOrDefault(log, new TreeMap<>()).forEach((k, v) -> rows.add(new Object[] {k, v}));
                    break;
                case "SELECT purged_at, logged_before, purged FROM wmebv_evidence_payload_purge WHERE log_id = ? ORDER BY seq":
                    for (String[] pp : t.purges) {
                        if (pp[0].equals(log)) {
                            rows.add(new Object[] {pp[1], pp[2], Long.parseLong(pp[3])});
                        }
                    }
                    break;
                default:
                    throw new SQLException("syntax error at or near: " + s, "42601");
            }
            return (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class},
                    new Rows(rows));
        }
    }

    private static final class Rows implements InvocationHandler {
        final List<Object[]> rows;
        int at = -1;

        Rows(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) {
            switch (m.getName()) {
                case "next":
                    return ++at < rows.size();
                case "getLong":
                    return (Long) rows.get(at)[(Integer) a[0] - 1];
                case "getString":
                    return (String) rows.get(at)[(Integer) a[0] - 1];
                case "getBytes":
                    return (byte[]) rows.get(at)[(Integer) a[0] - 1];
                case "close":
                    return null;
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        }
    }
}
