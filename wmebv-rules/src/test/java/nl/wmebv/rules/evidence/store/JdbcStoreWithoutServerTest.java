package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceStoreException;
import nl.wmebv.rules.evidence.Fixtures;
import nl.wmebv.rules.evidence.PayloadPurge;
import nl.wmebv.rules.evidence.PayloadReference;
import nl.wmebv.rules.evidence.RetentionScenario;
import nl.wmebv.rules.evidence.StoreDamage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store's own logic without a server (the real-server test is {@code JdbcEvidenceStoreTest}):
 * transactions (an append is acknowledged only after its commit, and all or nothing), the gap check on open,
 * and the mapping of SQL failures to {@link EvidenceStoreException} or, for a duplicate payload reference,
 * to {@link InvalidInputException} naming {@code references[]}. The server is {@link FakeJdbc}.
 */
@DisplayName("PostgreSQL-opslag zonder server: transacties, gaten, foutafbeelding")
class JdbcStoreWithoutServerTest {
    static final KeyPair KEYS = Fixtures.keys();

    final FakeJdbc db = new FakeJdbc();

    JdbcEvidenceStore open(String logId) {
        return JdbcEvidenceStore.open(db.connect(), logId);
    }

    static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    static Checkpoint checkpoint(String logId, long size) {
        return Checkpoint.sign(logId, size, Fixtures.digest("root " + size), Fixtures.T0, KEYS.getPrivate());
    }

    @Nested
    @DisplayName("vastleggingen: toevoegen, lezen, heropenen")
    class Records {
        @Test
        @DisplayName("a new log is empty and undamaged; the store switches auto-commit off to own its transactions")
        void empty() throws SQLException {
            Connection c = db.connect();
            try (JdbcEvidenceStore s = JdbcEvidenceStore.open(c, "log")) {
                assertEquals(0, s.size());
                assertEquals(Optional.empty(), s.damage());
                assertEquals(Optional.empty(), s.latestCheckpoint());
                assertFalse(c.getAutoCommit(), "the store commits itself");
            }
        }

        @Test
        @DisplayName("appended entries are read back byte for byte after reopening; logs are kept apart by identifier")
        void roundTrip() {
            try (JdbcEvidenceStore s = open("a")) {
                s.append(0, List.of(b(1, 2, 3), b(4)));
                s.append(2, List.of(b(5, 6)));
                assertEquals(3, s.size());
            }
            try (JdbcEvidenceStore a = open("a"); JdbcEvidenceStore other = open("b")) {
                assertEquals(3, a.size());
                assertArrayEquals(b(1, 2, 3), a.read(0));
                assertArrayEquals(b(4), a.read(1));
                assertArrayEquals(b(5, 6), a.read(2));
                assertEquals(0, other.size());
                assertEquals(Optional.empty(), a.damage());
            }
        }

        @Test
        @DisplayName("a whole evidence log on the store reopens and verifies against its checkpoint")
        void logOnTheStore() {
            KeyPair keys = KEYS;
            Checkpoint c;
            try (EvidenceLog log = EvidenceLog.open("gemeente", open("gemeente"), Fixtures.CLOCK, keys)) {
                for (int i = 0; i < 5; i++) {
                    log.append(Fixtures.received("m" + i, "p" + i, Fixtures.T0.plusSeconds(i)));
                }
                c = log.checkpoint();
            }
            try (JdbcEvidenceStore s = open("gemeente")) {
                assertEquals(Optional.of(c), s.latestCheckpoint());
                assertTrue(EvidenceLog.verify(s, c, keys.getPublic()).valid());
            }
        }

