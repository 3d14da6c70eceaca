package nl.wmebv.rules.evidence;

import static nl.wmebv.rules.evidence.Fixtures.BODY;
import static nl.wmebv.rules.evidence.Fixtures.CLOCK;
import static nl.wmebv.rules.evidence.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The query indexes, now brought up to date by the first query after appends (issue 8 part 4), answer as a
 * plain scan over every record would, whatever the interleaving of appends and queries; and the salts, now
 * drawn 64 at a time, stay distinct and well-formed across the refills. The seed is fixed and printed in
 * every failure message.
 */
@DisplayName("Awb 2:25 — opvragen per bericht, partij en zaak klopt bij elke afwisseling met vastleggen")
class EvidenceLogIndexProperties {
    private static final long SEED = 0x2025_0806L;
    private static final int LOGS = 8;
    private static final int OPERATIONS = 200;   // per log: 1,600 in all
    private static final String[] MESSAGES = {"aanvraag-1", "besluit-2", "zienswijze-3", "bezwaar-4"};
    private static final String[] PARTIES = {"burger-jansen", "buurman-pieters", "advocaat-de-vries"};
    private static final CaseReference[] CASES = {CaseReference.of("Z-1"), CaseReference.of("Z-2")};

    @Test
    @DisplayName("elke vraag na willekeurig vastleggen geeft wat een volledige doorzoeking geeft, ook na heropenen")
    void queriesAgreeWithAScan() {
        SplittableRandom r = new SplittableRandom(SEED);
        KeyPair keys = Fixtures.keys();
        int queries = 0;
        int queriesAfterAppends = 0;
        int nonEmptyAnswers = 0;
        Set<String> salts = new HashSet<>();
        long records = 0;
        for (int l = 0; l < LOGS; l++) {
            InMemoryEvidenceStore store = InMemoryEvidenceStore.create();
            EvidenceLog log = EvidenceLog.open(BODY.value(), store, CLOCK, keys);
            boolean appendedSinceQuery = false;
            for (int op = 0; op < OPERATIONS; op++) {
                String where = "seed " + SEED + ", log " + l + ", operation " + op;
                if (r.nextInt(5) < 3) {
                    var event = Fixtures.random(r, pick(r, MESSAGES), pick(r, PARTIES), T0.plusSeconds(op));
                    if (r.nextBoolean()) {
                        log.append(event, pick(r, CASES));
                    } else {
                        log.append(event);
                    }
                    appendedSinceQuery = true;
                } else {
                    nonEmptyAnswers += checkOneQuery(r, log, where);
                    queries++;
                    queriesAfterAppends += appendedSinceQuery ? 1 : 0;
                    appendedSinceQuery = false;
                }
            }
            String where = "seed " + SEED + ", log " + l + " reopened";
            EvidenceLog reopened = EvidenceLog.open(BODY.value(), store, CLOCK, keys);
            for (String m : MESSAGES) {
                assertEquals(log.byMessage(MessageId.of(m)), reopened.byMessage(MessageId.of(m)), where);
            }
            for (String p : PARTIES) {
                assertEquals(log.byParty(PartyId.of(p)), reopened.byParty(PartyId.of(p)), where);
            }
            for (CaseReference c : CASES) {
                assertEquals(log.byCase(c), reopened.byCase(c), where);
            }
            for (long i = 0; i < log.size(); i++) {
                String salt = log.record(i).salt();
                assertTrue(salt.matches("[0-9a-f]{32}"), where + ": salt " + salt);
                assertNotEquals("0".repeat(32), salt, where + ": record " + i);
                assertTrue(salts.add(salt), where + ": salt of record " + i + " repeats");
            }
            records += log.size();
        }
        // The generator reaches what matters: queries right after appends (the catch-up), non-empty answers,
        // and more than 64 records per log on average (so salts come from more than one draw).
        assertTrue(queriesAfterAppends > 200, "seed " + SEED + ": queries after appends " + queriesAfterAppends);
        assertTrue(nonEmptyAnswers > queries / 2, "seed " + SEED + ": non-empty " + nonEmptyAnswers + " of " + queries);
        assertTrue(records > 64L * LOGS, "seed " + SEED + ": records " + records);
    }

    /** Asks one random query and compares it with a scan; returns 1 if the answer was not empty. */
    private static int checkOneQuery(SplittableRandom r, EvidenceLog log, String where) {
        List<EvidenceRecord> actual;
        Predicate<EvidenceRecord> scan;
        switch (r.nextInt(4)) {
            case 0 -> {
                MessageId m = MessageId.of(pick(r, MESSAGES));
                actual = log.byMessage(m);
                scan = x -> x.event() instanceof MessageEvent e && e.messageId().equals(m);
            }
            case 1 -> {
                PartyId p = PartyId.of(pick(r, PARTIES));
                actual = log.byParty(p);
                scan = x -> x.event().parties().contains(p);
            }
            case 2 -> {
                CaseReference c = pick(r, CASES);
                actual = log.byCase(c);
                scan = x -> x.caseReference().filter(c::equals).isPresent();
            }
            default -> {
                PartyId p = PartyId.of(pick(r, PARTIES));
                actual = log.copy(EvidenceCopyRequest.forPeriod(p, T0.minusSeconds(1), T0.plusSeconds(OPERATIONS + 86_400L)))
                        .entries().stream().map(EvidenceCopy.Entry::record).toList();
                scan = x -> x.event().parties().contains(p);
            }
        }
        List<EvidenceRecord> expected = new ArrayList<>();
        for (long i = 0; i < log.size(); i++) {
            if (scan.test(log.record(i))) {
                expected.add(log.record(i));
            }
        }
        assertEquals(expected, actual, where);
        return actual.isEmpty() ? 0 : 1;
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
