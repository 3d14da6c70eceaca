package nl.wmebv.core.designation;

import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The register of a fictitious municipality. Moments are legal midnights (Europe/Amsterdam) in UTC:
 * 2026-01-01 00:00 CET = 2025-12-31T23:00Z; 2026-03-01 00:00 CET = 2026-02-28T23:00Z; 2026-04-01 00:00 CEST =
 * 2026-03-31T22:00Z (DST began 29 March); 2026-07-01 00:00 CEST = 2026-06-30T22:00Z.
 */
@DisplayName("Awb 2:13 lid 2–4, 2:14, 2:16 — het register van aanwijzingen van een bestuursorgaan")
class DesignationRegisterTest {

    static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gm0344"), "Gemeente Utrecht");

    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaar");
    static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag-subsidie");
    static final MessageTypeId KLACHT = MessageTypeId.of("klacht");
    static final MessageTypeId VRAAG = MessageTypeId.of("algemene-vraag");
    static final MessageTypeId UNKNOWN_TYPE = MessageTypeId.of("onbekend");

    static final ChannelId PORTAL = ChannelId.of("portaal");
    static final ChannelId FORM = ChannelId.of("bezwaarformulier");
    static final ChannelId MAIL = ChannelId.of("bezwaar-mail");
    static final ChannelId INFO = ChannelId.of("info-mail");
    static final ChannelId CHAT = ChannelId.of("chat");
    static final ChannelId UNKNOWN_CHANNEL = ChannelId.of("onbekend");

    static final Instant JAN_1 = Instant.parse("2025-12-31T23:00:00Z");
    static final Instant MAR_1 = Instant.parse("2026-02-28T23:00:00Z");
    static final Instant MAR_15 = Instant.parse("2026-03-15T11:00:00Z");
    static final Instant APR_1 = Instant.parse("2026-03-31T22:00:00Z");
    static final Instant JUL_1 = Instant.parse("2026-06-30T22:00:00Z");
    static final Instant JUL_15 = Instant.parse("2026-07-15T10:00:00Z");
    static final Instant DEC_1_2025 = Instant.parse("2025-12-01T09:00:00Z");

