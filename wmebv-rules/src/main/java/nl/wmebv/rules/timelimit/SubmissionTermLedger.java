package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.SubmissionTimeliness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A term ledger (<em>termijnadministratie</em>) for one submission term: the base computation and every
 * adjustment, each with its legal basis, answering "is this submission timely?" with a
 * {@link SubmissionAssessment}: timely, late but excused, late needing assessment, or late.
 *
 * <p><b>Order of composition.</b> Adjustments may be recorded in any order; the ledger always applies them in
 * this order, and sorts adjustments of one kind by a fixed key, so the result does not depend on the order
 * of recording:
 * <ol>
 *   <li><b>Base</b>: the term by the legal calendar, ATW art. 1&ndash;2 for statutory terms, body-set terms as
 *       given (P15) ({@link SubmissionTimeLimit}).</li>
 *   <li><b>Awb 2:21 lid 1&ndash;2</b>, {@link OutageExtension}s, by new end: for a statutory term of a listed
 *       message type the end becomes the later of the end so far and the body's new end, taken as given (P15).
 *       An unannounced extension still extends and raises {@link LedgerFlag#ANNOUNCEMENT_DUE} (lid 2). It comes
 *       first because it changes the term itself, which 2:23 then extends ("deze termijn").</li>
 *   <li><b>Awb 2:23</b>, {@link WrongChannelSubmission}s, by moment of receipt, each on the end so far (P4):
 *       extension = whole calendar days {@code date(reaction) - date(receipt)} in Europe/Amsterdam; floor = the
 *       first werkdag after the last day so far; new last day = max(last day + extension, floor), ending 24:00;
 *       then ATW art. 1 where the ATW applies to the term. No reaction yet: pending, unbounded (P5,
 *       {@link LedgerFlag#EXTENSION_PENDING_REACTION}). A message received at or after the end so far does not
 *       extend: a term that has run out cannot be extended [TEXT-inf]. The finding "redelijkerwijs kon menen"
 *       is the body's: NO does not extend; NOT_STATED does not extend but makes a submission that only such an
 *       extension would save "needs assessment" (P18).</li>
 *   <li><b>Timeliness</b> against the adjusted end: received before it (Awb 6:9 lid 1 for a bezwaarschrift),
 *       or for a bezwaarschrift by post, posted before it and received within a week after it (6:9 lid 2);
 *       while a 2:23 extension is pending, every receipt is timely (if the body reacts later, the extension
 *       reaches at least the day of receipt, because the wrong-channel message came in before the end).</li>
 *   <li><b>Excusals</b> of a late submission, which never change the term: Awb 2:21 lid 3 (second sentence
 *       excuses within the guaranteed grace of P6, see {@link #withOutages}; beyond it the first sentence needs
 *       an assessment) and Awb 2:22 (lid 1 excuses without cap, P3; lid 2 needs an assessment; after an
 *       opt-out neither, P24; P1 for a late kennisgeving). Any excusal gives LATE_EXCUSED; else any question
 *       gives LATE_NEEDS_ASSESSMENT; else LATE.</li>
 * </ol>
 * The in-force rule P13 applies per provision: 2:21 lid 1 to terms ending after 2025; 2:23 by the receipt of
 * the wrong-channel message; 2:21 lid 3 by the receipt of the submission; 2:22 by the moment the message
 * became accessible.
 *
 * <p>This class is immutable and thread-safe; {@code with…} methods return a new ledger.
 */
public final class SubmissionTermLedger {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionTermLedger.class);
    private static final Comparator<OutageExtension> EXTENSION_ORDER = Comparator
            .comparing(OutageExtension::newEnd)
            .thenComparing(OutageExtension::instrumentRef)
            .thenComparing(e -> sortedText(e.messageTypes()))
            .thenComparing(e -> sortedText(e.channels()))
            .thenComparing(e -> e.announcedAt().orElse(Instant.MAX))
            .thenComparing(e -> e.announcementChannel().orElse(""));
    private static final Comparator<WrongChannelSubmission> WRONG_CHANNEL_ORDER = Comparator
            .comparing(WrongChannelSubmission::receivedAt)
            .thenComparing(w -> w.messageId().value())
            .thenComparing(w -> w.reactionAt().orElse(Instant.MAX))
            .thenComparing(w -> w.reasonableBelief().answer())
            .thenComparing(w -> w.reasonableBelief().reason());

    private final SubmissionTimeLimit base;
    private final LedgerPolicies policies;
    private final List<OutageExtension> extensions;
    private final List<WrongChannelSubmission> wrongChannel;
    private final Optional<OutageRegister> outages;
    private final Optional<DesignationRegister> designations;
    private final Optional<NotificationFacts> notification;

    private SubmissionTermLedger(SubmissionTimeLimit base, LedgerPolicies policies, List<OutageExtension> extensions,
            List<WrongChannelSubmission> wrongChannel, Optional<OutageRegister> outages,
            Optional<DesignationRegister> designations, Optional<NotificationFacts> notification) {
        this.base = base;
        this.policies = policies;
        this.extensions = extensions;
        this.wrongChannel = wrongChannel;
        this.outages = outages;
        this.designations = designations;
        this.notification = notification;
    }

    /**
     * Starts a ledger for a term, with the default policies.
     *
     * @param base  the base term, not null
     * @return the ledger without adjustments
     * @throws nl.wmebv.core.InvalidInputException if {@code base} is null
     */
    public static SubmissionTermLedger of(SubmissionTimeLimit base) {
        return new SubmissionTermLedger(Checks.notNull(base, "base"), LedgerPolicies.defaults(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns this ledger with other policies (P1, P6, calendar).
     *
     * @param policies  the policies, not null
     * @return the new ledger
     * @throws nl.wmebv.core.InvalidInputException if {@code policies} is null
     */
    public SubmissionTermLedger withPolicies(LedgerPolicies policies) {
        return new SubmissionTermLedger(base, Checks.notNull(policies, "policies"), extensions, wrongChannel, outages,
                designations, notification);
    }

    /**
     * Records a body's extension because of reduced electronic reachability (Awb 2:21 lid 1&ndash;2).
     *
     * @param extension  the extension, not null
     * @return the new ledger
     * @throws nl.wmebv.core.InvalidInputException if {@code extension} is null
     */
    public SubmissionTermLedger withExtension(OutageExtension extension) {
        Checks.notNull(extension, "extension");
        List<OutageExtension> list = new ArrayList<>(extensions);
        list.add(extension);
        return new SubmissionTermLedger(base, policies, List.copyOf(list), wrongChannel, outages, designations,
                notification);
    }

    /**
     * Records a wrong-channel message and the body's reaction (Awb 2:16 lid 1, 2:23).
     *
     * @param submission  the facts, not null
     * @return the new ledger
     * @throws nl.wmebv.core.InvalidInputException if {@code submission} is null
     */
    public SubmissionTermLedger withWrongChannelSubmission(WrongChannelSubmission submission) {
        Checks.notNull(submission, "wrongChannelSubmission");
        List<WrongChannelSubmission> list = new ArrayList<>(wrongChannel);
        list.add(submission);
        return new SubmissionTermLedger(base, policies, extensions, List.copyOf(list), outages, designations,
                notification);
    }

    /**
     * Records the outages of the body's channels and its designations, for Awb 2:21 lid 3. Only outages in
     * which a channel designated (2:13 lid 2) for the term's message type was not reachable count; which
     * channels are designated is looked up at each moment, so a designation that changes during the term is
     * followed.
     *
     * <p><b>Guaranteed grace (second sentence, P6).</b> The grace is the total time within the look-back
     * window (default: the whole term, {@link LedgerPolicies#withOutageLookBack}) during which <em>every</em>
     * channel designated for the type was down at once. It runs from the later of the term's end and the end
     * of a total outage still in progress at the term's end. A submission received before that point plus the
     * grace is excused. A partial outage (another designated channel up) gives no grace. Beyond the grace, or
     * with only partial outages, the first sentence asks whether the sender was in verzuim: needs assessment,
     * with the outages per channel, the term's end, the grace and the receipt (P18).
     *
     * <p><b>Worked example.</b> A bezwaartermijn ends on Tuesday 2026-04-07 at 24:00 CEST
     * (2026-04-07T22:00Z). The bezwaar type has two designated channels, the web form and the portal. The web
     * form is down 2026-04-06T08:00Z&ndash;12:00Z (4 h) while the portal is up: partial, no grace. Both are
     * down 2026-04-07T09:00Z&ndash;10:30Z (1 h 30 min) and from 2026-04-07T20:00Z (22:00 CEST) until
     * 2026-04-08T06:00Z (08:00 CEST). Time with everything down within the term: 1 h 30 min + 2 h (20:00Z to
     * the end at 22:00Z) = 3 h 30 min. A total outage is in progress at the end, so the grace runs from its end,
     * 2026-04-08T06:00Z, until 2026-04-08T09:30Z (11:30 CEST). Received at 11:29 CEST: late but excused (2:21
     * lid 3, second sentence). Received at 11:30 CEST: needs assessment under the first sentence.
     *
     * @param outageRegister  the outages, not null
     * @param designations    the body's designation register, not null; must know the term's message type
     * @return the new ledger
     * @throws nl.wmebv.core.InvalidInputException if a value is null, outages were already recorded
     *         ({@code "outages"}, {@code "once"}), or the register does not know the type ({@code "messageType"})
     */
    public SubmissionTermLedger withOutages(OutageRegister outageRegister, DesignationRegister designations) {
        Checks.notNull(outageRegister, "outages");
        Checks.notNull(designations, "designations");
        Checks.require(outages.isEmpty(), "outages", "once",
                "outages were already recorded; add outages to the OutageRegister instead",
                Provision.AWB_2_21_LID_3.basis());
        designations.messageType(base.messageType());
        return new SubmissionTermLedger(base, policies, extensions, wrongChannel, Optional.of(outageRegister),
                Optional.of(designations), notification);
    }

    /**
     * Records what happened to the kennisgeving (Awb 2:10) of the message whose sending started the term, for
     * Awb 2:22.
     *
     * @param facts  the facts, not null; about the message recorded by
     *               {@link SubmissionTimeLimit#withStartedBySending}
     * @return the new ledger
     * @throws nl.wmebv.core.InvalidInputException if {@code facts} is null, already recorded
     *         ({@code "notification"}, {@code "once"}), or about another message than the one whose sending
     *         started the term ({@code "notification.messageId"}, {@code "startedTheTerm"})
     */
    public SubmissionTermLedger withNotification(NotificationFacts facts) {
        Checks.notNull(facts, "notification");
        Checks.require(notification.isEmpty(), "notification", "once", "a kennisgeving was already recorded",
                Provision.AWB_2_22_LID_1.basis());
        Checks.require(base.startedBySending().map(facts.messageId()::equals).orElse(false),
                "notification.messageId", "startedTheTerm", "must be the message whose sending started the term ("
                        + base.startedBySending().map(String::valueOf).orElse("none recorded") + "), was "
                        + facts.messageId(), Provision.AWB_2_22_LID_1.basis());
        return new SubmissionTermLedger(base, policies, extensions, wrongChannel, outages, designations,
                Optional.of(facts));
    }

    /**
     * Returns the base term.
     *
     * @return the base
     */
    public SubmissionTimeLimit base() {
        return base;
    }

    /**
     * Returns the policies.
     *
     * @return the policies
     */
    public LedgerPolicies policies() {
        return policies;
    }

    /**
     * Returns the term after every extension (2:21 lid 1&ndash;2, 2:23), with its entries and flags.
     *
     * @return the adjusted term
     * @throws nl.wmebv.core.InvalidInputException if an extension runs outside the calendar ({@code "date"})
     */
    public AdjustedTerm adjustedTerm() {
        return adjust().term();
    }

    /** The adjusted term plus the end it would have if every unstated 2:23 finding were yes. */
    private record Adjustment(AdjustedTerm term, Instant possibleEnd, boolean possibleOpen,
            List<WrongChannelSubmission> unstated) {
    }

    private Adjustment adjust() {
        AtwCalendar calendar = policies.calendar();
        List<LedgerEntry> entries = new ArrayList<>();
        Set<LedgerFlag> flags = EnumSet.noneOf(LedgerFlag.class);
        Instant end = base.endExclusive();
        entries.add(baseEntry());

        List<OutageExtension> exts = new ArrayList<>(extensions);
        exts.sort(EXTENSION_ORDER);
        for (OutageExtension x : exts) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("instrumentRef", x.instrumentRef());
            facts.put("messageTypes", sortedText(x.messageTypes()));
            facts.put("channels", sortedText(x.channels()));
            facts.put("newEnd", LegalTime.render(x.newEnd()));
            facts.put("announcedAt", x.announcedAt().map(LegalTime::render).orElse("-"));
            facts.put("announcementChannel", x.announcementChannel().orElse("-"));
            String finding;
            Instant after = end;
            if (!x.messageTypes().contains(base.messageType())) {
                finding = "ledger.outageExtension.otherType";
            } else if (!base.statutory()) {
                finding = "ledger.outageExtension.notStatutory";
            } else if (!base.endExclusive().isAfter(inForce(Provision.AWB_2_21_LID_1))) {
                finding = "ledger.outageExtension.notInForce";
            } else {
                finding = x.newEnd().isAfter(end) ? "ledger.outageExtension.extended" : "ledger.outageExtension.noEffect";
                after = x.newEnd().isAfter(end) ? x.newEnd() : end;
                if (!x.announced()) {
                    flags.add(LedgerFlag.ANNOUNCEMENT_DUE);
                }
            }
            boolean applied = finding.endsWith("extended") || finding.endsWith("noEffect");
            entries.add(new LedgerEntry(Provision.AWB_2_21_LID_1, finding, applied,
                    end, after, facts));
            end = after;
        }

        List<WrongChannelSubmission> wcs = new ArrayList<>(wrongChannel);
        wcs.sort(WRONG_CHANNEL_ORDER);
        boolean open = false;
        Instant possibleEnd = end;
        boolean possibleOpen = false;
        List<WrongChannelSubmission> unstated = new ArrayList<>();
        for (WrongChannelSubmission w : wcs) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("messageId", w.messageId().value());
            facts.put("receivedAt", LegalTime.render(w.receivedAt()));
            facts.put("reactionAt", w.reactionAt().map(LegalTime::render).orElse("-"));
            facts.put("reasonableBelief", w.reasonableBelief().answer().name());
            facts.put("reason", w.reasonableBelief().reason());
            Instant after = end;
            String finding;
            boolean applied = false;
            if (w.receivedAt().isBefore(inForce(Provision.AWB_2_23))) {
                finding = "ledger.wrongChannel.notInForce";
            } else if (w.reasonableBelief().answer() == nl.wmebv.core.BodyFinding.Answer.NO) {
                finding = "ledger.wrongChannel.beliefNo";
            } else if (w.reasonableBelief().answer() == nl.wmebv.core.BodyFinding.Answer.NOT_STATED) {
                finding = "ledger.wrongChannel.beliefNotStated";
                if (!possibleOpen && w.receivedAt().isBefore(possibleEnd)) {
                    unstated.add(w);
                    if (w.reactionAt().isEmpty()) {
                        possibleOpen = true;
                    } else {
                        LocalDate hypothetical = extendedLastDay(lastDayOf(possibleEnd), w, calendar, facts);
                        possibleEnd = max(possibleEnd, LegalTime.endOfLegalDayExclusive(hypothetical));
                    }
                }
            } else if (open) {
                finding = "ledger.wrongChannel.pending";
                applied = true;
            } else if (!w.receivedAt().isBefore(end)) {
                finding = "ledger.wrongChannel.receivedAfterEnd";
                facts.put("endSoFar", LegalTime.render(end));
            } else if (w.reactionAt().isEmpty()) {
                finding = "ledger.wrongChannel.pending";
                applied = true;
                open = true;
                possibleOpen = true;
                flags.add(LedgerFlag.EXTENSION_PENDING_REACTION);
            } else {
                finding = "ledger.wrongChannel.extended";
                applied = true;
                LocalDate newLast = extendedLastDay(lastDayOf(end), w, calendar, facts);
                after = max(end, LegalTime.endOfLegalDayExclusive(newLast));
                possibleEnd = max(possibleEnd, after);
            }
            entries.add(new LedgerEntry(Provision.AWB_2_23, finding, applied, end, after, facts));
            end = after;
            possibleEnd = max(possibleEnd, end);
        }
        AdjustedTerm term = new AdjustedTerm(base, entries, end, open, flags);
        return new Adjustment(term, possibleEnd, possibleOpen, List.copyOf(unstated));
    }

    /** P4: the new last day after a 2:23 extension of a term whose last day so far is {@code lastDay}. */
    private LocalDate extendedLastDay(LocalDate lastDay, WrongChannelSubmission w, AtwCalendar calendar,
            Map<String, String> facts) {
        LocalDate receiptDay = LegalTime.legalDay(w.receivedAt());
        LocalDate reactionDay = LegalTime.legalDay(w.reactionAt().orElseThrow());
        long days = ChronoUnit.DAYS.between(receiptDay, reactionDay);
        LocalDate candidate = lastDay.plusDays(days);
        LocalDate floor = calendar.nextWorkingDayAfter(lastDay);
        LocalDate chosen = candidate.isAfter(floor) ? candidate : floor;
        LocalDate result = base.atwApplicable() ? calendar.firstWorkingDayOnOrAfter(chosen) : chosen;
        facts.put("calendarDays", Long.toString(days));
        facts.put("lastDaySoFar", lastDay.toString());
        facts.put("plusExtension", candidate.toString());
        facts.put("workingDayFloor", floor.toString());
        facts.put("atwApplied", Boolean.toString(base.atwApplicable()));
        facts.put("newLastDay", result.toString());
        return result;
    }

    private LedgerEntry baseEntry() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("messageType", base.messageType().value());
        facts.put("eventDay", base.termEnd().eventDay().toString());
        facts.put("amount", Integer.toString(base.termEnd().timeLimit().amount()));
        facts.put("unit", base.termEnd().timeLimit().unit().name());
        facts.put("statutory", Boolean.toString(base.statutory()));
        facts.put("unadjustedLastDay", base.termEnd().unadjustedLastDay().toString());
        facts.put("lastDay", base.lastDay().toString());
        facts.put("endExclusive", LegalTime.render(base.endExclusive()));
        return new LedgerEntry(baseProvision(), "ledger.base", true, base.endExclusive(), base.endExclusive(), facts);
    }

    private Provision baseProvision() {
        return base.termEnd().timeLimit().provision().orElse(Provision.ATW_1_LID_1);
    }

    /**
     * Judges a submission against the ledger.
     *
     * @param submission  the submission, not null
     * @return the assessment
     * @throws nl.wmebv.core.InvalidInputException if {@code submission} is null, or a computation runs outside
     *         the calendar
     */
    public SubmissionAssessment assess(Submission submission) {
        Checks.notNull(submission, "submission");
        Adjustment adj = adjust();
        AdjustedTerm term = adj.term();
        Instant end = term.endExclusive();
        Instant t = submission.receivedAt();
        boolean objection = base.objectionOrAppeal();

        List<Step> steps = new ArrayList<>(base.termEnd().trace().steps());
        for (LedgerEntry e : term.entries()) {
            steps.add(step(e.provision(), e.finding(), e.facts()).withFact("endAfter", LegalTime.render(e.endAfter())));
        }
        if (objection) {
            ObjectionTimeLimit o = base.objection().orElseThrow();
            SubmissionTimeliness unadjusted = submission.postedAt().isPresent()
                    ? o.timelinessByPost(submission.postedAt().get(), t) : o.timelinessOfReceipt(t);
            steps.add(Step.of(unadjusted.primaryBasis(), "ledger.unadjusted").withFact("kind", unadjusted.kind())
                    .withFact("lastDay", unadjusted.lastDay()));
        }

        // Timeliness against the adjusted end.
        Provision timelyBy = null;
        if (t.isBefore(end)) {
            timelyBy = objection ? Provision.AWB_6_9_LID_1 : provisionThatCovers(term, t);
        } else if (submission.postedAt().isPresent() && objection) {
            Instant posted = submission.postedAt().get();
            Instant weekAfter = end.atZone(LegalTime.AMSTERDAM).plusDays(7).toInstant();
            boolean ok = posted.isBefore(end) && t.isBefore(weekAfter);
            steps.add(Step.of(Provision.AWB_6_9_LID_2.basis(), ok ? "ledger.post.inTime" : "ledger.post.late")
                    .withFact("postedAt", LegalTime.render(posted))
                    .withFact("postalReceiptDeadline", LegalTime.render(weekAfter)));
            if (ok) {
                timelyBy = Provision.AWB_6_9_LID_2;
            }
        } else if (term.openEnded()) {
            timelyBy = Provision.AWB_2_23;
        }
        if (submission.postedAt().isPresent() && !objection) {
            steps.add(Step.of(Provision.AWB_6_9_LID_2.basis(), "ledger.post.notApplicable"));
        }
        Step judgement = Step.of(timelyBy != null ? timelyBy.basis() : (objection ? Provision.AWB_6_9_LID_1.basis()
                : baseProvision().basis()), timelyBy != null ? "ledger.timely" : "ledger.late")
                .withFact("messageId", submission.messageId())
                .withFact("receivedAt", LegalTime.render(t))
                .withFact("lastDay", term.lastDay())
                .withFact("endExclusive", LegalTime.render(end))
                .withFact("openEnded", term.openEnded());
        steps.add(judgement);
        if (timelyBy != null) {
            List<LegalBasis> bases = new ArrayList<>();
            bases.add(timelyBy.basis());
            addTermBases(bases, term);
            SubmissionAssessment out = new SubmissionAssessment.Timely(submission, term, timelyBy, bases,
                    Trace.of(steps));
            LOG.debug("Ledger {} for {}: {}", base.messageType(), submission.messageId(), out.kind());
            return out;
        }

        List<ExcusableLateness> excusals = new ArrayList<>();
        List<FaultAssessment> faults = new ArrayList<>();
        outageExcusal(submission, end, excusals, faults, steps);
        notificationExcusal(submission, end, excusals, faults, steps);
        if (!adj.unstated().isEmpty() && (adj.possibleOpen() || t.isBefore(adj.possibleEnd()))) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("messages", adj.unstated().stream().map(w -> w.messageId().value())
                    .collect(Collectors.joining(", ")));
            facts.put("receivedAt", adj.unstated().stream().map(w -> LegalTime.render(w.receivedAt()))
                    .collect(Collectors.joining(", ")));
            facts.put("reactionAt", adj.unstated().stream().map(w -> w.reactionAt().map(LegalTime::render)
                    .orElse("-")).collect(Collectors.joining(", ")));
            facts.put("endIfYes", adj.possibleOpen() ? "-" : LegalTime.render(adj.possibleEnd()));
            facts.put("submissionReceivedAt", LegalTime.render(t));
            faults.add(new FaultAssessment(Provision.AWB_2_23, "ledger.fault.reasonableBelief", facts));
            steps.add(step(Provision.AWB_2_23, "ledger.fault.reasonableBelief", facts));
        }

        List<LegalBasis> bases = new ArrayList<>();
        SubmissionAssessment out;
        Trace trace;
        if (!excusals.isEmpty()) {
            excusals.forEach(x -> addDistinct(bases, x.provision().basis()));
            addLateBases(bases, submission, term, objection);
            trace = Trace.of(steps);
            out = new SubmissionAssessment.LateExcused(submission, term, excusals, bases, trace);
        } else if (!faults.isEmpty()) {
            faults.forEach(x -> addDistinct(bases, x.provision().basis()));
            addLateBases(bases, submission, term, objection);
            trace = Trace.of(steps);
            out = new SubmissionAssessment.LateNeedsAssessment(submission, term, faults, bases, trace);
        } else {
            addLateBases(bases, submission, term, objection);
            trace = Trace.of(steps);
            out = new SubmissionAssessment.Late(submission, term, bases, trace);
        }
        LOG.debug("Ledger {} for {}: {}", base.messageType(), submission.messageId(), out.kind());
        return out;
    }

    private void outageExcusal(Submission submission, Instant end, List<ExcusableLateness> excusals,
            List<FaultAssessment> faults, List<Step> steps) {
        if (outages.isEmpty()) {
            return;
        }
        Instant t = submission.receivedAt();
        if (t.isBefore(inForce(Provision.AWB_2_21_LID_3))) {
            steps.add(Step.of(Provision.AWB_2_21_LID_3.basis(), "ledger.outage.notInForce"));
            return;
        }
        OutageGrace.Result r = OutageGrace.compute(base.messageType(), designations.orElseThrow(), outages.get(),
                base.start(), end, policies.outageLookBack());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("designatedChannelsDown", OutageGrace.channels(r.relevantOutages()).stream().map(String::valueOf)
                .collect(Collectors.joining(", ")));
        facts.put("outages", r.relevantOutages().stream().map(SubmissionTermLedger::render)
                .collect(Collectors.joining("; ")));
        facts.put("windowStart", LegalTime.render(r.windowStart()));
        facts.put("termEnd", LegalTime.render(end));
        facts.put("grace", r.grace().toString());
        facts.put("totalOutageAtEnd", Boolean.toString(r.totalAtEnd()));
        facts.put("graceStart", r.graceStart().map(LegalTime::render).orElse("-"));
        facts.put("graceEnd", r.graceEnd().map(LegalTime::render).orElse("-"));
        facts.put("receivedAt", LegalTime.render(t));
        if (r.excuses(t)) {
            excusals.add(new ExcusableLateness(Provision.AWB_2_21_LID_3_ZIN_2, "ledger.outage.grace", r.graceEnd(),
                    facts));
            steps.add(step(Provision.AWB_2_21_LID_3_ZIN_2, "ledger.outage.grace", facts));
        } else if (!r.relevantOutages().isEmpty()) {
            faults.add(new FaultAssessment(Provision.AWB_2_21_LID_3, "ledger.fault.outage", facts));
            steps.add(step(Provision.AWB_2_21_LID_3, "ledger.fault.outage", facts));
        } else {
            steps.add(step(Provision.AWB_2_21_LID_3, "ledger.outage.none", facts));
        }
    }

    private void notificationExcusal(Submission submission, Instant end, List<ExcusableLateness> excusals,
            List<FaultAssessment> faults, List<Step> steps) {
        if (notification.isEmpty()) {
            return;
        }
        NotificationFacts n = notification.get();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("messageId", n.messageId().value());
        facts.put("placedInAccessSystem", Boolean.toString(n.placedInAccessSystem()));
        facts.put("accessibleAt", n.placedInAccessSystem() ? LegalTime.render(n.accessibleAt()) : "-");
        facts.put("notificationDueBy", n.notificationDueBy().map(LegalTime::render).orElse("-"));
        facts.put("notificationSentAt", n.sentAt().map(LegalTime::render).orElse("-"));
        facts.put("optedOut", Boolean.toString(n.optedOut()));
        facts.put("notReceived", Boolean.toString(n.notReceived()));
        facts.put("lateBy", java.time.Duration.between(end, submission.receivedAt()).toString());
        if (!n.placedInAccessSystem()) {
            steps.add(step(Provision.AWB_2_10_LID_1, "ledger.notification.noPlacement", facts));
        } else if (n.accessibleAt().isBefore(inForce(Provision.AWB_2_22_LID_1))) {
            steps.add(step(Provision.AWB_2_22_LID_1, "ledger.notification.notInForce", facts));
        } else if (n.optedOut()) {
            steps.add(step(Provision.AWB_2_22_LID_1, "ledger.notification.optedOut", facts));
        } else if (n.sentAt().isEmpty()) {
            excusals.add(new ExcusableLateness(Provision.AWB_2_22_LID_1, "ledger.notification.notSent",
                    Optional.empty(), facts));
            steps.add(step(Provision.AWB_2_22_LID_1, "ledger.notification.notSent", facts));
        } else if (n.sentLate() && policies.lateNotification() == LedgerPolicies.LateNotification.NOT_SENT) {
            excusals.add(new ExcusableLateness(Provision.AWB_2_22_LID_1, "ledger.notification.sentLate",
                    Optional.empty(), facts));
            steps.add(step(Provision.AWB_2_22_LID_1, "ledger.notification.sentLate", facts));
        } else if (n.notReceived()) {
            faults.add(new FaultAssessment(Provision.AWB_2_22_LID_2, "ledger.fault.notificationNotReceived", facts));
            steps.add(step(Provision.AWB_2_22_LID_2, "ledger.fault.notificationNotReceived", facts));
        } else if (n.sentLate() && base.objectionOrAppeal()) {
            faults.add(new FaultAssessment(Provision.AWB_6_11, "ledger.fault.lateNotification", facts));
            steps.add(step(Provision.AWB_6_11, "ledger.fault.lateNotification", facts));
        } else {
            steps.add(step(Provision.AWB_2_22_LID_1, n.sentLate() ? "ledger.notification.sentLateValid"
                    : "ledger.notification.sentInTime", facts));
        }
    }

    /** The first entry whose end is after {@code t}; one exists, as the last entry ends at the adjusted end. */
    private static Provision provisionThatCovers(AdjustedTerm term, Instant t) {
        return term.entries().stream().filter(e -> t.isBefore(e.endAfter())).findFirst().orElseThrow().provision();
    }

    private void addLateBases(List<LegalBasis> bases, Submission submission, AdjustedTerm term, boolean objection) {
        if (objection) {
            addDistinct(bases, Provision.AWB_6_9_LID_1.basis());
            if (submission.postedAt().isPresent()) {
                addDistinct(bases, Provision.AWB_6_9_LID_2.basis());
            }
        }
        addTermBases(bases, term);
    }

    private void addTermBases(List<LegalBasis> bases, AdjustedTerm term) {
        for (LedgerEntry e : term.entries()) {
            if (e.moved() || e.finding().equals("ledger.wrongChannel.pending")) {
                addDistinct(bases, e.provision().basis());
            }
        }
        base.termEnd().legalBasis().forEach(b -> addDistinct(bases, b));
    }

    private static void addDistinct(List<LegalBasis> list, LegalBasis b) {
        if (!list.contains(b)) {
            list.add(b);
        }
    }

    private static Step step(Provision p, String finding, Map<String, String> facts) {
        Step s = Step.of(p.basis(), finding);
        for (Map.Entry<String, String> e : facts.entrySet()) {
            s = s.withFact(e.getKey(), e.getValue().isEmpty() ? "-" : e.getValue());
        }
        return s;
    }

    private static String render(Outage o) {
        return o.channel() + " " + LegalTime.render(o.start()) + " - "
                + o.end().map(LegalTime::render).orElse("(nog niet voorbij)");
    }

    private static Instant inForce(Provision p) {
        return LegalTime.startOfLegalDay(p.inForceFrom());
    }

    private static LocalDate lastDayOf(Instant end) {
        return LegalTime.legalDay(end.minusNanos(1));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String sortedText(Set<?> set) {
        return set.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return "SubmissionTermLedger[" + base + ", " + extensions.size() + " 2:21 extensions, " + wrongChannel.size()
                + " 2:23 submissions, outages " + outages.isPresent() + ", notification " + notification.isPresent()
                + "]";
    }
}
