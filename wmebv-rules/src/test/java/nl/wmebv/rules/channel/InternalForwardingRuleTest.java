package nl.wmebv.rules.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.rules.channel.HandlingTermStart.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Awb 2:24 — behandeltermijn vanaf interne doorgeleiding")
class InternalForwardingRuleTest {
    private static final InternalForwardingRule RULE = InternalForwardingRule.of(AtwCalendar.standard());
    private static final MessageId MSG = MessageId.of("msg-24");
    private static final Instant RECEIVED = Instant.parse("2026-04-02T08:00:00Z");
    // Forwarded on Goede Vrijdag, Friday 3 April 2026 (10:00 CEST).
    private static final Instant FORWARDED = Instant.parse("2026-04-03T08:00:00Z");

    @Nested
    @DisplayName("voorwaarden: onverwijld mededeling van doorgeleiding én aanvang (P25: 1 werkdag)")
    class Conditions {
        @ParameterizedTest(name = "mededeling {0} → {1}")
        @CsvSource({
            // Fri 3 Apr is Goede Vrijdag, Mon 6 Apr Tweede Paasdag: the first working day after Friday is
            // Tuesday 7 April; its end is 24:00 CEST = 22:00Z.
            "2026-04-03T08:00:00Z, FROM_FORWARDING",
            "2026-04-07T21:59:59Z, FROM_FORWARDING",
            "2026-04-07T22:00:00Z, NEEDS_ASSESSMENT",
            "2026-04-20T09:00:00Z, NEEDS_ASSESSMENT"
        })
        void promptness(String notifiedAt, Kind expected) {
            HandlingTermStart start = RULE.apply(facts(FORWARDED, Instant.parse(notifiedAt), true));
            assertEquals(expected, start.kind());
            assertEquals(Optional.of(Instant.parse("2026-04-07T22:00:00Z")), start.noticeDueBy());
            if (expected == Kind.FROM_FORWARDING) {
                assertEquals(Optional.of(FORWARDED), start.startsAt());
            } else {
                assertTrue(start.startsAt().isEmpty());
            }
        }

        @Test
        @DisplayName("Hemelvaartsdag telt niet als werkdag: doorgeleid woensdag 13 mei, uiterlijk vrijdag 15 mei")
        void ascension() {
            // Wed 13 May 2026 12:00 CEST; Thu 14 May is Hemelvaartsdag; end of Fri 15 May = 22:00Z.
            HandlingTermStart start = RULE.apply(new ForwardingFacts(MSG, true, true,
                    Instant.parse("2026-05-13T08:00:00Z"), Instant.parse("2026-05-13T10:00:00Z"), null, false));
            assertEquals(Kind.PENDING_NOTICE, start.kind());
            assertEquals(Optional.of(Instant.parse("2026-05-15T22:00:00Z")), start.noticeDueBy());
        }

        @Test
        @DisplayName("mededeling zonder het aanvangstijdstip: de termijn loopt vanaf ontvangst")
        void incompleteNotice() {
            HandlingTermStart start = RULE.apply(facts(FORWARDED, FORWARDED, false));
            assertEquals(Kind.FROM_RECEIPT, start.kind());
            assertEquals(Optional.of(RECEIVED), start.startsAt());
        }

        @Test
        @DisplayName("nog niet doorgeleid: aanvang onbekend")
        void notYetForwarded() {
            assertEquals(Kind.PENDING_FORWARDING, RULE.apply(facts(null, null, false)).kind());
        }

        @Test
        @DisplayName("P25 instelbaar: 0 werkdagen betekent dezelfde dag")
        void configurable() {
            InternalForwardingRule strict = InternalForwardingRule.of(AtwCalendar.standard(), 0);
            // Forwarded Wed 13 May 2026; same day ends 24:00 CEST = 22:00Z.
            HandlingTermStart start = strict.apply(new ForwardingFacts(MSG, true, true,
                    Instant.parse("2026-05-13T08:00:00Z"), Instant.parse("2026-05-13T10:00:00Z"),
                    Instant.parse("2026-05-13T22:00:00Z"), true));
            assertEquals(Kind.NEEDS_ASSESSMENT, start.kind());
        }
    }

    @Test
    @DisplayName("alleen voor 2:16 lid 1 onder a: bij onder b of c loopt de termijn gewoon vanaf ontvangst")
    void onlyOnderA() {
        HandlingTermStart start = RULE.apply(new ForwardingFacts(MSG, false, true, RECEIVED, FORWARDED, FORWARDED,
                true));
        assertEquals(Kind.NOT_APPLICABLE, start.kind());
        assertEquals(Optional.of(RECEIVED), start.startsAt());
        assertTrue(start.legalBasis().contains(Provision.AWB_2_16_LID_1_ONDER_A.basis()));
    }

    @Test
    @DisplayName("alleen voor een wettelijke behandeltermijn")
    void onlyStatutory() {
        HandlingTermStart start = RULE.apply(new ForwardingFacts(MSG, true, false, RECEIVED, FORWARDED, FORWARDED,
                true));
        assertEquals(Kind.NO_STATUTORY_TERM, start.kind());
        assertFalse(start.explain(Locale.ROOT).equals(start.explain(Locale.ENGLISH)));
    }

    @Test
    @DisplayName("onjuiste invoer noemt het veld")
    void badInput() {
        assertEquals("forwardedAt", assertThrows(InvalidInputException.class, () -> new ForwardingFacts(MSG, true,
                true, RECEIVED, RECEIVED.minusSeconds(1), null, false)).field());
        assertEquals("senderNotifiedAt", assertThrows(InvalidInputException.class, () -> new ForwardingFacts(MSG,
                true, true, RECEIVED, FORWARDED, FORWARDED.minusSeconds(1), true)).field());
        assertEquals("senderNotifiedAt", assertThrows(InvalidInputException.class, () -> new ForwardingFacts(MSG,
                true, true, RECEIVED, null, FORWARDED, true)).field());
        assertEquals("calendar", assertThrows(InvalidInputException.class,
                () -> InternalForwardingRule.of(null)).field());
        assertEquals("promptnessWorkingDays", assertThrows(InvalidInputException.class,
                () -> InternalForwardingRule.of(AtwCalendar.standard(), -1)).field());
        assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
        var trace = nl.wmebv.core.outcome.Trace.of(nl.wmebv.core.outcome.Step.of(Provision.AWB_2_24.basis(), "t"));
        var basis = java.util.List.of(Provision.AWB_2_24.basis());
        assertEquals("startsAt", assertThrows(InvalidInputException.class, () -> new HandlingTermStart(
                Kind.FROM_FORWARDING, MSG, Optional.empty(), Optional.empty(), basis, trace)).field());
        assertEquals("startsAt", assertThrows(InvalidInputException.class, () -> new HandlingTermStart(
                Kind.PENDING_NOTICE, MSG, Optional.of(FORWARDED), Optional.empty(), basis, trace)).field());
    }

    private static ForwardingFacts facts(Instant forwardedAt, Instant notifiedAt, boolean statesStart) {
        return new ForwardingFacts(MSG, true, true, RECEIVED, forwardedAt, notifiedAt, statesStart);
    }
}
