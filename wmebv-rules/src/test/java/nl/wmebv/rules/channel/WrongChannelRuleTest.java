package nl.wmebv.rules.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.channel.WrongChannelOutcome.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 2:16 — bericht via een verkeerde wijze van verzending")
class WrongChannelRuleTest {
    private static final WrongChannelRule RULE = WrongChannelRule.of();
    private static final MessageId MSG = MessageId.of("msg-1");
    private static final ChannelId PORTAL = ChannelId.of("portaal");
    private static final ChannelId FORM = ChannelId.of("webformulier-bezwaar");
    private static final ChannelId MAIL = ChannelId.of("info-mailadres");
    private static final BodyFinding NOT_PROCESSABLE = BodyFinding.no("bijlage moet worden overgetypt");

    @Nested
    @DisplayName("buiten 2:16")
    class Outside {
        @Test
        @DisplayName("Awb 2:14 — een ander bericht valt niet onder 2:16")
        void informal() {
            var out = RULE.apply(facts(false, false, false, MAIL, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE,
                    List.of(), NOT_PROCESSABLE));
            assertEquals(Kind.NOT_FORMAL, out.kind());
            assertEquals(Provision.AWB_2_14.basis(), out.primaryBasis());
        }

        @Test
        @DisplayName("Awb 2:13 lid 2 — via de aangewezen wijze: 2:16 is niet van toepassing")
        void designated() {
            var out = RULE.apply(facts(true, true, false, FORM, ChannelStatus.DESIGNATED_FOR_TYPE, List.of(FORM),
                    BodyFinding.notStated()));
            assertEquals(Kind.DESIGNATED_CHANNEL, out.kind());
            assertEquals(Provision.AWB_2_13_LID_2.basis(), out.primaryBasis());
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 1 — volstaan met wijzen op de juiste wijze van verzending")
    class Lid1 {
        @Test
        @DisplayName("aanhef — mag wijzen op de juiste wijze(n), met de lijst van kanalen en 2:23")
        void mayPoint() {
            var out = RULE.apply(facts(true, false, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM, ChannelId.of("api")), NOT_PROCESSABLE));
            var may = assertInstanceOf(WrongChannelOutcome.MayPointToCorrectChannel.class, out);
            assertEquals(List.of(FORM, ChannelId.of("api")), may.correctChannels());
            assertEquals(List.of(Provision.AWB_2_16_LID_1.basis(), Provision.AWB_2_23.basis()), may.legalBasis());
            assertFalse(may.application());
            assertFalse(may.refusalIsAlternative());
        }

        @Test
        @DisplayName("aanhef bij een aanvraag — Awb 4:5 lid 5: herstelgelegenheid mag achterwege blijven")
        void mayPointApplication() {
            var out = RULE.apply(facts(true, false, true, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM), NOT_PROCESSABLE));
            var may = assertInstanceOf(WrongChannelOutcome.MayPointToCorrectChannel.class, out);
            assertTrue(may.application());
            assertTrue(may.legalBasis().contains(Provision.AWB_4_5_LID_5.basis()));
            assertTrue(out.explain(Locale.ROOT).contains("artikel 4:5, vijfde lid"));
            assertTrue(out.explain(Locale.ENGLISH).contains("Article 4:5(5)"));
        }

        @Test
        @DisplayName("onder a — zonder nadere bewerking te behandelen: moet behandelen, 2:24 volgt")
        void onderA() {
            var out = RULE.apply(facts(true, false, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM), BodyFinding.yes("alleen intern doorzetten")));
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
            assertEquals(List.of(ProcessReason.PROCESSABLE_WITHOUT_FURTHER_WORK), must.reasons());
            assertEquals(List.of(Provision.AWB_2_16_LID_1_ONDER_A.basis(), Provision.AWB_2_24.basis()),
                    must.legalBasis());
        }

