package nl.wmebv.rules.outbound;

import static nl.wmebv.rules.outbound.Fixture.ALICE;
import static nl.wmebv.rules.outbound.Fixture.BODY;
import static nl.wmebv.rules.outbound.Fixture.BOB;
import static nl.wmebv.rules.outbound.Fixture.CHANNELS;
import static nl.wmebv.rules.outbound.Fixture.DIGEST;
import static nl.wmebv.rules.outbound.Fixture.MAIL;
import static nl.wmebv.rules.outbound.Fixture.MSG;
import static nl.wmebv.rules.outbound.Fixture.NOTIFY;
import static nl.wmebv.rules.outbound.Fixture.PORTAL;
import static nl.wmebv.rules.outbound.Fixture.POST;
import static nl.wmebv.rules.outbound.Fixture.WDO;
import static nl.wmebv.rules.outbound.Fixture.accessible;
import static nl.wmebv.rules.outbound.Fixture.consent;
import static nl.wmebv.rules.outbound.Fixture.consented;
import static nl.wmebv.rules.outbound.Fixture.failed;
import static nl.wmebv.rules.outbound.Fixture.notified;
import static nl.wmebv.rules.outbound.Fixture.opened;
import static nl.wmebv.rules.outbound.Fixture.placed;
import static nl.wmebv.rules.outbound.Fixture.reached;
import static nl.wmebv.rules.outbound.Fixture.resent;
import static nl.wmebv.rules.outbound.Fixture.t;
import static nl.wmebv.rules.outbound.Fixture.tracker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.ChannelConsent;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.rules.timelimit.NotificationFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 2:8–2:12, 2:19 — de levensloop van een uitgaand bericht")
class OutboundLifecycleTest {

    /** Consent, placed in the portal and accessible Friday 6 March 2026 10:00 CET (09:00Z). */
    private static OutboundLifecycle inPortal() {
        return consented().with(placed("2026-03-06T09:00:00Z", PORTAL)).with(accessible("2026-03-06T09:00:00Z", PORTAL));
    }

    @Nested
    @DisplayName("Awb 2:8 — elektronisch verzenden alleen met uitdrukkelijke toestemming")
    class Consent {
        @Test
        @DisplayName("toestemming vóór de verzending: bekendmaking en bezwaartermijn")
        void withConsent() {
            OutboundStatus s = inPortal().statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(ConsentOutcome.Kind.CONSENT_GIVEN, s.consent().kind());
            assertEquals(OutboundStatus.Kind.SENT, s.kind());
            assertTrue(s.objectionTimeLimit().isPresent());
        }

        @Test
        @DisplayName("zonder toestemming: niet op de voorgeschreven wijze bekendgemaakt, geen bezwaartermijn")
        void withoutConsent() {
            OutboundStatus s = tracker().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(accessible("2026-03-06T09:00:00Z", PORTAL)).statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(ConsentOutcome.Kind.NO_CONSENT, s.consent().kind());
            assertEquals(List.of(PORTAL), s.consent().uncovered());
            assertEquals(List.of(Provision.AWB_2_8.basis(), Provision.AWB_6_8_LID_1.basis()), s.consent().legalBasis());
            assertEquals(OutboundStatus.Kind.SENT_WITHOUT_CONSENT, s.kind());
            assertEquals(Optional.empty(), s.objectionTimeLimit());
            assertTrue(s.consent().explain(Locale.ROOT).contains("niet op de voorgeschreven wijze"));
            // the 2:19 moment is still reported: the law of sending does not depend on consent
            assertEquals(TimeOfSending.Kind.ONDER_B, s.timeOfSending().kind());
        }

        @Test
        @DisplayName("P16 — toestemming gegeven op het moment van plaatsen telt niet (moet ervóór zijn)")
        void consentAtSendingMomentIsTooLate() {
            OutboundLifecycle l = tracker().with(consent("2026-03-06T09:00:00Z", PORTAL))
                    .with(placed("2026-03-06T09:00:00Z", PORTAL)).with(accessible("2026-03-06T09:00:00Z", PORTAL));
            assertEquals(ConsentOutcome.Kind.NO_CONSENT, l.statusAt(t("2026-03-07T00:00:00Z")).consent().kind());
        }

