package nl.wmebv.testfixtures;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.TermUnit;
import nl.wmebv.core.time.TimeLimit;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.evidence.EvidenceCopy;
import nl.wmebv.rules.evidence.EvidenceCopyRequest;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;
import nl.wmebv.rules.inbound.DutyKind;
import nl.wmebv.rules.inbound.ExtensionStatus;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;
import nl.wmebv.rules.inbound.ScopeOutcome;
import nl.wmebv.rules.outbound.NotificationDuty;
import nl.wmebv.rules.outbound.OutboundLifecycle;
import nl.wmebv.rules.outbound.OutboundStatus;
import nl.wmebv.rules.outbound.TimeOfSending;
import nl.wmebv.rules.timelimit.AdjustedTerm;
import nl.wmebv.rules.timelimit.LedgerEntry;
import nl.wmebv.rules.timelimit.SubmissionAssessment;

/**
 * The catalogue of named legal invariants (<em>invariantencatalogus</em>) and the framework-neutral runner.
 * Each invariant names its article, states itself in one line and carries its case generator; the project's own
 * suite runs every one over at least 1,000 generated cases. A legal tester runs one with
 * {@code Invariants.run(invariant, seed, Size.MEDIUM, 1_000).assertHolds()} from any test runner.
 *
 * <p>The checks restate the law (LAW.md and its policies) independently of the rules' code: where a check needs
 * a fact, it asks the register or the calendar, never the outcome it judges.
 */
public final class Invariants {
    private static final InboundAssessment ASSESSMENT = InboundAssessment.of();
    private static final AtwCalendar CALENDAR = AtwCalendar.standard();
    private static final LocalDate WMEBV = LocalDate.of(2026, 1, 1);
    private static final List<Invariant<InboundFacts>> INBOUND = new ArrayList<>();
    private static final List<Invariant<LedgerCase>> LEDGER = new ArrayList<>();
    private static final List<Invariant<OutboundCase>> OUTBOUND = new ArrayList<>();
    private static final List<Invariant<?>> ALL = catalogue();

    private Invariants() {
    }

    /** A day and a number of days, for the calendar invariants. @param day the day @param amount 1 to 60 */
    public record DayCase(LocalDate day, int amount) {
        /**
         * Validates the case.
         *
         * @param day     the day, not null
         * @param amount  the amount, 1 to 60
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or out of range
         */
        public DayCase {
            Checks.notNull(day, "day");
            Checks.require(amount >= 1 && amount <= 60, "amount", "range", "must be 1 to 60, was " + amount, null);
        }
    }

    /**
     * Returns every invariant of the catalogue, in a fixed order.
     *
     * @return the invariants, at least 30
     */
    public static List<Invariant<?>> all() {
        return ALL;
    }

    /**
     * Returns the invariants about inbound messages, to check on cells of {@link ScenarioSpaces#inboundGrid()} or
     * on facts of one's own.
     *
     * @return the invariants on {@link InboundFacts}
     */
    public static List<Invariant<InboundFacts>> inbound() {
        return List.copyOf(INBOUND);
    }

    /**
     * Returns the invariants about the term ledger.
     *
     * @return the invariants on {@link LedgerCase}
     */
    public static List<Invariant<LedgerCase>> ledger() {
        return List.copyOf(LEDGER);
    }

    /**
     * Returns the invariants about outbound messages.
     *
     * @return the invariants on {@link OutboundCase}
     */
    public static List<Invariant<OutboundCase>> outbound() {
        return List.copyOf(OUTBOUND);
    }

    /**
     * Returns the invariant with a name.
     *
     * @param name  the name, not null
     * @return the invariant
     * @throws nl.wmebv.core.InvalidInputException if no invariant has that name ({@code "name"})
     */
    public static Invariant<?> named(String name) {
        Checks.notNull(name, "name");
        return ALL.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(
                () -> new nl.wmebv.core.InvalidInputException("name", "known", "no invariant named " + name));
    }

