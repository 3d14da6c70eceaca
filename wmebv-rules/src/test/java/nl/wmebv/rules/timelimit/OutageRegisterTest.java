package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.BODY;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FORM;
import static nl.wmebv.rules.timelimit.LedgerFixtures.PORTAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.OutageEnded;
import nl.wmebv.core.evidence.OutageKind;
import nl.wmebv.core.evidence.OutageStarted;
import nl.wmebv.core.message.BodyId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Storingsregister — storingen van kanalen (Awb 2:21) uit waarden en bewijsgebeurtenissen")
class OutageRegisterTest {
    private static OutageStarted started(String at, OutageKind kind) {
        return new OutageStarted(at(at), BODY, FORM, kind);
    }

    private static OutageEnded ended(String at, String startedAt, OutageKind kind) {
        return new OutageEnded(at(at), BODY, FORM, kind, at(startedAt));
    }

    @Test
    @DisplayName("begin en einde vormen een storing; een begin zonder einde is een lopende storing")
    void fromEvents() {
        OutageRegister r = OutageRegister.fromEvents(List.of(
                started("2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE),
                ended("2026-04-07T10:30:00Z", "2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE),
                started("2026-04-07T20:00:00Z", OutageKind.UNAVAILABLE)));
        assertEquals(List.of(Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:30:00Z"), false),
                Outage.ofOpenEnded(FORM, at("2026-04-07T20:00:00Z"), false)), r.unavailable(FORM));
        assertTrue(r.isUnavailable(FORM, at("2026-04-07T10:29:59Z")));
        assertFalse(r.isUnavailable(FORM, at("2026-04-07T10:30:00Z")));
        assertTrue(r.isUnavailable(FORM, at("2030-01-01T00:00:00Z")));
        assertFalse(r.isUnavailable(PORTAL, at("2026-04-07T09:30:00Z")));
    }

    @Test
    @DisplayName("verminderde bereikbaarheid (lid 1) maakt een kanaal niet onbereikbaar in de zin van lid 3")
    void degraded() {
        OutageRegister r = OutageRegister.fromEvents(List.of(started("2026-04-07T09:00:00Z", OutageKind.DEGRADED)));
        assertEquals(1, r.entries().size());
        assertFalse(r.isUnavailable(FORM, at("2026-04-07T09:30:00Z")));
    }

    @Test
    @DisplayName("einde zonder begin, einde vóór begin, verkeerd begin, dubbel begin, ander orgaan: geweigerd")
    void inconsistent() {
        var noStart = assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(List.of(
                ended("2026-04-07T10:30:00Z", "2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE))));
        assertEquals("events[0]", noStart.field());
        assertEquals("endWithoutStart", noStart.constraint());
        var before = assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(List.<EvidenceEvent>of(
                started("2026-04-07T12:00:00Z", OutageKind.UNAVAILABLE),
                ended("2026-04-07T11:00:00Z", "2026-04-07T10:00:00Z", OutageKind.UNAVAILABLE))));
        assertEquals("events[1].occurredAt", before.field());
        assertEquals("endBeforeStart", before.constraint());
        var mismatch = assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(List.of(
                started("2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE),
                ended("2026-04-07T11:00:00Z", "2026-04-07T08:00:00Z", OutageKind.UNAVAILABLE))));
        assertEquals("events[1].startedAt", mismatch.field());
        var twice = assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(List.of(
                started("2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE),
                started("2026-04-07T09:30:00Z", OutageKind.UNAVAILABLE))));
        assertEquals("alreadyStarted", twice.constraint());
        var otherBody = assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(List.of(
                started("2026-04-07T09:00:00Z", OutageKind.UNAVAILABLE),
                new OutageStarted(at("2026-04-07T09:00:00Z"), BodyId.of("ander-orgaan"), PORTAL,
                        OutageKind.UNAVAILABLE))));
        assertEquals("events[1].body", otherBody.field());
        // An end event that ends before its own start is refused by the core event itself.
        assertEquals("occurredAt", assertThrows(InvalidInputException.class,
                () -> ended("2026-04-07T09:00:00Z", "2026-04-07T10:00:00Z", OutageKind.UNAVAILABLE)).field());
        assertEquals("events", assertThrows(InvalidInputException.class, () -> OutageRegister.fromEvents(null))
                .field());
    }

    @Test
    @DisplayName("de volgorde van toevoegen maakt voor het register niet uit")
    void orderIndependent() {
        Outage a = Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:00:00Z"), false);
        Outage b = Outage.of(PORTAL, at("2026-04-06T09:00:00Z"), at("2026-04-06T10:00:00Z"), true);
        assertEquals(OutageRegister.empty().with(a).with(b), OutageRegister.empty().with(b).with(a));
        assertEquals(OutageRegister.of(List.of(a, b)), OutageRegister.of(List.of(b, a)));
        assertEquals(Optional.of(at("2026-04-07T10:00:00Z")), OutageRegister.of(List.of(a)).unavailable(FORM).get(0)
                .end());
    }
}