        @Test
        @DisplayName("P16 — intrekking geldt voor later verzonden berichten, niet voor een bericht op dat moment")
        void revocation() {
            OutboundLifecycle l = tracker().with(ChannelConsent.of(ALICE, PORTAL, t("2026-02-01T09:00:00Z"), "ref-1")
                    .withRevokedAt(t("2026-03-06T09:00:00Z")));
            assertEquals(ConsentOutcome.Kind.CONSENT_GIVEN, l.consentFor(PORTAL, t("2026-03-06T09:00:00Z")).kind());
            assertEquals(ConsentOutcome.Kind.NO_CONSENT, l.consentFor(PORTAL, t("2026-03-06T09:00:01Z")).kind());
            assertEquals(ConsentOutcome.Kind.NO_CONSENT, l.consentFor(MAIL, t("2026-03-01T09:00:00Z")).kind());
            assertEquals(ConsentOutcome.Kind.NOT_ELECTRONIC, l.consentFor(POST, t("2026-03-01T09:00:00Z")).kind());
            assertEquals(ConsentOutcome.Kind.NOT_IN_FORCE, l.consentFor(PORTAL, t("2025-12-31T22:59:59Z")).kind());
        }
    }

    @Nested
    @DisplayName("Awb 2:19 — tijdstip van verzending, bekendmaking en bezwaartermijn")
    class TimeOfSendingTests {
        @Test
        @DisplayName("onder b — toegankelijk in het portaal; bekendmaking vrijdag 6 maart, laatste dag 17 april")
        void onderB() {
            OutboundStatus s = inPortal().statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(TimeOfSending.Kind.ONDER_B, s.timeOfSending().kind());
            assertEquals(Optional.of(t("2026-03-06T09:00:00Z")), s.timeOfSending().sentAt());
            assertEquals(Optional.of(LocalDate.of(2026, 3, 6)), s.timeOfSending().announcementDay());
            ObjectionTimeLimit term = s.objectionTimeLimit().orElseThrow();
            // 6 March + 42 days = Friday 17 April 2026 (python date arithmetic); no feestdag (Goede Vrijdag is 3 April)
            assertEquals(LocalDate.of(2026, 4, 17), term.lastDay());
            // 24:00 CEST on 17 April = 2026-04-17T22:00Z (python zoneinfo)
            assertEquals(t("2026-04-17T22:00:00Z"), term.endExclusive());
        }

        @Test
        @DisplayName("onder b — placement alone is not sending: before accessibility nothing is sent")
        void placementIsNotSending() {
            OutboundLifecycle l = consented().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(accessible("2026-03-06T11:00:00Z", PORTAL));
            assertEquals(TimeOfSending.Kind.NOT_YET_SENT, l.statusAt(t("2026-03-06T10:59:59Z")).timeOfSending().kind());
            assertEquals(Optional.of(t("2026-03-06T11:00:00Z")), l.statusAt(t("2026-03-06T11:00:00Z")).timeOfSending().sentAt());
        }

        @Test
        @DisplayName("onder a — e-mail: het bereiken van de provider; geen kennisgevingsplicht, geen 2:22")
        void onderA() {
            OutboundStatus s = consented().with(reached("2026-03-06T09:00:00Z")).statusAt(t("2026-03-09T00:00:00Z"));
            assertEquals(TimeOfSending.Kind.ONDER_A, s.timeOfSending().kind());
            assertEquals(List.of(), s.notificationDuties());
            assertEquals(Optional.of(NotificationFacts.noPlacement(MSG)), s.notificationFacts());
        }

        @Test
        @DisplayName("voorrang — onder b gaat vóór onder a, ook als de e-mail eerder de provider bereikte")
        void onderBBeforeA() {
            OutboundStatus s = inPortal().with(reached("2026-03-06T08:00:00Z")).statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(TimeOfSending.Kind.ONDER_B, s.timeOfSending().kind());
            assertEquals(Optional.of(t("2026-03-06T09:00:00Z")), s.timeOfSending().sentAt());
        }

        @Test
        @DisplayName("onder c — Berichtenbox naast portaal: de toegankelijkheid in de Berichtenbox telt")
        void onderC() {
            OutboundLifecycle l = consented().withAll(List.of(placed("2026-03-10T08:00:00Z", PORTAL),
                    accessible("2026-03-10T08:00:00Z", PORTAL), placed("2026-03-10T09:00:00Z", WDO)));
            // portal accessible, Berichtenbox not yet: onder c decides, so not yet sent
            assertEquals(TimeOfSending.Kind.NOT_YET_SENT, l.statusAt(t("2026-03-10T09:10:00Z")).timeOfSending().kind());
            OutboundStatus s = l.with(accessible("2026-03-10T09:15:00Z", WDO)).statusAt(t("2026-03-10T10:00:00Z"));
            assertEquals(TimeOfSending.Kind.ONDER_C, s.timeOfSending().kind());
            assertEquals(Optional.of(t("2026-03-10T09:15:00Z")), s.timeOfSending().sentAt());
            assertEquals(Provision.AWB_2_19_ONDER_C.basis(), s.timeOfSending().primaryBasis());
            // 10 March + 42 = Tuesday 21 April 2026 (python), no feestdag
            assertEquals(LocalDate.of(2026, 4, 21), s.objectionTimeLimit().orElseThrow().lastDay());
        }

