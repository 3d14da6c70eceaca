package nl.wmebv.core.evidence;

import static nl.wmebv.core.evidence.EvidenceSamples.ADDRESSEE;
import static nl.wmebv.core.evidence.EvidenceSamples.BELASTINGDIENST;
import static nl.wmebv.core.evidence.EvidenceSamples.BESCHIKKING;
import static nl.wmebv.core.evidence.EvidenceSamples.DECISION;
import static nl.wmebv.core.evidence.EvidenceSamples.SENDER;
import static nl.wmebv.core.evidence.EvidenceSamples.UTRECHT;
import static nl.wmebv.core.evidence.EvidenceSamples.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 2:25 — bewijsgebeurtenissen: velden, artikelen en betrokken partijen")
class EvidenceEventsTest {

    @Nested
    @DisplayName("alle gebeurtenissen: controles per veld, in overeenstemming met de Jakarta-annotaties")
    class EveryEvent {

        static Stream<Arguments> samples() {
            return EvidenceSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
        }

        /** Every component of every sample: sample name, event, component index and name. */
        static Stream<Arguments> components() {
            return components(type -> true);
        }

        static Stream<Arguments> instantComponents() {
            return components(type -> type == Instant.class);
        }

        /** Components holding identifiers: directly, in an optional or in a set. */
        static Stream<Arguments> idComponents() {
            return components(type -> (type.isRecord() && type != Sha256Digest.class) || type == Optional.class
                    || type == Set.class);
        }

        static Stream<Arguments> setComponents() {
            return components(type -> type == Set.class);
        }

