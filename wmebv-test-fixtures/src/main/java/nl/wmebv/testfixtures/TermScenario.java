package nl.wmebv.testfixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.rules.timelimit.NotificationFacts;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;

/**
 * A scenario of a bezwaartermijn (Awb 6:7, 6:8, 6:9 and the adjustments of 2:21&ndash;2:23) at
 * {@link GemeenteVoorbeeld}, with legal defaults: the besluit was sent through the portal, the ATW calendar is
 * the standard one, no outage, no wrong-channel message, nothing recorded about the kennisgeving, and the
 * bezwaarschrift comes in electronically. Moments are local times in Europe/Amsterdam.
 *
 * <pre>{@code
 * Scenarios.objectionTerm("bezwaar op de laatste dag")
 *         .announcedOn("2026-02-24")
 *         .submittedAt("2026-04-07T23:59")
 *         .expectLastDay("2026-04-07").expect(SubmissionAssessment.Kind.TIMELY)
 *         .verify().assertHolds();
 * }</pre>
 */
public final class TermScenario {
    private final String name;
    private LocalDate announcementDay;
    private final List<Outage> outages = new ArrayList<>();
    private final List<WrongChannelSubmission> wrongChannel = new ArrayList<>();
    private Optional<NotificationFacts> notification = Optional.empty();
    private Submission submission;
    private LocalDate expectedLastDay;
    private SubmissionAssessment.Kind expectedKind;

    TermScenario(String name) {
        this.name = Checks.notBlank(name, "name");
    }

    /**
     * Sets the day of the bekendmaking; the term starts the next day (6:8 lid 1).
     *
     * @param day  e.g. {@code "2026-02-24"}
     * @return this scenario
     */
    public TermScenario announcedOn(String day) {
        this.announcementDay = LocalTimes.day(day);
        return this;
    }

    /**
     * Records an outage of a channel from&ndash;to (2:21 lid 3).
     *
     * @param channel  the channel, not null
     * @param from     local start, e.g. {@code "2026-04-07T22:00"}
     * @param to       local end, after {@code from}
     * @return this scenario
     */
    public TermScenario outage(ChannelId channel, String from, String to) {
        outages.add(Outage.of(Checks.notNull(channel, "channel"), LocalTimes.amsterdam(from), LocalTimes.amsterdam(to),
                false));
        return this;
    }

    /**
     * Records a bezwaarschrift sent earlier by a wrong channel, the body's reaction pointing to the right one,
     * and its finding that the sender could reasonably believe his way was right (2:16 lid 1, 2:23).
     *
     * @param receivedAt  local moment of receipt
     * @param reactionAt  local moment of the body's reaction
     * @param belief      the body's finding, not null
     * @return this scenario
     */
    public TermScenario wrongChannelFirst(String receivedAt, String reactionAt, BodyFinding belief) {
        wrongChannel.add(WrongChannelSubmission.reacted(MessageId.of("via-verkeerd-kanaal-" + wrongChannel.size()),
                LocalTimes.amsterdam(receivedAt), LocalTimes.amsterdam(reactionAt), Checks.notNull(belief, "belief")));
        return this;
    }

    /**
     * Records that the besluit became accessible in the portal and whether and when a kennisgeving was sent
     * (2:10, 2:22).
     *
     * @param accessibleAt    local moment of accessibility
     * @param notificationAt  local moment the kennisgeving was sent, or null when none was sent
     * @return this scenario
     */
    public TermScenario placedInPortal(String accessibleAt, String notificationAt) {
        notification = Optional.of(new NotificationFacts(LedgerCases.BESLUIT, true, LocalTimes.amsterdam(accessibleAt),
                false, notificationAt == null ? null : LocalTimes.amsterdam(notificationAt), false));
        return this;
    }

    /**
     * Sets when the bezwaarschrift came in electronically.
     *
     * @param localTime  local moment
     * @return this scenario
     */
    public TermScenario submittedAt(String localTime) {
        submission = Submission.electronic(LedgerCases.BEZWAARSCHRIFT, LocalTimes.amsterdam(localTime));
        return this;
    }

    /**
     * Sets when the bezwaarschrift was posted and when it came in (6:9 lid 2).
     *
     * @param postedAt    local moment of posting
     * @param receivedAt  local moment of receipt
     * @return this scenario
     */
    public TermScenario postedAt(String postedAt, String receivedAt) {
        submission = Submission.byPost(LedgerCases.BEZWAARSCHRIFT, LocalTimes.amsterdam(postedAt),
                LocalTimes.amsterdam(receivedAt));
        return this;
    }

    /**
     * Expects the last day of the (adjusted) term.
     *
     * @param day  e.g. {@code "2026-04-07"}
     * @return this scenario
     */
    public TermScenario expectLastDay(String day) {
        expectedLastDay = LocalTimes.day(day);
        return this;
    }

    /**
     * Expects the timeliness outcome.
     *
     * @param kind  the kind, not null
     * @return this scenario
     */
    public TermScenario expect(SubmissionAssessment.Kind kind) {
        expectedKind = Checks.notNull(kind, "kind");
        return this;
    }

    /**
     * Builds the case of the scenario.
     *
     * @return the case
     * @throws nl.wmebv.core.InvalidInputException ({@code "scenario"}) if the bekendmaking day or the submission
     *         is missing
     */
    public LedgerCase ledgerCase() {
        Checks.require(announcementDay != null, "scenario", "announcementDay", "say when: .announcedOn(\"2026-02-24\")",
                null);
        Checks.require(submission != null, "scenario", "submission", "say when: .submittedAt(\"2026-04-07T16:00\")",
                null);
        SubmissionTimeLimit base = SubmissionTimeLimit.objection(announcementDay, GemeenteVoorbeeld.BEZWAAR,
                AtwCalendar.standard()).withStartedBySending(LedgerCases.BESLUIT);
        return new LedgerCase(base, List.of(), wrongChannel, outages, notification,
                nl.wmebv.rules.timelimit.LedgerPolicies.defaults(), GemeenteVoorbeeld.register(), submission);
    }

    /**
     * Runs the ledger and checks the expectations.
     *
     * @return the result
     */
    public ScenarioResult<SubmissionAssessment> verify() {
        SubmissionAssessment outcome = ledgerCase().ledger().assess(ledgerCase().submission());
        List<String> failures = new ArrayList<>();
        if (expectedLastDay != null && !outcome.term().lastDay().equals(expectedLastDay)) {
            failures.add("expected last day " + expectedLastDay + " (" + expectedLastDay.getDayOfWeek() + "), was "
                    + outcome.term().lastDay() + " (" + outcome.term().lastDay().getDayOfWeek() + ")");
        }
        if (expectedKind != null && outcome.kind() != expectedKind) {
            failures.add("expected " + expectedKind + ", was " + outcome.kind());
        }
        return new ScenarioResult<>(name, outcome, failures);
    }
}
