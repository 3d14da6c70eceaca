package nl.wmebv.rules.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.time.AtwCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("P10 en P25 — de instellingen van de intake: standaard, grenzen, en wat ze veranderen")
class InboundPoliciesTest {

    @Test
    @DisplayName("standaard: één werkdag voor de ontvangstbevestiging (P10) en voor de 2:24-melding (P25)")
    void defaults() {
        InboundPolicies p = InboundPolicies.defaults();
        assertEquals(1, p.acknowledgementWorkingDays());
        assertEquals(1, p.forwardingNoticeWorkingDays());
        assertSame(AtwCalendar.standard(), p.calendar());
        assertSame(p, InboundAssessment.of(p).policies());
        assertEquals(1, InboundAssessment.of().policies().acknowledgementWorkingDays());
    }

    @ParameterizedTest(name = "{0} werkdagen mag")
    @ValueSource(ints = {0, 1, 5, 30})
    @DisplayName("0 tot en met 30 werkdagen zijn toegestaan, elk apart in te stellen")
    void range(int days) {
        InboundPolicies p = InboundPolicies.defaults().withAcknowledgementWorkingDays(days);
        assertEquals(days, p.acknowledgementWorkingDays());
        assertEquals(1, p.forwardingNoticeWorkingDays(), "the other policy is unchanged");
        InboundPolicies q = InboundPolicies.defaults().withForwardingNoticeWorkingDays(days);
        assertEquals(days, q.forwardingNoticeWorkingDays());
        assertEquals(1, q.acknowledgementWorkingDays(), "the other policy is unchanged");
    }

    @ParameterizedTest(name = "{0} werkdagen wordt geweigerd")
    @ValueSource(ints = {-1, 31, Integer.MIN_VALUE})
    @DisplayName("buiten 0..30: een fout die het veld en de grens noemt")
    void outOfRange(int days) {
        InvalidInputException ack = assertThrows(InvalidInputException.class,
                () -> InboundPolicies.defaults().withAcknowledgementWorkingDays(days));
        assertEquals("acknowledgementWorkingDays", ack.field());
        assertEquals("range", ack.constraint());
        InvalidInputException fwd = assertThrows(InvalidInputException.class,
                () -> InboundPolicies.defaults().withForwardingNoticeWorkingDays(days));
        assertEquals("forwardingNoticeWorkingDays", fwd.field());
        assertEquals("calendar", assertThrows(InvalidInputException.class,
                () -> InboundPolicies.defaults().withCalendar(null)).field());
        assertEquals("policies", assertThrows(InvalidInputException.class, () -> InboundAssessment.of(null)).field());
    }
}