    static final FurtherRequirements PDF_SUBSTANTIAL = FurtherRequirements.NONE
            .withAllowedMediaTypes(Set.of("application/pdf")).withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL);
    static final FurtherRequirements INFO_LIMIT = FurtherRequirements.NONE.withMaxTotalSize(5_000_000);

    static final MessageType T_BEZWAAR = MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION);
    static final MessageType T_AANVRAAG = MessageType.of(AANVRAAG, "Aanvraag subsidie", LegalRole.APPLICATION);
    static final MessageType T_KLACHT = MessageType.of(KLACHT, "Klacht", LegalRole.COMPLAINT);
    static final MessageType T_VRAAG = MessageType.of(VRAAG, "Algemene vraag", LegalRole.INFORMAL);

    static final Channel C_PORTAL = Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.utrecht.example",
            AssuranceLevel.SUBSTANTIAL);
    static final Channel C_FORM = Channel.of(FORM, ChannelKind.WEB_FORM, "https://utrecht.example/bezwaar",
            AssuranceLevel.NONE);
    static final Channel C_MAIL = Channel.of(MAIL, ChannelKind.EMAIL, "bezwaar@utrecht.example", AssuranceLevel.NONE);
    static final Channel C_INFO = Channel.of(INFO, ChannelKind.EMAIL, "info@utrecht.example", AssuranceLevel.NONE);
    static final Channel C_CHAT = Channel.of(CHAT, ChannelKind.SOCIAL_MEDIA, "@utrecht", AssuranceLevel.NONE);

    /** Bezwaar through portal and form, 1 January to 1 July, PDF only and substantial. */
    static final Designation D_BEZWAAR_H1 = Designation.of(BEZWAAR, Set.of(FORM, PORTAL), JAN_1,
            DesignationInstrument.byDecision("Gmb. 2025, 500000")).withValidTo(JUL_1).withRequirements(PDF_SUBSTANTIAL);
    /** Bezwaar through e-mail from 1 July, open-ended, abutting the first. */
    static final Designation D_BEZWAAR_H2 = Designation.of(BEZWAAR, Set.of(MAIL), JUL_1,
            DesignationInstrument.byDecision("Gmb. 2026, 250000"));
    /** Subsidy applications through the portal, by statute, from 1 January. */
    static final Designation D_AANVRAAG = Designation.of(AANVRAAG, Set.of(PORTAL), JAN_1,
            DesignationInstrument.byStatute("Subsidieverordening Utrecht art. 5"));
    static final TemporaryExemption E_AANVRAAG = new TemporaryExemption("Stcrt. 2026, 11111", BODY.id(),
            Set.of(AANVRAAG), MAR_1, APR_1);
    static final OpenedChannel O_INFO = OpenedChannel.of(INFO, JAN_1).withRequirements(INFO_LIMIT);

    static final DesignationRegister REGISTER = DesignationRegister.builder(BODY)
            .messageType(T_BEZWAAR).messageType(T_AANVRAAG).messageType(T_KLACHT).messageType(T_VRAAG)
            .channel(C_PORTAL).channel(C_FORM).channel(C_MAIL).channel(C_INFO).channel(C_CHAT)
            .designation(D_BEZWAAR_H1).designation(D_BEZWAAR_H2).designation(D_AANVRAAG)
            .exemption(E_AANVRAAG)
            .openedChannel(O_INFO)
            .build();

    @Nested
    @DisplayName("Awb 2:13 lid 2 — is dit kanaal aangewezen voor dit type bericht?")
    class IsDesignated {
        static Stream<Arguments> cases() {
            return Stream.of(
                // channel, type, moment, expected; each checked against the fixture above by hand
                Arguments.of(PORTAL, BEZWAAR, JAN_1, true),                     // exactly validFrom of H1
                Arguments.of(PORTAL, BEZWAAR, JAN_1.minusNanos(1), false),      // 1 ns before H1
                Arguments.of(FORM, BEZWAAR, MAR_15, true),                      // second channel of H1
                Arguments.of(PORTAL, BEZWAAR, JUL_1.minusNanos(1), true),       // last instant of H1
                Arguments.of(PORTAL, BEZWAAR, JUL_1, false),                    // exactly validTo of H1
                Arguments.of(MAIL, BEZWAAR, JUL_1, true),                       // exactly validFrom of H2
                Arguments.of(MAIL, BEZWAAR, JUL_1.minusNanos(1), false),        // 1 ns before H2
                Arguments.of(MAIL, BEZWAAR, Instant.parse("2040-01-01T00:00:00Z"), true), // H2 open-ended
                Arguments.of(PORTAL, AANVRAAG, JUL_15, true),                   // aanvraag designation open-ended
                Arguments.of(FORM, AANVRAAG, MAR_15, false),                    // form only designated for bezwaar
                Arguments.of(MAIL, AANVRAAG, JUL_15, false),                    // mail only designated for bezwaar
                Arguments.of(PORTAL, KLACHT, MAR_15, false),                    // klacht: no designation at all
                Arguments.of(INFO, VRAAG, MAR_15, false),                       // opened (2:14) is not designated
                Arguments.of(CHAT, BEZWAAR, MAR_15, false));                    // chat: nothing
        }

        @ParameterizedTest(name = "{0} voor {1} op {2} → {3}")
        @MethodSource("cases")
        void isDesignated(ChannelId channel, MessageTypeId type, Instant at, boolean expected) {
            assertEquals(expected, REGISTER.isDesignated(channel, type, at));
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 2 — is dit kanaal voor enig formeel bericht aangewezen?")
    class AnyFormalType {
        static Stream<Arguments> cases() {
            return Stream.of(
                Arguments.of(PORTAL, MAR_15, true),              // bezwaar H1 and aanvraag
                Arguments.of(PORTAL, JUL_15, true),              // aanvraag still (H1 ended)
                Arguments.of(FORM, MAR_15, true),                // bezwaar H1
                Arguments.of(FORM, JUL_1, false),                // H1 ended exactly now; form has nothing else
                Arguments.of(FORM, JUL_1.minusNanos(1), true),   // last instant of H1
                Arguments.of(MAIL, MAR_15, false),               // H2 not yet
                Arguments.of(MAIL, JUL_15, true),                // H2
                Arguments.of(INFO, MAR_15, false),               // only opened for informal messages (2:14)
                Arguments.of(CHAT, MAR_15, false),               // never designated
                Arguments.of(PORTAL, DEC_1_2025, false));        // before any designation
        }

        @ParameterizedTest(name = "{0} op {1} → {2}")
        @MethodSource("cases")
        void anyFormalType(ChannelId channel, Instant at, boolean expected) {
            assertEquals(expected, REGISTER.isDesignatedForAnyFormalType(channel, at));
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 1 — de juiste wijze van verzending, en onder c: geen wijze aangewezen")
    class DesignatedChannels {
        @Test
        @DisplayName("meer kanalen per type, in de volgorde van registratie")
        void severalChannels() {
            // Registered order: portal, form, mail, info, chat. H1 holds form and portal.
            assertEquals(List.of(C_PORTAL, C_FORM), REGISTER.designatedChannels(BEZWAAR, MAR_15));
            assertEquals(List.of(C_MAIL), REGISTER.designatedChannels(BEZWAAR, JUL_15));
            assertTrue(REGISTER.hasDesignatedChannel(BEZWAAR, MAR_15));
        }

        @Test
        @DisplayName("onder c — klacht zonder aangewezen kanaal")
        void typeWithoutChannel() {
            assertEquals(List.of(), REGISTER.designatedChannels(KLACHT, MAR_15));
            assertFalse(REGISTER.hasDesignatedChannel(KLACHT, MAR_15));
        }

        @Test
        @DisplayName("voor de eerste aanwijzing is er nog geen kanaal")
        void beforeFirstDesignation() {
            assertFalse(REGISTER.hasDesignatedChannel(BEZWAAR, DEC_1_2025));
            assertEquals(List.of(), REGISTER.designatedChannels(BEZWAAR, DEC_1_2025));
        }

        @Test
        @DisplayName("een informeel type heeft nooit aangewezen kanalen")
        void informal() {
            assertFalse(REGISTER.hasDesignatedChannel(VRAAG, MAR_15));
        }
    }

    @Nested
    @DisplayName("Awb 2:13 lid 3 en 2:14 — nadere eisen")
    class Requirements {
        @Test
        @DisplayName("formeel type: de eisen van de aanwijzing van dat kanaal")
        void formal() {
            assertEquals(Optional.of(PDF_SUBSTANTIAL), REGISTER.furtherRequirements(BEZWAAR, PORTAL, MAR_15));
            assertEquals(Optional.of(FurtherRequirements.NONE), REGISTER.furtherRequirements(BEZWAAR, MAIL, JUL_15));
        }

        @Test
        @DisplayName("formeel type via een niet-aangewezen kanaal: geen eisen")
        void formalNotDesignated() {
            assertEquals(Optional.empty(), REGISTER.furtherRequirements(BEZWAAR, MAIL, MAR_15));
            assertEquals(Optional.empty(), REGISTER.furtherRequirements(BEZWAAR, INFO, MAR_15));
        }

        @Test
        @DisplayName("informeel type: de eisen van de openstelling (2:14, tweede zin)")
        void informal() {
            assertEquals(Optional.of(INFO_LIMIT), REGISTER.furtherRequirements(VRAAG, INFO, MAR_15));
            assertEquals(Optional.empty(), REGISTER.furtherRequirements(VRAAG, CHAT, MAR_15));
            assertEquals(Optional.empty(), REGISTER.furtherRequirements(VRAAG, PORTAL, MAR_15));
        }
    }

    @Nested
    @DisplayName("Awb 2:13 lid 4 — tijdelijke regeling")
    class Exemptions {
        @Test
        @DisplayName("van 1 maart (inclusief) tot 1 april (exclusief), alleen voor het genoemde type")
        void window() {
            assertEquals(Optional.empty(), REGISTER.exemption(AANVRAAG, MAR_1.minusNanos(1)));
            assertEquals(Optional.of(E_AANVRAAG), REGISTER.exemption(AANVRAAG, MAR_1));
            assertEquals(Optional.of(E_AANVRAAG), REGISTER.exemption(AANVRAAG, APR_1.minusNanos(1)));
            assertEquals(Optional.empty(), REGISTER.exemption(AANVRAAG, APR_1));
            assertEquals(Optional.empty(), REGISTER.exemption(BEZWAAR, MAR_15));
        }

        @Test
        @DisplayName("de uitzondering laat de aanwijzing zelf ongemoeid")
        void designationUnchanged() {
            assertTrue(REGISTER.isDesignated(PORTAL, AANVRAAG, MAR_15));
        }
    }

    @Nested
    @DisplayName("Awb 2:14 — opengestelde weg")
    class Opened {
        @Test
        @DisplayName("open vanaf 1 januari; andere kanalen niet")
        void opened() {
            assertFalse(REGISTER.isOpenedForInformal(INFO, JAN_1.minusNanos(1)));
            assertTrue(REGISTER.isOpenedForInformal(INFO, JAN_1));
            assertTrue(REGISTER.isOpenedForInformal(INFO, JUL_15));
            assertFalse(REGISTER.isOpenedForInformal(MAIL, JUL_15));
        }
    }

    @Nested
    @DisplayName("Opzoeken van onbekende of ontbrekende gegevens")
    class Lookups {
        @Test
        @DisplayName("type en kanaal opzoeken")
        void found() {
            assertEquals(T_KLACHT, REGISTER.messageType(KLACHT));
            assertEquals(C_CHAT, REGISTER.channel(CHAT));
        }

        static Stream<Arguments> errors() {
            return Stream.of(
                Arguments.of("messageType", (Executable) () -> REGISTER.messageType(UNKNOWN_TYPE)),
                Arguments.of("messageType", (Executable) () -> REGISTER.messageType(null)),
                Arguments.of("channel", (Executable) () -> REGISTER.channel(UNKNOWN_CHANNEL)),
                Arguments.of("channel", (Executable) () -> REGISTER.isDesignated(UNKNOWN_CHANNEL, BEZWAAR, MAR_15)),
                Arguments.of("messageType", (Executable) () -> REGISTER.isDesignated(PORTAL, UNKNOWN_TYPE, MAR_15)),
                Arguments.of("at", (Executable) () -> REGISTER.isDesignated(PORTAL, BEZWAAR, null)),
                Arguments.of("channel", (Executable) () -> REGISTER.isDesignatedForAnyFormalType(UNKNOWN_CHANNEL, MAR_15)),
                Arguments.of("at", (Executable) () -> REGISTER.isDesignatedForAnyFormalType(PORTAL, null)),
                Arguments.of("messageType", (Executable) () -> REGISTER.hasDesignatedChannel(UNKNOWN_TYPE, MAR_15)),
                Arguments.of("messageType", (Executable) () -> REGISTER.designatedChannels(UNKNOWN_TYPE, MAR_15)),
                Arguments.of("at", (Executable) () -> REGISTER.designatedChannels(BEZWAAR, null)),
                Arguments.of("channel", (Executable) () -> REGISTER.furtherRequirements(BEZWAAR, UNKNOWN_CHANNEL, MAR_15)),
                Arguments.of("messageType", (Executable) () -> REGISTER.exemption(UNKNOWN_TYPE, MAR_15)),
                Arguments.of("channel", (Executable) () -> REGISTER.isOpenedForInformal(UNKNOWN_CHANNEL, MAR_15)));
        }

        @ParameterizedTest(name = "veld {0}")
        @MethodSource("errors")
        @DisplayName("onbekende identificatie of null: InvalidInputException met de juiste veldnaam")
        void unknown(String field, Executable lookup) {
            assertEquals(field, assertThrows(InvalidInputException.class, lookup).field());
        }
    }

    @Nested
    @DisplayName("Validatie van het register als geheel")
    class Validation {

        /** The fixture's parts, to be broken one at a time. */
        static final class Parts {
            final List<MessageType> types = new ArrayList<>(List.of(T_BEZWAAR, T_AANVRAAG, T_KLACHT, T_VRAAG));
            final List<Channel> channels = new ArrayList<>(List.of(C_PORTAL, C_FORM, C_MAIL, C_INFO, C_CHAT));
            final List<Designation> designations = new ArrayList<>(List.of(D_BEZWAAR_H1, D_BEZWAAR_H2, D_AANVRAAG));
            final List<TemporaryExemption> exemptions = new ArrayList<>(List.of(E_AANVRAAG));
            final List<OpenedChannel> opened = new ArrayList<>(List.of(O_INFO));

            DesignationRegister build() {
                return DesignationRegister.of(BODY, types, channels, designations, exemptions, opened);
            }
        }

        static Stream<Arguments> broken() {
            return Stream.of(
                // description, change to the fixture, field, constraint; indices counted in Parts by hand
                row("dubbel type", p -> p.types.add(MessageType.of(KLACHT, "Klacht 2", LegalRole.COMPLAINT)),
                        "messageTypes[4].id", "unique"),
                row("dubbel kanaal", p -> p.channels.add(1, C_CHAT), "channels[5].id", "unique"),
                row("onbekend type", p -> p.designations.add(Designation.of(UNKNOWN_TYPE, Set.of(PORTAL), JAN_1,
                        DesignationInstrument.byDecision("x"))), "designations[3].type", "known"),
                row("informeel type aangewezen", p -> p.designations.add(0, Designation.of(VRAAG, Set.of(INFO),
                        JAN_1, DesignationInstrument.byDecision("x"))), "designations[0].type", "formalType"),
                row("onbekend kanaal", p -> p.designations.add(Designation.of(KLACHT, Set.of(UNKNOWN_CHANNEL),
                        JAN_1, DesignationInstrument.byDecision("x"))), "designations[3].channels", "known"),
                // a second designation of the portal for bezwaar from 1 June overlaps H1 (until 1 July)
                row("overlappende aanwijzing", p -> p.designations.add(Designation.of(BEZWAAR, Set.of(PORTAL),
                        Instant.parse("2026-05-31T22:00:00Z"), DesignationInstrument.byDecision("x"))),
                        "designations[3].channels", "noOverlap"),
                // the same designation twice: the later one is the duplicate
                row("dubbele aanwijzing", p -> p.designations.add(D_AANVRAAG), "designations[3].channels",
                        "noOverlap"),
                row("ander orgaan", p -> p.exemptions.add(new TemporaryExemption("Stcrt. 2026, 2", BodyId.of("gm0363"),
                        Set.of(BEZWAAR), MAR_1, APR_1)), "exemptions[1].body", "sameBody"),
                row("uitzondering voor onbekend type", p -> p.exemptions.add(new TemporaryExemption("Stcrt. 2026, 2",
                        BODY.id(), Set.of(UNKNOWN_TYPE), MAR_1, APR_1)), "exemptions[1].types", "known"),
                row("uitzondering voor informeel type", p -> p.exemptions.add(new TemporaryExemption("Stcrt. 2026, 2",
                        BODY.id(), Set.of(VRAAG), MAR_1, APR_1)), "exemptions[1].types", "formalType"),
                // March 15 to July 1 overlaps the March exemption of aanvraag
                row("overlappende uitzondering", p -> p.exemptions.add(new TemporaryExemption("Stcrt. 2026, 2",
                        BODY.id(), Set.of(KLACHT, AANVRAAG), MAR_15, JUL_1)), "exemptions[1].types", "noOverlap"),
                row("onbekend opengesteld kanaal", p -> p.opened.add(OpenedChannel.of(UNKNOWN_CHANNEL, JAN_1)),
                        "openedChannels[1].channel", "known"),
                // the info address is already open from 1 January, open-ended
                row("overlappende openstelling", p -> p.opened.add(OpenedChannel.of(INFO, JUL_1)),
                        "openedChannels[1].channel", "noOverlap"));
        }

        static Arguments row(String name, Consumer<Parts> change, String field, String constraint) {
            return Arguments.of(name, change, field, constraint);
        }

        @ParameterizedTest(name = "{0} → {2} ({3})")
        @MethodSource("broken")
        void broken(String name, Consumer<Parts> change, String field, String constraint) {
            Parts parts = new Parts();
            parts.build();
            change.accept(parts);
            InvalidInputException e = assertThrows(InvalidInputException.class, parts::build);
            assertEquals(field, e.field(), e.getMessage());
            assertEquals(constraint, e.constraint(), e.getMessage());
        }

        @Test
        @DisplayName("aansluitende aanwijzingen en overlap met andere kanalen of typen zijn toegestaan")
        void allowedOverlaps() {
            Parts parts = new Parts();
            // bezwaar: chat from 1 March alongside H1 (other channel); portal for klacht (other type) overlapping
            // the portal's designations for bezwaar and aanvraag; portal for bezwaar again from exactly 1 July.
            parts.designations.add(Designation.of(BEZWAAR, Set.of(CHAT), MAR_1, DesignationInstrument.byDecision("a")));
            parts.designations.add(Designation.of(KLACHT, Set.of(PORTAL), JAN_1, DesignationInstrument.byDecision("b")));
            parts.designations.add(Designation.of(BEZWAAR, Set.of(PORTAL), JUL_1, DesignationInstrument.byDecision("c")));
            parts.opened.add(OpenedChannel.of(CHAT, JAN_1));
            DesignationRegister r = parts.build();
            assertEquals(List.of(C_PORTAL, C_FORM, C_CHAT), r.designatedChannels(BEZWAAR, MAR_15));
            assertEquals(List.of(C_PORTAL, C_MAIL, C_CHAT), r.designatedChannels(BEZWAAR, JUL_1));
            assertTrue(r.isDesignated(PORTAL, KLACHT, MAR_15));
        }

        @Test
        @DisplayName("een designatie van een informeel type citeert 2:13 lid 2")
        void legalBasis() {
            Parts parts = new Parts();
            parts.designations.add(Designation.of(VRAAG, Set.of(INFO), JAN_1, DesignationInstrument.byDecision("x")));
            assertEquals(Optional.of(Provision.AWB_2_13_LID_2.basis()),
                    assertThrows(InvalidInputException.class, parts::build).legalBasis());
        }

        static Stream<Arguments> nulls() {
            List<Designation> withNull = Arrays.asList(D_AANVRAAG, null);
            return Stream.of(
                Arguments.of("body", (Executable) () -> DesignationRegister.of(null, List.of(), List.of(), List.of(),
                        List.of(), List.of())),
                Arguments.of("messageTypes", (Executable) () -> DesignationRegister.of(BODY, null, List.of(), List.of(),
                        List.of(), List.of())),
                Arguments.of("openedChannels", (Executable) () -> DesignationRegister.of(BODY, List.of(), List.of(),
                        List.of(), List.of(), null)),
                Arguments.of("designations[1]", (Executable) () -> DesignationRegister.of(BODY, List.of(T_AANVRAAG),
                        List.of(C_PORTAL), withNull, List.of(), List.of())),
                Arguments.of("body", (Executable) () -> DesignationRegister.builder(null)),
                Arguments.of("channels[0]", (Executable) () -> DesignationRegister.builder(BODY).channel(null)),
                Arguments.of("designations[1]", (Executable) () -> DesignationRegister.builder(BODY)
                        .designation(D_AANVRAAG).designation(null)));
        }

        @ParameterizedTest(name = "veld {0}")
        @MethodSource("nulls")
        @DisplayName("null in een argument of element: InvalidInputException met de juiste veldnaam")
        void nulls(String field, Executable build) {
            assertEquals(field, assertThrows(InvalidInputException.class, build).field());
        }
    }

    @Nested
    @DisplayName("Waarde")
    class Value {
        @Test
        @DisplayName("register uit builder en uit of() zijn gelijk; de lijsten zijn niet te wijzigen")
        void equality() {
            DesignationRegister viaOf = DesignationRegister.of(BODY, REGISTER.messageTypes(), REGISTER.channels(),
                    REGISTER.designations(), REGISTER.exemptions(), REGISTER.openedChannels());
            assertEquals(REGISTER, viaOf);
            assertEquals(REGISTER.hashCode(), viaOf.hashCode());
            assertNotEquals(REGISTER, DesignationRegister.builder(BODY).build());
            assertThrows(UnsupportedOperationException.class, () -> REGISTER.designations().clear());
            assertEquals(BODY, REGISTER.body());
        }

        @Test
        @DisplayName("toString telt alleen, zonder namen of adressen")
        void toStringCounts() {
            String s = REGISTER.toString();
            assertEquals("DesignationRegister[body=gm0344, messageTypes=4, channels=5, designations=3, exemptions=1, "
                    + "openedChannels=1]", s);
        }

        @Test
        @DisplayName("een leeg register: elke vraag over een bekend kanaal is nee")
        void empty() {
            DesignationRegister r = DesignationRegister.builder(BODY).messageType(T_BEZWAAR).channel(C_PORTAL).build();
            assertFalse(r.isDesignated(PORTAL, BEZWAAR, MAR_15));
            assertFalse(r.isDesignatedForAnyFormalType(PORTAL, MAR_15));
            assertFalse(r.isOpenedForInformal(PORTAL, MAR_15));
            assertEquals(Optional.empty(), r.exemption(BEZWAAR, MAR_15));
            assertEquals(List.of(), r.designatedChannels(BEZWAAR, MAR_15));
            assertEquals(Optional.empty(), r.furtherRequirements(BEZWAAR, PORTAL, MAR_15));
        }
    }
}