        @Test
        @DisplayName("P13/P23 — 00:30 CET op 1 januari 2026 is de dag 1 januari: nieuw regime")
        void newYearLegalDay() {
            // 2025-12-31T23:30Z = 2026-01-01T00:30+01:00 (python zoneinfo)
            OutboundLifecycle l = tracker().with(consent("2025-12-01T09:00:00Z", PORTAL))
                    .with(placed("2025-12-31T23:30:00Z", PORTAL)).with(accessible("2025-12-31T23:30:00Z", PORTAL));
            OutboundStatus s = l.statusAt(t("2026-01-02T00:00:00Z"));
            assertEquals(OutboundStatus.Kind.SENT, s.kind());
            assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), s.timeOfSending().announcementDay());
            assertEquals(1, s.notificationDuties().size());
        }

        @Test
        @DisplayName("P13 — verzonden op 31 december 2025 23:59:59 CET: oud regime, geen 2:10 en geen 2:22")
        void preWmebv() {
            OutboundLifecycle l = tracker().with(consent("2025-12-01T09:00:00Z", PORTAL))
                    .with(placed("2025-12-31T22:59:59Z", PORTAL)).with(accessible("2025-12-31T22:59:59Z", PORTAL));
            OutboundStatus s = l.statusAt(t("2026-01-05T00:00:00Z"));
            assertEquals(OutboundStatus.Kind.NOT_IN_FORCE, s.kind());
            assertEquals(TimeOfSending.Kind.NOT_IN_FORCE, s.timeOfSending().kind());
            assertEquals(ConsentOutcome.Kind.NOT_IN_FORCE, s.consent().kind());
            assertEquals(List.of(), s.notificationDuties());
            assertEquals(Optional.empty(), s.notificationFacts());
            assertEquals(Optional.empty(), s.objectionTimeLimit());
            assertTrue(s.explain(Locale.ROOT).contains("oud regime"));
        }
    }

    @Nested
    @DisplayName("Awb 2:10 lid 1 — kennisgeving binnen 48 uur")
    class Lid1Notification {

        static Stream<Arguments> windows() {
            return Stream.of(
                    // Friday 6 March 10:00 CET → Sunday 8 March 10:00 CET; weekend, no ATW extension (art. 4 onder a)
                    Arguments.of("2026-03-06T09:00:00Z", "2026-03-08T09:00:00Z", "2026-03-08T10:00:00+01:00"),
                    // spring DST: Friday 27 March 02:30 CET → 29 March 01:30Z = 03:30 CEST (02:30 does not exist
                    // that day); python zoneinfo
                    Arguments.of("2026-03-27T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-29T03:30:00+02:00"),
                    // autumn DST: Friday 23 October 02:30 CEST → 25 October 00:30Z = the first 02:30 (CEST)
                    Arguments.of("2026-10-23T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00"),
                    // autumn DST: Friday 23 October 03:30 CEST → 25 October 01:30Z = the second 02:30 (CET)
                    Arguments.of("2026-10-23T01:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00"),
                    // Thursday before Easter 2 April 16:00 CEST → Saturday 4 April 16:00 CEST; Goede Vrijdag between
                    Arguments.of("2026-04-02T14:00:00Z", "2026-04-04T14:00:00Z", "2026-04-04T16:00:00+02:00"));
        }

        @ParameterizedTest(name = "toegankelijk {0} → uiterlijk vóór {2}")
        @MethodSource("windows")
        @DisplayName("P2 — 172.800 seconden verstreken tijd, weergegeven met UTC-offset")
        void window(String accessibleAt, String dueUtc, String dueRendered) {
            OutboundLifecycle l = consented().with(placed(accessibleAt, PORTAL)).with(accessible(accessibleAt, PORTAL));
            NotificationDuty due = l.statusAt(t(accessibleAt)).notificationDuties().get(0);
            assertEquals(NotificationDuty.Status.DUE, due.status());
            assertEquals(t(dueUtc), due.dueBy());
            assertEquals(dueRendered, due.dueByRendered());
            assertTrue(due.explain(Locale.ROOT).contains(dueRendered));
            Instant lastSecond = t(dueUtc).minusSeconds(1);
            assertEquals(NotificationDuty.Status.DUE, l.statusAt(lastSecond).notificationDuties().get(0).status());
            assertEquals(NotificationDuty.Status.MISSED, l.statusAt(t(dueUtc)).notificationDuties().get(0).status());
            OutboundLifecycle inTime = l.with(new nl.wmebv.core.evidence.NotificationSent(lastSecond, BODY, MSG, ALICE,
                    NOTIFY, DIGEST));
            assertEquals(NotificationDuty.Status.MET, inTime.statusAt(t(dueUtc)).notificationDuties().get(0).status());
            OutboundLifecycle late = l.with(new nl.wmebv.core.evidence.NotificationSent(t(dueUtc), BODY, MSG, ALICE,
                    NOTIFY, DIGEST));
            assertEquals(NotificationDuty.Status.LATE, late.statusAt(t(dueUtc)).notificationDuties().get(0).status());
        }

        @Test
        @DisplayName("P19 — verzonden binnen 48 uur: voldaan, ook als de geadresseerde niets opent")
        void metWhenSent() {
            OutboundStatus s = inPortal().with(notified("2026-03-07T12:00:00Z")).statusAt(t("2026-03-20T00:00:00Z"));
            NotificationDuty d = s.notificationDuties().get(0);
            assertEquals(NotificationDuty.Status.MET, d.status());
            assertEquals(List.of(), s.outstandingNotificationDuties());
            NotificationFacts f = s.notificationFacts().orElseThrow();
            assertEquals(t("2026-03-07T12:00:00Z"), f.notificationSentAt());
            assertFalse(f.notReceived());
        }

        @Test
        @DisplayName("2:22 lid 1 — geen kennisgeving: de ledger krijgt 'niet verzonden' zonder opt-out")
        void missedFacts() {
            OutboundStatus s = inPortal().statusAt(t("2026-03-20T00:00:00Z"));
            assertEquals(NotificationDuty.Status.MISSED, s.notificationDuties().get(0).status());
            assertEquals(List.of(s.notificationDuties().get(0)), s.outstandingNotificationDuties());
            NotificationFacts f = s.notificationFacts().orElseThrow();
            assertEquals(new NotificationFacts(MSG, true, t("2026-03-06T09:00:00Z"), false, null, false), f);
            assertTrue(s.notificationDuties().get(0).legalBasis().contains(Provision.AWB_2_22_LID_1.basis()));
        }

        @Test
        @DisplayName("P1 — te late kennisgeving telt standaard als niet verzonden; instelbaar als 'laat maar geldig'")
        void lateNotification() {
            // The 2:22 facts carry the real moment under either setting; P1 itself is applied once, by the
            // deadline ledger (LedgerPolicies), which reads the lateness from the facts.
            OutboundLifecycle l = inPortal().with(notified("2026-03-08T09:00:00Z"));
            var facts = l.statusAt(t("2026-03-20T00:00:00Z")).notificationFacts().orElseThrow();
            assertEquals(t("2026-03-08T09:00:00Z"), facts.notificationSentAt());
            assertTrue(facts.sentLate());
            OutboundLifecycle valid = l.withPolicies(OutboundPolicies.defaults()
                    .withLateNotification(LateNotificationPolicy.LATE_BUT_VALID));
            assertEquals(facts, valid.statusAt(t("2026-03-20T00:00:00Z")).notificationFacts().orElseThrow());
        }

        @Test
        @DisplayName("opt-out — geen kennisgeving verschuldigd en geen bescherming van 2:22 lid 1")
        void optOut() {
            OutboundStatus s = inPortal().with(new NotificationOptOut(t("2026-02-15T09:00:00Z"), ALICE))
                    .statusAt(t("2026-03-20T00:00:00Z"));
            assertEquals(NotificationDuty.Status.OPTED_OUT, s.notificationDuties().get(0).status());
            assertTrue(s.notificationFacts().orElseThrow().optedOut());
            assertEquals(List.of(), s.outstandingNotificationDuties());
        }
    }

    @Nested
    @DisplayName("Awb 2:10 lid 2 — inhoud van de kennisgeving (P17)")
    class Lid2Notification {
        @Test
        @DisplayName("alleen vanaf 2027-01-01 en alleen met de schakelaar aan")
        void contentCheck() {
            OutboundLifecycle y2027 = consented().with(placed("2027-01-04T09:00:00Z", PORTAL))
                    .with(accessible("2027-01-04T09:00:00Z", PORTAL));
            assertFalse(y2027.statusAt(t("2027-01-05T00:00:00Z")).notificationDuties().get(0).contentCheck());
            OutboundPolicies on = OutboundPolicies.defaults().withContentCheck(true);
            assertTrue(y2027.withPolicies(on).statusAt(t("2027-01-05T00:00:00Z")).notificationDuties().get(0)
                    .contentCheck());
            assertFalse(inPortal().withPolicies(on).statusAt(t("2026-03-07T00:00:00Z")).notificationDuties().get(0)
                    .contentCheck());
        }
    }

    @Nested
    @DisplayName("Awb 2:10 lid 3 — Berichtenbox naast een andere voorziening")
    class Lid3Notification {
        private OutboundLifecycle both() {
            return consented().withAll(List.of(placed("2026-03-10T08:00:00Z", PORTAL),
                    accessible("2026-03-10T08:00:00Z", PORTAL), placed("2026-03-10T09:00:00Z", WDO),
                    accessible("2026-03-10T09:15:00Z", WDO)));
        }

        @Test
        @DisplayName("P20 — de 48 uur lopen vanaf de toegankelijkheid in de Berichtenbox; portaal gedekt")
        void fromWdo() {
            OutboundStatus s = both().statusAt(t("2026-03-10T10:00:00Z"));
            assertEquals(2, s.notificationDuties().size());
            NotificationDuty portal = s.notificationDuties().get(0);
            NotificationDuty wdo = s.notificationDuties().get(1);
            assertEquals(NotificationDuty.Status.COVERED_BY_LID_3, portal.status());
            assertEquals(Provision.AWB_2_10_LID_3.basis(), portal.primaryBasis());
            assertEquals(WDO, wdo.channel());
            // 09:15Z + 48 h = 2026-03-12T09:15Z = 10:15 CET (python zoneinfo)
            assertEquals("2026-03-12T10:15:00+01:00", wdo.dueByRendered());
            assertEquals(List.of(wdo), s.outstandingNotificationDuties());
        }

        @Test
        @DisplayName("kennisgeving 08:15Z op 12 maart: binnen 48 uur vanaf de Berichtenbox, niet vanaf het portaal")
        void measuredFromWdo() {
            // 48 h from the portal (08:00Z) would end 2026-03-12T08:00Z; from the Berichtenbox 09:15Z
            OutboundStatus s = both().with(notified("2026-03-12T08:15:00Z")).statusAt(t("2026-03-13T00:00:00Z"));
            assertEquals(NotificationDuty.Status.MET, s.notificationDuties().get(1).status());
            assertEquals(t("2026-03-12T08:15:00Z"), s.notificationFacts().orElseThrow().notificationSentAt());
        }
    }

    @Nested
    @DisplayName("Awb 2:11 lid 1 en 3 — bericht niet bezorgd: nogmaals of op andere wijze")
    class Lid1Resend {
        /** E-mail reaches the provider Friday 1 May 2026 12:00 CEST, bounces 12:05 CEST. */
        private OutboundLifecycle bounced() {
            return consented().with(reached("2026-05-01T10:00:00Z"))
                    .with(failed("2026-05-01T10:05:00Z", DeliveryItem.MESSAGE, MAIL));
        }

        @Test
        @DisplayName("P12 — na een bounce ná het bereiken van de provider is het bericht niet verzonden")
        void bounceUndoesSending() {
            OutboundStatus s = bounced().statusAt(t("2026-05-01T12:00:00Z"));
            assertEquals(TimeOfSending.Kind.NOT_YET_SENT, s.timeOfSending().kind());
            ResendDuty d = s.outstandingResendDuties().get(0);
            assertEquals(ResendDuty.Status.OUTSTANDING, d.status());
            // P22: one werkdag after Friday 1 May is Monday 4 May (5 May is Tuesday); 24:00 CEST = 22:00Z
            assertEquals(Optional.of(t("2026-05-04T22:00:00Z")), d.serviceLevelDueBy());
            assertEquals(ResendDuty.Status.OUTSTANDING_LATE,
                    bounced().statusAt(t("2026-05-04T22:00:00Z")).resendDuties().get(0).status());
        }

        @Test
        @DisplayName("lid 3 — per post opnieuw verzonden op maandag 4 mei: dat is het tijdstip van verzending")
        void resentByPost() {
            OutboundStatus s = bounced().with(resent("2026-05-04T12:00:00Z", DeliveryItem.MESSAGE, POST))
                    .statusAt(t("2026-05-05T00:00:00Z"));
            assertEquals(TimeOfSending.Kind.RESENT, s.timeOfSending().kind());
            assertEquals(Provision.AWB_2_11_LID_3.basis(), s.timeOfSending().primaryBasis());
            assertEquals(Optional.of(LocalDate.of(2026, 5, 4)), s.timeOfSending().announcementDay());
            // 4 May + 42 = Monday 15 June 2026 (python), no feestdag
            assertEquals(LocalDate.of(2026, 6, 15), s.objectionTimeLimit().orElseThrow().lastDay());
            assertEquals(ResendDuty.Status.FULFILLED, s.resendDuties().get(0).status());
            assertEquals(Optional.of(NotificationFacts.noPlacement(MSG)), s.notificationFacts());
        }

        @Test
        @DisplayName("P12 — de laatste geslaagde herverzending telt; een mislukte herverzending niet")
        void lastSuccessfulResend() {
            OutboundStatus s = bounced().with(resent("2026-05-02T10:00:00Z", DeliveryItem.MESSAGE, MAIL))
                    .with(failed("2026-05-02T10:01:00Z", DeliveryItem.MESSAGE, MAIL))
                    .with(resent("2026-05-04T12:00:00Z", DeliveryItem.MESSAGE, POST))
                    .statusAt(t("2026-05-06T00:00:00Z"));
            assertEquals(Optional.of(t("2026-05-04T12:00:00Z")), s.timeOfSending().sentAt());
            assertEquals(2, s.resendDuties().size());
            assertTrue(s.resendDuties().stream().allMatch(d -> d.status() == ResendDuty.Status.FULFILLED));
        }

        @Test
        @DisplayName("P12 — herplaatsing in het portaal is een nieuwe plaatsing met een eigen kennisgevingsplicht")
        void replacement() {
            OutboundStatus s = consented().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(failed("2026-03-06T09:01:00Z", DeliveryItem.MESSAGE, PORTAL))
                    .with(placed("2026-03-09T09:00:00Z", PORTAL)).with(accessible("2026-03-09T09:00:00Z", PORTAL))
                    .statusAt(t("2026-03-09T10:00:00Z"));
            assertEquals(TimeOfSending.Kind.RESENT, s.timeOfSending().kind());
            assertEquals(Optional.of(t("2026-03-09T09:00:00Z")), s.timeOfSending().sentAt());
            assertEquals(1, s.notificationDuties().size());
            assertEquals(t("2026-03-11T09:00:00Z"), s.notificationDuties().get(0).dueBy());
        }

        @Test
        @DisplayName("geen plicht als het bericht via een ander kanaal wel is bezorgd")
        void deliveredElsewhere() {
            OutboundStatus s = inPortal().with(reached("2026-03-06T09:30:00Z"))
                    .with(failed("2026-03-06T09:35:00Z", DeliveryItem.MESSAGE, MAIL)).statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(List.of(), s.resendDuties());
            assertEquals(TimeOfSending.Kind.ONDER_B, s.timeOfSending().kind());
        }
    }

    @Nested
    @DisplayName("Awb 2:11 lid 2 — kennisgeving niet bezorgd")
    class Lid2Resend {
        @Test
        @DisplayName("de bounce verschuift het tijdstip van verzending niet; plicht tot nogmaals of andere weg")
        void bounceDoesNotMoveSending() {
            OutboundLifecycle l = inPortal().with(notified("2026-03-06T09:05:00Z"))
                    .with(failed("2026-03-06T09:10:00Z", DeliveryItem.NOTIFICATION, NOTIFY));
            OutboundStatus s = l.statusAt(t("2026-03-06T12:00:00Z"));
            assertEquals(Optional.of(t("2026-03-06T09:00:00Z")), s.timeOfSending().sentAt());
            assertEquals(NotificationDuty.Status.MET, s.notificationDuties().get(0).status());
            assertTrue(s.notificationDuties().get(0).notReceived());
            assertTrue(s.notificationFacts().orElseThrow().notReceived());
            ResendDuty d = s.outstandingResendDuties().get(0);
            assertEquals(DeliveryItem.NOTIFICATION, d.item());
            assertEquals(Provision.AWB_2_11_LID_2.basis(), d.primaryBasis());
            OutboundStatus after = l.with(resent("2026-03-06T15:00:00Z", DeliveryItem.NOTIFICATION, POST))
                    .statusAt(t("2026-03-07T00:00:00Z"));
            assertEquals(List.of(), after.outstandingResendDuties());
            assertFalse(after.notificationFacts().orElseThrow().notReceived());
            assertEquals(s.timeOfSending().sentAt(), after.timeOfSending().sentAt());
        }
    }

    @Nested
    @DisplayName("Awb 2:12 — wijzigen of intrekken door een nieuw bericht")
    class Amendments {
        @Test
        @DisplayName("het origineel blijft ongewijzigd; de wijziging heeft een eigen verzending en kennisgeving")
        void amendment() {
            MessageId newId = MessageId.of("besluit-1-wijziging");
            OutboundStatus original = inPortal().with(notified("2026-03-06T10:00:00Z"))
                    .with(new AmendmentSent(t("2026-03-20T09:00:00Z"), MSG, ALICE, newId, AmendmentKind.CHANGE))
                    .statusAt(t("2026-03-21T00:00:00Z"));
            assertEquals(Optional.of(t("2026-03-06T09:00:00Z")), original.timeOfSending().sentAt());
            assertEquals(List.of(new Amendment(newId, AmendmentKind.CHANGE, t("2026-03-20T09:00:00Z"))),
                    original.amendments());
            assertTrue(original.legalBasis().contains(Provision.AWB_2_12.basis()));

            OutboundMessage amending = Fixture.message(newId).withAmends(MSG);
            OutboundLifecycle l = OutboundLifecycle.start(amending, ALICE, CHANNELS, Set.of(POST))
                    .with(consent("2026-02-01T09:00:00Z", PORTAL))
                    .with(new nl.wmebv.core.evidence.PlacedInMessageBox(t("2026-03-20T09:00:00Z"), BODY, newId, ALICE,
                            PORTAL, DIGEST))
                    .with(new nl.wmebv.core.evidence.BecameAccessible(t("2026-03-20T09:00:00Z"), BODY, newId, ALICE,
                            PORTAL, nl.wmebv.core.evidence.MessageBoxKind.MESSAGE_BOX));
            OutboundStatus s = l.statusAt(t("2026-03-21T00:00:00Z"));
            assertEquals(Optional.of(MSG), s.amends());
            assertEquals(Optional.of(LocalDate.of(2026, 3, 20)), s.timeOfSending().announcementDay());
            assertEquals(NotificationDuty.Status.DUE, s.notificationDuties().get(0).status());
            assertEquals(2, s.evidence().size());
            assertTrue(s.explain(Locale.ROOT).contains("2:12"));
        }
    }

    @Nested
    @DisplayName("Awb 2:22 en 6:9 — was het bezwaar te laat? (van begin tot eind)")
    class EndToEnd {
        @Test
        @DisplayName("geen kennisgeving, bezwaar een dag na de termijn: laat volgens 6:9, feiten voor 2:22 lid 1")
        void lateObjectionWithoutNotification() {
            OutboundStatus s = inPortal().statusAt(t("2026-04-18T22:00:00Z"));
            ObjectionTimeLimit term = s.objectionTimeLimit().orElseThrow();
            assertEquals(nl.wmebv.core.time.SubmissionTimeliness.Kind.LATE,
                    term.timelinessOfReceipt(t("2026-04-18T09:00:00Z")).kind());
            NotificationFacts f = s.notificationFacts().orElseThrow();
            assertTrue(f.placedInAccessSystem());
            assertFalse(f.optedOut());
            assertTrue(f.sentAt().isEmpty());
            assertEquals(Optional.of(t("2026-03-08T09:00:00Z")), f.notificationDueBy());
        }
    }

    @Nested
    @DisplayName("Awb 2:25 — bewijsgegevens")
    class Evidence {
        @Test
        @DisplayName("de status geeft de bewijsgebeurtenissen op volgorde van hun eigen tijdstip")
        void evidence() {
            OutboundStatus s = inPortal().with(opened("2026-03-07T08:00:00Z", PORTAL)).with(notified("2026-03-06T10:00:00Z"))
                    .statusAt(t("2026-03-08T00:00:00Z"));
            assertEquals(List.of(placed("2026-03-06T09:00:00Z", PORTAL), accessible("2026-03-06T09:00:00Z", PORTAL),
                    notified("2026-03-06T10:00:00Z"), opened("2026-03-07T08:00:00Z", PORTAL)), s.evidence());
            assertTrue(s.legalBasis().contains(Provision.AWB_2_25.basis()));
            assertFalse(s.explain(Locale.ENGLISH).isBlank());
            assertFalse(s.trace().render().isBlank());
        }
    }

    @Nested
    @DisplayName("onjuiste invoer — InvalidInputException met het veld; de tracker blijft ongewijzigd")
    class BadInput {
        private void rejects(String field, Runnable call) {
            InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
            assertEquals(field, e.field());
        }

        @Test
        @DisplayName("gebeurtenis voor een ander bericht, een andere geadresseerde of een ander orgaan")
        void otherMessage() {
            OutboundLifecycle l = consented();
            rejects("messageId", () -> l.with(new nl.wmebv.core.evidence.PlacedInMessageBox(t("2026-03-06T09:00:00Z"),
                    BODY, MessageId.of("ander"), ALICE, PORTAL, DIGEST)));
            rejects("addressee", () -> l.with(new nl.wmebv.core.evidence.PlacedInMessageBox(t("2026-03-06T09:00:00Z"),
                    BODY, MSG, BOB, PORTAL, DIGEST)));
            rejects("body", () -> l.with(new nl.wmebv.core.evidence.PlacedInMessageBox(t("2026-03-06T09:00:00Z"),
                    nl.wmebv.core.message.BodyId.of("ander-orgaan"), MSG, ALICE, PORTAL, DIGEST)));
            rejects("messageId", () -> l.with(new AmendmentSent(t("2026-03-06T09:00:00Z"), MessageId.of("x"), ALICE,
                    MessageId.of("y"), AmendmentKind.WITHDRAWAL)));
            rejects("addressee", () -> l.with(new NotificationOptOut(t("2026-03-06T09:00:00Z"), BOB)));
            assertEquals(consented(), l);
        }

        @Test
        @DisplayName("toegankelijk vóór geplaatst")
        void accessibleBeforePlaced() {
            OutboundLifecycle l = consented().with(placed("2026-03-06T09:00:00Z", PORTAL));
            rejects("occurredAt", () -> l.with(accessible("2026-03-06T08:59:59Z", PORTAL)));
            rejects("occurredAt", () -> consented().with(accessible("2026-03-06T09:00:00Z", PORTAL)));
            assertEquals(1 + 3, l.events().size());
        }

        @Test
        @DisplayName("herverzending vóór mislukking")
        void resendBeforeFailure() {
            OutboundLifecycle l = consented().with(reached("2026-05-01T10:00:00Z"));
            rejects("occurredAt", () -> l.with(resent("2026-05-01T11:00:00Z", DeliveryItem.MESSAGE, POST)));
            OutboundLifecycle f = l.with(failed("2026-05-01T12:00:00Z", DeliveryItem.MESSAGE, MAIL));
            rejects("occurredAt", () -> f.with(resent("2026-05-01T11:00:00Z", DeliveryItem.MESSAGE, POST)));
            rejects("occurredAt", () -> l.with(resent("2026-05-01T13:00:00Z", DeliveryItem.NOTIFICATION, POST)));
            rejects("occurredAt", () -> l.with(failed("2026-05-01T13:00:00Z", DeliveryItem.NOTIFICATION, NOTIFY)));
        }

        @Test
        @DisplayName("kanalen: onbekend, geen systeem met toegang, Wdo-soort zonder Wdo-kanaal")
        void channels() {
            OutboundLifecycle l = consented();
            rejects("channel", () -> l.with(placed("2026-03-06T09:00:00Z", MAIL)));
            rejects("channel", () -> l.with(placed("2026-03-06T09:00:00Z", nl.wmebv.core.channel.ChannelId.of("x"))));
            rejects("channel", () -> l.with(new ReachedAddresseeSystem(t("2026-03-06T09:00:00Z"), MSG, ALICE, PORTAL)));
            rejects("channel", () -> l.with(consent("2026-03-06T09:00:00Z", POST)));
            OutboundLifecycle p = l.with(placed("2026-03-06T09:00:00Z", PORTAL));
            rejects("messageBox", () -> p.with(new nl.wmebv.core.evidence.BecameAccessible(t("2026-03-06T09:00:00Z"),
                    BODY, MSG, ALICE, PORTAL, nl.wmebv.core.evidence.MessageBoxKind.WDO_MESSAGE_BOX)));
            rejects("occurredAt", () -> l.with(new ConsentRevoked(t("2026-01-01T09:00:00Z"), ALICE, PORTAL)));
            rejects("occurredAt", () -> p.with(opened("2026-03-06T09:30:00Z", PORTAL)));
        }

        @Test
        @DisplayName("geen uitgaande gebeurtenis, null-waarden en de fabrieksmethode")
        void factories() {
            OutboundLifecycle l = consented();
            rejects("event", () -> l.with(new MessageReceived(t("2026-03-06T09:00:00Z"), BODY, MSG, ALICE, MAIL, Optional.empty(),
                    DIGEST)));
            rejects("events[0]", () -> l.withAll(List.of("geen gebeurtenis")));
            rejects("event", () -> l.with((OutboundEvent) null));
            rejects("asOf", () -> l.statusAt(null));
            rejects("addressee", () -> OutboundLifecycle.start(Fixture.message(MSG), PartyId.of("carol"), CHANNELS,
                    Set.of()));
            rejects("otherWays", () -> OutboundLifecycle.start(Fixture.message(MSG), ALICE, CHANNELS, Set.of(MAIL)));
            rejects("electronicChannels[3]", () -> OutboundLifecycle.start(Fixture.message(MSG), ALICE,
                    List.of(CHANNELS.get(0), CHANNELS.get(1), CHANNELS.get(2), CHANNELS.get(0)), Set.of()));
            rejects("message", () -> OutboundLifecycle.start(null, ALICE, CHANNELS, Set.of()));
            rejects("amendment", () -> new AmendmentSent(t("2026-03-06T09:00:00Z"), MSG, ALICE, MSG,
                    AmendmentKind.CHANGE));
            rejects("evidenceReference", () -> new ConsentGiven(t("2026-03-06T09:00:00Z"), ALICE, PORTAL, " "));
            rejects("resendWorkingDays", () -> OutboundPolicies.defaults().withResendWorkingDays(31));
            rejects("channel", () -> l.consentFor(nl.wmebv.core.channel.ChannelId.of("onbekend"), t("2026-03-06T09:00:00Z")));
        }

        @Test
        @DisplayName("dezelfde gebeurtenis twee keer: geen verandering")
        void duplicate() {
            OutboundLifecycle l = inPortal();
            assertSame(l, l.with(placed("2026-03-06T09:00:00Z", PORTAL)));
        }
    }
}