    /**
     * Runs an invariant over {@code count} generated cases. Case {@code i} is generated from its own seed
     * {@link Generator#caseSeed(long, long) caseSeed(seed, i)}, printed with every violation. An exception from
     * the rules while checking a case counts as a violation (a rule must answer every valid case).
     *
     * @param <C>        the case type
     * @param invariant  the invariant, not null
     * @param seed       the seed of the run
     * @param size       the size, not null
     * @param count      how many cases, not negative
     * @return the report
     * @throws nl.wmebv.core.InvalidInputException if a value is null or {@code count} negative
     */
    public static <C> InvariantReport run(Invariant<C> invariant, long seed, Size size, int count) {
        Checks.notNull(invariant, "invariant");
        Checks.notNull(size, "size");
        Checks.require(count >= 0, "count", "notNegative", "must not be negative, was " + count, null);
        List<InvariantReport.Violation> violations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long caseSeed = Generator.caseSeed(seed, i);
            C c = invariant.cases().next(Source.of(caseSeed, size));
            Optional<String> violation;
            try {
                violation = invariant.check(c);
            } catch (RuntimeException e) {
                violation = Optional.of("threw " + e);
            }
            if (violation.isPresent()) {
                violations.add(new InvariantReport.Violation(i, caseSeed, String.valueOf(c), violation.get()));
            }
        }
        return new InvariantReport(invariant.name(), invariant.basis().toString(), seed, size, count, violations);
    }

    private static Optional<String> unless(boolean holds, String violation) {
        return holds ? Optional.empty() : Optional.of(violation);
    }

    private static <C> Optional<String> firstOf(List<C> items, Function<C, Optional<String>> check) {
        for (C item : items) {
            Optional<String> v = check.apply(item);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The facts of one inbound case with the outcome, computed once per check. */
    private record In(InboundFacts f, InboundOutcome out, InboundMessage m, DesignationRegister r, Instant t) {
        static In of(InboundFacts f) {
            return new In(f, ASSESSMENT.assess(f), f.message(), f.register(), f.message().receivedAt());
        }

        boolean formal() {
            return out.scope().kind() == ScopeOutcome.Kind.FORMAL;
        }

        WrongChannelOutcome.Kind kind() {
            return out.wrongChannel().map(WrongChannelOutcome::kind).orElse(WrongChannelOutcome.Kind.NOT_FORMAL);
        }

        boolean designated() {
            return r.isDesignated(m.channel(), m.type(), t);
        }

        boolean requirementsMet() {
            return r.furtherRequirements(m.type(), m.channel(), t).map(q -> q.unmetBy(m).isEmpty()).orElse(true);
        }

        boolean forAnyFormal() {
            return r.isDesignatedForAnyFormalType(m.channel(), t);
        }
    }

    private static Invariant<InboundFacts> inbound(String name, Provision p, String statement,
            Function<In, Optional<String>> check) {
        Invariant<InboundFacts> i = Invariant.of(name, p, statement, InboundCases.any(), f -> check.apply(In.of(f)));
        INBOUND.add(i);
        return i;
    }

    private static Invariant<LedgerCase> ledger(String name, Provision p, String statement,
            Function<LedgerCase, Optional<String>> check) {
        Invariant<LedgerCase> i = Invariant.of(name, p, statement, LedgerCases.any(), check);
        LEDGER.add(i);
        return i;
    }

    private static Invariant<OutboundCase> outbound(String name, Provision p, String statement,
            Function<OutboundCase, Optional<String>> check) {
        Invariant<OutboundCase> i = Invariant.of(name, p, statement, OutboundCases.any(), check);
        OUTBOUND.add(i);
        return i;
    }

    /** Applies a check to the status at every probe moment of an outbound case. */
    private static Optional<String> atEveryProbe(OutboundCase c, Function<OutboundStatus, Optional<String>> check) {
        OutboundLifecycle l = c.lifecycle();
        return firstOf(c.probes(), at -> check.apply(l.statusAt(at)).map(v -> "at " + at + ": " + v));
    }

    private static Generator<DayCase> dayCases() {
        Generator<LocalDate> days = LegalDays.any();
        return s -> new DayCase(days.next(s), s.between(1, 60));
    }

    private static int rank(SubmissionAssessment.Kind k) {
        return switch (k) {
            case TIMELY -> 3;
            case LATE_EXCUSED -> 2;
            case LATE_NEEDS_ASSESSMENT -> 1;
            case LATE -> 0;
        };
    }

    private static List<Invariant<?>> catalogue() {
        List<Invariant<?>> list = new ArrayList<>();
        // ---- inbound: 2:13-2:17, 2:20, 2:23, P13
        list.add(inbound("2:20.legalDayOfReceipt", Provision.AWB_2_20,
                "the legal day of receipt is the Europe/Amsterdam date of the moment of receipt",
                c -> unless(c.out().termEffects().legalDayOfReceipt().equals(LegalTime.legalDay(c.t())),
                        "legal day " + c.out().termEffects().legalDayOfReceipt() + " for " + c.t())));
        list.add(inbound("P13.noNewDutyBefore2026", Provision.AWB_2_13_LID_1,
                "a message received before 2026-01-01 (Amsterdam) gets no duty and no 2:16 outcome of the new law",
                c -> LegalTime.legalDay(c.t()).isBefore(WMEBV)
                        ? unless(c.out().duties().isEmpty() && c.out().wrongChannel().isEmpty(),
                                "duties " + c.out().duties() + " before the Wmebv")
                        : Optional.empty()));
        list.add(inbound("2:14.informalNeverWrongChannel", Provision.AWB_2_14,
                "an informal or exempted message never gets a 2:16 outcome or a 2:17 duty",
                c -> !c.formal() && c.out().scope().kind() != ScopeOutcome.Kind.NOT_IN_FORCE
                        ? unless(c.out().wrongChannel().isEmpty() && c.out().receiptDuties().isEmpty(),
                                "scope " + c.out().scope().kind() + " with a 2:16/2:17 outcome")
                        : Optional.empty()));
        list.add(inbound("2:13.4.exemptedOnlyByRegulation", Provision.AWB_2_13_LID_4,
                "a formal message is exempted exactly when a temporary exemption covers its type at receipt",
                c -> LegalTime.legalDay(c.t()).isBefore(WMEBV) || !c.r().messageType(c.m().type()).isFormal()
                        ? Optional.empty()
                        : unless((c.out().scope().kind() == ScopeOutcome.Kind.FORMAL_EXEMPTED)
                                == c.r().exemption(c.m().type(), c.t()).isPresent(), "scope " + c.out().scope().kind())));
        list.add(inbound("2:16.designatedChannelNeverReacts", Provision.AWB_2_16_LID_1,
                "a message via its designated channel, further requirements met, never gets a 2:16 outcome",
                c -> c.formal() && c.designated() && c.requirementsMet()
                        ? unless(c.kind() == WrongChannelOutcome.Kind.DESIGNATED_CHANNEL, "kind " + c.kind())
                        : Optional.empty()));
        list.add(inbound("2:16.noReactionOnlyForDesignated", Provision.AWB_2_16_LID_1,
                "\"designated channel, 2:16 does not apply\" only for a channel designated for the message's type",
                c -> c.kind() == WrongChannelOutcome.Kind.DESIGNATED_CHANNEL
                        ? unless(c.designated(), "not designated for " + c.m().type())
                        : Optional.empty()));
        list.add(inbound("2:16.2.noDutyToReact", Provision.AWB_2_16_LID_2,
                "a formal message via a channel designated for no formal type gets no duty to react, and only then",
                c -> c.formal() ? unless(!c.forAnyFormal() == (c.kind() == WrongChannelOutcome.Kind.NO_DUTY_TO_REACT),
                        "kind " + c.kind() + ", designated for a formal type: " + c.forAnyFormal()) : Optional.empty()));
        list.add(inbound("2:16.2.noDuties", Provision.AWB_2_16_LID_2,
                "with no duty to react there is no duty to process, point, acknowledge or give a written receipt",
                c -> c.kind() == WrongChannelOutcome.Kind.NO_DUTY_TO_REACT
                        ? unless(!(c.out().has(DutyKind.PROCESS) || c.out().has(DutyKind.POINT_TO_CORRECT_CHANNEL)
                                || c.out().has(DutyKind.ACKNOWLEDGE_RECEIPT)
                                || c.out().has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING)), "duties " + c.out().duties())
                        : Optional.empty()));
        list.add(inbound("2:16.1.b.objectionIsProcessed", Provision.AWB_2_16_LID_1_ONDER_B,
                "a bezwaar- or beroepschrift via a channel designated for another formal type must be processed",
                c -> c.formal() && c.r().messageType(c.m().type()).role().isObjectionOrAppeal() && !c.designated()
                        && c.forAnyFormal()
                        ? unless(c.kind() == WrongChannelOutcome.Kind.MUST_PROCESS, "kind " + c.kind())
                        : Optional.empty()));
        list.add(inbound("2:16.1.c.noDesignationIsProcessed", Provision.AWB_2_16_LID_1_ONDER_C,
                "a message of a type without designated channel, via a channel designated for another type, is processed",
                c -> c.formal() && !c.r().hasDesignatedChannel(c.m().type(), c.t()) && c.forAnyFormal()
                        ? unless(c.kind() == WrongChannelOutcome.Kind.MUST_PROCESS, "kind " + c.kind())
                        : Optional.empty()));
        list.add(inbound("2:16.1.a.findingNeverAssumed", Provision.AWB_2_16_LID_1_ONDER_A,
                "the library asks for the body's onder-a finding only while it is not stated, never assumes it (P18)",
                c -> c.kind() == WrongChannelOutcome.Kind.NEEDS_ASSESSMENT
                        ? unless(!c.f().processableWithoutFurtherWork().isStated(), "finding was stated")
                        : Optional.empty()));
        list.add(inbound("2:16.1.pointingIsAnOption", Provision.AWB_2_16_LID_1,
                "pointing the sender to the correct channel is an option, never a duty",
                c -> firstOf(c.out().duties(), d -> d.kind() == DutyKind.POINT_TO_CORRECT_CHANNEL && d.mandatory()
                        ? Optional.of("mandatory pointing " + d) : Optional.empty())));
        list.add(inbound("2:17.1.acknowledgeOnlyDesignated", Provision.AWB_2_17_LID_1,
                "an ontvangstbevestiging is owed only for a message sent the designated way",
                c -> c.out().has(DutyKind.ACKNOWLEDGE_RECEIPT)
                        ? unless(c.designated(), "acknowledgement for a message not sent the designated way")
                        : Optional.empty()));
        list.add(inbound("2:17.2.returnEnteredData", Provision.AWB_2_17_LID_2,
                "entered data are given back exactly when a formal message came in by direct data entry",
                c -> c.formal() ? unless(c.r().channel(c.m().channel()).kind().isDirectDataEntry()
                        == c.out().has(DutyKind.RETURN_ENTERED_DATA), "channel kind "
                                + c.r().channel(c.m().channel()).kind()) : Optional.empty()));
        list.add(inbound("2:23.onlyPointingExtends", Provision.AWB_2_23,
                "only a message the body may point elsewhere can get a 2:23 extension",
                c -> c.out().termEffects().extension() != ExtensionStatus.NOT_APPLICABLE
                        ? unless(c.kind() == WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL, "kind " + c.kind()
                                + ", extension " + c.out().termEffects().extension())
                        : Optional.empty()));
        list.add(inbound("2:23.pointingConsidersExtension", Provision.AWB_2_23,
                "a message the body may point elsewhere gets a 2:23 answer unless the body found a condition not met",
                c -> c.kind() == WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL
                        ? unless((c.out().termEffects().extension() == ExtensionStatus.NOT_APPLICABLE)
                                == (c.f().submissionTermApplies().isStated() && !c.f().submissionTermApplies().isYes()
                                        || c.f().reasonablyBelievedCorrect().isStated()
                                                && !c.f().reasonablyBelievedCorrect().isYes()),
                                "extension " + c.out().termEffects().extension() + " with findings "
                                        + c.f().submissionTermApplies() + ", " + c.f().reasonablyBelievedCorrect())
                        : Optional.empty()));
        list.add(inbound("2:23.bothFindingsNeeded", Provision.AWB_2_23,
                "a 2:23 extension runs only when the body found both a term and a reasonable belief (P18)",
                c -> c.out().termEffects().extension() == ExtensionStatus.PENDING_REACTION
                        || c.out().termEffects().extension() == ExtensionStatus.REACTED
                        ? unless(c.f().submissionTermApplies().isYes() && c.f().reasonablyBelievedCorrect().isYes(),
                                "findings " + c.f().submissionTermApplies() + ", " + c.f().reasonablyBelievedCorrect())
                        : Optional.empty()));
        // ---- the term ledger: 2:21-2:23, 6:9, ATW
        list.add(ledger("2:21-2:23.neverEarlier", Provision.AWB_2_23,
                "an adjustment never moves a last day earlier",
                c -> firstOf(c.ledger().adjustedTerm().entries(), (LedgerEntry e) -> unless(
                        !e.endAfter().isBefore(e.endBefore()) && !e.lastDayAfter().isBefore(e.lastDayBefore()),
                        e.finding() + " moved " + e.lastDayBefore() + " to " + e.lastDayAfter()))));
        list.add(ledger("2:21.1.adjustedNotBeforeBase", Provision.AWB_2_21_LID_1,
                "the adjusted end of a term is never before its end by the calendar alone",
                c -> unless(!c.ledger().adjustedTerm().endExclusive().isBefore(c.base().endExclusive()),
                        "adjusted " + c.ledger().adjustedTerm().endExclusive())));
        list.add(ledger("6:9.timelyBeforeBaseEnd", Provision.AWB_6_9_LID_1,
                "a submission received before the unadjusted end of the term is timely",
                c -> c.submission().receivedAt().isBefore(c.base().endExclusive())
                        ? unless(c.ledger().assess(c.submission()).kind() == SubmissionAssessment.Kind.TIMELY,
                                "kind " + c.ledger().assess(c.submission()).kind())
                        : Optional.empty()));
        list.add(ledger("6:9.timelyBeforeAdjustedEnd", Provision.AWB_6_9_LID_1,
                "a submission received before the adjusted end of the term is timely",
                c -> {
                    AdjustedTerm term = c.ledger().adjustedTerm();
                    return c.submission().receivedAt().isBefore(term.endExclusive())
                            ? unless(c.ledger().assess(c.submission()).kind() == SubmissionAssessment.Kind.TIMELY,
                                    "kind " + c.ledger().assess(c.submission()).kind() + ", end " + term.endExclusive())
                            : Optional.empty();
                }));
        list.add(ledger("2:23.atLeastOneWorkingDay", Provision.AWB_2_23,
                "a 2:23 extension gives at least until the first werkdag after the last day so far (P4)",
                c -> firstOf(c.ledger().adjustedTerm().entries(), (LedgerEntry e) ->
                        e.finding().equals("ledger.wrongChannel.extended")
                                ? unless(!e.lastDayAfter().isBefore(CALENDAR.nextWorkingDayAfter(e.lastDayBefore())),
                                        "extended " + e.lastDayBefore() + " only to " + e.lastDayAfter())
                                : Optional.empty())));
        list.add(ledger("2:21.3.outageNeverWorse", Provision.AWB_2_21_LID_3,
                "one more outage of a channel never makes the outcome for the sender worse",
                c -> {
                    SubmissionAssessment.Kind before = c.ledger().assess(c.submission()).kind();
                    return firstOf(GemeenteVoorbeeld.channels(), channel -> {
                        List<Outage> more = new ArrayList<>(c.outages());
                        more.add(Outage.of(channel, c.base().endExclusive().minusSeconds(3_600),
                                c.base().endExclusive().plusSeconds(1_800), false));
                        SubmissionAssessment.Kind after = c.ledger(c.extensions(), c.wrongChannel(), more)
                                .assess(c.submission()).kind();
                        return unless(rank(after) >= rank(before), before + " became " + after + " with an outage of "
                                + channel);
                    });
                }));
        list.add(ledger("2:21-2:23.orderOfRecordingIrrelevant", Provision.AWB_2_21_LID_1,
                "the order in which adjustments and outages are recorded never changes the outcome",
                c -> {
                    Random shuffle = new Random(c.hashCode());
                    List<nl.wmebv.rules.timelimit.OutageExtension> ext = new ArrayList<>(c.extensions());
                    List<nl.wmebv.rules.timelimit.WrongChannelSubmission> wc = new ArrayList<>(c.wrongChannel());
                    List<Outage> outs = new ArrayList<>(c.outages());
                    Collections.shuffle(ext, shuffle);
                    Collections.shuffle(wc, shuffle);
                    Collections.shuffle(outs, shuffle);
                    return unless(c.ledger().assess(c.submission()).equals(c.ledger(ext, wc, outs).assess(c.submission())),
                            "another order gives another outcome");
                }));
        list.add(ledger("ATW.termEndsAtLegalMidnight", Provision.ATW_1_LID_1,
                "a term by the calendar ends at 24:00 Europe/Amsterdam of its last day",
                c -> unless(c.base().endExclusive().equals(LegalTime.startOfLegalDay(c.base().lastDay().plusDays(1))),
                        "ends " + c.base().endExclusive() + ", last day " + c.base().lastDay())));
        list.add(ledger("6:9.2.postedInTime", Provision.AWB_6_9_LID_2,
                "a bezwaarschrift posted before the end and received within six days after it is timely",
                c -> c.base().objectionOrAppeal() && c.submission().postedAt().isPresent()
                        && c.submission().postedAt().get().isBefore(c.base().endExclusive())
                        && c.submission().receivedAt().isBefore(c.base().endExclusive().plus(Duration.ofHours(6 * 24)))
                        ? unless(c.ledger().assess(c.submission()).kind() == SubmissionAssessment.Kind.TIMELY,
                                "kind " + c.ledger().assess(c.submission()).kind())
                        : Optional.empty()));
        // ---- outbound: 2:8-2:12, 2:19, 6:8
        list.add(outbound("2:10.1.fortyEightHoursExactly", Provision.AWB_2_10_LID_1,
                "the 48-hour deadline is exactly 172,800 s after accessibility (P2)",
                c -> atEveryProbe(c, s -> firstOf(s.notificationDuties(), (NotificationDuty d) -> unless(
                        Duration.between(d.accessibleAt(), d.dueBy()).getSeconds() == 172_800L
                                && Duration.between(d.accessibleAt(), d.dueBy()).getNano() == 0,
                        "due " + d.dueBy() + " for accessible " + d.accessibleAt())))));
        list.add(outbound("2:10.1.onlyAfterPlacement", Provision.AWB_2_10_LID_1,
                "a kennisgeving is owed only for a system the message was placed in, never for e-mail",
                c -> atEveryProbe(c, s -> firstOf(s.notificationDuties(), (NotificationDuty d) -> unless(
                        c.events().stream().anyMatch(e -> e instanceof PlacedInMessageBox p
                                && p.channel().equals(d.channel()) && !p.occurredAt().isAfter(d.accessibleAt()))
                                && !d.channel().equals(OutboundCases.MAIL),
                        "duty without placement " + d)))));
        list.add(outbound("2:19.bc.momentOfAccessibility", Provision.AWB_2_19_ONDER_B,
                "under 2:19 onder b or c the moment of sending is a moment the message became accessible there",
                c -> atEveryProbe(c, s -> {
                    TimeOfSending ts = s.timeOfSending();
                    if (ts.kind() != TimeOfSending.Kind.ONDER_B && ts.kind() != TimeOfSending.Kind.ONDER_C) {
                        return Optional.empty();
                    }
                    return unless(c.events().stream().anyMatch(e -> e instanceof BecameAccessible b
                            && b.occurredAt().equals(ts.sentAt().orElseThrow())
                            && b.channel().equals(ts.channel().orElseThrow())), "no accessibility at " + ts.sentAt());
                })));
        list.add(outbound("2:19.neverAfterTheQuestion", Provision.AWB_2_19,
                "the moment of sending is never after the moment the question is asked about",
                c -> atEveryProbe(c, s -> unless(s.timeOfSending().sentAt().map(t -> !t.isAfter(s.asOf())).orElse(true),
                        "sent at " + s.timeOfSending().sentAt()))));
        list.add(outbound("6:8.announcementDayIsAmsterdamDate", Provision.AWB_6_8_LID_1,
                "the bekendmaking day is the Europe/Amsterdam date of the moment of sending (P23)",
                c -> atEveryProbe(c, s -> unless(s.timeOfSending().announcementDay()
                        .equals(s.timeOfSending().sentAt().map(LegalTime::legalDay)), "day "
                                + s.timeOfSending().announcementDay()))));
        list.add(outbound("6:8.objectionTermOnlyWhenSent", Provision.AWB_6_8_LID_1,
                "a bezwaartermijn runs only from a sending with consent under the new law, from its bekendmaking day",
                c -> atEveryProbe(c, s -> s.objectionTimeLimit().isEmpty() ? Optional.empty()
                        : unless(s.kind() == OutboundStatus.Kind.SENT && s.objectionTimeLimit().get().announcementDay()
                                .equals(s.timeOfSending().announcementDay().orElseThrow()), "term with status "
                                + s.kind()))));
        list.add(outbound("2:19.orderOfArrivalIrrelevant", Provision.AWB_2_19,
                "the answers depend only on the events, never on the order in which they were recorded",
                c -> {
                    List<Record> shuffled = new ArrayList<>(c.events());
                    Collections.shuffle(shuffled, new Random(c.events().hashCode()));
                    OutboundLifecycle a = c.lifecycle();
                    OutboundLifecycle b = OutboundCases.tracker().withAll(shuffled);
                    return firstOf(c.probes(), at -> unless(a.statusAt(at).equals(b.statusAt(at)),
                            "status at " + at + " differs"));
                }));
        list.add(outbound("2:10.metStaysMet", Provision.AWB_2_10_LID_1,
                "a kennisgeving duty once met never becomes outstanding again (P19)",
                c -> {
                    OutboundLifecycle l = c.lifecycle();
                    Map<String, Boolean> met = new HashMap<>();
                    return firstOf(c.probes(), at -> firstOf(l.statusAt(at).notificationDuties(), (NotificationDuty d) -> {
                        String key = d.channel() + "@" + d.accessibleAt();
                        Optional<String> v = unless(!(Boolean.TRUE.equals(met.get(key)) && d.outstanding()),
                                "duty " + key + " outstanding again at " + at);
                        met.merge(key, d.status() == NotificationDuty.Status.MET, Boolean::logicalOr);
                        return v;
                    }));
                }));
        // ---- the legal calendar: ATW, 6:7, legal days
        list.add(Invariant.of("ATW.1.lastDayIsWorkingDay", Provision.ATW_1_LID_1,
                "a statutory term in days never ends on a Saturday, Sunday or feestdag", dayCases(),
                c -> {
                    LocalDate last = TimeLimit.statutory(c.amount(), TermUnit.DAYS).lastDay(c.day(), CALENDAR);
                    return unless(last.getDayOfWeek() != DayOfWeek.SATURDAY && last.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !CALENDAR.isPublicHoliday(last), "last day " + last + " " + last.getDayOfWeek());
                }));
        list.add(Invariant.of("ATW.1.neverShortens", Provision.ATW_1_LID_1,
                "the ATW never puts a last day before the plain count of days", dayCases(),
                c -> {
                    LocalDate last = TimeLimit.statutory(c.amount(), TermUnit.DAYS).lastDay(c.day(), CALENDAR);
                    return unless(!last.isBefore(c.day().plusDays(c.amount())), "last day " + last);
                }));
        list.add(Invariant.of("6:7.sixWeeks", Provision.AWB_6_7,
                "the bezwaartermijn ends on the 42nd day after the bekendmaking day, or the first werkdag after it",
                dayCases(), c -> {
                    LocalDate plain = c.day().plusDays(42);
                    LocalDate expected = plain;
                    while (expected.getDayOfWeek() == DayOfWeek.SATURDAY || expected.getDayOfWeek() == DayOfWeek.SUNDAY
                            || CALENDAR.isPublicHoliday(expected)) {
                        expected = expected.plusDays(1);
                    }
                    LocalDate last = ObjectionTimeLimit.afterAnnouncement(c.day(), CALENDAR).lastDay();
                    return unless(last.equals(expected), "last day " + last + ", expected " + expected);
                }));
        list.add(Invariant.of("2:20.legalDayLength", Provision.AWB_2_20,
                "a legal day lasts 24 hours, 23 on the last Sunday of March and 25 on the last Sunday of October",
                dayCases(), c -> {
                    LocalDate d = c.day();
                    boolean spring = d.getMonthValue() == 3 && d.equals(d.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)));
                    boolean autumn = d.getMonthValue() == 10 && d.equals(d.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)));
                    long hours = Duration.between(LegalTime.startOfLegalDay(d), LegalTime.startOfLegalDay(d.plusDays(1)))
                            .toHours();
                    return unless(hours == (spring ? 23 : autumn ? 25 : 24), d + " lasts " + hours + " h");
                }));
        list.add(Invariant.of("ATW.3.nextWorkingDay", Provision.ATW_3_LID_1,
                "the next werkdag is a weekday that is no feestdag, with none in between", dayCases(),
                c -> {
                    LocalDate next = CALENDAR.nextWorkingDayAfter(c.day());
                    for (LocalDate d = c.day().plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
                        if (d.getDayOfWeek().getValue() <= 5 && !CALENDAR.isPublicHoliday(d)) {
                            return Optional.of("skipped werkdag " + d + " on the way to " + next);
                        }
                    }
                    return unless(next.isAfter(c.day()) && next.getDayOfWeek().getValue() <= 5
                            && !CALENDAR.isPublicHoliday(next), "next " + next);
                }));
        // ---- evidence: 2:25
        list.add(Invariant.of("2:25.copyHoldsOnlyOwnRecords", Provision.AWB_2_25,
                "no copy contains another party's record, and it holds all of the requester's records in scope (P14)",
                copyCases(), Invariants::checkCopy));
        return List.copyOf(list);
    }

    private static Generator<CopyCase> copyCases() {
        Instant t0 = Instant.parse("2026-04-02T14:45:00Z");
        return s -> {
            int parties = s.between(2, 6);
            int messages = s.between(1, 4 + s.size().maxEvents());
            Map<MessageId, PartyId> owners = new LinkedHashMap<>();
            for (int m = 0; m < messages; m++) {
                owners.put(MessageId.of("bericht-" + m), PartyId.of("partij-" + s.between(0, parties - 1)));
            }
            List<MessageId> ids = new ArrayList<>(owners.keySet());
            List<MessageEvent> events = new ArrayList<>();
            for (int e = s.between(1, 5 * s.size().maxEvents()); e > 0; e--) {
                MessageId m = s.oneOf(ids);
                Instant at = t0.plusSeconds(s.between(0, 1_000_000));
                Sha256Digest digest = Sha256Digest.digestOf(m.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                events.add(s.coin()
                        ? new MessageReceived(at, GemeenteVoorbeeld.BODY, m, owners.get(m), GemeenteVoorbeeld.PORTAAL,
                                Optional.empty(), digest)
                        : new PlacedInMessageBox(at, GemeenteVoorbeeld.BODY, m, owners.get(m), GemeenteVoorbeeld.PORTAAL,
                                digest));
            }
            PartyId requester = PartyId.of("partij-" + s.between(0, parties)); // one party may own nothing
            EvidenceCopyRequest request;
            if (s.coin()) {
                request = EvidenceCopyRequest.forMessage(requester, s.oneOf(ids));
            } else {
                Instant from = t0.plusSeconds(s.between(0, 1_000_000));
                request = EvidenceCopyRequest.forPeriod(requester, from, from.plusSeconds(s.between(1, 500_000)));
            }
            return new CopyCase(events, owners, request);
        };
    }

    private static Optional<String> checkCopy(CopyCase c) {
        try (EvidenceLog log = EvidenceLog.open("log", InMemoryEvidenceStore.create(),
                Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC), Keys.PAIR)) {
            c.events().forEach(log::append);
            EvidenceCopy copy = log.copy(c.request());
            PartyId party = c.request().party();
            for (EvidenceCopy.Entry e : copy.entries()) {
                MessageEvent ev = (MessageEvent) e.record().event();
                if (!c.owners().get(ev.messageId()).equals(party)) {
                    return Optional.of("record " + e.record().index() + " of " + c.owners().get(ev.messageId())
                            + " in the copy for " + party);
                }
            }
            long expected = c.events().stream().filter(e -> c.owners().get(e.messageId()).equals(party))
                    .filter(e -> c.request().message().map(m -> m.equals(e.messageId())).orElseGet(() ->
                            !e.occurredAt().isBefore(c.request().from().orElseThrow())
                                    && e.occurredAt().isBefore(c.request().to().orElseThrow())))
                    .count();
            return unless(copy.entries().size() == expected, copy.entries().size() + " records, expected " + expected);
        }
    }

    /** One Ed25519 key pair for the copy invariant; the invariant does not depend on the key. */
    private static final class Keys {
        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no Ed25519", e);
            }
        }
    }

    /**
     * Returns the names of the invariants per legal basis, for documentation.
     *
     * @return the basis rendered, with the names resting on it
     */
    public static Map<String, List<String>> namesByBasis() {
        return ALL.stream().collect(Collectors.groupingBy(i -> i.basis().toString(), LinkedHashMap::new,
                Collectors.mapping(Invariant::name, Collectors.toList())));
    }
}
