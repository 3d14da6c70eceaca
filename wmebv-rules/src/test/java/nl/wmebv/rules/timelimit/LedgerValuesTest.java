package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.AANVRAAG;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAARSCHRIFT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BODY;
import static nl.wmebv.rules.timelimit.LedgerFixtures.PORTAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.at;
import static nl.wmebv.rules.timelimit.LedgerFixtures.objectionTerm;
import static nl.wmebv.rules.timelimit.LedgerFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.ExtensionAnnounced;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.outcome.Trace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Termijnadministratie — waarden: regels, aangepaste termijn, uitkomsten, verlenging, indiening")
class LedgerValuesTest {
    /** The bezwaartermijn ends 24:00 CEST on Tuesday 2026-04-07 = 2026-04-07T22:00Z (LedgerFixtures). */
    private static final java.time.Instant END = at("2026-04-07T22:00:00Z");

    private static LedgerEntry entry(String before, String after) {
        return new LedgerEntry(Provision.AWB_2_23, "ledger.wrongChannel.extended", true, at(before), at(after), Map.of());
    }

    @Nested
    @DisplayName("een regel van de administratie")
    class Entry {
        @Test
        @DisplayName("laatste dag vóór en na, en of het einde verschoof")
        void days() {
            // 2026-04-07T22:00Z = 24:00 CEST Tuesday 04-07; 2026-04-09T22:00Z = 24:00 CEST Thursday 04-09.
            LedgerEntry moved = entry("2026-04-07T22:00:00Z", "2026-04-09T22:00:00Z");
            assertEquals(LocalDate.of(2026, 4, 7), moved.lastDayBefore());
            assertEquals(LocalDate.of(2026, 4, 9), moved.lastDayAfter());
            assertTrue(moved.moved());
            assertFalse(entry("2026-04-07T22:00:00Z", "2026-04-07T22:00:00Z").moved());
        }

        @Test
        @DisplayName("een aanpassing maakt de termijn nooit korter")
        void neverEarlier() {
            var e = assertThrows(InvalidInputException.class, () -> entry("2026-04-07T22:00:00Z",
                    "2026-04-07T21:59:59Z"));
            assertEquals("endAfter", e.field());
            assertEquals("notEarlier", e.constraint());
            assertEquals(Optional.of(Provision.AWB_2_23.basis()), e.legalBasis());
        }
    }

    @Nested
    @DisplayName("de aangepaste termijn")
    class Adjusted {
        private LedgerEntry base() {
            return SubmissionTermLedger.of(objectionTerm()).adjustedTerm().entries().get(0);
        }

        @Test
        @DisplayName("de regels sluiten op elkaar aan en de laatste bepaalt het einde")
        void continuous() {
            AdjustedTerm ok = new AdjustedTerm(objectionTerm(), List.of(base(), entry("2026-04-07T22:00:00Z",
                    "2026-04-09T22:00:00Z")), at("2026-04-09T22:00:00Z"), false, Set.of());
            assertEquals(LocalDate.of(2026, 4, 9), ok.lastDay());
            assertEquals(END, ok.baseEndExclusive());
            var gap = assertThrows(InvalidInputException.class, () -> new AdjustedTerm(objectionTerm(), List.of(base(),
                    entry("2026-04-08T22:00:00Z", "2026-04-09T22:00:00Z")), at("2026-04-09T22:00:00Z"), false,
                    Set.of()));
            assertEquals("entries[1].endBefore", gap.field());
            assertEquals("continuous", gap.constraint());
            var end = assertThrows(InvalidInputException.class, () -> new AdjustedTerm(objectionTerm(), List.of(base()),
                    at("2026-04-09T22:00:00Z"), false, Set.of()));
            assertEquals("endExclusive", end.field());
            assertEquals("lastEntry", end.constraint());
        }

        @Test
        @DisplayName("de open punten worden gekopieerd en zijn niet te wijzigen")
        void flags() {
            AdjustedTerm t = new AdjustedTerm(objectionTerm(), List.of(base()), END, true,
                    Set.of(LedgerFlag.EXTENSION_PENDING_REACTION));
            assertEquals(Set.of(LedgerFlag.EXTENSION_PENDING_REACTION), t.flags());
            assertThrows(UnsupportedOperationException.class, () -> t.flags().add(LedgerFlag.ANNOUNCEMENT_DUE));
            assertEquals("flags", assertThrows(InvalidInputException.class, () -> new AdjustedTerm(objectionTerm(),
                    List.of(base()), END, false, null)).field());
        }

