package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.AANVRAAG;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BESLUIT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAAR;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAARSCHRIFT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.CAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FORM;
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
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.time.TermDirection;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.timelimit.SubmissionAssessment.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the ledger beyond the kind of outcome: the legal basis it cites, the steps of its trace, the
 * facts of its entries, independence of the order of recording, and the factories of the submission term.
 */
@DisplayName("Termijnadministratie — rechtsgrond, spoor, feiten en volgorde van registratie")
class LedgerContractTest {
    private static final MessageId WRONG = MessageId.of("verkeerd-1");
    private static final BodyFinding YES = BodyFinding.yes("de rechtsmiddelenclausule noemde dit adres");

    /** A statutory term of 14 days whose unadjusted last day is the given werkdag (so ATW moves nothing). */
    private static SubmissionTimeLimit statutoryEndingOn(String lastDay) {
        LocalDate last = LocalDate.parse(lastDay);
        return SubmissionTimeLimit.of(TimeLimit.statutory(14, TermUnit.DAYS), last.minusDays(14), AANVRAAG, CAL);
    }

    private static List<Step> steps(SubmissionAssessment a, String finding) {
        return a.trace().flatten().filter(s -> s.finding().equals(finding)).toList();
    }

    private static Step onlyStep(SubmissionAssessment a, String finding) {
        List<Step> list = steps(a, finding);
        assertEquals(1, list.size(), () -> finding + " in " + a.trace().render());
        return list.get(0);
    }

