package nl.wmebv.testfixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.DutyKind;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;

/**
 * A scenario of one incoming message (<em>inkomend bericht</em>, Awb 2:13&ndash;2:17, 2:20), with legal defaults:
 * the body is {@link GemeenteVoorbeeld}, the sender has no electronic address given, and every finding of the
 * body is <em>not stated</em> until the scenario states it (P18). Read it as a sentence:
 *
 * <pre>{@code
 * Scenarios.inbound("bezwaar via het aanvraagformulier")
 *         .message(GemeenteVoorbeeld.BEZWAAR).via(GemeenteVoorbeeld.WEBFORMULIER_AANVRAAG)
 *         .receivedAt("2026-04-02T16:45")
 *         .expectMustProcessUnder(Provision.AWB_2_16_LID_1_ONDER_B)
 *         .verify().assertHolds();
 * }</pre>
 * A builder is not thread-safe; {@link #verify()} does not change it.
 */
public final class InboundScenario {
    private final String name;
    private DesignationRegister register = GemeenteVoorbeeld.register();
    private MessageTypeId type;
    private ChannelId channel;
    private Instant receivedAt;
    private BodyFinding processable = BodyFinding.notStated();
    private BodyFinding termApplies = BodyFinding.notStated();
    private BodyFinding reasonablyBelieved = BodyFinding.notStated();
    private final List<Expectation> expectations = new ArrayList<>();

    private interface Expectation {
        String failure(InboundOutcome outcome);
    }

    InboundScenario(String name) {
        this.name = Checks.notBlank(name, "name");
    }

    /**
     * Uses another body and designation register than Gemeente Voorbeeld.
     *
     * @param register  the register, not null
     * @return this scenario
     */
    public InboundScenario body(DesignationRegister register) {
        this.register = Checks.notNull(register, "register");
        return this;
    }

    /**
     * Sets the message type.
     *
     * @param type  a type of the register, not null
     * @return this scenario
     */
    public InboundScenario message(MessageTypeId type) {
        this.type = Checks.notNull(type, "type");
        return this;
    }

    /**
     * Sets the channel the message came in by.
     *
     * @param channel  a channel of the register, not null
     * @return this scenario
     */
    public InboundScenario via(ChannelId channel) {
        this.channel = Checks.notNull(channel, "channel");
        return this;
    }

    /**
     * Sets when the message was received, as a local time in Europe/Amsterdam (see {@link LocalTimes#amsterdam}).
     *
     * @param localTime  e.g. {@code "2026-04-02T16:45"}
     * @return this scenario
     * @throws nl.wmebv.core.InvalidInputException ({@code "localTime"}) if the time does not exist or is ambiguous
     */
    public InboundScenario receivedAt(String localTime) {
        this.receivedAt = LocalTimes.amsterdam(localTime);
        return this;
    }

    /**
     * States the body's finding under 2:16 lid 1 onder a (processable without further work).
     *
     * @param finding  the finding, not null
     * @return this scenario
     */
    public InboundScenario processableWithoutFurtherWork(BodyFinding finding) {
        this.processable = Checks.notNull(finding, "finding");
        return this;
    }

    /**
     * States the body's two findings for 2:23: a term applies, and the sender could reasonably believe his way
     * was right.
     *
     * @param termApplies         the first finding, not null
     * @param reasonablyBelieved  the second finding, not null
     * @return this scenario
     */
    public InboundScenario extensionFindings(BodyFinding termApplies, BodyFinding reasonablyBelieved) {
        this.termApplies = Checks.notNull(termApplies, "termApplies");
        this.reasonablyBelieved = Checks.notNull(reasonablyBelieved, "reasonablyBelieved");
        return this;
    }

    /**
     * Expects an outcome of 2:16.
     *
     * @param kind  the kind, not null
     * @return this scenario
     */
    public InboundScenario expect(WrongChannelOutcome.Kind kind) {
        Checks.notNull(kind, "kind");
        expectations.add(o -> {
            WrongChannelOutcome.Kind actual = o.wrongChannel().map(WrongChannelOutcome::kind)
                    .orElse(WrongChannelOutcome.Kind.NOT_FORMAL);
            return actual == kind ? null : "expected 2:16 outcome " + kind + ", was " + actual;
        });
        return this;
    }

    /**
     * Expects "must be processed" under a given onderdeel of 2:16 lid 1, e.g. {@code AWB_2_16_LID_1_ONDER_B}.
     *
     * @param provision  the onderdeel, not null
     * @return this scenario
     */
    public InboundScenario expectMustProcessUnder(Provision provision) {
        Checks.notNull(provision, "provision");
        expect(WrongChannelOutcome.Kind.MUST_PROCESS);
        expectations.add(o -> o.wrongChannel().map(w -> w.legalBasis().contains(provision.basis())).orElse(false)
                ? null : "expected processing under " + provision.basis() + ", basis was "
                        + o.wrongChannel().map(WrongChannelOutcome::legalBasis).orElse(List.of()));
        return this;
    }

    /**
     * Expects a duty among the outcome's duties.
     *
     * @param duty  the duty, not null
     * @return this scenario
     */
    public InboundScenario expectDuty(DutyKind duty) {
        Checks.notNull(duty, "duty");
        expectations.add(o -> o.has(duty) ? null : "expected duty " + duty + ", duties were " + o.duties());
        return this;
    }

    /**
     * Expects a duty not to be among the outcome's duties.
     *
     * @param duty  the duty, not null
     * @return this scenario
     */
    public InboundScenario expectNoDuty(DutyKind duty) {
        Checks.notNull(duty, "duty");
        expectations.add(o -> o.has(duty) ? "expected no duty " + duty + ", duties were " + o.duties() : null);
        return this;
    }

    /**
     * Builds the facts of the scenario.
     *
     * @return the facts
     * @throws nl.wmebv.core.InvalidInputException ({@code "scenario"}) if the message type, channel or moment of
     *         receipt is missing, or as the facts' own checks say
     */
    public InboundFacts facts() {
        Checks.require(type != null, "scenario", "messageType", "say which message type: .message(...)", null);
        Checks.require(channel != null, "scenario", "channel", "say which channel: .via(...)", null);
        Checks.require(receivedAt != null, "scenario", "receivedAt", "say when: .receivedAt(\"2026-04-02T16:45\")", null);
        String id = "scenario-" + Integer.toHexString(name.hashCode());
        InboundMessage message = new InboundMessage(MessageId.of(id), register.body().id(), PartyId.of("afzender"),
                type, channel, receivedAt, AssuranceLevel.SUBSTANTIAL,
                Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)), 1_000, List.of());
        return InboundFacts.builder(message, register).processableWithoutFurtherWork(processable)
                .extensionFindings(termApplies, reasonablyBelieved).build();
    }

    /**
     * Runs the assessment and checks every expectation.
     *
     * @return the result
     */
    public ScenarioResult<InboundOutcome> verify() {
        InboundOutcome outcome = InboundAssessment.of().assess(facts());
        List<String> failures = new ArrayList<>();
        for (Expectation e : expectations) {
            String f = e.failure(outcome);
            if (f != null) {
                failures.add(f);
            }
        }
        return new ScenarioResult<>(name, outcome, failures);
    }
}
