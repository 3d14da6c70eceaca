package nl.wmebv.rules.outbound;

import static nl.wmebv.rules.outbound.Fixture.ALICE;
import static nl.wmebv.rules.outbound.Fixture.BOB;
import static nl.wmebv.rules.outbound.Fixture.BODY;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.AccessKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.time.AtwCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Uitgaand bericht — rechtsgrond, spoor, volgorde, invoercontrole en waarden")
class OutboundContractTest {

    /** Consent, placed in the portal and accessible Friday 6 March 2026 10:00 CET (09:00Z). */
    private static OutboundLifecycle inPortal() {
        return consented().with(placed("2026-03-06T09:00:00Z", PORTAL)).with(accessible("2026-03-06T09:00:00Z", PORTAL));
    }

    private static void rejects(String field, Runnable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
        assertEquals(field, e.field());
    }

    private static List<String> findings(OutboundStatus s) {
        return s.trace().flatten().map(Step::finding).toList();
    }

    @Nested
    @DisplayName("invoercontrole per soort gebeurtenis")
    class Validation {
        @Test
        @DisplayName("elke gebeurtenis moet over de geadresseerde van de tracker gaan")
        void addressee() {
            OutboundLifecycle p = consented().with(placed("2026-03-06T09:00:00Z", PORTAL));
            rejects("addressee", () -> p.with(new BecameAccessible(t("2026-03-06T09:00:00Z"), BODY, MSG, BOB, PORTAL,
                    MessageBoxKind.MESSAGE_BOX)));
            OutboundLifecycle a = p.with(accessible("2026-03-06T09:00:00Z", PORTAL));
            rejects("addressee", () -> a.with(new NotificationSent(t("2026-03-06T09:05:00Z"), BODY, MSG, BOB, NOTIFY,
                    DIGEST)));
            rejects("addressee", () -> a.with(new DeliveryFailed(t("2026-03-06T09:05:00Z"), BODY, MSG, BOB,
                    DeliveryItem.MESSAGE, FailureKind.HARD, PORTAL)));
            OutboundLifecycle f = a.with(failed("2026-03-06T09:05:00Z", DeliveryItem.MESSAGE, PORTAL));
            rejects("addressee", () -> f.with(new Resent(t("2026-03-06T09:10:00Z"), BODY, MSG, BOB,
                    DeliveryItem.MESSAGE, POST, DIGEST)));
            rejects("addressee", () -> a.with(new AddresseeAccessed(t("2026-03-06T09:10:00Z"), BODY, MSG, BOB,
                    AccessKind.OPENED, PORTAL)));
        }

        @Test
        @DisplayName("kanalen: toegankelijk alleen in een systeem met toegang; bericht alleen via bekende wegen")
        void channels() {
            OutboundLifecycle l = consented();
            rejects("channel", () -> l.with(new BecameAccessible(t("2026-03-06T09:00:00Z"), BODY, MSG, ALICE, MAIL,
                    MessageBoxKind.MESSAGE_BOX)));
            rejects("channel", () -> l.with(failed("2026-03-06T09:05:00Z", DeliveryItem.MESSAGE, ChannelId.of("fax"))));
            OutboundLifecycle f = l.with(reached("2026-05-01T10:00:00Z"))
                    .with(failed("2026-05-01T10:05:00Z", DeliveryItem.MESSAGE, MAIL));
            rejects("channel", () -> f.with(resent("2026-05-01T11:00:00Z", DeliveryItem.MESSAGE, ChannelId.of("fax"))));
            rejects("channel", () -> l.with(new ConsentRevoked(t("2026-03-06T09:00:00Z"), ALICE, POST)));
            rejects("channel", () -> l.with(new ReachedAddresseeSystem(t("2026-03-06T09:00:00Z"), MSG, ALICE, POST)));
        }

        @Test
        @DisplayName("2:11 lid 2 — een kennisgeving mag langs een andere weg opnieuw; vóór de mislukking niet")
        void notificationResend() {
            OutboundLifecycle l = inPortal().with(notified("2026-03-06T09:05:00Z"))
                    .with(failed("2026-03-06T09:10:00Z", DeliveryItem.NOTIFICATION, NOTIFY));
            OutboundLifecycle sms = l.with(resent("2026-03-06T10:00:00Z", DeliveryItem.NOTIFICATION, ChannelId.of("sms")));
            assertEquals(ResendDuty.Status.FULFILLED, sms.statusAt(t("2026-03-06T11:00:00Z")).resendDuties().get(0)
                    .status());
            var e = assertThrows(InvalidInputException.class, () -> inPortal().with(notified("2026-03-06T09:05:00Z"))
                    .with(resent("2026-03-06T09:06:00Z", DeliveryItem.NOTIFICATION, POST)));
            assertEquals("occurredAt", e.field());
            assertEquals(Optional.of(Provision.AWB_2_11_LID_2.basis()), e.legalBasis());
            var m = assertThrows(InvalidInputException.class, () -> consented().with(reached("2026-05-01T10:00:00Z"))
                    .with(resent("2026-05-01T11:00:00Z", DeliveryItem.MESSAGE, POST)));
            assertEquals(Optional.of(Provision.AWB_2_11_LID_1.basis()), m.legalBasis());
        }
    }

