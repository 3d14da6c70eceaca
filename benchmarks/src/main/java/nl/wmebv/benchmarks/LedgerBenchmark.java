package nl.wmebv.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.rules.timelimit.ExcusableLateness;
import nl.wmebv.rules.timelimit.NotificationFacts;
import nl.wmebv.rules.timelimit.OutageRegister;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import nl.wmebv.rules.timelimit.SubmissionTermLedger;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Part 3 of issue 8: the term ledger ({@link SubmissionTermLedger}) of a bezwaartermijn with three adjustments
 * &mdash; a 2:23 extension after a wrong channel, a total outage of both designated channels before the end
 * (2:21 lid 3) and a kennisgeving that was never sent (2:22 lid 1) &mdash; answering "was this bezwaarschrift
 * in time?" for four receipts in turn, against two baselines in the same run: the same ledger without
 * adjustments, and the bare statutory computation (the last day of {@link ObjectionTimeLimit#TIME_LIMIT}, its
 * end at 24:00 and one comparison).
 *
 * <p>The case, checked by hand (calendar of 2026: Easter Sunday 5 April, so Goede Vrijdag 3 April and Tweede
 * Paasdag 6 April): bekendmaking Friday 2026-02-20, bezwaartermijn of six weeks from Saturday 2026-02-21 to
 * Friday 2026-04-03, Goede Vrijdag, which the ATW moves past the weekend and Tweede Paasdag to Tuesday
 * 2026-04-07, ending 24:00 CEST = 2026-04-07T22:00Z. A bezwaarschrift by e-mail, a channel not designated for it, came in on Wednesday
 * 2026-04-01; the body pointed to the right channel on Friday 2026-04-03 and found that the sender could
 * reasonably think e-mail was allowed. P4: extension 2 calendar days, 04-07 + 2 = Thursday 04-09, floor the
 * first werkdag after 04-07 = Wednesday 04-08, so the last day is Thursday 2026-04-09 (no feestdag), ending
 * 2026-04-09T22:00Z. Both designated channels were down 2026-04-09T19:00Z&ndash;21:00Z: 2 h of total outage,
 * so P6 grants grace until 2026-04-10T00:00Z. The besluit was placed in the portal and became accessible on
 * 2026-02-20T10:00Z without a kennisgeving: 2:22 lid 1 excuses any lateness, without cap (P3).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LedgerBenchmark {
    static final AtwCalendar CALENDAR = AtwCalendar.standard();
    static final LocalDate ANNOUNCED = LocalDate.of(2026, 2, 20);
    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaarschrift");
    static final ChannelId FORM = ChannelId.of("webformulier-bezwaar");
    static final ChannelId PORTAL = ChannelId.of("mijn-voorbeeld");
    static final ChannelId MAIL = ChannelId.of("info-mail");
    static final MessageId BESLUIT = MessageId.of("besluit-2026-17");
    static final MessageId SUBMISSION = MessageId.of("bezwaar-1");

    /** The receipts assessed in turn, with the kind each must get (by hand, see the class comment). */
    private static final Instant[] RECEIPTS = {
        Instant.parse("2026-04-07T12:00:00Z"),   // before the statutory end: timely
        Instant.parse("2026-04-09T12:00:00Z"),   // after it, before the 2:23 end 04-09T22:00Z: timely
        Instant.parse("2026-04-09T23:30:00Z"),   // late, within the 2 h grace to 04-10T00:00Z: 2:21 lid 3 and 2:22
        Instant.parse("2026-05-01T09:00:00Z"),   // weeks late: only 2:22 lid 1 (unbounded, P3) excuses
    };

    private SubmissionTimeLimit term;
    private DesignationRegister register;
    private OutageRegister outages;
    private NotificationFacts notification;
    private WrongChannelSubmission wrongChannel;
    private SubmissionTermLedger adjusted;
    private SubmissionTermLedger bare;
    private Submission[] submissions;
    private int next;

    /** Builds the ledgers and checks that they give the hand-computed answers. */
    @Setup
    public void setUp() {
        register = register();
        term = SubmissionTimeLimit.objection(ANNOUNCED, BEZWAAR, CALENDAR).withStartedBySending(BESLUIT);
        outages = OutageRegister.of(List.of(
                Outage.of(FORM, Instant.parse("2026-04-09T19:00:00Z"), Instant.parse("2026-04-09T21:00:00Z"), false),
                Outage.of(PORTAL, Instant.parse("2026-04-09T19:00:00Z"), Instant.parse("2026-04-09T21:00:00Z"), false)));
        notification = new NotificationFacts(BESLUIT, true, Instant.parse("2026-02-20T10:00:00Z"), false, null, false);
        wrongChannel = WrongChannelSubmission.reacted(MessageId.of("bezwaar-per-mail"),
                Instant.parse("2026-04-01T09:00:00Z"), Instant.parse("2026-04-03T09:00:00Z"),
                BodyFinding.yes("de website noemde dit e-mailadres"));
        adjusted = build();
        bare = SubmissionTermLedger.of(term);
        submissions = new Submission[RECEIPTS.length];
        for (int i = 0; i < RECEIPTS.length; i++) {
            submissions[i] = Submission.electronic(SUBMISSION, RECEIPTS[i]);
        }
        check();
    }

    private SubmissionTermLedger build() {
        return SubmissionTermLedger.of(term).withWrongChannelSubmission(wrongChannel).withOutages(outages, register)
                .withNotification(notification);
    }

    private void check() {
        require(LocalDate.of(2026, 4, 7).equals(ObjectionTimeLimit.TIME_LIMIT.lastDay(ANNOUNCED, CALENDAR)),
                "statutory last day");
        require(Instant.parse("2026-04-09T22:00:00Z").equals(adjusted.adjustedTerm().endExclusive()), "2:23 end");
        SubmissionAssessment.Kind[] kinds = {SubmissionAssessment.Kind.TIMELY, SubmissionAssessment.Kind.TIMELY,
            SubmissionAssessment.Kind.LATE_EXCUSED, SubmissionAssessment.Kind.LATE_EXCUSED};
        List<List<Provision>> excusals = List.of(List.of(), List.of(),
                List.of(Provision.AWB_2_21_LID_3_ZIN_2, Provision.AWB_2_22_LID_1), List.of(Provision.AWB_2_22_LID_1));
        for (int i = 0; i < RECEIPTS.length; i++) {
            SubmissionAssessment a = adjusted.assess(submissions[i]);
            require(a.kind() == kinds[i], "receipt " + RECEIPTS[i] + " is " + a.kind() + ", expected " + kinds[i]);
            List<Provision> got = a instanceof SubmissionAssessment.LateExcused
                    ? ((SubmissionAssessment.LateExcused) a).excusals().stream().map(ExcusableLateness::provision).toList()
                    : List.of();
            require(got.equals(excusals.get(i)), "receipt " + RECEIPTS[i] + " excused by " + got);
            require(a.kind() == build().assess(submissions[i]).kind(), "rebuilt ledger");
            boolean floorTimely = floor(RECEIPTS[i]);
            require(floorTimely == (i == 0), "floor on receipt " + RECEIPTS[i]);
            require(bare.assess(submissions[i]).kind() == (floorTimely ? SubmissionAssessment.Kind.TIMELY
                    : SubmissionAssessment.Kind.LATE), "bare ledger on receipt " + RECEIPTS[i]);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("LedgerBenchmark set-up check failed: " + what);
        }
    }

    static DesignationRegister register() {
        Instant from = Instant.parse("2025-12-31T23:00:00Z");
        DesignationInstrument instrument = DesignationInstrument.byDecision("Gmb. 2025, 1");
        return DesignationRegister.builder(AdministrativeBody.of(BodyId.of("gemeente-voorbeeld"), "Gemeente Voorbeeld"))
                .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                .channel(Channel.of(FORM, ChannelKind.WEB_FORM, "https://voorbeeld.nl/bezwaar", AssuranceLevel.LOW))
                .channel(Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.nl", AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE))
                .designation(Designation.of(BEZWAAR, Set.of(FORM, PORTAL), from, instrument))
                .build();
    }

    private Submission submission() {
        next = (next + 1) & (RECEIPTS.length - 1);
        return submissions[next];
    }

    /** The bare statutory answer: received before 24:00 of the last day of the bezwaartermijn. */
    private static boolean floor(Instant receivedAt) {
        return receivedAt.isBefore(LegalTime.endOfLegalDayExclusive(
                ObjectionTimeLimit.TIME_LIMIT.lastDay(ANNOUNCED, CALENDAR)));
    }

    /**
     * The floor: the statutory last day (6:7, 6:8, ATW), its end at 24:00 and one comparison; no adjustments,
     * no outcome, no trace.
     *
     * @return whether the receipt is in time by the statutory term alone
     */
    @Benchmark
    public boolean floorStatutoryTimely() {
        return floor(submission().receivedAt());
    }

    /**
     * The ledger without adjustments: base term, 6:9 timeliness, outcome with entries and trace.
     *
     * @return the assessment
     */
    @Benchmark
    public SubmissionAssessment ledgerNoAdjustments() {
        return bare.assess(submission());
    }

    /**
     * The ledger with the three adjustments, built once (an embedder that keeps the ledger of a term).
     *
     * @return the assessment
     */
    @Benchmark
    public SubmissionAssessment ledgerThreeAdjustments() {
        return adjusted.assess(submission());
    }

    /**
     * The ledger with the three adjustments, built from its facts for every question (an embedder that keeps
     * only the facts).
     *
     * @return the assessment
     */
    @Benchmark
    public SubmissionAssessment ledgerBuildThreeAdjustments() {
        return build().assess(submission());
    }
}