    @Nested
    @DisplayName("rechtsgrond van de uitkomst (primair eerst)")
    class Basis {
        @Test
        @DisplayName("tijdig binnen de bezwaartermijn: 6:9 lid 1, en de termijn zelf (6:7)")
        void timelyCitesTheTerm() {
            var out = SubmissionTermLedger.of(objectionTerm()).assess(received("2026-04-07T10:00:00Z"));
            assertEquals(Provision.AWB_6_9_LID_1.basis(), out.primaryBasis());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_7.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("te laat binnengekomen bezwaarschrift: 6:9 lid 1 primair, lid 2 niet (niet per post), 6:7")
        void lateObjection() {
            var out = SubmissionTermLedger.of(objectionTerm()).assess(received("2026-04-08T10:00:00Z"));
            assertEquals(Kind.LATE, out.kind());
            assertEquals(Provision.AWB_6_9_LID_1.basis(), out.primaryBasis());
            assertFalse(out.legalBasis().contains(Provision.AWB_6_9_LID_2.basis()), out.legalBasis().toString());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_7.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("te laat per post: 6:9 lid 1 en lid 2")
        void lateByPost() {
            // Posted at 24:00 CEST of the last day (2026-04-07T22:00Z): too late for lid 2.
            var out = SubmissionTermLedger.of(objectionTerm()).assess(Submission.byPost(BEZWAARSCHRIFT,
                    at("2026-04-07T22:00:00Z"), at("2026-04-08T09:00:00Z")));
            assertEquals(Kind.LATE, out.kind());
            assertEquals(Provision.AWB_6_9_LID_1.basis(), out.primaryBasis());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_9_LID_2.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("te laat bij een andere termijn dan bezwaar of beroep: 6:9 wordt niet genoemd")
        void lateOtherTerm() {
            var out = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).assess(received("2026-03-21T09:00:00Z"));
            assertEquals(Kind.LATE, out.kind());
            assertFalse(out.legalBasis().contains(Provision.AWB_6_9_LID_1.basis()), out.legalBasis().toString());
            assertFalse(out.legalBasis().contains(Provision.AWB_6_9_LID_2.basis()), out.legalBasis().toString());
        }

        private SubmissionTermLedger withTotalOutage() {
            // The worked example of SubmissionTermLedger#withOutages, reduced to the total outage at the end:
            // both channels down 2026-04-07T20:00Z-22:00Z = 2 h of grace from the end 22:00Z -> 2026-04-08T00:00Z.
            return SubmissionTermLedger.of(objectionTerm()).withOutages(OutageRegister.of(List.of(
                    Outage.of(FORM, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false),
                    Outage.of(PORTAL, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false))),
                    LedgerFixtures.register());
        }

        @Test
        @DisplayName("verschoond (2:21 lid 3, tweede zin): de verschoning primair, daarna 6:9 lid 1 en 6:7")
        void excused() {
            var out = withTotalOutage().assess(received("2026-04-07T23:00:00Z"));
            assertEquals(Kind.LATE_EXCUSED, out.kind());
            assertEquals(Provision.AWB_2_21_LID_3_ZIN_2.basis(), out.primaryBasis());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_9_LID_1.basis()), out.legalBasis().toString());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_7.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("beoordeling nodig (2:21 lid 3, eerste zin): die bepaling primair, daarna 6:9 lid 1")
        void needsAssessment() {
            var out = withTotalOutage().assess(received("2026-04-08T00:00:00Z"));
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, out.kind());
            assertEquals(Provision.AWB_2_21_LID_3.basis(), out.primaryBasis());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_9_LID_1.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("een verlenging (2:23) die de termijn verschoof wordt genoemd, ook als 6:9 lid 1 primair is")
        void extensionCited() {
            // By hand: receipt Wed 04-01, reaction Fri 04-03 = 2 days; Tue 04-07 + 2 = Thu 04-09 > floor Wed 04-08,
            // a werkdag; ends 24:00 CEST = 2026-04-09T22:00Z. Received Wed 04-08: timely by 6:9 lid 1.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm()).withWrongChannelSubmission(
                    WrongChannelSubmission.reacted(WRONG, at("2026-04-01T08:00:00Z"), at("2026-04-03T08:00:00Z"), YES));
            assertEquals(at("2026-04-09T22:00:00Z"), ledger.adjustedTerm().endExclusive());
            var out = assertInstanceOf(SubmissionAssessment.Timely.class, ledger.assess(received("2026-04-08T10:00:00Z")));
            assertEquals(Provision.AWB_6_9_LID_1, out.timelyBy());
            assertTrue(out.legalBasis().contains(Provision.AWB_2_23.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("een lopende verlenging (P5) wordt genoemd, ook vóór het oorspronkelijke einde")
        void pendingCited() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm()).withWrongChannelSubmission(
                    WrongChannelSubmission.pendingReaction(WRONG, at("2026-04-01T08:00:00Z"), YES));
            var out = ledger.assess(received("2026-04-02T10:00:00Z"));
            assertEquals(Kind.TIMELY, out.kind());
            assertTrue(out.legalBasis().contains(Provision.AWB_2_23.basis()), out.legalBasis().toString());
        }

        @Test
        @DisplayName("2:23 zonder verlenging (orgaan: niet redelijkerwijs kunnen menen) is geen grond van de termijn")
        void noExtensionNotCited() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-18T09:00:00Z"),
                            at("2026-03-25T09:00:00Z"), BodyFinding.no("het formulier stond duidelijk vermeld")));
            var out = ledger.assess(received("2026-03-21T09:00:00Z"));
            assertEquals(Kind.LATE, out.kind());
            assertFalse(out.legalBasis().contains(Provision.AWB_2_23.basis()), out.legalBasis().toString());
        }
    }

    @Nested
    @DisplayName("het spoor: welke stappen de beoordeling zette")
    class TraceSteps {
        @Test
        @DisplayName("6:9 lid 2 — ter post: de stap zegt of op tijd gepost en binnen een week ontvangen")
        void post() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm());
            // By hand: posted before 24:00 CEST of Tue 04-07, received before 24:00 CEST of Tue 04-14.
            var inTime = ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T15:00:00Z"),
                    at("2026-04-14T21:59:59Z")));
            assertEquals(Provision.AWB_6_9_LID_2.basis(), onlyStep(inTime, "ledger.post.inTime").basis());
            assertTrue(steps(inTime, "ledger.post.late").isEmpty());
            var late = ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T15:00:00Z"),
                    at("2026-04-14T22:00:00Z")));
            assertEquals(Provision.AWB_6_9_LID_2.basis(), onlyStep(late, "ledger.post.late").basis());
            assertTrue(steps(late, "ledger.post.inTime").isEmpty());
            assertTrue(steps(late, "ledger.post.notApplicable").isEmpty());
        }

        @Test
        @DisplayName("6:9 lid 2 geldt niet voor een andere termijn: de stap zegt dat")
        void postNotApplicable() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"));
            var byPost = ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-03-20T12:00:00Z"),
                    at("2026-03-21T09:00:00Z")));
            assertEquals(Provision.AWB_6_9_LID_2.basis(), onlyStep(byPost, "ledger.post.notApplicable").basis());
            assertTrue(steps(ledger.assess(received("2026-03-21T09:00:00Z")), "ledger.post.notApplicable").isEmpty());
        }

        @Test
        @DisplayName("het oordeel: tijdig of te laat, met de bepaling die oordeelt")
        void judgement() {
            var late = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).assess(received("2026-03-21T09:00:00Z"));
            // A statutory term without its own provision is counted by ATW art. 1 lid 1.
            assertEquals(Provision.ATW_1_LID_1.basis(), onlyStep(late, "ledger.late").basis());
            assertTrue(steps(late, "ledger.timely").isEmpty());
            assertEquals("bezwaar-1", onlyStep(late, "ledger.late").facts().get("messageId"));
            var lateObjection = SubmissionTermLedger.of(objectionTerm()).assess(received("2026-04-08T09:00:00Z"));
            assertEquals(Provision.AWB_6_9_LID_1.basis(), onlyStep(lateObjection, "ledger.late").basis());
            var timely = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).assess(received("2026-03-20T09:00:00Z"));
            assertEquals(Provision.ATW_1_LID_1.basis(), onlyStep(timely, "ledger.timely").basis());
            assertTrue(steps(timely, "ledger.late").isEmpty());
        }

        @Test
        @DisplayName("2:22 — kennisgeving op tijd verzonden: stap 'op tijd'; te laat maar geldig (P1): stap 'te laat, geldig'")
        void notification() {
            // Accessible 2026-02-20T10:00Z; due 48 h later, 2026-02-22T10:00Z.
            var inTime = SubmissionTermLedger.of(objectionTerm().withStartedBySending(BESLUIT))
                    .withNotification(new NotificationFacts(BESLUIT, true, at("2026-02-20T10:00:00Z"), false,
                            at("2026-02-20T10:05:00Z"), false))
                    .assess(received("2026-06-01T09:00:00Z"));
            assertEquals(Kind.LATE, inTime.kind());
            assertEquals(Provision.AWB_2_22_LID_1.basis(),
                    onlyStep(inTime, "ledger.notification.sentInTime").basis());
            assertTrue(steps(inTime, "ledger.notification.sentLateValid").isEmpty());
            var lateValid = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20").withStartedBySending(BESLUIT))
                    .withPolicies(LedgerPolicies.defaults().withLateNotification(
                            LedgerPolicies.LateNotification.LATE_BUT_VALID))
                    .withNotification(new NotificationFacts(BESLUIT, true, at("2026-02-20T10:00:00Z"), false,
                            at("2026-02-23T10:00:00Z"), false))
                    .assess(received("2026-03-21T09:00:00Z"));
            assertEquals(Kind.LATE, lateValid.kind());
            onlyStep(lateValid, "ledger.notification.sentLateValid");
            assertTrue(steps(lateValid, "ledger.notification.sentInTime").isEmpty());
        }

        @Test
        @DisplayName("P18 — 'redelijkerwijs kon menen' niet vastgesteld: de vraag noemt bericht, ontvangst en reactie")
        void reasonableBeliefFacts() {
            // By hand: 09:00Z is 10:00 CET in March before the change to summer time (29 March).
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-18T09:00:00Z"),
                            at("2026-03-25T09:00:00Z"), BodyFinding.notStated()));
            var out = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class,
                    ledger.assess(received("2026-03-26T09:00:00Z")));
            FaultAssessment f = out.assessments().get(0);
            assertEquals("verkeerd-1", f.facts().get("messages"));
            assertEquals("2026-03-18T10:00:00+01:00", f.facts().get("receivedAt"));
            assertEquals("2026-03-25T10:00:00+01:00", f.facts().get("reactionAt"));
            assertEquals("2026-03-26T10:00:00+01:00", f.facts().get("submissionReceivedAt"));
            assertEquals(Provision.AWB_2_23.basis(), out.primaryBasis());
            Step step = onlyStep(out, "ledger.fault.reasonableBelief");
            assertEquals("verkeerd-1", step.facts().get("messages"));
            assertEquals("2026-03-18T10:00:00+01:00", step.facts().get("receivedAt"));
        }

        @Test
        @DisplayName("P18 met P5 — nog geen reactie en niet vastgesteld: reactie '-', einde bij ja onbegrensd")
        void reasonableBeliefPending() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.pendingReaction(WRONG,
                            at("2026-03-18T09:00:00Z"), BodyFinding.notStated()));
            var out = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class,
                    ledger.assess(received("2026-05-01T09:00:00Z")));
            assertEquals("-", out.assessments().get(0).facts().get("reactionAt"));
            assertEquals("-", out.assessments().get(0).facts().get("endIfYes"));
        }
    }

    @Nested
    @DisplayName("regels van de administratie")
    class Entries {
        private final OutageExtension extension = OutageExtension.unannounced("Gmb. 2026, 77", Set.of(BEZWAAR, AANVRAAG),
                Set.of(PORTAL), at("2026-03-24T23:00:00Z"));

        @Test
        @DisplayName("2:21 lid 1 — toegepast als de verlenging de termijn raakt (verschoven of zonder effect), anders niet")
        void applied() {
            AdjustedTerm extended = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).withExtension(extension)
                    .adjustedTerm();
            assertEquals("ledger.outageExtension.extended", extended.entries().get(1).finding());
            assertTrue(extended.entries().get(1).applied());
            AdjustedTerm noEffect = SubmissionTermLedger.of(statutoryEndingOn("2026-03-27")).withExtension(extension)
                    .adjustedTerm();
            assertEquals("ledger.outageExtension.noEffect", noEffect.entries().get(1).finding());
            assertTrue(noEffect.entries().get(1).applied());
            AdjustedTerm bodySet = SubmissionTermLedger.of(SubmissionTimeLimit.setByBody(LocalDate.of(2026, 3, 6),
                    LocalDate.of(2026, 3, 20), AANVRAAG)).withExtension(extension).adjustedTerm();
            assertEquals("ledger.outageExtension.notStatutory", bodySet.entries().get(1).finding());
            assertFalse(bodySet.entries().get(1).applied());
        }

        @Test
        @DisplayName("de feiten van de verlenging noemen berichttypen en kanalen, gesorteerd")
        void extensionFacts() {
            LedgerEntry e = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).withExtension(extension)
                    .adjustedTerm().entries().get(1);
            assertEquals("aanvraag,bezwaarschrift", e.facts().get("messageTypes"));
            assertEquals("mijn-voorbeeld", e.facts().get("channels"));
            assertEquals("Gmb. 2026, 77", e.facts().get("instrumentRef"));
        }
    }

    @Nested
    @DisplayName("de volgorde van registreren maakt niet uit, ook bij gelijke sleutels")
    class RecordingOrder {
        private static final java.time.Instant NEW_END = at("2026-03-24T23:00:00Z");

        private void sameEither(OutageExtension a, OutageExtension b) {
            SubmissionTermLedger base = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"));
            assertEquals(base.withExtension(a).withExtension(b).adjustedTerm(),
                    base.withExtension(b).withExtension(a).adjustedTerm());
        }

        private void sameEither(WrongChannelSubmission a, WrongChannelSubmission b) {
            SubmissionTermLedger base = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"));
            assertEquals(base.withWrongChannelSubmission(a).withWrongChannelSubmission(b).adjustedTerm(),
                    base.withWrongChannelSubmission(b).withWrongChannelSubmission(a).adjustedTerm());
        }

        @Test
        @DisplayName("2:21 lid 1 — zelfde nieuwe einde: op besluit, typen, kanalen, mededeling")
        void extensions() {
            OutageExtension x = OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG), Set.of(PORTAL), NEW_END);
            sameEither(x, OutageExtension.unannounced("Gmb. 2026, 78", Set.of(AANVRAAG), Set.of(PORTAL), NEW_END));
            sameEither(x, OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG, BEZWAAR), Set.of(PORTAL),
                    NEW_END));
            sameEither(x, OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG), Set.of(PORTAL, FORM), NEW_END));
            sameEither(x.withAnnouncement(at("2026-03-19T10:00:00Z"), "banner"),
                    x.withAnnouncement(at("2026-03-19T11:00:00Z"), "banner"));
            sameEither(x.withAnnouncement(at("2026-03-19T10:00:00Z"), "banner"),
                    x.withAnnouncement(at("2026-03-19T10:00:00Z"), "brief"));
        }

        @Test
        @DisplayName("2:23 — zelfde ontvangst: op bericht, reactie, bevinding en reden")
        void wrongChannel() {
            var received = at("2026-03-18T09:00:00Z");
            var reaction = at("2026-03-19T09:00:00Z");
            var w = WrongChannelSubmission.reacted(WRONG, received, reaction, YES);
            sameEither(w, WrongChannelSubmission.reacted(MessageId.of("verkeerd-2"), received, reaction, YES));
            sameEither(w, WrongChannelSubmission.pendingReaction(WRONG, received, YES));
            sameEither(w, WrongChannelSubmission.reacted(WRONG, received, reaction, BodyFinding.no("duidelijk")));
            sameEither(w, WrongChannelSubmission.reacted(WRONG, received, reaction, BodyFinding.yes("andere reden")));
        }
    }

    @Nested
    @DisplayName("registratie en toegang")
    class Recording {
        @Test
        @DisplayName("een kennisgeving wordt één keer vastgelegd")
        void notificationOnce() {
            var facts = new NotificationFacts(BESLUIT, true, at("2026-02-20T10:00:00Z"), false, null, false);
            var ledger = SubmissionTermLedger.of(objectionTerm().withStartedBySending(BESLUIT)).withNotification(facts);
            var e = assertThrows(InvalidInputException.class, () -> ledger.withNotification(facts));
            assertEquals("notification", e.field());
            assertEquals("once", e.constraint());
        }

        @Test
        @DisplayName("de administratie geeft haar basistermijn en beleid terug")
        void accessors() {
            LedgerPolicies policies = LedgerPolicies.defaults().withOutageLookBack(Duration.ofHours(6));
            var ledger = SubmissionTermLedger.of(objectionTerm()).withPolicies(policies);
            assertEquals(objectionTerm(), ledger.base());
            assertEquals(policies, ledger.policies());
            String text = ledger.toString();
            assertTrue(text.contains("bezwaarschrift") && text.contains("2026-04-07"), text);
        }
    }

    @Nested
    @DisplayName("de indieningstermijn zelf")
    class Term {
        @Test
        @DisplayName("een termijn in uren wordt geweigerd: een indieningstermijn telt in dagen (ATW art. 4 onder a)")
        void hours() {
            var e = assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.of(
                    TimeLimit.statutory(48, TermUnit.HOURS), LocalDate.of(2026, 3, 10), AANVRAAG, CAL));
            assertEquals("unit", e.field());
            assertEquals("dayBased", e.constraint());
            assertTrue(e.getMessage().contains("submission term"), e.getMessage());
        }

        @Test
        @DisplayName("een terugwaarts gerekende termijn is geen indieningstermijn (ATW art. 1 lid 2)")
        void backward() {
            var e = assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.of(new TimeLimit(14,
                    TermUnit.DAYS, TermDirection.BACKWARD, true, Optional.empty()), LocalDate.of(2026, 3, 10),
                    AANVRAAG, CAL));
            assertEquals("direction", e.field());
            assertEquals(Optional.of(Provision.ATW_1_LID_2.basis()), e.legalBasis());
        }

        @Test
        @DisplayName("door het orgaan gestelde datum: ten hoogste 10.000 dagen na de dag van stellen")
        void bodySetMaximum() {
            LocalDate set = LocalDate.of(2026, 1, 1);
            assertEquals(set.plusDays(TimeLimit.MAX_AMOUNT),
                    SubmissionTimeLimit.setByBody(set, set.plusDays(TimeLimit.MAX_AMOUNT), AANVRAAG).lastDay());
            var e = assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.setByBody(set,
                    set.plusDays(TimeLimit.MAX_AMOUNT + 1L), AANVRAAG));
            assertEquals("lastDay", e.field());
            assertEquals("max", e.constraint());
        }

        @Test
        @DisplayName("gelijkheid: dezelfde termijn is gelijk; ander type, begonnen met verzending, of bezwaartermijn niet")
        void equality() {
            SubmissionTimeLimit a = statutoryEndingOn("2026-03-20");
            SubmissionTimeLimit b = statutoryEndingOn("2026-03-20");
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertNotEquals(a, statutoryEndingOn("2026-03-23"));
            assertNotEquals(a, SubmissionTimeLimit.of(TimeLimit.statutory(14, TermUnit.DAYS), LocalDate.of(2026, 3, 6),
                    BEZWAAR, CAL));
            assertNotEquals(a, a.withStartedBySending(BESLUIT));
            assertEquals(a.withStartedBySending(BESLUIT), b.withStartedBySending(BESLUIT));
            assertNotEquals(a, "SubmissionTimeLimit");
            // The same six weeks from the same day, once as a bezwaartermijn (6:9 applies) and once not.
            SubmissionTimeLimit objection = objectionTerm();
            SubmissionTimeLimit plain = SubmissionTimeLimit.of(nl.wmebv.core.time.ObjectionTimeLimit.TIME_LIMIT,
                    LocalDate.of(2026, 2, 20), BEZWAAR, CAL);
            assertTrue(objection.objectionOrAppeal());
            assertFalse(plain.objectionOrAppeal());
            assertNotEquals(objection, plain);
            assertNotEquals(plain, objection);
        }

        @Test
        @DisplayName("tekstvorm noemt berichttype, lengte en laatste dag")
        void text() {
            String text = statutoryEndingOn("2026-03-20").toString();
            assertTrue(text.contains("aanvraag") && text.contains("14") && text.contains("2026-03-20"), text);
        }
    }

    @Test
    @DisplayName("uitkomsten noemen hun rechtsgronden zonder dubbele")
    void distinctBases() {
        var out = SubmissionTermLedger.of(objectionTerm()).assess(received("2026-04-08T10:00:00Z"));
        List<LegalBasis> bases = out.legalBasis();
        assertEquals(bases.size(), Set.copyOf(bases).size(), bases.toString());
    }
}