    @Nested
    @DisplayName("gelijktijdige gebeurtenissen in vaste volgorde van soort")
    class Order {
        @Test
        @DisplayName("toestemming, intrekking, afmelding, mislukking, herverzending, plaatsing, toegang, bereiken, kennisgeving, openen, wijziging")
        void kinds() {
            Instant at = t("2026-03-06T09:00:00Z");
            ConsentGiven given = new ConsentGiven(at, ALICE, PORTAL, "toestemming-2");
            ConsentRevoked revoked = new ConsentRevoked(at, ALICE, MAIL);
            NotificationOptOut optOut = new NotificationOptOut(at, ALICE);
            DeliveryFailed failure = new DeliveryFailed(at, BODY, MSG, ALICE, DeliveryItem.MESSAGE, FailureKind.HARD,
                    MAIL);
            Resent resend = new Resent(at, BODY, MSG, ALICE, DeliveryItem.MESSAGE, POST, DIGEST);
            PlacedInMessageBox placement = new PlacedInMessageBox(at, BODY, MSG, ALICE, PORTAL, DIGEST);
            BecameAccessible access = new BecameAccessible(at, BODY, MSG, ALICE, PORTAL, MessageBoxKind.MESSAGE_BOX);
            ReachedAddresseeSystem reach = new ReachedAddresseeSystem(at, MSG, ALICE, MAIL);
            NotificationSent notification = new NotificationSent(at, BODY, MSG, ALICE, NOTIFY, DIGEST);
            AddresseeAccessed open = new AddresseeAccessed(at, BODY, MSG, ALICE, AccessKind.OPENED, PORTAL);
            AmendmentSent amendment = new AmendmentSent(at, MSG, ALICE, nl.wmebv.core.message.MessageId.of("w-1"),
                    AmendmentKind.CHANGE);
            List<Record> expected = List.of(given, revoked, optOut, failure, resend, placement, access, reach,
                    notification, open, amendment);
            List<Object> batch = List.of(amendment, open, notification, reach, access, placement, resend, failure,
                    optOut, revoked, given);
            OutboundLifecycle l = consented().withAll(batch);
            assertEquals(expected, l.events().stream().filter(r -> OutboundLifecycle.instantOf(r).equals(at)).toList());
        }
    }

    @Nested
    @DisplayName("rechtsgrond en spoor van de status")
    class Basis {
        @Test
        @DisplayName("verzonden met toestemming: 3:41, 6:7 en 6:8 (bezwaartermijn); zonder toestemming: 6:8 lid 1")
        void objection() {
            OutboundStatus sent = inPortal().statusAt(t("2026-03-07T00:00:00Z"));
            assertTrue(sent.legalBasis().containsAll(List.of(Provision.AWB_3_41_LID_1.basis(), Provision.AWB_6_7.basis(),
                    Provision.AWB_6_8_LID_1.basis())), sent.legalBasis().toString());
            assertTrue(sent.explain(Locale.ROOT).contains("de bezwaartermijn begint de dag erna en eindigt met 2026-04-17"),
                    sent.explain(Locale.ROOT));
            OutboundStatus without = tracker().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(accessible("2026-03-06T09:00:00Z", PORTAL)).statusAt(t("2026-03-07T00:00:00Z"));
            assertTrue(without.legalBasis().contains(Provision.AWB_6_8_LID_1.basis()));
            assertFalse(without.legalBasis().contains(Provision.AWB_3_41_LID_1.basis()));
            assertFalse(without.explain(Locale.ROOT).contains("begint de dag erna en eindigt met"));
            OutboundStatus notYet = consented().statusAt(t("2026-03-07T00:00:00Z"));
            assertFalse(notYet.legalBasis().contains(Provision.AWB_6_8_LID_1.basis()), notYet.legalBasis().toString());
        }

