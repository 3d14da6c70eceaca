package nl.wmebv.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Awb 2:25 — namen van typen en waarden in de codering")
class EvidenceEventTypeTest {

    @Test
    @DisplayName("iedere draadnaam ligt vast (met de hand overgenomen uit docs/evidence-encoding.md)")
    void wireNamesArePinned() {
        Map<Enum<?>, String> expected = new LinkedHashMap<>();
        expected.put(EvidenceEventType.MESSAGE_RECEIVED, "message-received");
        expected.put(EvidenceEventType.RECEIPT_ACKNOWLEDGED, "receipt-acknowledged");
        expected.put(EvidenceEventType.ENTERED_DATA_RETURNED, "entered-data-returned");
        expected.put(EvidenceEventType.POINTED_TO_CORRECT_CHANNEL, "pointed-to-correct-channel");
        expected.put(EvidenceEventType.FORWARDED_INTERNALLY, "forwarded-internally");
        expected.put(EvidenceEventType.PLACED_IN_MESSAGE_BOX, "placed-in-message-box");
        expected.put(EvidenceEventType.BECAME_ACCESSIBLE, "became-accessible");
        expected.put(EvidenceEventType.NOTIFICATION_SENT, "notification-sent");
        expected.put(EvidenceEventType.DELIVERY_FAILED, "delivery-failed");
        expected.put(EvidenceEventType.RESENT, "resent");
        expected.put(EvidenceEventType.ADDRESSEE_ACCESSED, "addressee-accessed");
        expected.put(EvidenceEventType.OUTAGE_STARTED, "outage-started");
        expected.put(EvidenceEventType.OUTAGE_ENDED, "outage-ended");
        expected.put(EvidenceEventType.EXTENSION_ANNOUNCED, "extension-announced");
        expected.put(DeliveryItem.MESSAGE, "message");
        expected.put(DeliveryItem.NOTIFICATION, "notification");
        expected.put(FailureKind.HARD, "hard");
        expected.put(FailureKind.SOFT, "soft");
        expected.put(AccessKind.LOGGED_IN, "logged-in");
        expected.put(AccessKind.OPENED, "opened");
        expected.put(AccessKind.DOWNLOADED, "downloaded");
        expected.put(OutageKind.UNAVAILABLE, "unavailable");
        expected.put(OutageKind.DEGRADED, "degraded");
        expected.put(MessageBoxKind.MESSAGE_BOX, "message-box");
        expected.put(MessageBoxKind.WDO_MESSAGE_BOX, "wdo-message-box");
        List<WireNamed> all = Stream.of(EvidenceEventType.values(), DeliveryItem.values(), FailureKind.values(),
                AccessKind.values(), OutageKind.values(), MessageBoxKind.values())
                .flatMap(Arrays::stream).map(WireNamed.class::cast).toList();
        assertEquals(expected.size(), all.size(), "a constant was added: pin its wire name here and in the docs");
        for (WireNamed constant : all) {
            assertEquals(expected.get((Enum<?>) constant), constant.wireName(), constant::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(EvidenceEventType.class)
    @DisplayName("ofWireName vindt het type terug")
    void roundTrip(EvidenceEventType type) {
        assertEquals(type, EvidenceEventType.ofWireName(type.wireName()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "MESSAGE_RECEIVED", "Message-Received", "message-received ", "message_received"})
    @DisplayName("een onbekende of null-naam wordt afgewezen")
    void unknownRejected(String wireName) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EvidenceEventType.ofWireName(wireName));
        assertEquals("wireName", e.field());
        assertEquals(wireName == null ? "notNull" : "knownType", e.constraint());
    }
}