        private static Stream<Arguments> components(java.util.function.Predicate<Class<?>> ofType) {
            return EvidenceSamples.all().entrySet().stream().flatMap(e -> {
                List<RecordComponent> rc = Arrays.asList(e.getValue().getClass().getRecordComponents());
                return rc.stream().filter(c -> ofType.test(c.getType())).map(c -> Arguments.of(
                        e.getKey() + "." + c.getName(), e.getValue(), rc.indexOf(c), c.getName()));
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("samples")
        @DisplayName("een geldige gebeurtenis: constructor en annotaties aanvaarden haar allebei")
        void validAgree(String name, EvidenceEvent event) {
            ValidationAgreement.assertAgree(recordType(event), args(event));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("components")
        @DisplayName("null wordt afgewezen met de naam van het veld, zoals de annotaties zeggen")
        void nullRejected(String name, EvidenceEvent event, int index, String component) {
            Object[] args = args(event);
            args[index] = null;
            InvalidInputException e = construct(event, args);
            assertEquals(component, e.field());
            assertEquals("notNull", e.constraint());
            ValidationAgreement.assertAgree(recordType(event), args);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("instantComponents")
        @DisplayName("een tijdstip buiten de jaren 0000 tot en met 9999 UTC: alleen de constructor weigert")
        void instantOutOfRange(String name, EvidenceEvent event, int index, String component) {
            Object[] args = args(event);
            for (Instant outside : List.of(EvidenceEncoding.MIN_INSTANT.minusNanos(1),
                    EvidenceEncoding.MAX_INSTANT.plusNanos(1), Instant.MIN, Instant.MAX)) {
                args[index] = outside;
                InvalidInputException e = construct(event, args);
                assertEquals(component, e.field(), e::getMessage);
                assertEquals("range", e.constraint());
                ValidationAgreement.assertConstructorOnlyRejection(recordType(event), component, args);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("idComponents")
        @DisplayName("een identificatie met een losse surrogaat (zonder UTF-8-vorm) bestaat niet: het id weigert")
        void unpairedSurrogate(String name, EvidenceEvent event, int index, String component) {
            Object[] args = args(event);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> withUnpairedSurrogate(args[index]));
            assertEquals("noUnpairedSurrogates", e.constraint(), e::getMessage);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("setComponents")
        @DisplayName("een lege verzameling of een verzameling met null wordt afgewezen, zoals de annotaties zeggen")
        void badSets(String name, EvidenceEvent event, int index, String component) {
            Object[] args = args(event);
            args[index] = Set.of();
            InvalidInputException empty = construct(event, args);
            assertEquals(component, empty.field());
            assertEquals("notEmpty", empty.constraint());
            ValidationAgreement.assertAgree(recordType(event), args);
            Set<Object> withNull = new HashSet<>((Set<?>) args(event)[index]);
            withNull.add(null);
            args[index] = withNull;
            assertEquals(component, construct(event, args).field());
            ValidationAgreement.assertAgree(recordType(event), args);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("samples")
        @DisplayName("de artikelen: niet leeg, onveranderlijk, elk een bepaling uit de catalogus")
        void legalBasisIsFromTheCatalogue(String name, EvidenceEvent event) {
            assertFalse(event.legalBasis().isEmpty());
            assertThrows(UnsupportedOperationException.class, () -> event.legalBasis().add(event.legalBasis().get(0)));
            for (LegalBasis basis : event.legalBasis()) {
                assertTrue(Provision.of(basis).isPresent(), basis::toString);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("samples")
        @DisplayName("de betrokken partijen zijn onveranderlijk, en null is geen partij")
        void partiesAreImmutable(String name, EvidenceEvent event) {
            assertThrows(UnsupportedOperationException.class, () -> event.parties().add(PartyId.of("x")));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> event.concerns(null));
            assertEquals("party", e.field());
        }

        @Test
        @DisplayName("gebeurtenissen over een bericht zijn MessageEvents, storingen en verlengingen niet")
        void messageEvents() {
            for (EvidenceEvent event : EvidenceSamples.all().values()) {
                boolean aboutMessage = !Set.of(EvidenceEventType.OUTAGE_STARTED, EvidenceEventType.OUTAGE_ENDED,
                        EvidenceEventType.EXTENSION_ANNOUNCED).contains(event.type());
                assertEquals(aboutMessage, event instanceof MessageEvent, event::toString);
                assertEquals(aboutMessage, !event.parties().isEmpty(), event::toString);
            }
        }
    }

    static Stream<Arguments> legalBases() {
        // Expected citations read off LAW.md for the fact each event records; primary first.
        return Stream.of(
            Arguments.of(EvidenceSamples.messageReceived(), List.of("Awb 2:20")),                      // tijdstip van ontvangst
            Arguments.of(EvidenceSamples.receiptAcknowledged(), List.of("Awb 2:17 lid 1")),            // ontvangstbevestiging
            Arguments.of(EvidenceSamples.enteredDataReturned(), List.of("Awb 2:17 lid 2")),            // ingevoerde gegevens
            Arguments.of(EvidenceSamples.pointedToCorrectChannel(), List.of("Awb 2:16 lid 1", "Awb 2:23")), // reactie, verlenging
            Arguments.of(EvidenceSamples.forwardedInternally(), List.of("Awb 2:24", "Awb 2:16 lid 1 onder a")),
            Arguments.of(EvidenceSamples.placedInMessageBox(), List.of("Awb 2:10 lid 1")),             // plaatsen: kennisgevingsplicht
            Arguments.of(EvidenceSamples.becameAccessible(), List.of("Awb 2:19 onder c")),             // Wdo-voorziening naast andere
            Arguments.of(new BecameAccessible(at("2026-06-01T12:00:05Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                    ChannelId.of("mijn-omgeving"), MessageBoxKind.MESSAGE_BOX), List.of("Awb 2:19 onder b")),
            Arguments.of(EvidenceSamples.notificationSent(), List.of("Awb 2:10 lid 1")),
            Arguments.of(EvidenceSamples.deliveryFailed(), List.of("Awb 2:11 lid 2")),                 // kennisgeving niet bezorgd
            Arguments.of(new DeliveryFailed(at("2026-06-02T12:30:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                    DeliveryItem.MESSAGE, FailureKind.HARD, ChannelId.of("e-mail")), List.of("Awb 2:11 lid 1")),
            Arguments.of(EvidenceSamples.resent(), List.of("Awb 2:11 lid 1", "Awb 2:11 lid 3")),       // tweede verzending telt
            Arguments.of(new Resent(at("2026-06-03T09:00:00Z"), BELASTINGDIENST, BESCHIKKING, ADDRESSEE,
                    DeliveryItem.NOTIFICATION, ChannelId.of("e-mail"), DECISION), List.of("Awb 2:11 lid 2")),
            Arguments.of(EvidenceSamples.addresseeAccessed(), List.of("Awb 2:25")),                    // kennisneming
            Arguments.of(EvidenceSamples.outageStarted(), List.of("Awb 2:21 lid 3", "Awb 2:21 lid 1")), // niet bereikbaar
            Arguments.of(new OutageStarted(at("2026-03-29T00:30:00Z"), UTRECHT, ChannelId.of("portaal"),
                    OutageKind.DEGRADED), List.of("Awb 2:21 lid 1")),                                     // verminderd
            Arguments.of(EvidenceSamples.outageEnded(), List.of("Awb 2:21 lid 1")),
            Arguments.of(EvidenceSamples.extensionAnnounced(), List.of("Awb 2:21 lid 2", "Awb 2:21 lid 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legalBases")
    @DisplayName("elke gebeurtenis noemt de artikelen waarvoor zij bewijs is, het belangrijkste eerst")
    void legalBasis(EvidenceEvent event, List<String> expected) {
        assertEquals(expected.stream().map(LegalBasis::parse).toList(), event.legalBasis());
    }

    @Nested
    @DisplayName("Awb 2:25 tweede zin — afschrift: welke partij een gebeurtenis betreft")
    class Concerns {

        @Test
        @DisplayName("inkomende berichten betreffen de afzender, uitgaande de geadresseerde")
        void senderOrAddressee() {
            PartyId zoe = PartyId.of("Zoë Ürün");
            for (EvidenceEvent event : EvidenceSamples.all().values()) {
                switch (event.type()) {
                    case MESSAGE_RECEIVED, RECEIPT_ACKNOWLEDGED, POINTED_TO_CORRECT_CHANNEL, FORWARDED_INTERNALLY -> {
                        assertEquals(Set.of(SENDER), event.parties(), event::toString);
                        assertTrue(event.concerns(PartyId.of("party-7")));
                        assertFalse(event.concerns(ADDRESSEE));
                    }
                    case ENTERED_DATA_RETURNED -> {
                        assertEquals(Set.of(zoe), event.parties());
                        assertFalse(event.concerns(SENDER));
                    }
                    case PLACED_IN_MESSAGE_BOX, BECAME_ACCESSIBLE, NOTIFICATION_SENT, DELIVERY_FAILED, RESENT,
                            ADDRESSEE_ACCESSED -> {
                        assertEquals(Set.of(ADDRESSEE), event.parties(), event::toString);
                        assertTrue(event.concerns(PartyId.of("party-9")));
                        assertFalse(event.concerns(SENDER));
                    }
                    case OUTAGE_STARTED, OUTAGE_ENDED, EXTENSION_ANNOUNCED -> {
                        assertEquals(Set.of(), event.parties(), event::toString);
                        assertFalse(event.concerns(SENDER));
                        assertFalse(event.concerns(ADDRESSEE));
                    }
                    default -> throw new AssertionError(event.type());
                }
            }
        }

        @Test
        @DisplayName("identificaties worden exact vergeleken: hoofdletters en spaties tellen")
        void exactComparison() {
            EvidenceEvent event = EvidenceSamples.messageReceived();
            assertFalse(event.concerns(PartyId.of("Party-7")));
            assertFalse(event.concerns(PartyId.of("party 7")));
            assertFalse(event.concerns(PartyId.of("party-77")));
        }
    }

    @Nested
    @DisplayName("Awb 2:17 lid 1 — ontvangstbevestiging")
    class Acknowledgement {

        @Test
        @DisplayName("een bevestiging voor de ontvangst wordt afgewezen bij occurredAt; op hetzelfde moment mag")
        void notBeforeReceipt() {
            Instant received = at("2026-03-15T09:00:00Z");
            ValidationAgreement.assertConstructorOnlyRejection(ReceiptAcknowledged.class, "occurredAt",
                    received.minusNanos(1), UTRECHT, MessageId.of("msg-1"), SENDER, received, DECISION);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ReceiptAcknowledged(
                    received.minusNanos(1), UTRECHT, MessageId.of("msg-1"), SENDER, received, DECISION));
            assertEquals("notBeforeReceivedAt", e.constraint());
            assertEquals(Optional.of(Provision.AWB_2_17_LID_1.basis()), e.legalBasis());
            assertEquals(received, new ReceiptAcknowledged(received, UTRECHT, MessageId.of("msg-1"), SENDER, received,
                    DECISION).occurredAt());
        }
    }

    @Nested
    @DisplayName("Awb 2:16 lid 1 en 2:23 — wijzen op de juiste wijze van verzending")
    class Pointing {
        private final Instant received = at("2026-03-16T08:00:00Z");

        private PointedToCorrectChannel pointed(Instant reaction, String used, Set<ChannelId> correct) {
            return new PointedToCorrectChannel(reaction, UTRECHT, MessageId.of("msg-4"), SENDER, received,
                    MessageTypeId.of("aanvraag"), ChannelId.of(used), correct, DECISION);
        }

        @Test
        @DisplayName("een reactie voor de ontvangst wordt afgewezen bij occurredAt")
        void reactionNotBeforeReceipt() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> pointed(received.minusSeconds(1), "chat", Set.of(ChannelId.of("portaal"))));
            assertEquals("occurredAt", e.field());
            assertEquals("notBeforeReceivedAt", e.constraint());
            assertEquals(Optional.of(Provision.AWB_2_23.basis()), e.legalBasis());
            ValidationAgreement.assertConstructorOnlyRejection(PointedToCorrectChannel.class, "occurredAt",
                    received.minusSeconds(1), UTRECHT, MessageId.of("msg-4"), SENDER, received,
                    MessageTypeId.of("aanvraag"), ChannelId.of("chat"), Set.of(ChannelId.of("portaal")), DECISION);
        }

        @Test
        @DisplayName("P8 — het gebruikte kanaal mag onder de juiste kanalen staan: aangewezen, maar een nadere eis geschonden")
        void usedChannelMayBeCorrect() {
            PointedToCorrectChannel p = pointed(received, "chat", Set.of(ChannelId.of("portaal"), ChannelId.of("chat")));
            assertEquals(Set.of(ChannelId.of("chat"), ChannelId.of("portaal")), p.correctChannels());
            ValidationAgreement.assertAgree(PointedToCorrectChannel.class, received, UTRECHT, MessageId.of("msg-4"),
                    SENDER, received, MessageTypeId.of("aanvraag"), ChannelId.of("chat"),
                    Set.of(ChannelId.of("portaal"), ChannelId.of("chat")), DECISION);
        }

        @Test
        @DisplayName("de juiste kanalen zijn een onveranderlijke kopie in de volgorde van de codering")
        void channelsCopiedAndOrdered() {
            Set<ChannelId> given = new HashSet<>(Set.of(ChannelId.of("portaal"), ChannelId.of("e-mail"),
                    ChannelId.of("api")));
            PointedToCorrectChannel event = pointed(received, "chat", given);
            given.clear();
            assertEquals(List.of(ChannelId.of("api"), ChannelId.of("e-mail"), ChannelId.of("portaal")),
                    new ArrayList<>(event.correctChannels()));
            assertThrows(UnsupportedOperationException.class, () -> event.correctChannels().add(ChannelId.of("x")));
        }
    }

    @Nested
    @DisplayName("Awb 2:24 — interne doorgeleiding")
    class InternalForwarding {

        @Test
        @DisplayName("doorgeleiden voor de ontvangst wordt afgewezen bij occurredAt")
        void notBeforeReceipt() {
            Instant received = at("2026-10-25T00:59:59.999999999Z");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ForwardedInternally(
                    received.minusNanos(1), UTRECHT, MessageId.of("msg-5"), SENDER, received));
            assertEquals("occurredAt", e.field());
            assertEquals(Optional.of(Provision.AWB_2_24.basis()), e.legalBasis());
            ValidationAgreement.assertConstructorOnlyRejection(ForwardedInternally.class, "occurredAt",
                    received.minusNanos(1), UTRECHT, MessageId.of("msg-5"), SENDER, received);
        }
    }

    @Nested
    @DisplayName("Awb 2:21 — storingen en verlenging")
    class Outages {
        private final Instant start = at("2026-03-29T00:30:00Z");

        @Test
        @DisplayName("een storing die eindigt voordat zij begon wordt afgewezen bij occurredAt")
        void endedBeforeStarted() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new OutageEnded(
                    start.minusSeconds(1), UTRECHT, ChannelId.of("portaal"), OutageKind.UNAVAILABLE, start));
            assertEquals("occurredAt", e.field());
            assertEquals("afterStartedAt", e.constraint());
            assertEquals(Optional.of(Provision.AWB_2_21_LID_3.basis()), e.legalBasis());
            ValidationAgreement.assertConstructorOnlyRejection(OutageEnded.class, "occurredAt",
                    start.minusSeconds(1), UTRECHT, ChannelId.of("portaal"), OutageKind.UNAVAILABLE, start);
        }

        @Test
        @DisplayName("een storing van nul tijd wordt afgewezen; een van één nanoseconde niet")
        void emptyOutage() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new OutageEnded(start, UTRECHT,
                    ChannelId.of("portaal"), OutageKind.DEGRADED, start));
            assertEquals("occurredAt", e.field());
            assertEquals(start.plusNanos(1), new OutageEnded(start.plusNanos(1), UTRECHT, ChannelId.of("portaal"),
                    OutageKind.DEGRADED, start).occurredAt());
        }

        @Test
        @DisplayName("kanalen en berichttypen van een verlenging zijn kopieën in volgorde van de UTF-8-bytes")
        void extensionSetsOrdered() {
            ExtensionAnnounced event = EvidenceSamples.extensionAnnounced();
            // By code point: 'e' (U+0065) < "kanaal-" + U+FF5E < "kanaal-" + U+1F600, although in UTF-16
            // the surrogate U+D83D of U+1F600 sorts before U+FF5E.
            assertEquals(List.of(ChannelId.of("e-formulier"), ChannelId.of("kanaal-\uFF5E"),
                    ChannelId.of("kanaal-\uD83D\uDE00")), new ArrayList<>(event.channels()));
            assertEquals(List.of(MessageTypeId.of("aanvraag"), MessageTypeId.of("bezwaar")),
                    new ArrayList<>(event.messageTypes()));
        }
    }

    @Nested
    @DisplayName("Awb 2:20 — ontvangst")
    class Receipt {

        @Test
        @DisplayName("een onbekend berichttype is leeg, niet null; een leeg berichttype geeft geen schending")
        void optionalType() {
            MessageReceived event = EvidenceSamples.messageReceivedWithoutType();
            assertEquals(Optional.empty(), event.messageType());
            ValidationAgreement.assertAgree(MessageReceived.class, event.occurredAt(), event.body(), event.messageId(),
                    event.sender(), event.channel(), Optional.empty(), event.payloadDigest());
        }
    }

    @Nested
    @DisplayName("losse surrogaten: iedere plaats wordt gevonden")
    class Surrogates {

        static Stream<String> broken() {
            return Stream.of("x\uD800", "\uDC00x", "\uD800x", "a\uDBFF\uDBFF\uDC00", "a\uDC00\uD800b");
        }

        @ParameterizedTest(name = "{index}")
        @MethodSource("broken")
        @DisplayName("een hoge zonder lage, een lage zonder hoge, of een paar in de verkeerde volgorde")
        void rejected(String party) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PartyId.of(party));
            assertEquals("value", e.field());
            assertEquals("noUnpairedSurrogates", e.constraint());
        }

        @Test
        @DisplayName("geldige paren (buiten het basisvlak) worden aanvaard")
        void pairsAccepted() {
            String party = "\uD83D\uDE00\uD800\uDC00\uDBFF\uDFFF";
            assertEquals(Set.of(PartyId.of(party)), new AddresseeAccessed(at("2026-06-04T20:00:00Z"),
                    BELASTINGDIENST, BESCHIKKING, PartyId.of(party), AccessKind.LOGGED_IN,
                    ChannelId.of("mijn-omgeving")).parties());
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordType(EvidenceEvent event) {
        return (Class<? extends Record>) event.getClass();
    }

    private static Object[] args(EvidenceEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                args[i] = components[i].getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return args;
    }

    private static InvalidInputException construct(EvidenceEvent event, Object[] args) {
        Class<?>[] types = Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            event.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException iie) {
                return iie;
            }
            throw new AssertionError("threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted " + Arrays.toString(args));
    }

    /** The same identifier, set or optional with an unpaired high surrogate appended. */
    private static Object withUnpairedSurrogate(Object value) {
        String suffix = "\uD800";
        if (value instanceof BodyId v) {
            return BodyId.of(v.value() + suffix);
        } else if (value instanceof MessageId v) {
            return MessageId.of(v.value() + suffix);
        } else if (value instanceof PartyId v) {
            return PartyId.of(v.value() + suffix);
        } else if (value instanceof ChannelId v) {
            return ChannelId.of(v.value() + suffix);
        } else if (value instanceof MessageTypeId v) {
            return MessageTypeId.of(v.value() + suffix);

        } else if (value instanceof Optional<?>) {
            return Optional.of(MessageTypeId.of("type" + suffix));
        } else if (value instanceof Set<?> v) {
            Set<Object> copy = new HashSet<>(v);
            copy.add(withUnpairedSurrogate(v.iterator().next()));
            return copy;
        }
        throw new AssertionError("not an identifier: " + value);
    }
}