        @Test
        @DisplayName("een herverzendplicht noemt 2:11 lid 1 in de status")
        void resendBasis() {
            OutboundStatus s = consented().with(reached("2026-05-01T10:00:00Z"))
                    .with(failed("2026-05-01T10:05:00Z", DeliveryItem.MESSAGE, MAIL)).statusAt(t("2026-05-01T12:00:00Z"));
            assertTrue(s.legalBasis().contains(Provision.AWB_2_11_LID_1.basis()), s.legalBasis().toString());
            assertFalse(inPortal().statusAt(t("2026-03-07T00:00:00Z")).legalBasis()
                    .contains(Provision.AWB_2_11_LID_1.basis()));
        }

        @Test
        @DisplayName("het spoor noemt de toestemming per kanaal, de kennisgevingsplicht en het gewijzigde bericht")
        void trace() {
            OutboundStatus s = inPortal().with(notified("2026-03-06T10:00:00Z")).statusAt(t("2026-03-07T00:00:00Z"));
            assertTrue(findings(s).containsAll(List.of("consent.covered", "notification.MET")), findings(s).toString());
            assertFalse(findings(s).contains("consent.missing"));
            OutboundStatus without = tracker().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(accessible("2026-03-06T09:00:00Z", PORTAL)).statusAt(t("2026-03-07T00:00:00Z"));
            assertTrue(findings(without).contains("consent.missing"), findings(without).toString());
            assertFalse(findings(without).contains("consent.covered"));
            nl.wmebv.core.message.OutboundMessage amending = Fixture.message(nl.wmebv.core.message.MessageId.of("besluit-1-wijziging"))
                    .withAmends(MSG);
            OutboundStatus a = OutboundLifecycle.start(amending, ALICE, Fixture.CHANNELS, Set.of(POST))
                    .statusAt(t("2026-03-07T00:00:00Z"));
            assertTrue(findings(a).contains("outbound.amends"), findings(a).toString());
        }

        @Test
        @DisplayName("herplaatsing in het portaal: 2:11 lid 3 en 2:19 onder b")
        void resentInPortal() {
            OutboundStatus s = consented().with(placed("2026-03-06T09:00:00Z", PORTAL))
                    .with(failed("2026-03-06T09:01:00Z", DeliveryItem.MESSAGE, PORTAL))
                    .with(placed("2026-03-09T09:00:00Z", PORTAL)).with(accessible("2026-03-09T09:00:00Z", PORTAL))
                    .statusAt(t("2026-03-09T10:00:00Z"));
            assertEquals(List.of(Provision.AWB_2_11_LID_3.basis(), Provision.AWB_2_19_ONDER_B.basis()),
                    s.timeOfSending().legalBasis());
        }
    }

    @Nested
    @DisplayName("Awb 2:10 — rechtsgrond van de kennisgevingsplicht")
    class NotificationBasis {
        @Test
        @DisplayName("te laat of niet verzonden: 2:22 lid 1; op tijd: niet")
        void lid1() {
            // Accessible 2026-03-06T09:00Z; due 48 h later, 2026-03-08T09:00Z.
            NotificationDuty late = inPortal().with(notified("2026-03-08T09:00:00Z")).statusAt(t("2026-03-20T00:00:00Z"))
                    .notificationDuties().get(0);
            assertEquals(NotificationDuty.Status.LATE, late.status());
            assertTrue(late.legalBasis().contains(Provision.AWB_2_22_LID_1.basis()));
            assertTrue(late.trace().flatten().anyMatch(st -> st.facts().containsKey("lateNotification")));
            NotificationDuty met = inPortal().with(notified("2026-03-08T08:59:59Z")).statusAt(t("2026-03-20T00:00:00Z"))
                    .notificationDuties().get(0);
            assertEquals(NotificationDuty.Status.MET, met.status());
            assertEquals(List.of(Provision.AWB_2_10_LID_1.basis()), met.legalBasis());
            assertFalse(met.trace().flatten().anyMatch(st -> st.facts().containsKey("lateNotification")));
        }

