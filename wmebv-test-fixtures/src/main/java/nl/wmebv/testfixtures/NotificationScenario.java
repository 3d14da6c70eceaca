package nl.wmebv.testfixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.outbound.ConsentGiven;
import nl.wmebv.rules.outbound.NotificationDuty;
import nl.wmebv.rules.outbound.OutboundLifecycle;
import nl.wmebv.rules.outbound.OutboundStatus;

/**
 * A scenario of a besluit placed in a message box and its kennisgeving (Awb 2:8, 2:10, 2:19), with legal
 * defaults: the addressee consented to the portal and the Berichtenbox on 2026-01-05, the besluit is placed in
 * the portal of {@link OutboundCases}, and no kennisgeving is sent until the scenario says so. Moments are local
 * times in Europe/Amsterdam.
 *
 * <pre>{@code
 * Scenarios.notification("kennisgeving na 49 uur")
 *         .accessibleAt("2026-03-28T10:00").notificationSentAt("2026-03-30T12:00")
 *         .askedAt("2026-03-31T09:00")
 *         .expect(NotificationDuty.Status.LATE).expectDueBy("2026-03-30T11:00+02:00")
 *         .verify().assertHolds();
 * }</pre>
 */
public final class NotificationScenario {
    private static final Sha256Digest DIGEST = Sha256Digest.digestOf(new byte[] {2, 10});
    private final String name;
    private ChannelId channel = OutboundCases.PORTAL;
    private Instant accessibleAt;
    private Instant notificationAt;
    private Instant askedAt;
    private NotificationDuty.Status expectedStatus;
    private Instant expectedDueBy;

    NotificationScenario(String name) {
        this.name = Checks.notBlank(name, "name");
    }

    /**
     * Places the besluit in the MijnOverheid Berichtenbox (the Wdo-voorziening) instead of the portal.
     *
     * @return this scenario
     */
    public NotificationScenario inBerichtenbox() {
        channel = OutboundCases.WDO;
        return this;
    }

    /**
     * Sets when the besluit was placed and became accessible.
     *
     * @param localTime  local moment
     * @return this scenario
     */
    public NotificationScenario accessibleAt(String localTime) {
        accessibleAt = LocalTimes.amsterdam(localTime);
        return this;
    }

    /**
     * Sets when the kennisgeving was sent.
     *
     * @param localTime  local moment
     * @return this scenario
     */
    public NotificationScenario notificationSentAt(String localTime) {
        notificationAt = LocalTimes.amsterdam(localTime);
        return this;
    }

    /**
     * Sets the moment the question is asked about (default: the moment of accessibility plus one week).
     *
     * @param localTime  local moment
     * @return this scenario
     */
    public NotificationScenario askedAt(String localTime) {
        askedAt = LocalTimes.amsterdam(localTime);
        return this;
    }

    /**
     * Expects the status of the kennisgeving duty.
     *
     * @param status  the status, not null
     * @return this scenario
     */
    public NotificationScenario expect(NotificationDuty.Status status) {
        expectedStatus = Checks.notNull(status, "status");
        return this;
    }

    /**
     * Expects the deadline of the kennisgeving.
     *
     * @param momentWithOffset  e.g. {@code "2026-03-30T11:00+02:00"}, or a local time
     * @return this scenario
     */
    public NotificationScenario expectDueBy(String momentWithOffset) {
        expectedDueBy = LocalTimes.amsterdam(momentWithOffset);
        return this;
    }

    /**
     * Runs the tracker and checks the expectations.
     *
     * @return the result
     * @throws nl.wmebv.core.InvalidInputException ({@code "scenario"}) if the moment of accessibility is missing
     */
    public ScenarioResult<OutboundStatus> verify() {
        Checks.require(accessibleAt != null, "scenario", "accessibleAt", "say when: .accessibleAt(\"2026-03-28T10:00\")",
                null);
        List<Record> events = new ArrayList<>();
        Instant consent = Instant.parse("2026-01-05T09:00:00Z");
        events.add(new ConsentGiven(consent, OutboundCases.ADDRESSEE, OutboundCases.PORTAL, "toestemming-portaal"));
        events.add(new ConsentGiven(consent, OutboundCases.ADDRESSEE, OutboundCases.WDO, "toestemming-berichtenbox"));
        events.add(new PlacedInMessageBox(accessibleAt, GemeenteVoorbeeld.BODY, OutboundCases.BESLUIT,
                OutboundCases.ADDRESSEE, channel, DIGEST));
        events.add(new BecameAccessible(accessibleAt, GemeenteVoorbeeld.BODY, OutboundCases.BESLUIT,
                OutboundCases.ADDRESSEE, channel, channel.equals(OutboundCases.WDO) ? MessageBoxKind.WDO_MESSAGE_BOX
                        : MessageBoxKind.MESSAGE_BOX));
        if (notificationAt != null) {
            events.add(new NotificationSent(notificationAt, GemeenteVoorbeeld.BODY, OutboundCases.BESLUIT,
                    OutboundCases.ADDRESSEE, OutboundCases.NOTIFY, DIGEST));
        }
        OutboundLifecycle l = OutboundCases.tracker().withAll(events);
        OutboundStatus status = l.statusAt(askedAt != null ? askedAt : accessibleAt.plusSeconds(7 * 86_400L));
        List<String> failures = new ArrayList<>();
        if (status.notificationDuties().isEmpty()) {
            failures.add("expected a kennisgeving duty, there is none");
        } else {
            NotificationDuty d = status.notificationDuties().get(0);
            if (expectedStatus != null && d.status() != expectedStatus) {
                failures.add("expected kennisgeving " + expectedStatus + ", was " + d.status());
            }
            if (expectedDueBy != null && !d.dueBy().equals(expectedDueBy)) {
                failures.add("expected the 48 hours to end " + expectedDueBy + ", was " + d.dueBy());
            }
        }
        return new ScenarioResult<>(name, status, failures);
    }
}