        @Test
        @DisplayName("elk open punt noemt zijn bepaling: 2:21 lid 2 (mededeling), 2:23 (lopende verlenging)")
        void flagProvisions() {
            assertEquals(Provision.AWB_2_21_LID_2, LedgerFlag.ANNOUNCEMENT_DUE.provision());
            assertEquals(Provision.AWB_2_23, LedgerFlag.EXTENSION_PENDING_REACTION.provision());
        }
    }

    @Nested
    @DisplayName("de uitkomst")
    class Outcomes {
        @Test
        @DisplayName("hoe laat: nul als tijdig, anders de verstreken tijd na het einde")
        void lateBy() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm());
            assertEquals(Duration.ZERO, ledger.assess(received("2026-04-07T21:00:00Z")).lateBy());
            assertEquals(Duration.ofMinutes(90), ledger.assess(received("2026-04-07T23:30:00Z")).lateBy());
            var out = ledger.assess(received("2026-04-07T23:30:00Z"));
            assertEquals(LocalDate.of(2026, 4, 7), out.lastDay());
            assertEquals(END, out.endExclusive());
            assertEquals(1, out.entries().size());
            assertEquals(Set.of(), out.flags());
            assertTrue(out.explain(Locale.ROOT).contains("1 uur 30 min"), out.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("een verschoning of beoordeling zonder gronden, of zonder bepaling, bestaat niet")
        void validation() {
            AdjustedTerm term = SubmissionTermLedger.of(objectionTerm()).adjustedTerm();
            Submission s = received("2026-04-08T09:00:00Z");
            List<nl.wmebv.core.law.LegalBasis> basis = List.of(Provision.AWB_6_9_LID_1.basis());
            Trace trace = SubmissionTermLedger.of(objectionTerm()).assess(s).trace();
            assertEquals("excusals", assertThrows(InvalidInputException.class,
                    () -> new SubmissionAssessment.LateExcused(s, term, List.of(), basis, trace)).field());
            assertEquals("assessments", assertThrows(InvalidInputException.class,
                    () -> new SubmissionAssessment.LateNeedsAssessment(s, term, List.of(), basis, trace)).field());
            assertEquals("timelyBy", assertThrows(InvalidInputException.class,
                    () -> new SubmissionAssessment.Timely(s, term, null, basis, trace)).field());
            assertEquals("legalBasis", assertThrows(InvalidInputException.class,
                    () -> new SubmissionAssessment.Late(s, term, List.of(), trace)).field());
            assertEquals("term", assertThrows(InvalidInputException.class,
                    () -> new SubmissionAssessment.Late(s, null, basis, trace)).field());
            assertEquals("provision", assertThrows(InvalidInputException.class,
                    () -> new ExcusableLateness(null, "ledger.outage.grace", Optional.empty(), Map.of())).field());
            assertEquals("finding", assertThrows(InvalidInputException.class,
                    () -> new ExcusableLateness(Provision.AWB_2_22_LID_1, " ", Optional.empty(), Map.of())).field());
            assertEquals("question", assertThrows(InvalidInputException.class,
                    () -> new FaultAssessment(Provision.AWB_2_23, " ", Map.of())).field());
            assertEquals("facts", assertThrows(InvalidInputException.class,
                    () -> new FaultAssessment(Provision.AWB_2_23, "ledger.fault.outage", null)).field());
        }
    }

    @Nested
    @DisplayName("Awb 2:23 — de verkeerde indiening als waarde")
    class WrongChannel {
        @Test
        @DisplayName("P5 — eerst lopend, na de reactie verlengd; de uitkomst noemt het open punt zolang het loopt")
        void reactionLater() {
            // By hand: receipt Wed 04-01, reaction Fri 04-03 = 2 days; Tue 04-07 + 2 = Thu 04-09 (werkdag).
            var pending = WrongChannelSubmission.pendingReaction(MessageId.of("verkeerd-1"), at("2026-04-01T08:00:00Z"),
                    nl.wmebv.core.BodyFinding.yes("de clausule noemde dit adres"));
            var out = SubmissionTermLedger.of(objectionTerm()).withWrongChannelSubmission(pending)
                    .assess(received("2026-04-02T10:00:00Z"));
            assertEquals(Set.of(LedgerFlag.EXTENSION_PENDING_REACTION), out.flags());
            var reacted = pending.withReactionAt(at("2026-04-03T08:00:00Z"));
            assertEquals(Optional.of(at("2026-04-03T08:00:00Z")), reacted.reactionAt());
            assertEquals(LocalDate.of(2026, 4, 9), SubmissionTermLedger.of(objectionTerm())
                    .withWrongChannelSubmission(reacted).adjustedTerm().lastDay());
        }
    }

