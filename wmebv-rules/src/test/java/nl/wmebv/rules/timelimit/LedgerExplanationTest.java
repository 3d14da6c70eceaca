package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.AANVRAAG;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAAR;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BODY;
import static nl.wmebv.rules.timelimit.LedgerFixtures.CAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FORM;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FROM;
import static nl.wmebv.rules.timelimit.LedgerFixtures.INSTRUMENT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.MAIL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.PORTAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.at;
import static nl.wmebv.rules.timelimit.LedgerFixtures.objectionTerm;
import static nl.wmebv.rules.timelimit.LedgerFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.evidence.OutageKind;
import nl.wmebv.core.evidence.OutageStarted;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.timelimit.SubmissionAssessment.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Termijnadministratie — uitleg, storingen per kanaal (2:21 lid 3), register en beleid")
class LedgerExplanationTest {
    private static final MessageId WRONG = MessageId.of("verkeerd-1");
    private static final BodyFinding YES = BodyFinding.yes("de rechtsmiddelenclausule noemde dit adres");

    private static SubmissionTimeLimit statutoryEndingOn(String lastDay) {
        LocalDate last = LocalDate.parse(lastDay);
        return SubmissionTimeLimit.of(TimeLimit.statutory(14, TermUnit.DAYS), last.minusDays(14), AANVRAAG, CAL);
    }

    @Nested
    @DisplayName("duur in de uitleg")
    class Durations {
        @Test
        @DisplayName("dagen, uren, minuten en seconden, enkelvoud en meervoud, Nederlands en Engels")
        void parts() {
            // By hand: 93,784 s = 1 day (86,400) + 2 h (7,200) + 3 min (180) + 4 s.
            Duration d = Duration.ofSeconds(93_784);
            assertEquals("1 dag 2 uur 3 min 4 s", LedgerText.duration(d, Locale.ROOT));
            assertEquals("1 day 2 h 3 min 4 s", LedgerText.duration(d, Locale.ENGLISH));
            // 2 days + 1 s = 172,801 s.
            assertEquals("2 dagen 1 s", LedgerText.duration(Duration.ofSeconds(172_801), Locale.ROOT));
            assertEquals("2 days 1 s", LedgerText.duration(Duration.ofSeconds(172_801), Locale.ENGLISH));
        }

        @Test
        @DisplayName("grenzen: precies een dag, een uur, een minuut; nul is '0 s'")
        void boundaries() {
            assertEquals("1 dag", LedgerText.duration(Duration.ofSeconds(86_400), Locale.ROOT));
            assertEquals("1 uur", LedgerText.duration(Duration.ofSeconds(3_600), Locale.ROOT));
            assertEquals("1 min", LedgerText.duration(Duration.ofSeconds(60), Locale.ROOT));
            assertEquals("59 s", LedgerText.duration(Duration.ofSeconds(59), Locale.ROOT));
            assertEquals("0 s", LedgerText.duration(Duration.ZERO, Locale.ROOT));
            assertEquals("23 uur 59 min 59 s", LedgerText.duration(Duration.ofSeconds(86_399), Locale.ROOT));
        }
    }

