package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.AANVRAAG;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BESLUIT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.BEZWAAR;
import static nl.wmebv.rules.timelimit.LedgerFixtures.CAL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.FORM;
import static nl.wmebv.rules.timelimit.LedgerFixtures.MAIL;
import static nl.wmebv.rules.timelimit.LedgerFixtures.PORTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.timelimit.SubmissionAssessment.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legal invariants of the term ledger over seeded random terms, adjustments and submissions. The generator
 * favours the boundaries: term ends near feestdagen and DST changes, receipts within seconds of an end,
 * outages that overlap the end. The seed is fixed and printed with every failure.
 */
@DisplayName("Termijnadministratie — wettelijke invarianten over gegenereerde termijnen")
class LedgerProperties {
    private static final long SEED = 0x2_21_2_22_2_23L;
    private static final int CASES = 1_500;
    private static final DesignationRegister REGISTER = LedgerFixtures.register();
    /** Event days whose terms end near feestdagen and DST changes (checked against the ATW table by the core). */
    private static final LocalDate[] ANCHORS = {LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 15),
        LocalDate.of(2026, 3, 16), LocalDate.of(2026, 9, 13), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 4, 2), LocalDate.of(2027, 3, 14), LocalDate.of(2026, 4, 1), LocalDate.of(2031, 3, 15)};

    /** One generated case: the recorded adjustments, in recording order, and the submission. */
    record Case(int index, SubmissionTimeLimit base, List<OutageExtension> extensions,
            List<WrongChannelSubmission> wrong, List<Outage> outages, Optional<NotificationFacts> notification,
            LedgerPolicies policies, Submission submission) {

        SubmissionTermLedger ledger(List<OutageExtension> ext, List<WrongChannelSubmission> wc, List<Outage> out) {
            SubmissionTermLedger l = SubmissionTermLedger.of(base).withPolicies(policies);
            for (OutageExtension x : ext) {
                l = l.withExtension(x);
            }
            for (WrongChannelSubmission w : wc) {
                l = l.withWrongChannelSubmission(w);
            }
            if (notification.isPresent()) {
                l = l.withNotification(notification.get());
            }
            return l.withOutages(OutageRegister.of(out), REGISTER);
        }

        SubmissionTermLedger ledger() {
            return ledger(extensions, wrong, outages);
        }

        @Override
        public String toString() {
            return "seed " + SEED + " case " + index + ": " + base + ", " + extensions.size() + " ext, " + wrong
                    + ", outages " + outages + ", " + notification + ", " + submission;
        }
    }

    static Stream<Case> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> generate(i, random.split()));
    }

    private static Case generate(int index, SplittableRandom r) {
        LocalDate event = ANCHORS[r.nextInt(ANCHORS.length)].plusDays(r.nextInt(-3, 4));
        SubmissionTimeLimit base = switch (r.nextInt(4)) {
            case 0 -> SubmissionTimeLimit.objection(event, BEZWAAR, CAL).withStartedBySending(BESLUIT);
            case 1 -> SubmissionTimeLimit.of(TimeLimit.statutory(r.nextInt(1, 30), TermUnit.DAYS), event, BEZWAAR, CAL)
                    .withStartedBySending(BESLUIT);
            case 2 -> SubmissionTimeLimit.setByBody(event, event.plusDays(r.nextInt(1, 20)), BEZWAAR)
                    .withStartedBySending(BESLUIT);
            default -> SubmissionTimeLimit.of(TimeLimit.statutory(r.nextInt(1, 4), TermUnit.WEEKS), event, AANVRAAG, CAL)
                    .withStartedBySending(BESLUIT);
        };
        Instant start = base.start();
        Instant end = base.endExclusive();
        List<OutageExtension> extensions = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Instant newEnd = end.plusSeconds(r.nextLong(-3 * 86_400L, 6 * 86_400L));
            OutageExtension x = OutageExtension.unannounced("ext-" + i, r.nextBoolean() ? Set.of(BEZWAAR, AANVRAAG)
                    : Set.of(AANVRAAG), Set.of(PORTAL), newEnd);
            extensions.add(r.nextBoolean() ? x : x.withAnnouncement(start, "website"));
        }
        List<WrongChannelSubmission> wrong = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Instant received = around(r, start, end);
            BodyFinding belief = switch (r.nextInt(4)) {
                case 0 -> BodyFinding.no("duidelijk vermeld");
                case 1 -> BodyFinding.notStated();
                default -> BodyFinding.yes("verwarrende website");
            };
            Optional<Instant> reaction = r.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(received.plusSeconds(r.nextLong(0, 9 * 86_400L)));
            wrong.add(new WrongChannelSubmission(MessageId.of("verkeerd-" + i), received, reaction, belief));
        }
        List<Outage> outages = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            outages.add(outage(r, start, end));
        }
        Optional<NotificationFacts> notification = Optional.empty();
        if (r.nextInt(3) == 0) {
            Instant accessible = LegalTime.startOfLegalDay(event).plusSeconds(r.nextLong(0, 86_400L));
            boolean sent = r.nextBoolean();
            Instant sentAt = sent ? accessible.plusSeconds(r.nextLong(0, 4 * 86_400L)) : null;
            notification = Optional.of(new NotificationFacts(BESLUIT, true, accessible, r.nextInt(4) == 0, sentAt,
                    sent && r.nextBoolean()));
        }
        LedgerPolicies policies = LedgerPolicies.defaults();
        if (r.nextBoolean()) {
            policies = policies.withLateNotification(LedgerPolicies.LateNotification.LATE_BUT_VALID);
        }
        if (r.nextInt(3) == 0) {
            policies = policies.withOutageLookBack(java.time.Duration.ofHours(r.nextInt(1, 72)));
        }
        Instant received = r.nextInt(3) == 0 ? around(r, start, end) : end.plusSeconds(r.nextLong(-7_200, 3 * 86_400L));
        Submission submission = r.nextInt(6) == 0
                ? Submission.byPost(LedgerFixtures.BEZWAARSCHRIFT, received.minusSeconds(r.nextLong(0, 8 * 86_400L)),
                        received)
                : Submission.electronic(LedgerFixtures.BEZWAARSCHRIFT, received);
        return new Case(index, base, extensions, wrong, outages, notification, policies, submission);
    }

    private static Instant around(SplittableRandom r, Instant start, Instant end) {
        long span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        return r.nextInt(3) == 0 ? end.plusSeconds(r.nextLong(-3, 3)) : start.plusSeconds(r.nextLong(0, span));
    }

    private static Outage outage(SplittableRandom r, Instant start, Instant end) {
        ChannelId channel = switch (r.nextInt(4)) {
            case 0 -> MAIL;
            case 1 -> PORTAL;
            default -> FORM;
        };
        Instant from = r.nextBoolean() ? end.minusSeconds(r.nextLong(1, 12 * 3_600L)) : around(r, start, end);
        if (r.nextInt(6) == 0) {
            return Outage.ofOpenEnded(channel, from, false);
        }
        return Outage.of(channel, from, from.plusSeconds(r.nextLong(60, 20 * 3_600L)), false);
    }

    private static int rank(Kind k) {
        return switch (k) {
            case TIMELY -> 3;
            case LATE_EXCUSED -> 2;
            case LATE_NEEDS_ASSESSMENT -> 1;
            case LATE -> 0;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("geen aanpassing vervroegt; vóór het onaangepaste einde is tijdig; storing maakt nooit slechter; "
            + "2:23 ≥ 1 werkdag; volgorde van vastleggen doet er niet toe")
    void invariants(Case c) {
        SubmissionTermLedger ledger = c.ledger();
        SubmissionAssessment out = ledger.assess(c.submission());
        AdjustedTerm term = out.term();
        // No adjustment ever moves a last day earlier.
        for (LedgerEntry e : term.entries()) {
            assertFalse(e.endAfter().isBefore(e.endBefore()), c::toString);
            assertFalse(e.lastDayAfter().isBefore(e.lastDayBefore()), c::toString);
        }
        assertFalse(term.endExclusive().isBefore(c.base().endExclusive()), c::toString);
        // A submission received before the unadjusted end is always timely.
        if (c.submission().receivedAt().isBefore(c.base().endExclusive())) {
            assertEquals(Kind.TIMELY, out.kind(), c::toString);
        }
        // 2:23: at least one werkdag.
        for (LedgerEntry e : term.entries()) {
            if (e.finding().equals("ledger.wrongChannel.extended")) {
                assertFalse(e.lastDayAfter().isBefore(CAL.nextWorkingDayAfter(e.lastDayBefore())), c::toString);
            }
        }
        // Adding an outage never makes the outcome worse (in particular never turns timely into late).
        for (ChannelId channel : List.of(FORM, PORTAL, MAIL)) {
            List<Outage> more = new ArrayList<>(c.outages());
            more.add(Outage.of(channel, c.base().endExclusive().minusSeconds(3_600), c.base().endExclusive()
                    .plusSeconds(1_800), false));
            Kind with = c.ledger(c.extensions(), c.wrong(), more).assess(c.submission()).kind();
            assertTrue(rank(with) >= rank(out.kind()), () -> c + " with outage of " + channel + ": " + with);
        }
        // The result is independent of the order the adjustments were recorded in.
        Random shuffle = new Random(SEED + c.index());
        List<OutageExtension> ext = new ArrayList<>(c.extensions());
        List<WrongChannelSubmission> wc = new ArrayList<>(c.wrong());
        List<Outage> outs = new ArrayList<>(c.outages());
        Collections.shuffle(ext, shuffle);
        Collections.shuffle(wc, shuffle);
        Collections.shuffle(outs, shuffle);
        assertEquals(out, c.ledger(ext, wc, outs).assess(c.submission()), c::toString);
        // Every outcome rests on a provision and explains itself in both languages.
        assertFalse(out.legalBasis().isEmpty(), c::toString);
        assertFalse(out.explain(java.util.Locale.ROOT).isBlank(), c::toString);
        assertFalse(out.explain(java.util.Locale.ENGLISH).isBlank(), c::toString);
    }

    @Test
    @DisplayName("de generator bereikt elke uitkomst en elke soort aanpassing")
    void coverage() {
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        Set<String> findings = new HashSet<>();
        cases().forEach(c -> {
            SubmissionAssessment out = c.ledger().assess(c.submission());
            kinds.merge(out.kind(), 1, Integer::sum);
            out.entries().forEach(e -> findings.add(e.finding()));
            out.trace().flatten().forEach(s -> findings.add(s.finding()));
        });
        for (Kind k : Kind.values()) {
            assertTrue(kinds.getOrDefault(k, 0) >= 20, () -> "seed " + SEED + ": too few " + k + " in " + kinds);
        }
        for (String f : List.of("ledger.outageExtension.extended", "ledger.outageExtension.otherType",
                "ledger.outageExtension.noEffect", "ledger.wrongChannel.extended", "ledger.wrongChannel.pending",
                "ledger.wrongChannel.beliefNotStated", "ledger.wrongChannel.receivedAfterEnd", "ledger.outage.grace",
                "ledger.fault.outage", "ledger.notification.notSent", "ledger.fault.notificationNotReceived",
                "ledger.fault.reasonableBelief", "ledger.post.inTime")) {
            assertTrue(findings.contains(f), () -> "seed " + SEED + ": generator never reaches " + f);
        }
    }
}
