package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.AANVRAAG;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BESLUIT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAAR;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAARSCHRIFT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.CAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FORM;
import static nl.wmebv.rules.timelimit.LedgerFixtures.MAIL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.PORTAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.at;
import static nl.wmebv.rules.timelimit.LedgerFixtures.objectionTerm;
import static nl.wmebv.rules.timelimit.LedgerFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.timelimit.SubmissionAssessment.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Termijnadministratie — indieningstermijn met verlengingen en verschoning (Awb 2:21–2:23, 6:7–6:9)")
class SubmissionTermLedgerTest {
    private static final MessageId WRONG = MessageId.of("verkeerd-1");
    private static final BodyFinding YES = BodyFinding.yes("de rechtsmiddelenclausule noemde dit adres");

    /** A statutory term of 14 days whose unadjusted last day is the given werkdag (so ATW moves nothing). */
    private static SubmissionTimeLimit statutoryEndingOn(String lastDay) {
        LocalDate last = LocalDate.parse(lastDay);
        return SubmissionTimeLimit.of(TimeLimit.statutory(14, TermUnit.DAYS), last.minusDays(14), AANVRAAG, CAL);
    }

    private static SubmissionTimeLimit bodySetEndingOn(String lastDay) {
        LocalDate last = LocalDate.parse(lastDay);
        return SubmissionTimeLimit.setByBody(last.minusDays(14), last, AANVRAAG);
    }

