package nl.wmebv.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Awb 2:25 tweede zin, P14 — een afschrift bevat nooit gegevens van een ander")
class CopyAccessProperties {
    private static final long SEED = 0x225_14L;
    private static final int CASES = 1_000;

    @Test
    @DisplayName("over generated populations, every copy holds exactly the requester's records in scope, and verifies")
    void onlyOwnRecords() {
        SplittableRandom r = new SplittableRandom(SEED);
        KeyPair keys = Fixtures.keys();
        int emptyCopies = 0;
        int periodCopies = 0;
        int otherPartysMessage = 0;
        int verified = 0;
        for (int population = 0; population < 20; population++) {
            int parties = 2 + r.nextInt(8);
            int messages = 1 + r.nextInt(15);
            EvidenceLog log = EvidenceLog.open("log", InMemoryEvidenceStore.create(), Fixtures.CLOCK, keys);
            Map<String, String> owner = new HashMap<>();
            for (int m = 0; m < messages; m++) {
                owner.put("m" + m, "p" + r.nextInt(parties));
            }
            List<EvidenceEvent> truth = new ArrayList<>();
            int events = 5 + r.nextInt(60);
            for (int e = 0; e < events; e++) {
                String m = "m" + r.nextInt(messages);
                Instant at = Fixtures.T0.plusSeconds(r.nextInt(1_000_000));
                EvidenceEvent ev = r.nextInt(10) == 0 ? Fixtures.outage(at) : Fixtures.random(r, m, owner.get(m), at);
                truth.add(ev);
                log.append(ev);
            }
            for (int c = 0; c < CASES / 20; c++) {
                PartyId party = PartyId.of("p" + r.nextInt(parties + 1));   // one party without any message
                EvidenceCopyRequest request;
                if (r.nextBoolean()) {
                    String m = "m" + r.nextInt(messages);
                    request = EvidenceCopyRequest.forMessage(party, MessageId.of(m));
                    otherPartysMessage += owner.get(m).equals(party.value()) ? 0 : 1;
                } else {
                    Instant from = Fixtures.T0.plusSeconds(r.nextInt(1_000_000));
                    request = EvidenceCopyRequest.forPeriod(party, from, from.plusSeconds(r.nextInt(500_000)));
                    periodCopies++;
                }
                if (r.nextInt(4) == 0) {
                    request = request.byRepresentative(PartyId.of("gemachtigde"));
                }
                EvidenceCopy copy = log.copy(request);
                long seedInfo = SEED;
                int pop = population;
                List<Long> expected = new ArrayList<>();
                for (int i = 0; i < truth.size(); i++) {
                    EvidenceEvent ev = truth.get(i);
                    if (ev instanceof MessageEvent && request.covers((MessageEvent) ev)) {
                        expected.add((long) i);
                    }
                }
                assertEquals(expected, copy.entries().stream().map(e -> e.record().index()).toList(),
                        () -> "seed " + seedInfo + " population " + pop);
                for (EvidenceCopy.Entry e : copy.entries()) {
                    MessageEvent ev = (MessageEvent) e.record().event();
                    assertEquals(party.value(), owner.get(ev.messageId().value()),
                            () -> "seed " + seedInfo + ": another party's record in a copy");
                    assertTrue(ev.concerns(party), () -> "seed " + seedInfo);
                }
                String json = copy.toJson();
                for (String p : owner.values()) {
                    if (!p.equals(party.value())) {
                        assertTrue(!json.contains("\"" + p + "\""), () -> "seed " + seedInfo + ": party " + p + " named");
                    }
                }
                if (c % 5 == 0) {
                    Verification v = EvidenceCopyVerifier.verify(json, keys.getPublic());
                    assertTrue(v.valid(), () -> "seed " + seedInfo + ": " + v);
                    verified++;
                }
                emptyCopies += copy.entries().isEmpty() ? 1 : 0;
            }
        }
        assertTrue(emptyCopies > 50, "generator covers empty copies: " + emptyCopies);
        assertTrue(periodCopies > 300, "generator covers period copies: " + periodCopies);
        assertTrue(otherPartysMessage > 100, "generator covers requests about another party's message: " + otherPartysMessage);
        assertTrue(verified >= 200, "copies verified offline: " + verified);
    }
}
