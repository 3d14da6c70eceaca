package nl.wmebv.rules.evidence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceCopyRequest;
import nl.wmebv.rules.evidence.EvidenceCopyVerifier;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.Fixtures;
import nl.wmebv.rules.evidence.PayloadReference;
import nl.wmebv.rules.evidence.RetentionScenario;
import nl.wmebv.rules.evidence.PayloadPurge;
import java.time.Duration;
import java.time.Instant;
import nl.wmebv.rules.evidence.Verification;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Against a real PostgreSQL server: {@code .ci/run} starts one on 127.0.0.1 and sets {@code WMEBV_PG_URL},
 * {@code WMEBV_PG_USER}, {@code WMEBV_PG_PASSWORD} and {@code WMEBV_REQUIRE_POSTGRES=1}. Without a URL the
 * tests are skipped, unless {@code WMEBV_REQUIRE_POSTGRES=1}, where that fails the build.
 */
@DisplayName("PostgreSQL evidence store (real server, insert-only)")
class JdbcEvidenceStoreTest {
    static String url = System.getenv("WMEBV_PG_URL");

    @BeforeAll
    static void server() throws SQLException {
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("WMEBV_REQUIRE_POSTGRES"))) {
                fail("WMEBV_REQUIRE_POSTGRES=1 but WMEBV_PG_URL is not set: CI must run these tests against PostgreSQL");
            }
            Assumptions.abort("WMEBV_PG_URL is not set: PostgreSQL tests skipped (bash .ci/run starts a server)");
        }
        try (Connection c = connect()) {
            JdbcEvidenceStore.createSchema(c);
            JdbcEvidenceStore.createSchema(c);   // idempotent
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, System.getenv("WMEBV_PG_USER"), System.getenv("WMEBV_PG_PASSWORD"));
    }

    static String freshLog() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    @DisplayName("a log on PostgreSQL appends, reopens, verifies against its checkpoint and makes verifiable copies")
    void roundTrip() throws SQLException {
        KeyPair keys = Fixtures.keys();
        String id = freshLog();
        Checkpoint c;
        try (EvidenceLog log = EvidenceLog.open(id, JdbcEvidenceStore.open(connect(), id), Fixtures.CLOCK, keys)) {
            for (int i = 0; i < 20; i++) {
                log.append(Fixtures.received("m" + i, "p" + (i % 4), Fixtures.T0.plusSeconds(i)));
            }
            c = log.checkpoint();
            String json = log.copy(EvidenceCopyRequest.forPeriod(PartyId.of("p1"), Fixtures.T0, Fixtures.T0.plusSeconds(60)))
                    .toJson();
            assertTrue(EvidenceCopyVerifier.verify(json, keys.getPublic()).valid());
        }
        try (JdbcEvidenceStore s = JdbcEvidenceStore.open(connect(), id)) {
            assertEquals(20, s.size());
            assertEquals(c, s.latestCheckpoint().orElseThrow());
            assertTrue(EvidenceLog.verify(s, c, keys.getPublic()).valid());
            try (EvidenceLog log = EvidenceLog.open(id, s, Fixtures.CLOCK, keys)) {
                assertEquals(c.rootHash(), log.root());
            }
        }
    }

    @Test
    @DisplayName("UPDATE, DELETE and TRUNCATE are refused by the triggers; the records stay verifiable")
    void insertOnly() throws SQLException {
        KeyPair keys = Fixtures.keys();
        String id = freshLog();
        Checkpoint c;
        try (EvidenceLog log = EvidenceLog.open(id, JdbcEvidenceStore.open(connect(), id), Fixtures.CLOCK, keys)) {
            log.append(Fixtures.received("m0", "p0", Fixtures.T0));
            log.append(Fixtures.received("m1", "p0", Fixtures.T0));
            c = log.checkpoint();
        }
        for (String sql : List.of(
                "UPDATE wmebv_evidence_record SET entry = '\\x00' WHERE log_id = '" + id + "'",
                "DELETE FROM wmebv_evidence_record WHERE log_id = '" + id + "' AND idx = 1",
                "TRUNCATE wmebv_evidence_record",
                "DELETE FROM wmebv_evidence_checkpoint WHERE log_id = '" + id + "'",
                "UPDATE wmebv_evidence_checkpoint SET checkpoint = 'x' WHERE log_id = '" + id + "'")) {
            try (Connection conn = connect(); Statement st = conn.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("insert-only"), e.getMessage());
            }
        }
        try (JdbcEvidenceStore s = JdbcEvidenceStore.open(connect(), id)) {
            assertTrue(EvidenceLog.verify(s, c, keys.getPublic()).valid());
        }
    }

    @Test
    @DisplayName("logs are isolated by identifier; an append at the wrong index is refused and changes nothing")
    void isolationAndIndex() throws SQLException {
        String a = freshLog();
        String b = freshLog();
        try (JdbcEvidenceStore sa = JdbcEvidenceStore.open(connect(), a);
             JdbcEvidenceStore sb = JdbcEvidenceStore.open(connect(), b)) {
            sa.append(0, List.of(new byte[] {1, 2, 3}));
            assertEquals(0, sb.size());
            assertEquals("firstIndex", assertThrows(nl.wmebv.core.InvalidInputException.class,
                    () -> sa.append(0, List.of(new byte[] {9}))).field());
            assertArrayEquals(new byte[] {1, 2, 3}, sa.read(0));
        }
        // A second writer that did not see the first one's append collides on the primary key: nothing is overwritten.
        try (JdbcEvidenceStore s1 = JdbcEvidenceStore.open(connect(), a);
             JdbcEvidenceStore s2 = JdbcEvidenceStore.open(connect(), a)) {
            s1.append(1, List.of(new byte[] {4}));
            assertThrows(nl.wmebv.rules.evidence.EvidenceStoreException.class, () -> s2.append(1, List.of(new byte[] {5})));
            assertArrayEquals(new byte[] {4}, s1.read(1));
        }
    }

    @Test
    @DisplayName("a wrong key fails the checkpoint check of a PostgreSQL log")
    void wrongKey() throws SQLException {
        KeyPair keys = Fixtures.keys();
        String id = freshLog();
        Checkpoint c;
        try (EvidenceLog log = EvidenceLog.open(id, JdbcEvidenceStore.open(connect(), id), Fixtures.CLOCK, keys)) {
            log.append(Fixtures.received("m0", "p0", Fixtures.T0));
            c = log.checkpoint();
        }
        try (JdbcEvidenceStore s = JdbcEvidenceStore.open(connect(), id)) {
            Verification v = EvidenceLog.verify(s, c, Fixtures.keys().getPublic());
            assertEquals("badSignature", v.reason());
            assertEquals(OptionalLong.empty(), v.firstBadRecord());
        }
    }

    @Test
    @DisplayName("retention on PostgreSQL: references older than the period go, records, root, proofs and copies stay")
    void retention() {
        String id = freshLog();
        new RetentionScenario().purgeByAge(() -> {
            try {
                return JdbcEvidenceStore.open(connect(), id);
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        });
        try (JdbcEvidenceStore s = JdbcEvidenceStore.open(connect(), id)) {
            // reopened: of the four references (records 0, 2, 3, 4) only record 4's survived both purges
            assertEquals(java.util.Map.of(4L, PayloadReference.of("urn:dms:7")), s.payloadReferences());
            assertEquals(List.of(2L, 1L), s.payloadPurges().stream().map(PayloadPurge::count).toList());
            assertEquals(5, s.size());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("the reference table allows DELETE only; the purge table and the record table stay insert-only")
    void sideTableGrants() throws SQLException {
        KeyPair keys = Fixtures.keys();
        String id = freshLog();
        nl.wmebv.rules.evidence.SettableClock clock = new nl.wmebv.rules.evidence.SettableClock(Fixtures.T0);
        try (EvidenceLog log = EvidenceLog.open(id, JdbcEvidenceStore.open(connect(), id), clock, keys)) {
            log.appendWithPayload(Fixtures.received("m0", "p0", Fixtures.T0), PayloadReference.of("urn:dms:0"));
            log.appendWithPayload(Fixtures.received("m1", "p0", Fixtures.T0), PayloadReference.of("urn:dms:1"));
            clock.set(Fixtures.T0.plusSeconds(1));
            log.appendWithPayload(Fixtures.received("m2", "p0", Fixtures.T0), PayloadReference.of("urn:dms:2"));
            // m0 and m1 were logged at T0, before T0 + 1 s; m2 at T0 + 1 s, not before it
            assertEquals(2, log.purgePayloadReferences(Duration.ZERO));
        }
        for (String sql : List.of(
                "UPDATE wmebv_evidence_payload_ref SET reference = 'x' WHERE log_id = '" + id + "'",
                "TRUNCATE wmebv_evidence_payload_ref",
                "UPDATE wmebv_evidence_payload_purge SET purged = 9 WHERE log_id = '" + id + "'",
                "DELETE FROM wmebv_evidence_payload_purge WHERE log_id = '" + id + "'",
                "TRUNCATE wmebv_evidence_payload_purge",
                "DELETE FROM wmebv_evidence_record WHERE log_id = '" + id + "'")) {
            try (Connection conn = connect(); Statement st = conn.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
                assertTrue(e.getMessage().contains("insert-only"), e.getMessage());
            }
        }
        try (Connection conn = connect(); Statement st = conn.createStatement()) {
            st.execute("INSERT INTO wmebv_evidence_payload_ref (log_id, idx, reference) VALUES ('" + id + "', 0, 'urn:x')");
            assertEquals(1, st.executeUpdate("DELETE FROM wmebv_evidence_payload_ref WHERE log_id = '" + id + "' AND idx = 0"));
        }
        try (JdbcEvidenceStore s = JdbcEvidenceStore.open(connect(), id)) {
            assertEquals(3, s.size());
            assertEquals(java.util.Map.of(2L, PayloadReference.of("urn:dms:2")), s.payloadReferences());
            assertEquals(1, s.payloadPurges().size());
            assertEquals(new PayloadPurge(Fixtures.T0.plusSeconds(1), Fixtures.T0.plusSeconds(1), 2), s.payloadPurges().get(0));
        }
    }
}