    @Nested
    @DisplayName("Awb 2:21 lid 1–2 — de verlenging als waarde")
    class Extension {
        @Test
        @DisplayName("uit de bewijsgebeurtenis: typen, kanalen, nieuw einde en mededeling (lid 2)")
        void fromEvent() {
            var event = new ExtensionAnnounced(at("2026-03-19T10:00:00Z"), BODY, Set.of(PORTAL), Set.of(AANVRAAG),
                    at("2026-03-24T23:00:00Z"), Sha256Digest.digestOf(new byte[] {1}));
            OutageExtension x = OutageExtension.fromEvent(event, "Gmb. 2026, 77", "banner op voorbeeld.nl");
            assertTrue(x.announced());
            assertEquals(Optional.of(at("2026-03-19T10:00:00Z")), x.announcedAt());
            assertEquals(Optional.of("banner op voorbeeld.nl"), x.announcementChannel());
            assertEquals(at("2026-03-24T23:00:00Z"), x.newEnd());
            assertEquals(Set.of(AANVRAAG), x.messageTypes());
            assertEquals(Set.of(PORTAL), x.channels());
            assertFalse(OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG), Set.of(PORTAL),
                    at("2026-03-24T23:00:00Z")).announced());
        }

        @Test
        @DisplayName("zonder kanaal of zonder mededelingskanaal: geweigerd met de naam van het veld")
        void refused() {
            assertEquals("channels", assertThrows(InvalidInputException.class, () -> OutageExtension.unannounced(
                    "ref", Set.of(AANVRAAG), Set.of(), at("2026-03-24T23:00:00Z"))).field());
            var event = new ExtensionAnnounced(at("2026-03-19T10:00:00Z"), BODY, Set.of(PORTAL), Set.of(AANVRAAG),
                    at("2026-03-24T23:00:00Z"), Sha256Digest.digestOf(new byte[] {1}));
            assertEquals("announcementChannel", assertThrows(InvalidInputException.class,
                    () -> OutageExtension.fromEvent(event, "ref", " ")).field());
            var x = OutageExtension.unannounced("ref", Set.of(AANVRAAG), Set.of(PORTAL), at("2026-03-24T23:00:00Z"));
            assertEquals("announcedAt", assertThrows(InvalidInputException.class,
                    () -> x.withAnnouncement(null, "banner")).field());
            assertEquals("announcementChannel", assertThrows(InvalidInputException.class, () -> new OutageExtension(
                    "ref", Set.of(AANVRAAG), Set.of(PORTAL), at("2026-03-24T23:00:00Z"), Optional.empty(),
                    Optional.of("banner"))).field());
        }
    }

    @Nested
    @DisplayName("de indiening")
    class Submissions {
        @Test
        @DisplayName("ter post op het moment van ontvangst is toegestaan; later niet (6:9 lid 2)")
        void postedAt() {
            Submission same = Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T10:00:00Z"), at("2026-04-07T10:00:00Z"));
            assertEquals(Optional.of(at("2026-04-07T10:00:00Z")), same.postedAt());
            var e = assertThrows(InvalidInputException.class, () -> Submission.byPost(BEZWAARSCHRIFT,
                    at("2026-04-07T10:00:01Z"), at("2026-04-07T10:00:00Z")));
            assertEquals("notAfterReceivedAt", e.constraint());
            assertEquals(Optional.of(Provision.AWB_6_9_LID_2.basis()), e.legalBasis());
            assertEquals(Optional.empty(), received("2026-04-07T10:00:00Z").postedAt());
        }

        @Test
        @DisplayName("lokale tijd: zonder tijd of zone geweigerd met de naam van het veld")
        void localTimeNulls() {
            assertEquals("localTime", assertThrows(InvalidInputException.class,
                    () -> Submission.electronicAtLocalTime(BEZWAARSCHRIFT, null, "Europe/Amsterdam")).field());
            assertEquals("zoneId", assertThrows(InvalidInputException.class,
                    () -> Submission.electronicAtLocalTime(BEZWAARSCHRIFT, LocalDateTime.parse("2026-04-07T10:00"),
                            null)).field());
            // 10:00 in Europe/Lisbon (WEST, UTC+1) in April = 09:00Z: the zone is used, not Amsterdam.
            assertEquals(at("2026-04-07T09:00:00Z"), Submission.electronicAtLocalTime(BEZWAARSCHRIFT,
                    LocalDateTime.parse("2026-04-07T10:00"), "Europe/Lisbon").receivedAt());
        }
    }
}
