package nl.wmebv.rules.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Since issue 8 the rules of the intake path build their trace only when it is read. These tests read it: each
 * outcome's steps cite the provision that decided it and name the facts it used, with the values of the facts.
 */
@DisplayName("Awb 2:16 en 2:24 — de trace die op verzoek wordt opgebouwd, noemt bepaling en feiten")
class DeferredTraceTest {
    private static final MessageId MSG = MessageId.of("msg-8");
    private static final ChannelId FORM = ChannelId.of("webformulier");
    private static final ChannelId MAIL = ChannelId.of("mail");

    private static WrongChannelFacts facts(boolean formal, ChannelStatus status, List<ChannelId> correct,
            BodyFinding finding) {
        return new WrongChannelFacts(MSG, formal, false, false, FORM, status, correct, finding);
    }

    @Test
    @DisplayName("Awb 2:13 lid 2 — via de aangewezen wijze: één stap met bericht en kanaal")
    void designated() {
        WrongChannelOutcome out = WrongChannelRule.of().apply(facts(true, ChannelStatus.DESIGNATED_FOR_TYPE,
                List.of(FORM), BodyFinding.notStated()));
        Step step = out.trace().steps().get(0);
        assertEquals(Provision.AWB_2_13_LID_2.basis(), step.basis());
        assertEquals("wrongChannel.designated", step.finding());
        assertEquals(Map.of("messageId", "msg-8", "channel", "webformulier"), step.facts());
    }

    @Test
    @DisplayName("Awb 2:14 — een ander bericht: de stap noemt 2:13 lid 1 (2:16 geldt alleen voor formele berichten)")
    void notFormal() {
        WrongChannelOutcome out = WrongChannelRule.of().apply(facts(false, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(MAIL), BodyFinding.notStated()));
        Step step = out.trace().steps().get(0);
        assertEquals(Provision.AWB_2_13_LID_1.basis(), step.basis());
        assertEquals("wrongChannel.notFormal", step.finding());
        assertEquals(Map.of("messageId", "msg-8"), step.facts());
    }

    @Test
    @DisplayName("Awb 2:16 lid 2 — een kanaal voor geen enkel formeel bericht: de stap noemt het kanaal")
    void noDuty() {
        WrongChannelOutcome out = WrongChannelRule.of().apply(facts(true, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE,
                List.of(MAIL), BodyFinding.notStated()));
        Step step = out.trace().steps().get(0);
        assertEquals(Provision.AWB_2_16_LID_2.basis(), step.basis());
        assertEquals(Map.of("messageId", "msg-8", "channel", "webformulier"), step.facts());
    }

    @Test
    @DisplayName("Awb 2:16 lid 1 — nadere eis geschonden: onder a, b en c onder één stap, met 2:13 lid 3 erbij")
    void requirementBroken() {
        WrongChannelOutcome out = WrongChannelRule.of().apply(facts(true,
                ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN, List.of(FORM), BodyFinding.yes("leesbaar")));
        Step root = out.trace().steps().get(0);
        assertEquals(Provision.AWB_2_16_LID_1.basis(), root.basis());
        assertEquals("DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN", root.facts().get("channelStatus"));
        assertEquals(List.of("wrongChannel.requirementBroken", "wrongChannel.onderA", "wrongChannel.onderB",
                "wrongChannel.onderC"), root.children().stream().map(Step::finding).toList());
        assertEquals("1", root.children().get(3).facts().get("designatedChannels"));
        WrongChannelOutcome other = WrongChannelRule.of().apply(facts(true, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                List.of(MAIL), BodyFinding.yes("leesbaar")));
        assertFalse(other.trace().cites(Provision.AWB_2_13_LID_3.basis()), "no requirement broken, no 2:13 lid 3");
    }

    @Test
    @DisplayName("Awb 2:24 — de stap noemt doorzending, uiterste meldmoment en melding, in die volgorde")
    void forwarding() {
        // Received Thu 2026-04-02 10:00 CEST, forwarded Thu 2026-04-09 10:00 CEST, sender told 2026-04-09 12:00.
        Instant received = Instant.parse("2026-04-02T08:00:00Z");
        Instant forwarded = Instant.parse("2026-04-09T08:00:00Z");
        Instant notified = Instant.parse("2026-04-09T10:00:00Z");
        InternalForwardingRule rule = InternalForwardingRule.of(AtwCalendar.standard(), 2);
        HandlingTermStart start = rule.apply(new ForwardingFacts(MSG, true, true, received, forwarded, notified, true));
        assertEquals(HandlingTermStart.Kind.FROM_FORWARDING, start.kind());
        Step step = start.trace().steps().get(0);
        assertEquals(List.of("messageId", "handledUnderOnderA", "statutoryHandlingTerm", "receivedAt", "forwardedAt",
                "noticeDueBy", "promptnessWorkingDays", "senderNotifiedAt", "noticeStatesStartMoment", "outcome"),
                List.copyOf(step.facts().keySet()));
        assertEquals("2026-04-02T10:00:00+02:00", step.facts().get("receivedAt"));
        assertEquals("2026-04-09T10:00:00+02:00", step.facts().get("forwardedAt"));
        assertEquals(LegalTime.render(start.noticeDueBy().orElseThrow()), step.facts().get("noticeDueBy"),
                "the trace names the due moment the outcome carries");
        assertEquals("2", step.facts().get("promptnessWorkingDays"));
        assertEquals("FROM_FORWARDING", step.facts().get("outcome"));
        HandlingTermStart pending = rule.apply(new ForwardingFacts(MSG, true, true, received, null, null, false));
        assertEquals(List.of("messageId", "handledUnderOnderA", "statutoryHandlingTerm", "receivedAt", "outcome"),
                List.copyOf(pending.trace().steps().get(0).facts().keySet()), "nothing forwarded: no due moment");
        HandlingTermStart notNotified = rule.apply(new ForwardingFacts(MSG, true, true, received, forwarded, null,
                false));
        assertTrue(notNotified.trace().steps().get(0).facts().containsKey("noticeDueBy"));
        assertFalse(notNotified.trace().steps().get(0).facts().containsKey("senderNotifiedAt"));
    }
}