        @Test
        @DisplayName("niet bezorgd: 2:11 lid 2 en 2:22 lid 2, met de zin daarover in de uitleg")
        void notReceived() {
            NotificationDuty d = inPortal().with(notified("2026-03-06T09:05:00Z"))
                    .with(failed("2026-03-06T09:10:00Z", DeliveryItem.NOTIFICATION, NOTIFY))
                    .statusAt(t("2026-03-06T12:00:00Z")).notificationDuties().get(0);
            assertTrue(d.legalBasis().containsAll(List.of(Provision.AWB_2_11_LID_2.basis(),
                    Provision.AWB_2_22_LID_2.basis())), d.legalBasis().toString());
            assertTrue(d.explain(Locale.ROOT).contains("kon niet worden bezorgd"), d.explain(Locale.ROOT));
            NotificationDuty ok = inPortal().with(notified("2026-03-06T09:05:00Z")).statusAt(t("2026-03-06T12:00:00Z"))
                    .notificationDuties().get(0);
            assertFalse(ok.legalBasis().contains(Provision.AWB_2_22_LID_2.basis()));
            assertFalse(ok.explain(Locale.ROOT).contains("kon niet worden bezorgd"), ok.explain(Locale.ROOT));
            assertFalse(ok.explain(Locale.ROOT).contains("2:10, tweede lid"), ok.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("lid 2 vanaf 2027 met de schakelaar aan: 2:10 lid 2 in de grond en de uitleg")
        void lid2() {
            NotificationDuty d = consented().with(placed("2027-01-04T09:00:00Z", PORTAL))
                    .with(accessible("2027-01-04T09:00:00Z", PORTAL))
                    .withPolicies(OutboundPolicies.defaults().withContentCheck(true))
                    .statusAt(t("2027-01-05T00:00:00Z")).notificationDuties().get(0);
            assertTrue(d.legalBasis().contains(Provision.AWB_2_10_LID_2.basis()), d.legalBasis().toString());
            assertTrue(d.explain(Locale.ROOT).contains("2:10, tweede lid"), d.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("lid 3 — de plicht vanuit de Berichtenbox noemt ook lid 3; plichten op volgorde van toegang")
        void lid3() {
            // Portal placed first but accessible last: the duties follow the moment of accessibility.
            OutboundStatus s = consented().withAll(List.of(placed("2026-03-10T08:00:00Z", PORTAL),
                    placed("2026-03-10T08:30:00Z", WDO), accessible("2026-03-10T08:45:00Z", WDO),
                    accessible("2026-03-10T09:00:00Z", PORTAL))).statusAt(t("2026-03-10T10:00:00Z"));
            assertEquals(List.of(WDO, PORTAL), s.notificationDuties().stream().map(NotificationDuty::channel).toList());
            NotificationDuty wdo = s.notificationDuties().get(0);
            assertEquals(List.of(Provision.AWB_2_10_LID_1.basis(), Provision.AWB_2_10_LID_3.basis()),
                    wdo.legalBasis().subList(0, 2));
        }
    }

    @Nested
    @DisplayName("toestemming (2:8) als uitkomst")
    class Consent {
        @Test
        @DisplayName("gedekt: het kanaal staat bij de gedekte kanalen en in de uitleg")
        void covered() {
            ConsentOutcome c = consented().consentFor(PORTAL, t("2026-03-06T09:00:00Z"));
            assertEquals(ConsentOutcome.Kind.CONSENT_GIVEN, c.kind());
            assertEquals(List.of(PORTAL), c.covered());
            assertEquals(List.of(), c.uncovered());
            assertTrue(c.explain(Locale.ROOT).contains("(portaal)"), c.explain(Locale.ROOT));
            ConsentOutcome none = tracker().consentFor(PORTAL, t("2026-03-06T09:00:00Z"));
            assertEquals(List.of(), none.covered());
            assertEquals(List.of(PORTAL), none.uncovered());
        }
    }

    @Nested
    @DisplayName("waarden en hun controles")
    class Values {
        @Test
        @DisplayName("tracker: bericht, geadresseerde, beleid, gelijkheid")
        void tracker() {
            OutboundLifecycle l = Fixture.tracker();
            assertEquals(MSG, l.message().id());
            assertEquals(ALICE, l.addressee());
            assertEquals(OutboundPolicies.defaults(), l.policies());
            assertEquals(Fixture.tracker(), l);
            assertEquals(Fixture.tracker().hashCode(), l.hashCode());
            assertNotEquals(consented(), l);
            assertNotEquals(l, "tracker");
            assertTrue(l.toString().contains("besluit-1"), l.toString());
        }

        @Test
        @DisplayName("beleid: kalender, 0 tot en met 30 werkdagen servicenorm, gelijkheid")
        void policies() {
            AtwCalendar cal = AtwCalendar.standard();
            assertEquals(cal, OutboundPolicies.defaults().withCalendar(cal).calendar());
            assertEquals(0, OutboundPolicies.defaults().withResendWorkingDays(0).resendWorkingDays());
            assertEquals(30, OutboundPolicies.defaults().withResendWorkingDays(30).resendWorkingDays());
            rejects("resendWorkingDays", () -> OutboundPolicies.defaults().withResendWorkingDays(-1));
            assertNotEquals(OutboundPolicies.defaults(), OutboundPolicies.defaults().withResendWorkingDays(2));
            assertNotEquals(OutboundPolicies.defaults(), OutboundPolicies.defaults().withContentCheck(true));
            assertEquals(OutboundPolicies.defaults().hashCode(), OutboundPolicies.defaults().withResendWorkingDays(1)
                    .hashCode());
            assertTrue(OutboundPolicies.defaults().toString().contains("resendWorkingDays=1"));
        }

        @Test
        @DisplayName("uitkomsten die zichzelf tegenspreken worden geweigerd")
        void outcomes() {
            OutboundStatus s = inPortal().statusAt(t("2026-03-07T00:00:00Z"));
            List<LegalBasis> basis = List.of(Provision.AWB_2_8.basis());
            rejects("uncovered", () -> new ConsentOutcome(MSG, ConsentOutcome.Kind.CONSENT_GIVEN, List.of(),
                    List.of(PORTAL), basis, s.trace()));
            Instant acc = t("2026-03-06T09:00:00Z");
            Instant due = acc.plus(nl.wmebv.rules.timelimit.NotificationFacts.NOTIFICATION_PERIOD);
            rejects("dueBy", () -> new NotificationDuty(MSG, PORTAL, acc, due.plusSeconds(1),
                    NotificationDuty.Status.DUE, Optional.empty(), false, false, basis, s.trace()));
            rejects("sentAt", () -> new NotificationDuty(MSG, PORTAL, acc, due, NotificationDuty.Status.MET,
                    Optional.of(acc.minusSeconds(1)), false, false, basis, s.trace()));
            rejects("notReceived", () -> new NotificationDuty(MSG, PORTAL, acc, due, NotificationDuty.Status.DUE,
                    Optional.empty(), true, false, basis, s.trace()));
            rejects("objectionTimeLimit", () -> new OutboundStatus(MSG, ALICE, acc, OutboundStatus.Kind.NOT_YET_SENT,
                    s.consent(), s.timeOfSending(), s.objectionTimeLimit(), List.of(), List.of(), Optional.empty(),
                    List.of(), Optional.empty(), List.of(), basis, s.trace()));
            rejects("serviceLevelDueBy", () -> new ResendDuty(MSG, DeliveryItem.NOTIFICATION, NOTIFY, acc,
                    FailureKind.HARD, ResendDuty.Status.OUTSTANDING, Optional.of(acc), Optional.empty(), basis,
                    s.trace()));
            rejects("fulfilledAt", () -> new ResendDuty(MSG, DeliveryItem.MESSAGE, MAIL, acc, FailureKind.HARD,
                    ResendDuty.Status.FULFILLED, Optional.empty(), Optional.empty(), basis, s.trace()));
            rejects("sentAt", () -> new TimeOfSending(MSG, TimeOfSending.Kind.ONDER_B, Optional.empty(),
                    Optional.empty(), Optional.empty(), basis, s.trace()));
            rejects("channel", () -> new TimeOfSending(MSG, TimeOfSending.Kind.ONDER_B, Optional.of(acc),
                    Optional.empty(), Optional.of(LocalDate.of(2026, 3, 6)), basis, s.trace()));
            rejects("announcementDay", () -> new TimeOfSending(MSG, TimeOfSending.Kind.ONDER_B, Optional.of(acc),
                    Optional.of(PORTAL), Optional.of(LocalDate.of(2026, 3, 7)), basis, s.trace()));
        }

        @Test
        @DisplayName("uitleg: nog niet verzonden, verzonden, herverzendplicht")
        void explanations() {
            TimeOfSending notYet = consented().statusAt(t("2026-03-07T00:00:00Z")).timeOfSending();
            assertTrue(notYet.explain(Locale.ROOT).startsWith("Bericht besluit-1 geldt nog niet als verzonden"),
                    notYet.explain(Locale.ROOT));
            TimeOfSending sent = inPortal().statusAt(t("2026-03-07T00:00:00Z")).timeOfSending();
            assertTrue(sent.explain(Locale.ROOT).contains("Dag van bekendmaking: 2026-03-06"), sent.explain(Locale.ROOT));
            ResendDuty d = consented().with(reached("2026-05-01T10:00:00Z"))
                    .with(failed("2026-05-01T10:05:00Z", DeliveryItem.MESSAGE, MAIL)).statusAt(t("2026-05-01T12:00:00Z"))
                    .resendDuties().get(0);
            // P22: one werkdag after Friday 1 May is Monday 4 May; 24:00 CEST = 2026-05-05T00:00+02:00.
            assertTrue(d.explain(Locale.ROOT).contains("de servicenorm loopt tot 2026-05-05T00:00:00+02:00"),
                    d.explain(Locale.ROOT));
        }
    }
}