    @Nested
    @DisplayName("Awb 6:7, 6:8 lid 1, 6:9 — de bezwaartermijn als basis")
    class Base {
        @Test
        @DisplayName("6:9 lid 1 — ontvangen vóór 24:00 van de laatste dag is tijdig, om 24:00 te laat")
        void lid1() {
            // By hand: 2026-02-20 + 42 days = Friday 2026-04-03 (Goede Vrijdag), ATW art. 1 -> Tuesday 04-07
            // (Sat, Sun, Tweede Paasdag skipped); 24:00 CEST = 22:00Z.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm());
            var timely = ledger.assess(received("2026-04-07T21:59:59Z"));
            assertEquals(Kind.TIMELY, timely.kind());
            assertEquals(Provision.AWB_6_9_LID_1.basis(), timely.primaryBasis());
            assertEquals(LocalDate.of(2026, 4, 7), timely.lastDay());
            var late = ledger.assess(received("2026-04-07T22:00:00Z"));
            assertEquals(Kind.LATE, late.kind());
            assertEquals(Duration.ZERO, late.lateBy());
            assertTrue(late.explain(Locale.ROOT).contains("6:11"), late.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("6:9 lid 2 — per post: vóór het einde ter post en binnen een week ontvangen")
        void lid2() {
            // By hand: week after = 24:00 of Tuesday 2026-04-14 (CEST) = 2026-04-14T22:00Z.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(objectionTerm());
            var ok = ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T15:00:00Z"),
                    at("2026-04-14T21:59:59Z")));
            assertEquals(Kind.TIMELY, ok.kind());
            assertEquals(Provision.AWB_6_9_LID_2, ((SubmissionAssessment.Timely) ok).timelyBy());
            assertEquals(Kind.LATE, ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T15:00:00Z"),
                    at("2026-04-14T22:00:00Z"))).kind());
            assertEquals(Kind.LATE, ledger.assess(Submission.byPost(BEZWAARSCHRIFT, at("2026-04-07T22:00:00Z"),
                    at("2026-04-08T09:00:00Z"))).kind());
        }

        @Test
        @DisplayName("6:9 lid 2 geldt alleen voor bezwaar- en beroepschriften")
        void postOnlyForObjections() {
            // Statutory 14 days ending Friday 2026-03-20 (werkdag): end 2026-03-20T23:00Z (CET).
            var out = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).assess(Submission.byPost(
                    BEZWAARSCHRIFT, at("2026-03-20T12:00:00Z"), at("2026-03-21T09:00:00Z")));
            assertEquals(Kind.LATE, out.kind());
        }

        @Test
        @DisplayName("zonder aanpassingen: één regel in de administratie, het einde van de basis")
        void baseOnly() {
            AdjustedTerm term = SubmissionTermLedger.of(objectionTerm()).adjustedTerm();
            assertEquals(1, term.entries().size());
            assertEquals(at("2026-04-07T22:00:00Z"), term.endExclusive());
            assertEquals(Set.of(), term.flags());
        }
    }

    @Nested
    @DisplayName("Awb 2:23 — verlenging na een verkeerde wijze van indiening (beleid P4, P5)")
    class Article223 {
        static Stream<Arguments> table() {
            return Stream.of(
                // Each row: last day so far, receipt, reaction, statutory, expected last day, expected end (UTC).
                // Checked with an independent python script (own holiday list from LAW.md, zoneinfo), and by hand:
                // Weekend: Fri 03-20, 0 days -> floor = first werkdag after Friday = Monday 03-23.
                Arguments.of("2026-03-20", "2026-03-20T09:00:00Z", "2026-03-20T14:00:00Z", true, "2026-03-23", "2026-03-23T23:00:00Z"),
                // 2 days from Thu 03-19 = Sat 03-21 > floor Fri 03-20; ATW art. 1 -> Monday 03-23.
                Arguments.of("2026-03-19", "2026-03-17T09:00:00Z", "2026-03-19T14:00:00Z", true, "2026-03-23", "2026-03-23T23:00:00Z"),
                // Same, body-set term (P15): no ATW afterwards, Saturday 03-21 stays.
                Arguments.of("2026-03-19", "2026-03-17T09:00:00Z", "2026-03-19T14:00:00Z", false, "2026-03-21", "2026-03-21T23:00:00Z"),
                // Goede Vrijdag: floor after Thu 04-02 skips Fri 04-03, weekend, Tweede Paasdag -> Tue 04-07 (CEST).
                Arguments.of("2026-04-02", "2026-04-02T07:00:00Z", "2026-04-02T12:00:00Z", true, "2026-04-07", "2026-04-07T22:00:00Z"),
                // Koningsdag on Sat 26 April 2031 (27 April is a Sunday): +1 day = Sat; floor Mon 04-28, a werkdag.
                Arguments.of("2031-04-25", "2031-04-25T07:00:00Z", "2031-04-26T08:00:00Z", true, "2031-04-28", "2031-04-28T22:00:00Z"),
                // Koningsdag Mon 27 April 2026: floor after Fri 04-24 skips weekend and Monday -> Tue 04-28.
                Arguments.of("2026-04-24", "2026-04-24T07:00:00Z", "2026-04-24T12:00:00Z", true, "2026-04-28", "2026-04-28T22:00:00Z"),
                // 5 mei (Tue 2026-05-05, every year): floor after Mon 05-04 -> Wed 05-06.
                Arguments.of("2026-05-04", "2026-05-04T07:00:00Z", "2026-05-04T12:00:00Z", true, "2026-05-06", "2026-05-06T22:00:00Z"),
                // Hemelvaartsdag Thu 05-14: floor after Wed 05-13 -> Fri 05-15, the Friday after is a werkdag.
                Arguments.of("2026-05-13", "2026-05-13T07:00:00Z", "2026-05-13T12:00:00Z", true, "2026-05-15", "2026-05-15T22:00:00Z"),
                // Tweede Pinksterdag Mon 05-25: floor after Fri 05-22 -> Tue 05-26.
                Arguments.of("2026-05-22", "2026-05-22T07:00:00Z", "2026-05-22T12:00:00Z", true, "2026-05-26", "2026-05-26T22:00:00Z"),
                // 4 days from Thu 05-21 = Whit Monday 05-25; ATW art. 1 -> Tue 05-26.
                Arguments.of("2026-05-21", "2026-05-21T07:00:00Z", "2026-05-25T08:00:00Z", true, "2026-05-26", "2026-05-26T22:00:00Z"),
                // Same, body-set: no ATW, Whit Monday 05-25 stays.
                Arguments.of("2026-05-21", "2026-05-21T07:00:00Z", "2026-05-25T08:00:00Z", false, "2026-05-25", "2026-05-25T22:00:00Z"),
                // Christmas: floor after Thu 12-24 skips both Kerstdagen and Sunday -> Mon 12-28 (CET).
                Arguments.of("2026-12-24", "2026-12-24T08:00:00Z", "2026-12-24T12:00:00Z", true, "2026-12-28", "2026-12-28T23:00:00Z"),
                // 7 days from Thu 12-24 = Thu 12-31, a werkdag.
                Arguments.of("2026-12-24", "2026-12-24T08:00:00Z", "2026-12-31T12:00:00Z", true, "2026-12-31", "2026-12-31T23:00:00Z"),
                // Reaction on Nieuwjaarsdag: 2 days from Wed 12-30 = Fri 2027-01-01; ATW art. 1 -> Mon 01-04.
                Arguments.of("2026-12-30", "2026-12-30T08:00:00Z", "2027-01-01T09:00:00Z", true, "2027-01-04", "2027-01-04T23:00:00Z"),
                // Spring DST: receipt 00:30 CET on Sun 03-29 (UTC date 28), reaction 23:30 CEST Mon 03-30: 1 day in
                // Europe/Amsterdam (2 by UTC dates). Thu 04-09 + 1 = Fri 04-10 (by UTC it would be Mon 04-13).
                Arguments.of("2026-04-09", "2026-03-28T23:30:00Z", "2026-03-30T21:30:00Z", true, "2026-04-10", "2026-04-10T22:00:00Z"),
                // Autumn DST: receipt 00:30 CEST Sun 10-25 (UTC date 24), reaction Tue 10-27: 2 days (3 by UTC dates).
                // Wed 11-04 + 2 = Fri 11-06 (by UTC: Sat -> Mon 11-09).
                Arguments.of("2026-11-04", "2026-10-24T22:30:00Z", "2026-10-27T10:00:00Z", true, "2026-11-06", "2026-11-06T23:00:00Z"));
        }

        @ParameterizedTest(name = "laatste dag {0}, ontvangen {1}, reactie {2}, wettelijk {3} → {4}")
        @MethodSource("table")
        @DisplayName("P4 — kalenderdagen tussen ontvangst en reactie, ten minste één werkdag, dan ATW art. 1")
        void extension(String lastDay, String receipt, String reaction, boolean statutory, String expectedDay,
                String expectedEnd) {
            SubmissionTimeLimit base = statutory ? statutoryEndingOn(lastDay) : bodySetEndingOn(lastDay);
            assertEquals(LocalDate.parse(lastDay), base.lastDay());
            SubmissionTermLedger ledger = SubmissionTermLedger.of(base).withWrongChannelSubmission(
                    WrongChannelSubmission.reacted(WRONG, at(receipt), at(reaction), YES));
            AdjustedTerm term = ledger.adjustedTerm();
            assertEquals(LocalDate.parse(expectedDay), term.lastDay());
            assertEquals(at(expectedEnd), term.endExclusive());
            LedgerEntry entry = term.entries().get(1);
            assertEquals(Provision.AWB_2_23, entry.provision());
            assertEquals("ledger.wrongChannel.extended", entry.finding());
            // A submission one second before the new end is timely by 2:23, at the end it is late.
            var timely = ledger.assess(Submission.electronic(BEZWAARSCHRIFT, at(expectedEnd).minusSeconds(1)));
            assertEquals(Kind.TIMELY, timely.kind());
            assertEquals(Provision.AWB_2_23, ((SubmissionAssessment.Timely) timely).timelyBy());
            assertEquals(Kind.LATE, ledger.assess(Submission.electronic(BEZWAARSCHRIFT, at(expectedEnd))).kind());
        }

        @Test
        @DisplayName("P5 — nog geen reactie: verlenging loopt, elke latere indiening is tijdig")
        void pending() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.pendingReaction(WRONG,
                            at("2026-03-18T09:00:00Z"), YES));
            AdjustedTerm term = ledger.adjustedTerm();
            assertTrue(term.openEnded());
            assertEquals(Set.of(LedgerFlag.EXTENSION_PENDING_REACTION), term.flags());
            var out = ledger.assess(received("2026-05-01T09:00:00Z"));
            assertEquals(Kind.TIMELY, out.kind());
            assertTrue(out.explain(Locale.ROOT).contains("P5"), out.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("redelijkerwijs kon menen: nee — geen verlenging")
        void beliefNo() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-18T09:00:00Z"),
                            at("2026-03-25T09:00:00Z"), BodyFinding.no("het formulier stond duidelijk vermeld")));
            assertEquals(at("2026-03-20T23:00:00Z"), ledger.adjustedTerm().endExclusive());
            assertEquals(Kind.LATE, ledger.assess(received("2026-03-21T09:00:00Z")).kind());
        }

        @Test
        @DisplayName("redelijkerwijs kon menen: niet vastgesteld — beoordeling nodig als alleen 2:23 zou redden (P18)")
        void beliefNotStated() {
            // Thu 03-18 -> Wed 03-25 = 7 days; Fri 03-20 + 7 = Fri 03-27 would be the end if the body said yes.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-18T09:00:00Z"),
                            at("2026-03-25T09:00:00Z"), BodyFinding.notStated()));
            var out = ledger.assess(received("2026-03-26T09:00:00Z"));
            var needs = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class, out);
            assertEquals(Provision.AWB_2_23, needs.assessments().get(0).provision());
            assertEquals("2026-03-28T00:00:00+01:00", needs.assessments().get(0).facts().get("endIfYes"));
            // After the hypothetical end it is plainly late.
            assertEquals(Kind.LATE, ledger.assess(received("2026-03-27T23:00:00Z")).kind());
        }

        @Test
        @DisplayName("een bericht dat pas na het einde binnenkwam verlengt niet (een verstreken termijn)")
        void receivedAfterEnd() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-20T23:00:00Z"),
                            at("2026-03-25T09:00:00Z"), YES));
            assertEquals("ledger.wrongChannel.receivedAfterEnd", ledger.adjustedTerm().entries().get(1).finding());
            assertEquals(at("2026-03-20T23:00:00Z"), ledger.adjustedTerm().endExclusive());
        }

        @Test
        @DisplayName("P13 — ontvangen vóór 1 januari 2026: 2:23 gold nog niet")
        void notInForce() {
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-01-09"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2025-12-31T22:59:59Z"),
                            at("2026-01-08T09:00:00Z"), YES));
            assertEquals("ledger.wrongChannel.notInForce", ledger.adjustedTerm().entries().get(1).finding());
        }

        @Test
        @DisplayName("adapter — feiten uit de inkomende beoordeling (InboundOutcome.termEffects())")
        void fromInbound() {
            var inbound = InboundFixture.pointedAt();
            var w = WrongChannelSubmission.fromInbound(inbound, Optional.of(at("2026-04-03T09:00:00Z")), YES);
            assertEquals(inbound.termEffects().receivedAt(), w.receivedAt());
            assertEquals(inbound.messageId(), w.messageId());
            var mustProcess = InboundFixture.mustProcess();
            var e = assertThrows(InvalidInputException.class,
                    () -> WrongChannelSubmission.fromInbound(mustProcess, Optional.empty(), YES));
            assertEquals("inbound", e.field());
            assertEquals("mustProcess", e.constraint());
        }
    }

    @Nested
    @DisplayName("Awb 2:21 lid 1–2 — verlenging wegens verminderde elektronische bereikbaarheid")
    class Article221Lid1 {
        private final OutageExtension extension = OutageExtension.unannounced("Gmb. 2026, 77", Set.of(AANVRAAG),
                Set.of(PORTAL), at("2026-03-24T23:00:00Z"));

        @Test
        @DisplayName("lid 1 — het nieuwe einde wordt genomen zoals gegeven (P15); lid 2 — mededeling zo spoedig mogelijk")
        void extends_() {
            // Base: Fri 2026-03-20 24:00 CET = 23:00Z; extension to Tue 03-24 24:00 CET = 2026-03-24T23:00Z.
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).withExtension(extension);
            AdjustedTerm term = ledger.adjustedTerm();
            assertEquals(LocalDate.of(2026, 3, 24), term.lastDay());
            assertEquals(Set.of(LedgerFlag.ANNOUNCEMENT_DUE), term.flags());
            var out = ledger.assess(received("2026-03-24T22:59:59Z"));
            assertEquals(Provision.AWB_2_21_LID_1, ((SubmissionAssessment.Timely) out).timelyBy());
            var announced = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withExtension(extension.withAnnouncement(at("2026-03-19T10:00:00Z"), "banner op voorbeeld.nl"));
            assertEquals(Set.of(), announced.adjustedTerm().flags());
        }

        @Test
        @DisplayName("lid 1 — alleen een wettelijke termijn; een door het orgaan gestelde termijn blijft")
        void onlyStatutory() {
            AdjustedTerm term = SubmissionTermLedger.of(bodySetEndingOn("2026-03-20")).withExtension(extension)
                    .adjustedTerm();
            assertEquals(at("2026-03-20T23:00:00Z"), term.endExclusive());
            assertEquals("ledger.outageExtension.notStatutory", term.entries().get(1).finding());
        }

        @Test
        @DisplayName("lid 1 — een verlenging voor een ander berichttype raakt de termijn niet, en nooit eerder")
        void otherTypeAndNeverEarlier() {
            AdjustedTerm other = SubmissionTermLedger.of(objectionTerm()).withExtension(extension).adjustedTerm();
            assertEquals("ledger.outageExtension.otherType", other.entries().get(1).finding());
            OutageExtension earlier = OutageExtension.unannounced("Gmb. 2026, 78", Set.of(AANVRAAG), Set.of(PORTAL),
                    at("2026-03-18T23:00:00Z"));
            AdjustedTerm term = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20")).withExtension(earlier)
                    .adjustedTerm();
            assertEquals(at("2026-03-20T23:00:00Z"), term.endExclusive());
            assertEquals("ledger.outageExtension.noEffect", term.entries().get(1).finding());
        }

        @Test
        @DisplayName("samenloop — eerst 2:21 lid 1, dan 2:23 op het verlengde einde")
        void composedWith223() {
            // 2:21 lid 1 to Tue 03-24; 2:23 receipt Mon 03-23, reaction Thu 03-26 = 3 days -> Fri 03-27 (by hand).
            SubmissionTermLedger ledger = SubmissionTermLedger.of(statutoryEndingOn("2026-03-20"))
                    .withWrongChannelSubmission(WrongChannelSubmission.reacted(WRONG, at("2026-03-23T09:00:00Z"),
                            at("2026-03-26T09:00:00Z"), YES))
                    .withExtension(extension);
            AdjustedTerm term = ledger.adjustedTerm();
            assertEquals(List.of("ledger.base", "ledger.outageExtension.extended", "ledger.wrongChannel.extended"),
                    term.entries().stream().map(LedgerEntry::finding).toList());
            assertEquals(LocalDate.of(2026, 3, 27), term.lastDay());
            String explanation = ledger.assess(received("2026-03-27T10:00:00Z")).explain(Locale.ROOT);
            assertTrue(explanation.contains("2:21, eerste lid") && explanation.contains("2:23"), explanation);
        }
    }

    @Nested
    @DisplayName("Awb 2:21 lid 3 — storing van de aangewezen wijze vóór het einde van de termijn (beleid P6)")
    class Article221Lid3 {
        /** The worked example of SubmissionTermLedger#withOutages. */
        private OutageRegister example() {
            return OutageRegister.of(List.of(
                    Outage.of(FORM, at("2026-04-06T08:00:00Z"), at("2026-04-06T12:00:00Z"), false),
                    Outage.of(FORM, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:30:00Z"), false),
                    Outage.of(PORTAL, at("2026-04-07T09:00:00Z"), at("2026-04-07T10:30:00Z"), false),
                    Outage.of(FORM, at("2026-04-07T20:00:00Z"), at("2026-04-08T06:00:00Z"), true),
                    Outage.of(PORTAL, at("2026-04-07T20:00:00Z"), at("2026-04-08T06:00:00Z"), true)));
        }

        private SubmissionTermLedger ledger(OutageRegister outages) {
            return SubmissionTermLedger.of(objectionTerm()).withOutages(outages, LedgerFixtures.register());
        }

        @Test
        @DisplayName("tweede zin — 1 u 30 + 2 u totale storing, lopend bij het einde: verschoond tot 09:30Z")
        void workedExample() {
            // By hand: grace 3 h 30 min; total outage in progress at 22:00Z ends 04-08T06:00Z; + 3 h 30 = 09:30Z.
            var out = ledger(example()).assess(received("2026-04-08T09:29:59Z"));
            var excused = assertInstanceOf(SubmissionAssessment.LateExcused.class, out);
            ExcusableLateness x = excused.excusals().get(0);
            assertEquals(Provision.AWB_2_21_LID_3_ZIN_2, x.provision());
            assertEquals(Optional.of(at("2026-04-08T09:30:00Z")), x.excusedUntil());
            assertEquals("PT3H30M", x.facts().get("grace"));
            assertEquals(Provision.AWB_2_21_LID_3_ZIN_2.basis(), out.primaryBasis());
            assertTrue(out.explain(Locale.ROOT).contains("3 uur 30 min"), out.explain(Locale.ROOT));
            assertTrue(out.explain(Locale.ENGLISH).contains("3 h 30 min"), out.explain(Locale.ENGLISH));
        }

        @Test
        @DisplayName("eerste zin — na de gegarandeerde tijd: beoordeling nodig, met de storingen per kanaal")
        void beyondGrace() {
            var out = ledger(example()).assess(received("2026-04-08T09:30:00Z"));
            var needs = assertInstanceOf(SubmissionAssessment.LateNeedsAssessment.class, out);
            FaultAssessment f = needs.assessments().get(0);
            assertEquals(Provision.AWB_2_21_LID_3, f.provision());
            assertTrue(f.facts().get("outages").contains("webformulier-bezwaar 2026-04-06T10:00:00+02:00"),
                    f.facts().toString());
            assertEquals("2026-04-08T00:00:00+02:00", f.facts().get("termEnd"));
        }

        @Test
        @DisplayName("gedeeltelijke storing (een ander aangewezen kanaal werkte): geen gegarandeerde tijd, wel beoordeling")
        void partial() {
            var out = ledger(OutageRegister.of(List.of(Outage.of(FORM, at("2026-04-07T18:00:00Z"),
                    at("2026-04-07T23:00:00Z"), false)))).assess(received("2026-04-07T22:30:00Z"));
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, out.kind());
        }

        @Test
        @DisplayName("storing van een niet-aangewezen kanaal telt nooit")
        void notDesignated() {
            var out = ledger(OutageRegister.of(List.of(Outage.of(MAIL, at("2026-04-06T22:00:00Z"),
                    at("2026-04-07T22:00:00Z"), false)))).assess(received("2026-04-07T22:30:00Z"));
            assertEquals(Kind.LATE, out.kind());
        }

        @Test
        @DisplayName("storing die nog niet voorbij is: verschoning loopt door")
        void openEnded() {
            var outages = OutageRegister.of(List.of(Outage.ofOpenEnded(FORM, at("2026-04-07T21:00:00Z"), false),
                    Outage.ofOpenEnded(PORTAL, at("2026-04-07T21:00:00Z"), false)));
            var out = assertInstanceOf(SubmissionAssessment.LateExcused.class,
                    ledger(outages).assess(received("2026-04-09T10:00:00Z")));
            assertEquals(Optional.empty(), out.excusals().get(0).excusedUntil());
        }

        @Test
        @DisplayName("P6 terugkijkvenster van 1 uur: alleen 21:00Z–22:00Z telt, verschoond tot 07:00Z")
        void lookBack() {
            SubmissionTermLedger ledger = ledger(example()).withPolicies(LedgerPolicies.defaults()
                    .withOutageLookBack(Duration.ofHours(1)));
            assertEquals(Kind.LATE_EXCUSED, ledger.assess(received("2026-04-08T06:59:59Z")).kind());
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, ledger.assess(received("2026-04-08T07:00:00Z")).kind());
        }

        @Test
        @DisplayName("aanwijzing wijzigt tijdens de termijn: per moment de toen aangewezen kanalen")
        void designationChanges() {
            // Portal designated until 04-07T12:00Z; form down 10:00Z-14:00Z. Total only 12:00Z-14:00Z = 2 h,
            // from the end 22:00Z -> excused until 2026-04-08T00:00Z (by hand).
            var ledger = SubmissionTermLedger.of(objectionTerm()).withOutages(OutageRegister.of(List.of(
                    Outage.of(FORM, at("2026-04-07T10:00:00Z"), at("2026-04-07T14:00:00Z"), false))),
                    LedgerFixtures.registerPortalUntil(at("2026-04-07T12:00:00Z")));
            assertEquals(Kind.LATE_EXCUSED, ledger.assess(received("2026-04-07T23:59:59Z")).kind());
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, ledger.assess(received("2026-04-08T00:00:00Z")).kind());
        }

        @Test
        @DisplayName("zomertijd eindigt: de verschoning is verstreken tijd, ook op een dag van 25 uur")
        void dst() {
            // Body-set term ending Sun 2026-10-25 (25 h): end 2026-10-25T23:00Z. Both channels down
            // 00:30Z-01:30Z (02:30 CEST to 02:30 CET) = 1 h elapsed -> excused until 2026-10-26T00:00Z.
            var ledger = SubmissionTermLedger.of(SubmissionTimeLimit.setByBody(LocalDate.of(2026, 10, 11),
                    LocalDate.of(2026, 10, 25), BEZWAAR)).withOutages(OutageRegister.of(List.of(
                    Outage.of(FORM, at("2026-10-25T00:30:00Z"), at("2026-10-25T01:30:00Z"), false),
                    Outage.of(PORTAL, at("2026-10-25T00:30:00Z"), at("2026-10-25T01:30:00Z"), false))),
                    LedgerFixtures.register());
            assertEquals(Kind.LATE_EXCUSED, ledger.assess(received("2026-10-25T23:59:59Z")).kind());
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, ledger.assess(received("2026-10-26T00:00:00Z")).kind());
        }
    }

    @Nested
    @DisplayName("Awb 2:22 — kennisgeving (2:10) niet verzonden of niet ontvangen (beleid P1, P3, P24)")
    class Article222 {
        private static final Instant ACCESSIBLE = Instant.parse("2026-02-20T10:00:00Z");

        private SubmissionTermLedger ledger(NotificationFacts facts, LedgerPolicies policies) {
            return SubmissionTermLedger.of(objectionTerm().withStartedBySending(BESLUIT)).withPolicies(policies)
                    .withNotification(facts);
        }

        private Kind kind(NotificationFacts facts, LedgerPolicies policies) {
            return ledger(facts, policies).assess(received("2026-06-01T09:00:00Z")).kind();
        }

        private static NotificationFacts facts(boolean optedOut, String sentAt, boolean notReceived) {
            return new NotificationFacts(BESLUIT, true, ACCESSIBLE, optedOut, sentAt == null ? null : at(sentAt),
                    notReceived);
        }

        @Test
        @DisplayName("lid 1 — niet verzonden, niet afgemeld: niet tegengeworpen, zonder grens (P3)")
        void lid1NotSent() {
            var out = ledger(facts(false, null, false), LedgerPolicies.defaults())
                    .assess(received("2026-06-01T09:00:00Z"));
            var excused = assertInstanceOf(SubmissionAssessment.LateExcused.class, out);
            assertEquals(Provision.AWB_2_22_LID_1, excused.excusals().get(0).provision());
            assertEquals(Optional.empty(), excused.excusals().get(0).excusedUntil());
        }

        @Test
        @DisplayName("P1 — precies 48 uur na toegankelijk worden verzonden telt als te laat en dus als niet verzonden")
        void p1Default() {
            // 2026-02-20T10:00Z + 172,800 s = 2026-02-22T10:00Z (no DST change in between).
            assertEquals(Kind.LATE_EXCUSED, kind(facts(false, "2026-02-22T10:00:00Z", false), LedgerPolicies.defaults()));
            assertEquals(Kind.LATE, kind(facts(false, "2026-02-22T09:59:59Z", false), LedgerPolicies.defaults()));
        }

        @Test
        @DisplayName("P1 configureerbaar — te laat maar geldig: 6:11 (ontvangen) of 2:22 lid 2 (niet ontvangen)")
        void p1LateButValid() {
            LedgerPolicies valid = LedgerPolicies.defaults().withLateNotification(
                    LedgerPolicies.LateNotification.LATE_BUT_VALID);
            var out = ledger(facts(false, "2026-02-23T10:00:00Z", false), valid).assess(received("2026-06-01T09:00:00Z"));
            assertEquals(Provision.AWB_6_11, ((SubmissionAssessment.LateNeedsAssessment) out).assessments().get(0)
                    .provision());
            var lid2 = ledger(facts(false, "2026-02-23T10:00:00Z", true), valid).assess(received("2026-06-01T09:00:00Z"));
            assertEquals(Provision.AWB_2_22_LID_2, ((SubmissionAssessment.LateNeedsAssessment) lid2).assessments()
                    .get(0).provision());
        }

        @Test
        @DisplayName("lid 2 — op tijd verzonden maar niet ontvangen: beoordeling van verzuim nodig (P18)")
        void lid2() {
            assertEquals(Kind.LATE_NEEDS_ASSESSMENT, kind(facts(false, "2026-02-20T10:05:00Z", true),
                    LedgerPolicies.defaults()));
        }

        @Test
        @DisplayName("afgemeld — geen lid 1 en geen lid 2 (P24): te laat, alleen 6:11 resteert")
        void optedOut() {
            assertEquals(Kind.LATE, kind(facts(true, null, false), LedgerPolicies.defaults()));
        }

        @Test
        @DisplayName("geen plaatsing (e-mail): 2:10 en 2:22 gelden niet")
        void noPlacement() {
            assertEquals(Kind.LATE, kind(NotificationFacts.noPlacement(BESLUIT), LedgerPolicies.defaults()));
        }

        @Test
        @DisplayName("P13 — toegankelijk geworden vóór 2026: 2:22 gold nog niet")
        void notInForce() {
            var ledger = SubmissionTermLedger.of(SubmissionTimeLimit.objection(LocalDate.of(2025, 12, 20), BEZWAAR, CAL)
                    .withStartedBySending(BESLUIT)).withNotification(new NotificationFacts(BESLUIT, true,
                    at("2025-12-20T10:00:00Z"), false, null, false));
            assertEquals(Kind.LATE, ledger.assess(received("2026-03-01T09:00:00Z")).kind());
        }

        @Test
        @DisplayName("alleen voor de termijn die met de verzending van dat bericht begon")
        void otherMessage() {
            var e = assertThrows(InvalidInputException.class, () -> SubmissionTermLedger.of(objectionTerm()
                    .withStartedBySending(BESLUIT)).withNotification(new NotificationFacts(MessageId.of("ander"),
                    true, ACCESSIBLE, false, null, false)));
            assertEquals("notification.messageId", e.field());
            var none = assertThrows(InvalidInputException.class, () -> SubmissionTermLedger.of(objectionTerm())
                    .withNotification(facts(false, null, false)));
            assertEquals("notification.messageId", none.field());
        }

        @Test
        @DisplayName("samenloop — 2:22 lid 1 en 2:21 lid 3 beide vermeld, basis in vaste volgorde")
        void bothExcusals() {
            var ledger = SubmissionTermLedger.of(objectionTerm().withStartedBySending(BESLUIT))
                    .withNotification(facts(false, null, false))
                    .withOutages(OutageRegister.of(List.of(
                            Outage.of(FORM, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false),
                            Outage.of(PORTAL, at("2026-04-07T20:00:00Z"), at("2026-04-07T22:00:00Z"), false))),
                            LedgerFixtures.register());
            var out = assertInstanceOf(SubmissionAssessment.LateExcused.class,
                    ledger.assess(received("2026-04-07T23:00:00Z")));
            assertEquals(List.of(Provision.AWB_2_21_LID_3_ZIN_2, Provision.AWB_2_22_LID_1),
                    out.excusals().stream().map(ExcusableLateness::provision).toList());
        }
    }

    @Nested
    @DisplayName("onjuiste invoer — InvalidInputException met de naam van het veld")
    class BadInput {
        @Test
        @DisplayName("termijn van negatieve of nullengte")
        void negativeTerm() {
            assertEquals("lastDay", assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.setByBody(
                    LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), AANVRAAG)).field());
            assertEquals("lastDay", assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.setByBody(
                    LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), AANVRAAG)).field());
            assertEquals("amount", assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.of(
                    TimeLimit.statutory(-3, TermUnit.DAYS), LocalDate.of(2026, 3, 10), AANVRAAG, CAL)).field());
            assertEquals("unit", assertThrows(InvalidInputException.class, () -> SubmissionTimeLimit.of(
                    TimeLimit.statutory(48, TermUnit.HOURS), LocalDate.of(2026, 3, 10), AANVRAAG, CAL)).field());
        }

        @Test
        @DisplayName("onbekende tijdzone, niet-bestaande en dubbelzinnige lokale tijd")
        void zone() {
            assertEquals("zoneId", assertThrows(InvalidInputException.class, () -> Submission.electronicAtLocalTime(
                    BEZWAARSCHRIFT, LocalDateTime.parse("2026-03-20T10:00"), "Europe/Amsterdm")).field());
            assertEquals("exists", assertThrows(InvalidInputException.class, () -> Submission.electronicAtLocalTime(
                    BEZWAARSCHRIFT, LocalDateTime.parse("2026-03-29T02:30"), "Europe/Amsterdam")).constraint());
            assertEquals("unambiguous", assertThrows(InvalidInputException.class, () -> Submission
                    .electronicAtLocalTime(BEZWAARSCHRIFT, LocalDateTime.parse("2026-10-25T02:30"),
                            "Europe/Amsterdam")).constraint());
            // 23:59:59 CEST on 2026-04-07 = 21:59:59Z.
            assertEquals(at("2026-04-07T21:59:59Z"), Submission.electronicAtLocalTime(BEZWAARSCHRIFT,
                    LocalDateTime.parse("2026-04-07T23:59:59"), "Europe/Amsterdam").receivedAt());
        }

        @Test
        @DisplayName("storing die eindigt vóór ze begint")
        void outageEndBeforeStart() {
            assertEquals("end", assertThrows(InvalidInputException.class, () -> Outage.of(FORM,
                    at("2026-04-07T10:00:00Z"), at("2026-04-07T09:00:00Z"), false)).field());
        }

        @Test
        @DisplayName("reactie vóór ontvangst, posting na ontvangst, verlenging zonder typen, dubbele registraties")
        void others() {
            assertEquals("reactionAt", assertThrows(InvalidInputException.class, () -> WrongChannelSubmission.reacted(
                    WRONG, at("2026-03-20T10:00:00Z"), at("2026-03-20T09:00:00Z"), YES)).field());
            assertEquals("postedAt", assertThrows(InvalidInputException.class, () -> Submission.byPost(
                    BEZWAARSCHRIFT, at("2026-03-21T10:00:00Z"), at("2026-03-20T09:00:00Z"))).field());
            assertEquals("messageTypes", assertThrows(InvalidInputException.class, () -> OutageExtension
                    .unannounced("ref", Set.of(), Set.of(PORTAL), at("2026-03-20T09:00:00Z"))).field());
            assertEquals("instrumentRef", assertThrows(InvalidInputException.class, () -> OutageExtension
                    .unannounced(" ", Set.of(AANVRAAG), Set.of(PORTAL), at("2026-03-20T09:00:00Z"))).field());
            assertEquals("announcementChannel", assertThrows(InvalidInputException.class, () -> new OutageExtension(
                    "ref", Set.of(AANVRAAG), Set.of(PORTAL), at("2026-03-20T09:00:00Z"),
                    Optional.of(at("2026-03-19T09:00:00Z")), Optional.empty())).field());
            var ledger = SubmissionTermLedger.of(objectionTerm()).withOutages(OutageRegister.empty(),
                    LedgerFixtures.register());
            assertEquals("outages", assertThrows(InvalidInputException.class,
                    () -> ledger.withOutages(OutageRegister.empty(), LedgerFixtures.register())).field());
            assertEquals("outageLookBack", assertThrows(InvalidInputException.class,
                    () -> LedgerPolicies.defaults().withOutageLookBack(Duration.ZERO)).field());
        }

        @Test
        @DisplayName("null wordt bij elke publieke fabriek met naam geweigerd")
        void nulls() {
            assertEquals("base", assertThrows(InvalidInputException.class, () -> SubmissionTermLedger.of(null)).field());
            var ledger = SubmissionTermLedger.of(objectionTerm());
            assertEquals("submission", assertThrows(InvalidInputException.class, () -> ledger.assess(null)).field());
            assertEquals("extension", assertThrows(InvalidInputException.class, () -> ledger.withExtension(null)).field());
            assertEquals("policies", assertThrows(InvalidInputException.class, () -> ledger.withPolicies(null)).field());
            assertEquals("wrongChannelSubmission", assertThrows(InvalidInputException.class,
                    () -> ledger.withWrongChannelSubmission(null)).field());
            assertEquals("notification", assertThrows(InvalidInputException.class,
                    () -> ledger.withNotification(null)).field());
            assertEquals("designations", assertThrows(InvalidInputException.class,
                    () -> ledger.withOutages(OutageRegister.empty(), null)).field());
            assertEquals("messageType", assertThrows(InvalidInputException.class,
                    () -> SubmissionTimeLimit.objection(LocalDate.of(2026, 2, 20), null, CAL)).field());
            assertEquals("eventDay", assertThrows(InvalidInputException.class,
                    () -> SubmissionTimeLimit.setByBody(null, LocalDate.of(2026, 2, 20), AANVRAAG)).field());
            assertEquals("receivedAt", assertThrows(InvalidInputException.class,
                    () -> Submission.electronic(BEZWAARSCHRIFT, null)).field());
            assertEquals("reasonableBelief", assertThrows(InvalidInputException.class,
                    () -> WrongChannelSubmission.pendingReaction(WRONG, at("2026-03-20T10:00:00Z"), null)).field());
            assertEquals("calendar", assertThrows(InvalidInputException.class,
                    () -> LedgerPolicies.defaults().withCalendar(null)).field());
            assertEquals("event", assertThrows(InvalidInputException.class,
                    () -> OutageExtension.fromEvent(null, "ref", "site")).field());
            assertEquals("startedBySending", assertThrows(InvalidInputException.class,
                    () -> objectionTerm().withStartedBySending(null)).field());
        }
    }

    @Test
    @DisplayName("elke uitkomst heeft een rechtsgrond, een spoor en een Nederlandse en Engelse uitleg")
    void outcomeShape() {
        var out = SubmissionTermLedger.of(objectionTerm()).assess(received("2026-04-07T21:00:00Z"));
        assertFalse(out.legalBasis().isEmpty());
        assertFalse(out.trace().steps().isEmpty());
        assertTrue(out.explain(Locale.ROOT).startsWith("Bericht bezwaar-1 is tijdig ingediend"), out.explain(Locale.ROOT));
        assertTrue(out.explain(Locale.ENGLISH).startsWith("Message bezwaar-1 was submitted in time"));
    }
}
