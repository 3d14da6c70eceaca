package nl.wmebv.testfixtures;

import static nl.wmebv.testfixtures.GemeenteVoorbeeld.AANVRAAG;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.BEZWAAR;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.KLACHTEN_MAIL;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.PORTAAL;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.WEBFORMULIER_AANVRAAG;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.WEBFORMULIER_BEZWAAR;
import static nl.wmebv.testfixtures.GemeenteVoorbeeld.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.DutyKind;
import nl.wmebv.rules.outbound.NotificationDuty;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/legal-testers.md, checked by hand: dates and weekdays from a calendar (2026:
 * Easter Sunday 5 April, summer time from Sunday 29 March 02:00 to Sunday 25 October 03:00), hours counted by
 * hand.
 */
@DisplayName("Scenario's — de uitgewerkte voorbeelden voor juridisch testers")
class ScenariosTest {

    @Nested
    @DisplayName("Awb 2:16 en 2:17")
    class Inbound {
        @Test
        @DisplayName("2:16 lid 1 onder b: bezwaar via het aanvraagformulier moet in behandeling worden genomen")
        void onderB() {
            // webformulier-aanvraag is designated for aanvragen, a formal type; the bezwaar's own channels differ
            Scenarios.inbound("bezwaar via het aanvraagformulier").message(BEZWAAR).via(WEBFORMULIER_AANVRAAG)
                    .receivedAt("2026-04-02T16:45").expectMustProcessUnder(Provision.AWB_2_16_LID_1_ONDER_B)
                    .expectDuty(DutyKind.PROCESS).verify().assertHolds();
        }

        @Test
        @DisplayName("2:16 lid 2: een aanvraag via WhatsApp geeft geen plicht tot reageren")
        void lid2() {
            // whatsapp is designated for no formal type
            Scenarios.inbound("aanvraag via WhatsApp").message(AANVRAAG).via(WHATSAPP).receivedAt("2026-04-02T16:45")
                    .expect(WrongChannelOutcome.Kind.NO_DUTY_TO_REACT).expectNoDuty(DutyKind.PROCESS).verify()
                    .assertHolds();
        }

        @Test
        @DisplayName("2:16 lid 1 aanhef: niet zonder nadere bewerking te verwerken — het orgaan mag doorverwijzen")
        void mayPoint() {
            // klachten-mail is designated for klachten; the body found the aanvraag needs retyping (onder a: no)
            Scenarios.inbound("aanvraag via de klachtenmail").message(AANVRAAG).via(KLACHTEN_MAIL)
                    .receivedAt("2026-04-02T16:45").processableWithoutFurtherWork(BodyFinding.no("moet overgetypt"))
                    .expect(WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL).verify().assertHolds();
        }

        @Test
        @DisplayName("2:16 lid 1 onder a: zonder bevinding van het orgaan beslist de bibliotheek niet")
        void needsAssessment() {
            Scenarios.inbound("aanvraag via de klachtenmail, geen bevinding").message(AANVRAAG).via(KLACHTEN_MAIL)
                    .receivedAt("2026-04-02T16:45").expect(WrongChannelOutcome.Kind.NEEDS_ASSESSMENT).verify()
                    .assertHolds();
        }

        @Test
        @DisplayName("2:17 lid 1 en 2: via het aangewezen formulier — ontvangstbevestiging en teruggave van gegevens")
        void acknowledgement() {
            Scenarios.inbound("aanvraag via het formulier").message(AANVRAAG).via(WEBFORMULIER_AANVRAAG)
                    .receivedAt("2026-04-02T16:45").expect(WrongChannelOutcome.Kind.DESIGNATED_CHANNEL)
                    .expectDuty(DutyKind.ACKNOWLEDGE_RECEIPT).expectDuty(DutyKind.RETURN_ENTERED_DATA).verify()
                    .assertHolds();
        }

