package nl.wmebv.rules.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.inbound.ScopeOutcome.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Awb 2:13 lid 1 en 4, 2:14 en P13 — welk regime geldt voor een binnenkomend bericht")
class ScopeRuleTest {
    private static final ScopeRule RULE = ScopeRule.of();
    private static final MessageId MSG = MessageId.of("msg-13");
    private static final Instant IN_2026 = Instant.parse("2026-02-02T09:00:00Z");

    @Nested
    @DisplayName("P13 — de versie die gold op de dag van ontvangst")
    class InForce {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            // 22:59:59Z on 31 Dec 2025 = 23:59:59 CET: still 2025, so not in force.
            "2025-12-31T22:59:59Z, NOT_IN_FORCE",
            // 23:00Z on 31 Dec 2025 = 00:00 CET on 1 Jan 2026: in force, though still 2025 in UTC.
            "2025-12-31T23:00:00Z, FORMAL",
            "2024-06-01T10:00:00Z, NOT_IN_FORCE"
        })
        void boundary(String at, Kind expected) {
            ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, Instant.parse(at), true, false, false));
            assertEquals(expected, out.kind());
        }

        @Test
        @DisplayName("vóór 2026 nooit stilzwijgend de nieuwe regel, ook niet voor een ander bericht")
        void informalBefore() {
            ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, Instant.parse("2025-11-03T09:00:00Z"), false, true,
                    true));
            assertEquals(Kind.NOT_IN_FORCE, out.kind());
            assertFalse(out.formalRulesApply());
            assertEquals(LocalDate.of(2025, 11, 3), out.legalDay());
        }
    }

    @Test
    @DisplayName("Awb 2:13 lid 1 — formeel bericht: de regels voor formele berichten gelden")
    void formal() {
        ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, IN_2026, true, false, false));
        assertEquals(Kind.FORMAL, out.kind());
        assertTrue(out.formalRulesApply());
        assertEquals(Provision.AWB_2_13_LID_1.basis(), out.primaryBasis());
    }

    @Test
    @DisplayName("Awb 2:13 lid 4 — tijdelijke regeling: lid 1 geldt niet")
    void exempted() {
        ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, IN_2026, true, true, false));
        assertEquals(Kind.FORMAL_EXEMPTED, out.kind());
        assertFalse(out.formalRulesApply());
        assertEquals(Provision.AWB_2_13_LID_4.basis(), out.primaryBasis());
    }

    @Nested
    @DisplayName("Awb 2:14 — andere berichten alleen via een opengestelde weg")
    class Informal {
        @Test
        void opened() {
            ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, IN_2026, false, false, true));
            assertEquals(Kind.INFORMAL_OPENED_CHANNEL, out.kind());
            assertEquals(Provision.AWB_2_14.basis(), out.primaryBasis());
        }

        @Test
        void notOpened() {
            ScopeOutcome out = RULE.apply(new ScopeFacts(MSG, IN_2026, false, false, false));
            assertEquals(Kind.INFORMAL_CHANNEL_NOT_OPENED, out.kind());
            assertTrue(out.explain(Locale.ROOT).contains("niet voor opengesteld"));
            assertTrue(out.explain(Locale.ENGLISH).contains("has not opened"));
        }
    }

    @Test
    @DisplayName("onjuiste invoer noemt het veld")
    void badInput() {
        assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
        assertEquals("receivedAt", assertThrows(InvalidInputException.class,
                () -> new ScopeFacts(MSG, null, true, false, false)).field());
        assertEquals("messageId", assertThrows(InvalidInputException.class,
                () -> new ScopeFacts(null, IN_2026, true, false, false)).field());
    }
}
