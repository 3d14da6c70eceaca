package nl.wmebv.rules.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.channel.ChannelStatus;
import nl.wmebv.rules.receipt.ReceiptDuties.Acknowledgement;
import nl.wmebv.rules.receipt.ReceiptDuties.DataReturn;
import nl.wmebv.rules.receipt.ReceiptDuties.ReturnPathAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Awb 2:17 en 6:14 lid 1 — ontvangstbevestiging en teruggeven van ingevoerde gegevens")
class ReceiptDutiesRuleTest {
    private static final ReceiptDutiesRule RULE = ReceiptDutiesRule.of();
    private static final MessageId MSG = MessageId.of("msg-17");

    @Nested
    @DisplayName("Awb 2:17 lid 1 — ontvangstbevestiging")
    class Lid1 {
        @Test
        @DisplayName("formeel bericht via de aangewezen wijze, nadere eisen nageleefd: bevestigen")
        void due() {
            ReceiptDuties d = RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE, false, true, false));
            assertEquals(Acknowledgement.DUE, d.acknowledgement());
            assertTrue(d.acknowledgementDue());
            assertEquals(Provision.AWB_2_17_LID_1.basis(), d.primaryBasis());
        }

        @Test
        @DisplayName("onder a — gedeeld systeem waarin de afzender de beschikbaarheid ziet: geen bevestiging")
        void onderA() {
            ReceiptDuties d = RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE, true, true, false));
            assertEquals(Acknowledgement.NOT_DUE_SHARED_SYSTEM, d.acknowledgement());
            assertEquals(Provision.AWB_2_17_LID_1_ONDER_A.basis(), d.primaryBasis());
        }

        @Test
        @DisplayName("onder b — geen elektronisch adres van de afzender: geen bevestiging")
        void onderB() {
            ReceiptDuties d = RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE, false, false, false));
            assertEquals(Acknowledgement.NOT_DUE_NO_ELECTRONIC_ADDRESS, d.acknowledgement());
            assertEquals(Provision.AWB_2_17_LID_1_ONDER_B.basis(), d.primaryBasis());
        }

        @ParameterizedTest
        @EnumSource(value = ChannelStatus.class, names = {"DESIGNATED_FOR_OTHER_TYPE", "DESIGNATED_FOR_NO_FORMAL_TYPE"})
        @DisplayName("niet via de aangewezen wijze: geen bevestiging onder 2:17 (2:16 geldt)")
        void notDesignated(ChannelStatus status) {
            assertEquals(Acknowledgement.NOT_DUE_NOT_DESIGNATED_WAY,
                    RULE.apply(facts(status, false, true, false)).acknowledgement());
        }

        @Test
        @DisplayName("P8 — nadere eis geschonden: nooit een plicht tot bevestigen")
        void requirementBroken() {
            ReceiptDuties d = RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN, false, true,
                    false));
            assertEquals(Acknowledgement.NOT_DUE_REQUIREMENT_BROKEN, d.acknowledgement());
            assertEquals(Provision.AWB_2_13_LID_3.basis(), d.primaryBasis());
        }

        @Test
        @DisplayName("een ander bericht (2:14): geen bevestiging")
        void informal() {
            ReceiptDuties d = RULE.apply(new ReceiptDutyFacts(MSG, false, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE,
                    false, false, false, true, true, AssuranceLevel.NONE, null));
            assertEquals(Acknowledgement.NOT_DUE_NOT_FORMAL, d.acknowledgement());
            assertEquals(DataReturn.NOT_FORMAL, d.dataReturn());
        }
    }

    @Nested
    @DisplayName("Awb 2:17 lid 2 — ingevoerde gegevens ter beschikking stellen")
    class Lid2 {
        @Test
        @DisplayName("rechtstreekse invoer via de aangewezen wijze: teruggeven")
        void due() {
            ReceiptDuties d = RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE, false, true, true));
            assertEquals(DataReturn.DUE, d.dataReturn());
            assertTrue(d.legalBasis().contains(Provision.AWB_2_17_LID_2.basis()));
        }

        @ParameterizedTest
        @EnumSource(ChannelStatus.class)
        @DisplayName("ook via een verkeerde wijze en ook bij een uitzondering van lid 1")
        void whateverTheChannel(ChannelStatus status) {
            assertEquals(DataReturn.DUE, RULE.apply(facts(status, true, false, true)).dataReturn());
        }

        @Test
        @DisplayName("e-mail is geen rechtstreekse invoer: de afzender heeft zijn eigen kopie")
        void email() {
            assertEquals(DataReturn.NOT_DIRECT_DATA_ENTRY,
                    RULE.apply(facts(ChannelStatus.DESIGNATED_FOR_TYPE, false, true, false)).dataReturn());
        }

        @ParameterizedTest(name = "ingevoerd op {0}, terug via {1} op {2} → {3}")
        @CsvSource({
            // Data entered behind DigiD (substantial) returned by plain e-mail: never sufficient.
            "SUBSTANTIAL, EMAIL, HIGH, INSUFFICIENT",
            "LOW, EMAIL, LOW, INSUFFICIENT",
            // An anonymous form may confirm by e-mail.
            "NONE, EMAIL, NONE, SUFFICIENT",
            // The portal behind the same log-in: sufficient.
            "SUBSTANTIAL, PORTAL, SUBSTANTIAL, SUFFICIENT",
            "SUBSTANTIAL, WEB_FORM, HIGH, SUFFICIENT",
            // A weaker return channel than the input: insufficient.
            "SUBSTANTIAL, PORTAL, LOW, INSUFFICIENT",
            "HIGH, MESSAGE_BOX, SUBSTANTIAL, INSUFFICIENT"
        })
        void returnPath(AssuranceLevel entered, ChannelKind kind, AssuranceLevel pathLevel,
                ReturnPathAssessment expected) {
            ReceiptDuties d = RULE.apply(new ReceiptDutyFacts(MSG, true, ChannelStatus.DESIGNATED_FOR_TYPE, false,
                    false, false, true, true, entered, new DataReturnPath(kind, pathLevel)));
            assertEquals(expected, d.returnPathAssessment());
            assertEquals(entered, d.minimumReturnAssurance());
        }

        @Test
        @DisplayName("nog geen terugweg gekozen: de uitkomst zegt welke eisen gelden")
        void noPath() {
            ReceiptDuties d = RULE.apply(new ReceiptDutyFacts(MSG, true, ChannelStatus.DESIGNATED_FOR_TYPE, false,
                    false, false, true, true, AssuranceLevel.SUBSTANTIAL, null));
            assertEquals(ReturnPathAssessment.NOT_GIVEN, d.returnPathAssessment());
            assertTrue(d.explain(Locale.ROOT).contains("SUBSTANTIAL"));
            assertTrue(d.explain(Locale.ENGLISH).contains("plain e-mail"));
        }
    }

    @Nested
    @DisplayName("Awb 6:14 lid 1 — schriftelijke bevestiging van een bezwaarschrift, naast 2:17")
    class Article614 {
        @Test
        void objectionHandled() {
            ReceiptDuties d = RULE.apply(new ReceiptDutyFacts(MSG, true, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    true, true, false, true, false, AssuranceLevel.NONE, null));
            assertTrue(d.writtenObjectionAcknowledgement());
            assertTrue(d.legalBasis().contains(Provision.AWB_6_14_LID_1.basis()));
            assertEquals(Acknowledgement.NOT_DUE_NOT_DESIGNATED_WAY, d.acknowledgement());
        }

        @Test
        @DisplayName("P7 — niet behandeld onder 2:16 lid 2: geen bevestiging")
        void objectionNotHandled() {
            ReceiptDuties d = RULE.apply(new ReceiptDutyFacts(MSG, true, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE,
                    true, false, false, true, false, AssuranceLevel.NONE, null));
            assertFalse(d.writtenObjectionAcknowledgement());
        }
    }

    @Test
    @DisplayName("onjuiste invoer noemt het veld")
    void badInput() {
        assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
        assertEquals("channelStatus", assertThrows(InvalidInputException.class, () -> new ReceiptDutyFacts(MSG,
                true, null, false, false, false, true, false, AssuranceLevel.NONE, null)).field());
        assertEquals("objectionOrAppeal", assertThrows(InvalidInputException.class, () -> new ReceiptDutyFacts(
                MSG, false, ChannelStatus.DESIGNATED_FOR_TYPE, true, true, false, true, false, AssuranceLevel.NONE,
                null)).field());
        assertEquals("channelStatus", assertThrows(InvalidInputException.class, () -> new ReceiptDutyFacts(MSG,
                false, ChannelStatus.DESIGNATED_FOR_TYPE, false, false, false, true, false, AssuranceLevel.NONE,
                null)).field());
        assertEquals("kind", assertThrows(InvalidInputException.class,
                () -> new DataReturnPath(null, AssuranceLevel.LOW)).field());
    }

    private static ReceiptDutyFacts facts(ChannelStatus status, boolean shared, boolean address, boolean dde) {
        return new ReceiptDutyFacts(MSG, true, status, false, false, shared, address, dde, AssuranceLevel.SUBSTANTIAL,
                new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL));
    }
}