    @Nested
    @DisplayName("uitleg van de uitkomst")
    class Explanations {
        @Test
        @DisplayName("P5 — na het oorspronkelijke einde tijdig omdat de verlenging loopt: dat zegt de uitleg")
        void pending() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.pendingReaction(WRONG,
                            at("2026-03-18T09:00:00Z"), YES));
            String text = ledger.assess(received("2026-05-01T09:00:00Z")).explain(Locale.ROOT);
            assertTrue(text.startsWith("Bericht bezwaar-1 is tijdig ingediend: ontvangen op 2026-05-01T11:00:00+02:00. "
                    + "De termijn is verlengd"), text);
        }

        @Test
        @DisplayName("2:23 — verlengd en beslist: de gewone uitleg met het nieuwe einde, niet 'loopt door'")
        void extendedNotPending() {
            // First row of the 2:23 table: Fri 03-20, same-day reaction -> Monday 03-23, ends 2026-03-23T23:00Z.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-20T09:00:00Z"),
                            at("2026-03-20T14:00:00Z"), YES));
            var out = assertInstanceOf(SubmissionAssessment.Timely.class,
                    ledger.assess(received("2026-03-23T10:00:00Z")));
            String text = out.explain(Locale.ROOT);
            assertTrue(text.contains("vóór het einde van de termijn op 2026-03-23 om 24:00"), text);
            assertFalse(text.contains("loopt door"), text);
            assertTrue(text.contains("de laatste dag is nu 2026-03-23"), text);
        }

        @Test
        @DisplayName("2:21 lid 1 — de regel noemt het oude laatste dag en het nieuwe einde")
        void extensionLine() {
            // 2026-03-24T23:00Z is 00:00 CET on 25 March (summer time starts on the 29th).
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withExtension(OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG), Set.of(PORTAL),
                            at("2026-03-24T23:00:00Z")));
            String text = ledger.assess(received("2026-03-24T10:00:00Z")).explain(Locale.ROOT);
            assertTrue(text.contains("(Gmb. 2026, 77): van 2026-03-20 tot 2026-03-25T00:00:00+01:00"), text);
        }
    }

    @Nested
    @DisplayName("2:21 lid 3 — welke storingen tellen")
    class Outages {
        private SubmissionTermLedger ledger(OutageRegister outages, DesignationRegister designations) {
            return SubmissionTermLedger.of(objectionTerm()).withOutages(outages, designations);
        }

        @Test
        @DisplayName("alleen storingen binnen de termijn, gesorteerd op begin en dan kanaal")
        void relevantSorted() {
            // Term: 2026-02-21 00:00 CET (02-20T23:00Z) to 2026-04-07T22:00Z. The January outage lies before it.
            // Both outages at the start of the term overlap it; the portal's began first.
            OutageRegister register = OutageRegister.of(List.of(
                    Outage.of(FORM, at("2026-01-10T09:00:00Z"), at("2026-01-10T10:00:00Z"), false),
                    Outage.of(FORM, at("2026-02-20T12:00:00Z"), at("2026-02-21T12:00:00Z"), false),
                    Outage.of(PORTAL, at("2026-02-20T10:00:00Z"), at("2026-02-21T12:00:00Z"), false),
                    Outage.of(FORM, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false),
                    Outage.of(PORTAL, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false)));
            var out = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class,
                    ledger(register, LedgerFixtures.register()).assess(received("2026-04-10T09:00:00Z")));
            var facts = out.assessments().get(0).facts();
            assertEquals("mijn-voorbeeld 2026-02-20T11:00:00+01:00 - 2026-02-21T13:00:00+01:00; "
                    + "webformulier-bezwaar 2026-02-20T13:00:00+01:00 - 2026-02-21T13:00:00+01:00; "
                    + "mijn-voorbeeld 2026-04-07T22:00:00+02:00 - 2026-04-08T00:00:00+02:00; "
                    + "webformulier-bezwaar 2026-04-07T22:00:00+02:00 - 2026-04-08T00:00:00+02:00",
                    facts.get("outages"));
            assertEquals("mijn-voorbeeld, webformulier-bezwaar", facts.get("designatedChannelsDown"));
            // Grace by hand: 02-20T23:00Z to 02-21T12:00Z = 13 h, plus 2 h at the end = 15 h.
            assertEquals("PT15H", facts.get("grace"));
        }

        @Test
        @DisplayName("zelfde begin: op kanaal; andersom begonnen: op begin")
        void relevantSortedOtherWay() {
            OutageRegister register = OutageRegister.of(List.of(
                    Outage.of(PORTAL, at("2026-02-20T12:00:00Z"), at("2026-02-21T12:00:00Z"), false),
                    Outage.of(FORM, at("2026-02-20T10:00:00Z"), at("2026-02-21T12:00:00Z"), false)));
            var out = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class,
                    ledger(register, LedgerFixtures.register()).assess(received("2026-04-10T09:00:00Z")));
            assertEquals("webformulier-bezwaar 2026-02-20T11:00:00+01:00 - 2026-02-21T13:00:00+01:00; "
                    + "mijn-voorbeeld 2026-02-20T13:00:00+01:00 - 2026-02-21T13:00:00+01:00",
                    out.assessments().get(0).facts().get("outages"));
            assertEquals("webformulier-bezwaar, mijn-voorbeeld",
                    out.assessments().get(0).facts().get("designatedChannelsDown"));
        }

        @Test
        @DisplayName("zolang niets is aangewezen, is niets onbereikbaar: die tijd telt niet mee")
        void nothingDesignated() {
            // Bezwaar designated for the form only from 2026-04-07T12:00Z; the form is down 12:00Z-22:00Z (the
            // end). Before 12:00Z nothing was designated. Grace by hand: 10 h from 22:00Z = 2026-04-08T08:00Z.
            DesignationRegister late = DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente Voorbeeld"))
                    .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                    .channel(Channel.of(FORM, ChannelKind.WEB_FORM, "https://voorbeeld.nl/bezwaar",
                            AssuranceLevel.LOW))
                    .channel(Channel.of(MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE))
                    .designation(Designation.of(BEZWAAR, Set.of(FORM), at("2026-04-07T12:00:00Z"), INSTRUMENT))
                    .build();
            SubmissionTermLedger ledger = ledger(OutageRegister.of(List.of(Outage.of(FORM,
                    at("2026-04-07T12:00:00Z"), at("2026-04-07T22:00:00Z"), false))), late);
            assertEquals(Kind.LATE_EXCUSED, ledger.assess(received("2026-04-08T07:59:59Z")).kind());
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, ledger.assess(received("2026-04-08T08:00:00Z")).kind());
        }
    }

    @Nested
    @DisplayName("storingsregister")
    class Register {
        @Test
        @DisplayName("gelijk begin: de volgorde van toevoegen maakt niet uit (kanaal, gemeld of niet)")
        void sameStart() {
            Outage form = Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:00:00Z"), false);
            Outage portal = Outage.of(PORTAL, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:00:00Z"), false);
            assertEquals(OutageRegister.of(List.of(form, portal)), OutageRegister.of(List.of(portal, form)));
            Outage announced = Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:00:00Z"), true);
            assertEquals(OutageRegister.of(List.of(form, announced)), OutageRegister.of(List.of(announced, form)));
            assertEquals(OutageRegister.of(List.of(form, portal)).hashCode(),
                    OutageRegister.of(List.of(portal, form)).hashCode());
        }

        @Test
        @DisplayName("verschillende registers zijn niet gelijk")
        void notEqual() {
            Outage form = Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:00:00Z"), false);
            assertNotEquals(OutageRegister.of(List.of(form)), OutageRegister.empty());
            assertNotEquals(OutageRegister.empty(), OutageRegister.empty().with(form, OutageKind.DEGRADED));
            assertNotEquals(OutageRegister.of(List.of(form)), "OutageRegister");
            assertTrue(OutageRegister.of(List.of(form)).toString().contains("1"));
        }

        @Test
        @DisplayName("gelijktijdige storingen van twee kanalen, of van beide soorten op één kanaal, zijn toegestaan")
        void concurrentFromEvents() {
            OutageRegister r = OutageRegister.fromEvents(List.of(
                    new OutageStarted(at("2026-04-07T09:00:00Z"), BODY, FORM, OutageKind.UNAVAILABLE),
                    new OutageStarted(at("2026-04-07T09:10:00Z"), BODY, PORTAL, OutageKind.UNAVAILABLE),
                    new OutageStarted(at("2026-04-07T09:20:00Z"), BODY, FORM, OutageKind.DEGRADED)));
            assertEquals(3, r.entries().size());
            assertTrue(r.isUnavailable(FORM, at("2026-04-07T09:30:00Z")));
            assertTrue(r.isUnavailable(PORTAL, at("2026-04-07T09:30:00Z")));
        }
    }

    @Nested
    @DisplayName("beleid van de administratie")
    class Policies {
        @Test
        @DisplayName("kalender, terugkijkvenster en P1 worden bewaard; gelijkheid per waarde")
        void values() {
            AtwCalendar calendar = AtwCalendar.standard();
            LedgerPolicies p = LedgerPolicies.defaults().withCalendar(calendar);
            assertEquals(calendar, p.calendar());
            LedgerPolicies window = p.withOutageLookBack(Duration.ofHours(6));
            assertEquals(Optional.of(Duration.ofHours(6)), window.outageLookBack());
            assertEquals(Optional.empty(), window.withWholeTermLookBack().outageLookBack());
            assertEquals(LedgerPolicies.defaults(), window.withWholeTermLookBack());
            assertEquals(LedgerPolicies.defaults().hashCode(), window.withWholeTermLookBack().hashCode());
            assertNotEquals(LedgerPolicies.defaults(), window);
            assertNotEquals(LedgerPolicies.defaults(), LedgerPolicies.defaults().withLateNotification(
                    LedgerPolicies.LateNotification.LATE_BUT_VALID));
            assertNotEquals(LedgerPolicies.defaults(), "LedgerPolicies");
            assertTrue(window.toString().contains("PT6H"), window.toString());
            assertTrue(LedgerPolicies.defaults().toString().contains("whole term"));
        }
    }

    @Test
    @DisplayName("adapter — een bericht via de aangewezen wijze is geen verkeerde indiening (2:23 niet van toepassing)")
    void fromInboundDesignated() {
        var e = assertThrows(InvalidInputException.class, () -> WrongChannelSubmission.fromInbound(
                InboundFixture.designated(), Optional.empty(), YES));
        assertEquals("inbound", e.field());
        assertEquals("wrongChannel", e.constraint());
    }
}