        @Test
        @DisplayName("een onjuiste verwachting faalt met de uitleg en de trace van de uitkomst")
        void disagreementIsReported() {
            ScenarioResult<?> r = Scenarios.inbound("onjuist").message(BEZWAAR).via(WEBFORMULIER_AANVRAAG)
                    .receivedAt("2026-04-02T16:45").expect(WrongChannelOutcome.Kind.NO_DUTY_TO_REACT).verify();
            assertFalse(r.holds());
            AssertionError e = assertThrows(AssertionError.class, r::assertHolds);
            assertTrue(e.getMessage().contains("expected 2:16 outcome NO_DUTY_TO_REACT, was MUST_PROCESS"), e.getMessage());
            assertTrue(e.getMessage().contains("trace:"), e.getMessage());
        }

        @Test
        @DisplayName("een scenario zonder bericht, kanaal of moment zegt wat ontbreekt")
        void incomplete() {
            assertEquals("scenario", assertThrows(InvalidInputException.class,
                    () -> Scenarios.inbound("leeg").via(PORTAAL).receivedAt("2026-04-02T16:45").verify()).field());
            assertEquals("name", assertThrows(InvalidInputException.class, () -> Scenarios.inbound(" ")).field());
        }
    }

    @Nested
    @DisplayName("Awb 6:7–6:9, 2:21 lid 3 en 2:23: de bezwaartermijn")
    class Term {
        // bekendmaking Tue 2026-02-24; 6:8: starts Wed 25 Feb; six weeks: 24 Feb + 42 days = Tue 7 Apr
        // (Feb 2026 has 28 days: 4 days to 28 Feb, 31 in March, 7 in April). 7 Apr is the Tuesday after
        // Easter Monday 6 Apr, a werkdag, so the ATW does not move it.

        @Test
        @DisplayName("laatste dag di 2026-04-07; om 23:59 tijdig, om 00:00 te laat")
        void lastDay() {
            Scenarios.objectionTerm("op de laatste dag").announcedOn("2026-02-24").submittedAt("2026-04-07T23:59")
                    .expectLastDay("2026-04-07").expect(SubmissionAssessment.Kind.TIMELY).verify().assertHolds();
            Scenarios.objectionTerm("een minuut te laat").announcedOn("2026-02-24").submittedAt("2026-04-08T00:00")
                    .expect(SubmissionAssessment.Kind.LATE).verify().assertHolds();
        }

        @Test
        @DisplayName("2:21 lid 3: beide aangewezen kanalen 2 uur plat aan het eind — 2 uur extra na herstel")
        void outageGrace() {
            // webformulier-bezwaar and mijn-voorbeeld (all channels designated for bezwaar) down from Tue 7 Apr
            // 22:00 to Wed 8 Apr 08:00: within the term 22:00-24:00 = 2 h everything down. Grace runs from the
            // end of the outage, 08:00, for 2 h: until 10:00 (P6).
            TermScenario base = Scenarios.objectionTerm("storing").announcedOn("2026-02-24")
                    .outage(WEBFORMULIER_BEZWAAR, "2026-04-07T22:00", "2026-04-08T08:00")
                    .outage(PORTAAL, "2026-04-07T22:00", "2026-04-08T08:00");
            base.submittedAt("2026-04-08T09:59").expect(SubmissionAssessment.Kind.LATE_EXCUSED).verify().assertHolds();
            base.submittedAt("2026-04-08T10:00").expect(SubmissionAssessment.Kind.LATE_NEEDS_ASSESSMENT).verify()
                    .assertHolds();
            Scenarios.objectionTerm("geen storing").announcedOn("2026-02-24").submittedAt("2026-04-08T09:59")
                    .expect(SubmissionAssessment.Kind.LATE).verify().assertHolds();
        }

        @Test
        @DisplayName("2:23: eerst via een verkeerd kanaal, doorverwezen na 2 dagen — laatste dag do 2026-04-09")
        void wrongChannelExtension() {
            // received Wed 1 Apr, reaction Fri 3 Apr: 2 calendar days (P4). 7 Apr + 2 = Thu 9 Apr; the floor, the
            // first werkdag after 7 Apr, is Wed 8 Apr; the later is Thu 9 Apr, a werkdag.
            Scenarios.objectionTerm("verkeerd kanaal").announcedOn("2026-02-24")
                    .wrongChannelFirst("2026-04-01T10:00", "2026-04-03T09:00", BodyFinding.yes("verwarrende website"))
                    .submittedAt("2026-04-09T20:00").expectLastDay("2026-04-09")
                    .expect(SubmissionAssessment.Kind.TIMELY).verify().assertHolds();
        }
    }

