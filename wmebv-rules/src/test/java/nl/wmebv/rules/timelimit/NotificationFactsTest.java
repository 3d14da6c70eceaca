package nl.wmebv.rules.timelimit;

import static nl.wmebv.rules.timelimit.LedgerFixtures.BESLUIT;
import static nl.wmebv.rules.timelimit.LedgerFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("NotificationFacts — de feiten over de kennisgeving (Awb 2:10, 2:22)")
class NotificationFactsTest {

    @Nested
    @DisplayName("Awb 2:10 lid 1 — 48 uur verstreken tijd (P2)")
    class Period {
        @Test
        @DisplayName("over de overgang naar zomertijd: een uur later op de klok")
        void springDst() {
            // By hand: Fri 2026-03-27 13:00 CET = 12:00Z; + 172,800 s = 2026-03-29T12:00Z = 14:00 CEST.
            var f = new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false, null, false);
            assertEquals(Optional.of(at("2026-03-29T12:00:00Z")), f.notificationDueBy());
        }

        @Test
        @DisplayName("binnen de 48 uur verzonden is op tijd; op het eindmoment is te laat (halfopen)")
        void boundary() {
            var inTime = new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false,
                    at("2026-03-29T11:59:59Z"), false);
            assertTrue(inTime.sentWithinPeriod());
            assertFalse(inTime.sentLate());
            var late = new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false,
                    at("2026-03-29T12:00:00Z"), false);
            assertFalse(late.sentWithinPeriod());
            assertTrue(late.sentLate());
            var notSent = new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false, null, false);
            assertFalse(notSent.sentWithinPeriod());
            assertFalse(notSent.sentLate());
            assertEquals(Optional.empty(), notSent.sentAt());
        }
    }

    @Nested
    @DisplayName("samenhang van de feiten")
    class Consistency {
        @Test
        @DisplayName("zonder plaatsing geen kennisgeving, geen toegankelijkheid en geen 2:22")
        void noPlacement() {
            var f = NotificationFacts.noPlacement(BESLUIT);
            assertEquals(Optional.empty(), f.notificationDueBy());
            assertFalse(f.sentWithinPeriod());
            var e = assertThrows(InvalidInputException.class, () -> new NotificationFacts(BESLUIT, false,
                    at("2026-03-27T12:00:00Z"), false, null, false));
            assertEquals("placedInAccessSystem", e.field());
        }

        @Test
        @DisplayName("met plaatsing is het moment van toegankelijk worden verplicht")
        void accessibleRequired() {
            assertEquals("accessibleAt", assertThrows(InvalidInputException.class,
                    () -> new NotificationFacts(BESLUIT, true, null, false, null, false)).field());
        }

        @Test
        @DisplayName("niet verzonden vóór toegankelijk worden; niet ontvangen vereist verzending")
        void order() {
            assertEquals("notificationSentAt", assertThrows(InvalidInputException.class,
                    () -> new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false,
                            at("2026-03-27T11:59:59Z"), false)).field());
            assertEquals("notReceived", assertThrows(InvalidInputException.class,
                    () -> new NotificationFacts(BESLUIT, true, at("2026-03-27T12:00:00Z"), false, null, true))
                    .field());
            assertEquals("messageId", assertThrows(InvalidInputException.class,
                    () -> NotificationFacts.noPlacement(null)).field());
        }
    }
}