        @Test
        @DisplayName("onder a — zonder oordeel van het bestuursorgaan wordt niets aangenomen")
        void onderANotStated() {
            var out = RULE.apply(facts(true, false, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM), BodyFinding.notStated()));
            var needs = assertInstanceOf(WrongChannelOutcome.NeedsAssessment.class, out);
            assertEquals(Provision.AWB_2_16_LID_1_ONDER_A.basis(), needs.primaryBasis());
            assertEquals(List.of(FORM), needs.correctChannels());
        }

        @Test
        @DisplayName("onder b — bezwaarschrift via een voor een ander type aangewezen weg: moet behandelen")
        void onderB() {
            var out = RULE.apply(facts(true, true, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM), NOT_PROCESSABLE));
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
            assertEquals(List.of(ProcessReason.OBJECTION_OR_APPEAL), must.reasons());
            assertEquals(Provision.AWB_2_16_LID_1_ONDER_B.basis(), must.primaryBasis());
        }

        @Test
        @DisplayName("onder b — ook zonder oordeel over onder a: bezwaar gaat altijd door")
        void onderBWithoutFinding() {
            var out = RULE.apply(facts(true, true, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(FORM), BodyFinding.notStated()));
            assertEquals(Kind.MUST_PROCESS, out.kind());
        }

        @Test
        @DisplayName("onder c — geen wijze aangewezen voor het type: moet behandelen")
        void onderC() {
            var out = RULE.apply(facts(true, false, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(), NOT_PROCESSABLE));
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
            assertEquals(List.of(ProcessReason.NO_CHANNEL_DESIGNATED), must.reasons());
        }

        @Test
        @DisplayName("onder a, b en c tegelijk — elke reden wordt genoemd, in de volgorde van de onderdelen")
        void allReasons() {
            var out = RULE.apply(facts(true, true, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                    List.of(), BodyFinding.yes("eenvoudig doorzetten")));
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
            assertEquals(List.of(ProcessReason.PROCESSABLE_WITHOUT_FURTHER_WORK, ProcessReason.OBJECTION_OR_APPEAL,
                    ProcessReason.NO_CHANNEL_DESIGNATED), must.reasons());
            String nl = out.explain(Locale.ROOT);
            assertTrue(nl.contains("onder a") && nl.contains("onder b") && nl.contains("onder c"), nl);
        }

        @Test
        @DisplayName("P8 — aangewezen weg maar nadere eis geschonden: wijzen of weigeren (2:15), naar keuze")
        void requirementBroken() {
            var out = RULE.apply(facts(true, false, false, FORM, ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN,
                    List.of(FORM), NOT_PROCESSABLE));
            var may = assertInstanceOf(WrongChannelOutcome.MayPointToCorrectChannel.class, out);
            assertTrue(may.refusalIsAlternative());
            assertTrue(may.legalBasis().contains(Provision.AWB_2_15_LID_2.basis()));
            assertTrue(out.trace().cites(Provision.AWB_2_13_LID_3.basis()));
        }

        @Test
        @DisplayName("P8 bij een bezwaarschrift — ook bij een geschonden nadere eis blijft onder b gelden")
        void requirementBrokenObjection() {
            var out = RULE.apply(facts(true, true, false, FORM, ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN,
                    List.of(FORM), NOT_PROCESSABLE));
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
            assertTrue(must.refusalIsAlternative());
            assertTrue(must.legalBasis().contains(Provision.AWB_2_15_LID_2.basis()));
            assertTrue(out.explain(Locale.ROOT).contains("artikel 2:15"));
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 2 — geen reactieplicht bij een voor geen enkel formeel bericht aangewezen weg")
    class Lid2 {
        @Test
        @DisplayName("WhatsApp-bericht: geen plicht om te reageren")
        void noDuty() {
            var out = RULE.apply(facts(true, false, false, ChannelId.of("whatsapp"),
                    ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, List.of(FORM), NOT_PROCESSABLE));
            assertEquals(Kind.NO_DUTY_TO_REACT, out.kind());
            assertEquals(List.of(Provision.AWB_2_16_LID_2.basis()), out.legalBasis());
        }

        @Test
        @DisplayName("gaat voor lid 1 onder b en c: ook een bezwaarschrift zonder aangewezen weg via WhatsApp")
        void prevailsOverOnderBAndC() {
            var out = RULE.apply(facts(true, true, false, ChannelId.of("whatsapp"),
                    ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, List.of(), BodyFinding.yes("leesbaar")));
            assertEquals(Kind.NO_DUTY_TO_REACT, out.kind());
        }
    }

    @Nested
    @DisplayName("onjuiste invoer")
    class BadInput {
        @Test
        @DisplayName("kanaalstatus in strijd met de lijst van juiste kanalen → channelStatus")
        void inconsistentStatus() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> facts(true, false, false,
                    FORM, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE, List.of(FORM), NOT_PROCESSABLE));
            assertEquals("channelStatus", e.field());
            e = assertThrows(InvalidInputException.class, () -> facts(true, false, false, FORM,
                    ChannelStatus.DESIGNATED_FOR_TYPE, List.of(PORTAL), NOT_PROCESSABLE));
            assertEquals("channelStatus", e.field());
        }

        @Test
        @DisplayName("een bericht is niet tegelijk aanvraag en bezwaarschrift")
        void twoRoles() {
            assertEquals("application", assertThrows(InvalidInputException.class, () -> facts(true, true, true,
                    PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE, List.of(FORM), NOT_PROCESSABLE)).field());
        }

        @Test
        @DisplayName("een informeel bezwaarschrift of informele aanvraag bestaat niet")
        void informalObjection() {
            assertEquals("objectionOrAppeal", assertThrows(InvalidInputException.class, () -> facts(false, true,
                    false, MAIL, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, List.of(), NOT_PROCESSABLE)).field());
            assertEquals("application", assertThrows(InvalidInputException.class, () -> facts(false, false,
                    true, MAIL, ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, List.of(), NOT_PROCESSABLE)).field());
        }

        @Test
        @DisplayName("null wordt geweigerd met de naam van het veld")
        void nulls() {
            assertEquals("facts", assertThrows(InvalidInputException.class, () -> RULE.apply(null)).field());
            assertEquals("messageId", assertThrows(InvalidInputException.class, () -> new WrongChannelFacts(null,
                    true, false, false, FORM, ChannelStatus.DESIGNATED_FOR_TYPE, List.of(FORM), NOT_PROCESSABLE))
                    .field());
            assertEquals("correctChannels[0]", assertThrows(InvalidInputException.class,
                    () -> new WrongChannelFacts(MSG, true, false, false, FORM, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE,
                            java.util.Arrays.asList((ChannelId) null), NOT_PROCESSABLE)).field());
            assertEquals("processableWithoutFurtherWork", assertThrows(InvalidInputException.class,
                    () -> new WrongChannelFacts(MSG, true, false, false, FORM, ChannelStatus.DESIGNATED_FOR_TYPE,
                            List.of(FORM), null)).field());
        }
    }

    /** Every legally relevant combination of facts, each named. */
    static Stream<Arguments> grid() {
        List<Arguments> all = new ArrayList<>();
        List<BodyFinding> findings = List.of(BodyFinding.yes("ja"), BodyFinding.no("nee"), BodyFinding.notStated());
        for (boolean formal : new boolean[] {true, false}) {
            for (boolean objection : new boolean[] {true, false}) {
                for (boolean application : new boolean[] {true, false}) {
                    if ((objection || application) && !formal || objection && application) {
                        continue;
                    }
                    for (ChannelStatus status : ChannelStatus.values()) {
                        for (boolean typeHasChannel : new boolean[] {true, false}) {
                            boolean designated = status == ChannelStatus.DESIGNATED_FOR_TYPE
                                    || status == ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN;
                            if (designated && !typeHasChannel) {
                                continue;
                            }
                            List<ChannelId> correct = !typeHasChannel ? List.of()
                                    : designated ? List.of(PORTAL, FORM) : List.of(FORM);
                            for (BodyFinding finding : findings) {
                                String name = (formal ? "formeel" : "informeel") + (objection ? ", bezwaar" : "")
                                        + (application ? ", aanvraag" : "") + ", " + status
                                        + (typeHasChannel ? "" : ", type zonder aangewezen weg")
                                        + ", onder a " + finding.answer();
                                all.add(Arguments.of(Named.of(name, new WrongChannelFacts(MSG, formal, objection,
                                        application, PORTAL, status, correct, finding))));
                            }
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    @DisplayName("elke combinatie: een uitkomst met rechtsgrond, uitleg in beide talen, en de wet gevolgd")
    void everyCombination(WrongChannelFacts f) {
        WrongChannelOutcome out = RULE.apply(f);
        assertFalse(out.legalBasis().isEmpty());
        assertFalse(out.explain(Locale.ROOT).isBlank());
        assertFalse(out.explain(Locale.ENGLISH).isBlank());
        assertFalse(out.explain(Locale.ROOT).equals(out.explain(Locale.ENGLISH)));
        assertEquals(MSG, out.messageId());
        Kind expected;
        if (!f.formal()) {
            expected = Kind.NOT_FORMAL;
        } else if (f.channelStatus() == ChannelStatus.DESIGNATED_FOR_TYPE) {
            expected = Kind.DESIGNATED_CHANNEL;
        } else if (f.channelStatus() == ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE) {
            expected = Kind.NO_DUTY_TO_REACT;
        } else if (f.objectionOrAppeal() || f.correctChannels().isEmpty()
                || f.processableWithoutFurtherWork().isYes()) {
            expected = Kind.MUST_PROCESS;
        } else if (!f.processableWithoutFurtherWork().isStated()) {
            expected = Kind.NEEDS_ASSESSMENT;
        } else {
            expected = Kind.MAY_POINT_TO_CORRECT_CHANNEL;
        }
        assertEquals(expected, out.kind());
        if (out.kind() == Kind.NO_DUTY_TO_REACT) {
            assertTrue(out.trace().cites(Provision.AWB_2_16_LID_2.basis()));
        }
    }

    private static WrongChannelFacts facts(boolean formal, boolean objection, boolean application, ChannelId used,
            ChannelStatus status, List<ChannelId> correct, BodyFinding finding) {
        return new WrongChannelFacts(MSG, formal, objection, application, used, status, correct, finding);
    }
}