    @Nested
    @DisplayName("Awb 2:10: de kennisgeving binnen 48 uur")
    class Notification {
        // accessible Sat 28 Mar 10:00 CET (+01:00) = 09:00Z; + 172,800 s = Mon 30 Mar 09:00Z = 11:00 CEST, because
        // summer time started on Sunday 29 Mar: the 48 hours end at 11:00, not 10:00, local time.

        @Test
        @DisplayName("over de zomertijdwissel: de 48 uur eindigen ma 11:00 CEST; om 10:59 verzonden is op tijd")
        void met() {
            Scenarios.notification("op tijd").accessibleAt("2026-03-28T10:00").notificationSentAt("2026-03-30T10:59")
                    .askedAt("2026-03-31T09:00").expect(NotificationDuty.Status.MET)
                    .expectDueBy("2026-03-30T11:00+02:00").verify().assertHolds();
        }

        @Test
        @DisplayName("om 12:00 verzonden is te laat (P1); zonder kennisgeving gemist")
        void lateAndMissed() {
            Scenarios.notification("te laat").accessibleAt("2026-03-28T10:00").notificationSentAt("2026-03-30T12:00")
                    .askedAt("2026-03-31T09:00").expect(NotificationDuty.Status.LATE).verify().assertHolds();
            Scenarios.notification("gemist").accessibleAt("2026-03-28T10:00").askedAt("2026-03-31T09:00")
                    .expect(NotificationDuty.Status.MISSED).verify().assertHolds();
        }
    }

    @Nested
    @DisplayName("lokale tijden in Europe/Amsterdam")
    class Local {
        @Test
        @DisplayName("een gewone tijd, en een tijd met offset, worden het juiste moment")
        void ordinary() {
            assertEquals(Instant.parse("2026-04-02T14:45:00Z"), LocalTimes.amsterdam("2026-04-02T16:45"));
            assertEquals(Instant.parse("2026-01-15T08:00:00Z"), LocalTimes.amsterdam("2026-01-15T09:00"));
            assertEquals(Instant.parse("2026-10-25T01:30:00Z"), LocalTimes.amsterdam("2026-10-25T02:30+01:00"));
            assertEquals(Instant.parse("2026-10-25T00:30:00Z"), LocalTimes.amsterdam("2026-10-25T02:30+02:00"));
        }

        @Test
        @DisplayName("2026-03-29 02:30 bestaat niet (de klok springt van 02:00 naar 03:00)")
        void gap() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> LocalTimes.amsterdam("2026-03-29T02:30"));
            assertEquals("localTime", e.field());
            assertEquals("existsInAmsterdam", e.constraint());
            assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("03:00"), e.getMessage());
        }

        @Test
        @DisplayName("2026-10-25 02:30 komt twee keer voor (het uur wordt herhaald)")
        void overlap() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Scenarios.inbound("dubbel").receivedAt("2026-10-25T02:30"));
            assertEquals("unambiguousInAmsterdam", e.constraint());
            assertTrue(e.getMessage().contains("+02:00") && e.getMessage().contains("+01:00"), e.getMessage());
        }

        @Test
        @DisplayName("onzin wordt geweigerd met de naam van het veld")
        void malformed() {
            assertEquals("format", assertThrows(InvalidInputException.class,
                    () -> LocalTimes.amsterdam("2 april 16:45")).constraint());
            assertEquals("day", assertThrows(InvalidInputException.class, () -> LocalTimes.day("7-4-2026")).field());
            assertEquals("localTime", assertThrows(InvalidInputException.class, () -> LocalTimes.amsterdam(null))
                    .field());
        }
    }
}