        @Test
        @DisplayName("bad appends name the field: null, empty, a null entry, the wrong first index")
        void badAppends() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                assertEquals("entries", assertThrows(InvalidInputException.class, () -> s.append(1, null)).field());
                InvalidInputException empty = assertThrows(InvalidInputException.class, () -> s.append(1, List.of()));
                assertEquals("entries", empty.field());
                assertEquals("notEmpty", empty.constraint());
                assertEquals("entries[]", assertThrows(InvalidInputException.class,
                        () -> s.append(1, java.util.Arrays.asList(b(1), null))).field());
                InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> s.append(0, List.of(b(2))));
                assertEquals("firstIndex", wrong.field());
                assertEquals("equalsSize", wrong.constraint());
                assertEquals("firstIndex", assertThrows(InvalidInputException.class, () -> s.append(2, List.of(b(2)))).field());
                assertEquals(1, s.size());
            }
            assertEquals(1, db.committed.records.get("log").size(), "no bad call reached the table");
        }

        @Test
        @DisplayName("a read outside [0, size) names the index; a row that vanished behind the store's back is a store failure")
        void reads() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1), b(2)));
                assertEquals("index", assertThrows(InvalidInputException.class, () -> s.read(-1)).field());
                assertEquals("index", assertThrows(InvalidInputException.class, () -> s.read(2)).field());
                db.committed.records.get("log").remove(1L);
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> s.read(1));
                assertTrue(e.getMessage().contains("record 1 of log is missing"), e.getMessage());
                db.failOn("SELECT entry", "08006");
                EvidenceStoreException io = assertThrows(EvidenceStoreException.class, () -> s.read(0));
                assertTrue(io.getMessage().startsWith("cannot read record 0 of log"), io.getMessage());
            }
        }
    }

    @Nested
    @DisplayName("een toevoeging is pas bevestigd na de commit, en geheel of niet")
    class Transactions {
        @Test
        @DisplayName("a failed commit: the append throws, the size stays, nothing is in the table")
        void commitFails() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                db.failCommit = true;
                assertThrows(EvidenceStoreException.class, () -> s.append(1, List.of(b(2), b(3))));
                assertEquals(1, s.size(), "not acknowledged, not counted");
                db.failCommit = false;
                s.append(1, List.of(b(7)));
                assertArrayEquals(b(7), s.read(1), "the next append takes the same index");
            }
            assertEquals(2, db.committed.records.get("log").size());
        }

        @Test
        @DisplayName("a failed read, checkpoint or reference query ends its transaction: the next append is taken")
        void failedReadsDoNotBlockAppends() {
            String[][] failures = {
                {"SELECT entry", "read"},
                {"SELECT checkpoint", "latestCheckpoint"},
                {"INSERT INTO wmebv_evidence_checkpoint", "saveCheckpoint"},
                {"SELECT idx, reference", "payloadReferences"},
            };
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                for (int i = 0; i < failures.length; i++) {
                    db.failOn(failures[i][0], "08006");
                    String what = failures[i][1];
                    assertThrows(EvidenceStoreException.class, () -> {
                        switch (what) {
                            case "read" -> s.read(0);
                            case "latestCheckpoint" -> s.latestCheckpoint();
                            case "saveCheckpoint" -> s.saveCheckpoint(checkpoint("log", 1));
                            default -> s.payloadReferences();
                        }
                    }, what);
                    db.failSql = null;
                    // As in PostgreSQL (25P02), the fake fails every statement of an aborted transaction until a
                    // rollback: this append is taken only if the failed query's transaction was ended.
                    s.append(i + 1, List.of(b(10 + i)));
                    assertArrayEquals(b(10 + i), s.read(i + 1), what);
                }
            }
            assertEquals(1 + failures.length, db.committed.records.get("log").size());
        }

        @Test
        @DisplayName("an insert failing inside a batch rolls the whole batch back")
        void allOrNothing() {
            try (JdbcEvidenceStore s = open("log")) {
                db.failOn("INSERT INTO wmebv_evidence_record", "53100");   // disk full
                db.failAfter = 1;                                            // the second insert fails
                int rollbacks = db.rollbacks;
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class,
                        () -> s.append(0, List.of(b(1), b(2), b(3))));
                assertTrue(e.getMessage().startsWith("cannot append to the evidence store of log"), e.getMessage());
                assertEquals(rollbacks + 1, db.rollbacks, "rolled back");
                assertEquals(0, s.size());
            }
            assertTrue(db.committed.records.getOrDefault("log", new TreeMap<>()).isEmpty(), "no entry of the batch is visible");
        }

        @Test
        @DisplayName("when the rollback fails as well, that failure is kept as suppressed, not lost")
        void rollbackFails() {
            try (JdbcEvidenceStore s = open("log")) {
                db.failOn("INSERT INTO wmebv_evidence_record", "08006");
                db.failRollback = true;
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> s.append(0, List.of(b(1))));
                assertEquals(1, e.getCause().getSuppressed().length);
            }
        }

        @Test
        @DisplayName("a second writer that missed the first one's append collides on the key; nothing is overwritten")
        void secondWriter() {
            try (JdbcEvidenceStore s1 = open("log"); JdbcEvidenceStore s2 = open("log")) {
                s1.append(0, List.of(b(4)));
                assertThrows(EvidenceStoreException.class, () -> s2.append(0, List.of(b(5))));
                assertArrayEquals(b(4), s1.read(0));
            }
        }
    }

    @Nested
    @DisplayName("een gat in de tabel is schade")
    class Gaps {
        static void put(FakeJdbc db, String log, long... idx) {
            TreeMap<Long, byte[]> t = db.committed.records.computeIfAbsent(log, k -> new TreeMap<>());
            for (long i : idx) {
                t.put(i, b((int) i));
            }
        }

        @Test
        @DisplayName("records 0, 1 and 3: the store serves 0 and 1, names record 2 as missing and refuses appends")
        void gapInTheMiddle() {
            put(db, "log", 0, 1, 3);
            try (JdbcEvidenceStore s = open("log")) {
                assertEquals(2, s.size());
                assertEquals(Optional.of(new StoreDamage(2, "record 2 is missing from the table")), s.damage());
                assertArrayEquals(b(1), s.read(1));
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.append(2, List.of(b(2))));
                assertEquals("store", e.field());
                assertEquals("undamaged", e.constraint());
            }
        }

        @Test
        @DisplayName("only record 1: record 0 is missing, the store serves nothing")
        void gapAtTheStart() {
            put(db, "log", 1);
            try (JdbcEvidenceStore s = open("log")) {
                assertEquals(0, s.size());
                assertEquals(0, s.damage().orElseThrow().recordIndex());
            }
        }

        @Test
        @DisplayName("records 0 to 2 and 5: the first gap is record 3, found by counting, not from the maximum")
        void firstGap() {
            put(db, "log", 0, 1, 2, 5);
            try (JdbcEvidenceStore s = open("log")) {
                assertEquals(3, s.size());
                assertEquals(3, s.damage().orElseThrow().recordIndex());
            }
        }

        @Test
        @DisplayName("a log whose table cannot be read does not open, and the message names the log")
        void unreadable() {
            db.failOn("SELECT count(*)", "42P01");   // undefined table: createSchema was not run
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> open("log"));
            assertTrue(e.getMessage().startsWith("cannot open the evidence store of log"), e.getMessage());
            db.failSql = null;
            db.failSetAutoCommit = true;
            assertThrows(EvidenceStoreException.class, () -> open("log"));
        }
    }

    @Nested
    @DisplayName("controlepunten")
    class Checkpoints {
        @Test
        @DisplayName("the latest checkpoint is the one saved last for this log, not another log's")
        void latest() {
            try (JdbcEvidenceStore a = open("a"); JdbcEvidenceStore other = open("b")) {
                a.saveCheckpoint(checkpoint("a", 0));
                a.saveCheckpoint(checkpoint("a", 1));
                other.saveCheckpoint(checkpoint("b", 7));
                assertEquals(Optional.of(checkpoint("a", 1)), a.latestCheckpoint());
                assertEquals(Optional.of(checkpoint("b", 7)), other.latestCheckpoint());
            }
        }

        @Test
        @DisplayName("a checkpoint that does not parse, or that cannot be read or saved, is a store failure")
        void failures() {
            try (JdbcEvidenceStore s = open("log")) {
                assertEquals("checkpoint", assertThrows(InvalidInputException.class, () -> s.saveCheckpoint(null)).field());
                db.committed.checkpoints.add(new String[] {"log", "wmebv-evidence-checkpoint/v1\nrubbish\n"});
                EvidenceStoreException bad = assertThrows(EvidenceStoreException.class, s::latestCheckpoint);
                assertTrue(bad.getMessage().startsWith("the last checkpoint of log does not parse"), bad.getMessage());
                db.failOn("SELECT checkpoint", "08006");
                assertThrows(EvidenceStoreException.class, s::latestCheckpoint);
                db.failOn("INSERT INTO wmebv_evidence_checkpoint", "08006");
                assertThrows(EvidenceStoreException.class, () -> s.saveCheckpoint(checkpoint("log", 0)));
            }
        }
    }

    @Nested
    @DisplayName("verwijzingen naar inhoud en hun opschoning")
    class References {
        @Test
        @DisplayName("the retention day plan of PayloadRetentionTest holds on this store too, and survives reopening")
        void dayPlan() {
            new RetentionScenario().purgeByAge(() -> open("gemeente"));
            try (JdbcEvidenceStore s = open("gemeente")) {
                // of the four references (records 0, 2, 3, 4) only record 4's survived both purges (2, then 1)
                assertEquals(Map.of(4L, PayloadReference.of("urn:dms:7")), s.payloadReferences());
                assertEquals(List.of(2L, 1L), s.payloadPurges().stream().map(PayloadPurge::count).toList());
                assertEquals(Instant.parse("2026-07-01T12:00:00Z"), s.payloadPurges().get(0).purgedAt());
                assertEquals(Instant.parse("2026-06-01T12:00:00Z"), s.payloadPurges().get(0).loggedBefore());
            }
        }

        @Test
        @DisplayName("a second reference to a record is refused naming references[], also when PostgreSQL reports it behind 25P02")
        void duplicate() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1), b(2)));
                s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1")));
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> s.putPayloadReferences(new TreeMap<>(Map.of(1L, PayloadReference.of("urn:2"),
                                0L, PayloadReference.of("urn:3")))));
                assertEquals("references[]", e.field());
                assertEquals("notYetReferenced", e.constraint());
                assertEquals(Map.of(0L, PayloadReference.of("urn:1")), s.payloadReferences(), "the batch failed as a whole: record 1 got no reference");
                db.failOn("INSERT INTO wmebv_evidence_payload_ref", "25P02");   // in failed transaction
                db.failNextState = "23505";
                InvalidInputException chained = assertThrows(InvalidInputException.class,
                        () -> s.putPayloadReferences(Map.of(1L, PayloadReference.of("urn:2"))));
                assertEquals("references[]", chained.field());
                db.failNextState = null;
                db.failOn("INSERT INTO wmebv_evidence_payload_ref", "08006");
                EvidenceStoreException io = assertThrows(EvidenceStoreException.class,
                        () -> s.putPayloadReferences(Map.of(1L, PayloadReference.of("urn:2"))));
                assertTrue(io.getMessage().startsWith("cannot keep payload references of log"), io.getMessage());
                db.failOn("INSERT INTO wmebv_evidence_payload_ref", "25P02");   // only the transaction state known
                assertThrows(EvidenceStoreException.class,
                        () -> s.putPayloadReferences(Map.of(1L, PayloadReference.of("urn:2"))));
                db.failOn("INSERT INTO wmebv_evidence_payload_ref", null);       // a driver that sets no state
                assertThrows(EvidenceStoreException.class,
                        () -> s.putPayloadReferences(Map.of(1L, PayloadReference.of("urn:2"))));
                db.failSql = null;
                assertEquals("references[]", assertThrows(InvalidInputException.class,
                        () -> s.putPayloadReferences(Map.of(2L, PayloadReference.of("urn:2")))).field(), "no record 2");
            }
        }

        @Test
        @DisplayName("a purge of a record without a reference is refused and undone: nothing deleted, no trace")
        void purgeWithoutReference() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1), b(2)));
                s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1")));
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.purgePayloadReferences(
                        new java.util.TreeSet<>(Set.of(0L, 1L)), new PayloadPurge(Fixtures.T0, Fixtures.T0, 2)));
                assertEquals("indexes[]", e.field());
                assertEquals("referenced", e.constraint());
                assertTrue(e.getMessage().contains("1 of the records"), e.getMessage());
                assertEquals(Map.of(0L, PayloadReference.of("urn:1")), s.payloadReferences());
                assertEquals(List.of(), s.payloadPurges());
            }
        }

        @Test
        @DisplayName("a purge whose trace cannot be written deletes nothing: one transaction")
        void purgeAtomic() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1")));
                db.failOn("INSERT INTO wmebv_evidence_payload_purge", "08006");
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class,
                        () -> s.purgePayloadReferences(Set.of(0L), new PayloadPurge(Fixtures.T0, Fixtures.T0, 1)));
                assertTrue(e.getMessage().startsWith("cannot purge payload references of log"), e.getMessage());
                db.failSql = null;
                assertEquals(Map.of(0L, PayloadReference.of("urn:1")), s.payloadReferences());
                assertEquals(List.of(), s.payloadPurges());
                s.purgePayloadReferences(Set.of(0L), new PayloadPurge(Fixtures.T0, Fixtures.T0, 1));
                assertEquals(Map.of(), s.payloadReferences());
                assertEquals(List.of(new PayloadPurge(Fixtures.T0, Fixtures.T0, 1)), s.payloadPurges());
            }
        }

        @Test
        @DisplayName("malformed rows and unreadable tables are store failures, never silently fewer references or purges")
        void malformedRows() {
            try (JdbcEvidenceStore s = open("log")) {
                db.committed.references.put("log", new TreeMap<>(Map.of(0L, " urn:with-space")));
                EvidenceStoreException ref = assertThrows(EvidenceStoreException.class, s::payloadReferences);
                assertTrue(ref.getMessage().startsWith("a payload reference of log is malformed"), ref.getMessage());
                db.committed.references.clear();
                db.committed.purges.add(new String[] {"log", "not an instant", Fixtures.T0.toString(), "1"});
                EvidenceStoreException purge = assertThrows(EvidenceStoreException.class, s::payloadPurges);
                assertTrue(purge.getMessage().startsWith("a payload purge of log is malformed"), purge.getMessage());
                db.committed.purges.clear();
                db.committed.purges.add(new String[] {"log", Fixtures.T0.toString(), Fixtures.T0.toString(), "0"});
                assertThrows(EvidenceStoreException.class, s::payloadPurges);
                db.failOn("SELECT idx, reference", "08006");
                assertThrows(EvidenceStoreException.class, s::payloadReferences);
                db.failOn("SELECT purged_at", "08006");
                assertThrows(EvidenceStoreException.class, s::payloadPurges);
            }
        }
    }

    @Nested
    @DisplayName("geen openstaande transacties")
    class NoOpenTransaction {
        @Test
        @DisplayName("no method leaves a transaction open (an idle transaction blocks VACUUM and schema changes)")
        void everyMethodEndsItsTransaction() {
            JdbcEvidenceStore s = open("log");
            assertEquals(0, db.openTransactions(), "open");
            s.append(0, List.of(b(1), b(2)));
            assertEquals(0, db.openTransactions(), "append");
            s.read(1);
            assertEquals(0, db.openTransactions(), "read");
            s.saveCheckpoint(checkpoint("log", 2));
            assertEquals(0, db.openTransactions(), "saveCheckpoint");
            s.latestCheckpoint();
            assertEquals(0, db.openTransactions(), "latestCheckpoint");
            s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1"), 1L, PayloadReference.of("urn:2")));
            assertEquals(0, db.openTransactions(), "putPayloadReferences");
            s.payloadReferences();
            assertEquals(0, db.openTransactions(), "payloadReferences");
            s.purgePayloadReferences(Set.of(0L), new PayloadPurge(Fixtures.T0, Fixtures.T0, 1));
            assertEquals(0, db.openTransactions(), "purgePayloadReferences");
            s.payloadPurges();
            assertEquals(0, db.openTransactions(), "payloadPurges");
            s.close();
            try (JdbcEvidenceStore again = open("log")) {
                assertEquals(Map.of(1L, PayloadReference.of("urn:2")), again.payloadReferences(), "the purge was committed");
            }
        }

        @Test
        @DisplayName("after a refused duplicate reference the transaction is rolled back: the store appends on")
        void rolledBackAfterDuplicate() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1), b(2)));
                s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1")));
                Map<Long, PayloadReference> batch = new java.util.LinkedHashMap<>();
                batch.put(1L, PayloadReference.of("urn:2"));   // inserted first
                batch.put(0L, PayloadReference.of("urn:3"));   // then collides
                assertThrows(InvalidInputException.class, () -> s.putPayloadReferences(batch));
                s.append(2, List.of(b(3)));
                assertEquals(3, s.size());
                assertEquals(Map.of(0L, PayloadReference.of("urn:1")), s.payloadReferences(), "record 1's reference was not kept");
            }
        }

        @Test
        @DisplayName("a failing rollback after a failed reference insert is kept as suppressed")
        void rollbackFailsToo() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                db.failOn("INSERT INTO wmebv_evidence_payload_ref", "08006");
                db.failRollback = true;
                EvidenceStoreException e = assertThrows(EvidenceStoreException.class,
                        () -> s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1"))));
                assertEquals(1, e.getCause().getSuppressed().length);
            }
        }

        @Test
        @DisplayName("purge arguments are checked before any SQL: a count that does not add up names purge")
        void purgeArguments() {
            try (JdbcEvidenceStore s = open("log")) {
                s.append(0, List.of(b(1)));
                s.putPayloadReferences(Map.of(0L, PayloadReference.of("urn:1")));
                int statements = db.executed.size();
                InvalidInputException count = assertThrows(InvalidInputException.class,
                        () -> s.purgePayloadReferences(Set.of(0L), new PayloadPurge(Fixtures.T0, Fixtures.T0, 2)));
                assertEquals("purge", count.field());
                assertEquals("countMatches", count.constraint());
                assertEquals("indexes", assertThrows(InvalidInputException.class,
                        () -> s.purgePayloadReferences(Set.of(), new PayloadPurge(Fixtures.T0, Fixtures.T0, 1))).field());
                assertEquals(statements, db.executed.size(), "no SQL was issued");
                assertEquals(Map.of(0L, PayloadReference.of("urn:1")), s.payloadReferences());
            }
        }
    }

    @Nested
    @DisplayName("schema en afsluiten")
    class SchemaAndClose {
        @Test
        @DisplayName("createSchema commits when auto-commit is off, leaves auto-commit alone otherwise; DDL failure is a store failure")
        void schema() throws SQLException {
            Connection off = db.connect();
            off.setAutoCommit(false);
            int commits = db.commits;
            JdbcEvidenceStore.createSchema(off);
            assertEquals(commits + 1, db.commits, "committed");
            assertEquals(JdbcEvidenceStore.SCHEMA, db.executed.get(db.executed.size() - 1));
            Connection on = db.connect();
            JdbcEvidenceStore.createSchema(on);
            assertEquals(commits + 1, db.commits, "auto-commit: no explicit commit");
            db.failOn("CREATE TABLE", "42501");   // insufficient privilege: not the schema owner
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, () -> JdbcEvidenceStore.createSchema(on));
            assertTrue(e.getMessage().startsWith("cannot create the evidence schema"), e.getMessage());
        }

        @Test
        @DisplayName("the store owns its connection: close closes it, and a failing close is a store failure")
        void close() throws SQLException {
            Connection c = db.connect();
            JdbcEvidenceStore.open(c, "log").close();
            assertTrue(c.isClosed());
            JdbcEvidenceStore s = open("log");
            db.failClose = true;
            EvidenceStoreException e = assertThrows(EvidenceStoreException.class, s::close);
            assertTrue(e.getMessage().startsWith("cannot close the evidence store of log"), e.getMessage());
        }

        @Test
        @DisplayName("open names the field: a null connection, a blank log identifier")
        void badOpen() {
            assertEquals("connection", assertThrows(InvalidInputException.class, () -> JdbcEvidenceStore.open(null, "log")).field());
            assertEquals("logId", assertThrows(InvalidInputException.class, () -> JdbcEvidenceStore.open(db.connect(), " ")).field());
        }
    }
}
