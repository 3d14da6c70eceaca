package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.BODY;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.store.FileEvidenceStore;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;

/**
 * The day plan of {@code PayloadRetentionTest} (see there for the hand check), shared with the PostgreSQL test.
 */
public final class RetentionScenario {
    static final Instant PURGE_AT = Instant.parse("2026-07-01T12:00:00Z");
    static final Duration THIRTY_DAYS = Duration.ofHours(30 * 24);
    static final PartyId JANSEN = PartyId.of("burger-jansen");

    final KeyPair keys;
    final SettableClock clock;

    public RetentionScenario(KeyPair keys, SettableClock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public RetentionScenario() {
        this(Fixtures.keys(), new SettableClock(Instant.parse("2026-01-05T09:00:00Z")));
    }

    public EvidenceLog fill(EvidenceStore store) {
        EvidenceLog log = EvidenceLog.open(BODY.value(), store, clock, keys);
        log.appendWithPayload(Fixtures.received("aanvraag-1", "burger-jansen", T0), PayloadReference.of("urn:dms:1"));
        log.append(Fixtures.acknowledged("aanvraag-1", "burger-jansen", T0));
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        log.appendWithPayload(Fixtures.placed("besluit-9", "burger-jansen", T0), CaseReference.of("Z-1"),
                PayloadReference.of("urn:dms:9"));
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        log.appendWithPayload(Fixtures.placed("besluit-10", "burger-jansen", T0), PayloadReference.of("urn:dms:10"));
        clock.set(Instant.parse("2026-06-30T12:00:00Z"));
        log.appendWithPayload(Fixtures.received("zienswijze-7", "buurman-pieters", T0), PayloadReference.of("urn:dms:7"));
        clock.set(PURGE_AT);
        return log;
    }

    public static List<Sha256Digest> leaves(EvidenceLog log) {
        List<Sha256Digest> l = new ArrayList<>();
        for (long i = 0; i < log.size(); i++) {
            l.add(log.record(i).leafHash());
        }
        return l;
    }

    /** The same behaviour for every store (also run by the PostgreSQL test). */
    public void purgeByAge(Supplier<EvidenceStore> stores) {
        EvidenceStore store = stores.get();
        EvidenceLog log = fill(store);
        Checkpoint before = log.checkpoint();
        List<Sha256Digest> leaves = leaves(log);
        String copyBefore = log.copy(EvidenceCopyRequest.forPeriod(JANSEN, Instant.EPOCH, PURGE_AT)).toJson();
        assertTrue(EvidenceCopyVerifier.verify(copyBefore, keys.getPublic()).valid());

        assertEquals(2, log.purgePayloadReferences(THIRTY_DAYS));

        assertEquals(Optional.empty(), log.payloadReference(0), "logged 2026-01-05, older than the period");
        assertEquals(Optional.empty(), log.payloadReference(1), "never had one");
        assertEquals(Optional.empty(), log.payloadReference(2), "logged 2026-03-01, older than the period");
        assertEquals(Optional.of(PayloadReference.of("urn:dms:10")), log.payloadReference(3), "logged at the cut-off");
        assertEquals(Optional.of(PayloadReference.of("urn:dms:7")), log.payloadReference(4), "logged a day ago");
        assertEquals(List.of(new PayloadPurge(PURGE_AT, Instant.parse("2026-06-01T12:00:00Z"), 2)), log.payloadPurges());

        // Nothing attested changed: no record removed, same leaves, same root, old checkpoint and proofs verify.
        assertEquals(5, log.size());
        assertEquals(5, store.size());
        assertEquals(leaves, leaves(log));
        assertEquals(before.rootHash(), log.root());
        assertTrue(EvidenceLog.verify(store, before, keys.getPublic()).valid());
        for (long i = 0; i < 5; i++) {
            assertTrue(log.inclusionProof(i, 5).verify(leaves.get((int) i), before.rootHash()).valid());
        }
        // The copy is the same text before and after (same clock, same tree, deterministic Ed25519) and verifies.
        String copyAfter = log.copy(EvidenceCopyRequest.forPeriod(JANSEN, Instant.EPOCH, PURGE_AT)).toJson();
        assertEquals(copyBefore, copyAfter);
        assertFalse(copyAfter.contains("urn:dms"), "a copy never carries payload references");
        assertTrue(EvidenceCopyVerifier.verify(copyAfter, keys.getPublic()).valid());

        // Idempotent: again at the same moment removes nothing and records no second purge.
        assertEquals(0, log.purgePayloadReferences(THIRTY_DAYS));
        assertEquals(1, log.payloadPurges().size());
        assertEquals(Optional.of(PayloadReference.of("urn:dms:10")), log.payloadReference(3));

        // One nanosecond later record 3 is older than the period; record 4 still is not.
        clock.set(PURGE_AT.plusNanos(1));
        assertEquals(1, log.purgePayloadReferences(THIRTY_DAYS));
        assertEquals(Optional.empty(), log.payloadReference(3));
        assertEquals(Optional.of(PayloadReference.of("urn:dms:7")), log.payloadReference(4));
        assertEquals(2, log.payloadPurges().size());
        assertTrue(EvidenceLog.verify(store, log.checkpoint(), keys.getPublic()).valid());
        assertEquals(before.rootHash(), log.root());
    }

}
