package nl.wmebv.rules.misaddressed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.misaddressed.MisaddressedOutcome.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Awb 2:3 en 6:15 — verkeerd geadresseerde berichten")
class MisaddressedRuleTest {
    private static final MisaddressedRule RULE = MisaddressedRule.of();
    private static final MessageId MSG = MessageId.of("msg-3");
    private static final BodyFinding DERIVABLE = BodyFinding.yes("adres van de provincie staat in de aanhef");

    @Nested
    @DisplayName("Awb 2:3 lid 1 — doorzenden aan het bevoegde orgaan")
    class Lid1 {
        @Test
        @DisplayName("per post ontvangen: doorzenden met gelijktijdige mededeling, lid 3 speelt niet")
        void paper() {
            var out = RULE.apply(new MisaddressedFacts(MSG, Misdirection.ANOTHER_BODY_COMPETENT, false, false,
                    BodyFinding.notStated()));
            assertEquals(Kind.FORWARD_AND_NOTIFY_SENDER, out.kind());
            assertFalse(out.trace().cites(Provision.AWB_2_3_LID_3.basis()));
        }

        @Test
        @DisplayName("elektronisch en afleidbaar zonder nadere bewerking: doorzenden")
        void electronicDerivable() {
            var out = RULE.apply(new MisaddressedFacts(MSG, Misdirection.ANOTHER_BODY_COMPETENT, true, false,
                    DERIVABLE));
            assertEquals(Kind.FORWARD_AND_NOTIFY_SENDER, out.kind());
            assertEquals(Provision.AWB_2_3_LID_1.basis(), out.primaryBasis());
        }
    }

    @Nested
    @DisplayName("Awb 2:3 lid 2 — terugzenden aan de afzender")
    class Lid2 {
        @Test
        void returnToSender() {
            var out = RULE.apply(new MisaddressedFacts(MSG, Misdirection.NOT_MEANT_FOR_THIS_BODY, true, false,
                    DERIVABLE));
            assertEquals(Kind.RETURN_TO_SENDER, out.kind());
            assertEquals(Provision.AWB_2_3_LID_2.basis(), out.primaryBasis());
        }
    }

    @Nested
    @DisplayName("Awb 2:3 lid 3 — elektronisch bericht: alleen als zonder nadere bewerking afleidbaar")
    class Lid3 {
        @ParameterizedTest
        @EnumSource(Misdirection.class)
        @DisplayName("niet afleidbaar: geen plicht")
        void notDerivable(Misdirection m) {
            var out = RULE.apply(new MisaddressedFacts(MSG, m, true, false, BodyFinding.no("versleutelde bijlage")));
            assertEquals(Kind.NO_DUTY, out.kind());
            assertEquals(Provision.AWB_2_3_LID_3.basis(), out.primaryBasis());
        }

        @ParameterizedTest
        @EnumSource(Misdirection.class)
        @DisplayName("geen oordeel van het bestuursorgaan: beoordeling nodig, niets aangenomen")
        void notStated(Misdirection m) {
            var out = RULE.apply(new MisaddressedFacts(MSG, m, true, false, BodyFinding.notStated()));
            assertEquals(Kind.NEEDS_ASSESSMENT, out.kind());
        }
    }

    @Nested
    @DisplayName("Awb 6:15 — bezwaarschrift bij een onbevoegd orgaan (P11: geheel van toepassing)")
    class Article615 {
        @Test
        @DisplayName("lid 1 en 3 — doorzenden met datum van ontvangst, ook als lid 3 van 2:3 geen plicht zou geven")
        void objection() {
            var out = RULE.apply(new MisaddressedFacts(MSG, Misdirection.ANOTHER_BODY_COMPETENT, true, true,
                    BodyFinding.no("niet afleidbaar")));
            assertEquals(Kind.FORWARD_OBJECTION, out.kind());
            assertEquals(Provision.AWB_6_15_LID_1.basis(), out.primaryBasis());
            assertTrue(out.legalBasis().contains(Provision.AWB_6_15_LID_3.basis()));
            assertTrue(out.explain(Locale.ROOT).contains("derde lid"));
        }

        @Test
        @DisplayName("P11 — een bezwaarschrift wordt nooit teruggestuurd: bevoegd orgaan zoeken en doorzenden")
        void objectionNotForAnyBody() {
            var out = RULE.apply(new MisaddressedFacts(MSG, Misdirection.NOT_MEANT_FOR_THIS_BODY, true, true,
                    BodyFinding.no("niet afleidbaar")));
            assertEquals(Kind.OBJECTION_COMPETENT_BODY_UNKNOWN, out.kind());
            assertEquals(Provision.AWB_6_15_LID_1.basis(), out.primaryBasis());
            assertFalse(out.trace().cites(Provision.AWB_2_3_LID_3.basis()));
        }
    }

    @Test
    @DisplayName("onjuiste invoer noemt het veld")
    void badInput() {
        assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
        assertEquals("misdirection", assertThrows(InvalidInputException.class,
                () -> new MisaddressedFacts(MSG, null, true, false, DERIVABLE)).field());
        assertEquals("recipientDerivable", assertThrows(InvalidInputException.class,
                () -> new MisaddressedFacts(MSG, Misdirection.NOT_MEANT_FOR_THIS_BODY, true, false, null)).field());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    @DisplayName("elke uitkomst heeft een Nederlandse en Engelse tekst")
    void texts(Kind kind) {
        var out = new MisaddressedOutcome(kind, MSG, java.util.List.of(Provision.AWB_2_3_LID_1.basis()),
                nl.wmebv.core.outcome.Trace.of(nl.wmebv.core.outcome.Step.of(Provision.AWB_2_3_LID_1.basis(), "t")));
        assertTrue(out.explain(Locale.ROOT).contains("msg-3"));
        assertTrue(out.explain(Locale.ENGLISH).contains("msg-3"));
        assertFalse(out.explain(Locale.ROOT).equals(out.explain(Locale.ENGLISH)));
    }
}
