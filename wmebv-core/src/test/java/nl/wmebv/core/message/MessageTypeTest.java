package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Typen berichten en hun rol (Awb 2:13 lid 1, 2:14, 2:16 lid 1 onder b)")
class MessageTypeTest {

    @Nested
    @DisplayName("De juridische rol van een type bericht")
    class Roles {
        static Stream<Arguments> roles() {
            return Stream.of(
                // 2:13 lid 1: berichten in een procedure over een besluit, klachten en voorgeschreven berichten
                // zijn formeel; 2:16 lid 1 onder b noemt alleen bezwaarschrift en administratief beroepschrift.
                Arguments.of(LegalRole.APPLICATION, true, false),                       // aanvraag: besluitprocedure
                Arguments.of(LegalRole.NOTICE_OF_OBJECTION, true, true),                // bezwaarschrift: onder b
                Arguments.of(LegalRole.NOTICE_OF_ADMINISTRATIVE_APPEAL, true, true),    // adm. beroepschrift: onder b
                Arguments.of(LegalRole.COMPLAINT, true, false),                         // klacht: 2:13 lid 1 noemt hem
                Arguments.of(LegalRole.STATUTORY_REPORT, true, false),                  // melding: voorgeschreven
                Arguments.of(LegalRole.STATEMENT_OF_VIEWS, true, false),                // zienswijze: besluitprocedure
                Arguments.of(LegalRole.NOTICE_OF_DEFAULT, true, false),                 // ingebrekestelling: idem
                Arguments.of(LegalRole.SUPPLEMENT, true, false),                        // aanvulling: op een aanvraag
                Arguments.of(LegalRole.OTHER_PRESCRIBED, true, false),                  // ander voorgeschreven bericht
                Arguments.of(LegalRole.INFORMAL, false, false));                        // ander bericht: 2:14
        }

        @ParameterizedTest(name = "{0}: formeel {1}, bezwaar/beroep {2}")
        @MethodSource("roles")
        @DisplayName("formeel (2:13 lid 1) en bezwaar- of beroepschrift (2:16 lid 1 onder b)")
        void role(LegalRole role, boolean formal, boolean objectionOrAppeal) {
            assertEquals(formal, role.isFormal());
            assertEquals(objectionOrAppeal, role.isObjectionOrAppeal());
            assertEquals(formal, MessageType.of(MessageTypeId.of("t"), "type", role).isFormal());
        }

        @Test
        @DisplayName("de tabel dekt elke rol")
        void tableCoversEveryRole() {
            assertEquals(LegalRole.values().length, roles().count());
        }
    }

    @Nested
    @DisplayName("Validatie")
    class Validation {
        @Test
        @DisplayName("een geldig type; null in elk veld wordt geweigerd met die veldnaam")
        void validAndNulls() {
            ComponentChecks.assertValidAndEachNullRejected(MessageType.class, MessageTypeId.of("bezwaar-wabo"),
                    "Bezwaarschrift omgevingsvergunning", LegalRole.NOTICE_OF_OBJECTION);
        }

        @ParameterizedTest(name = "naam \"{0}\"")
        @ValueSource(strings = {"", "  ", "\n"})
        @DisplayName("een lege naam wordt geweigerd met veld name")
        void blankName(String name) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> MessageType.of(MessageTypeId.of("t"), name, LegalRole.COMPLAINT));
            assertEquals("name", e.field());
            ValidationAgreement.assertAgree(MessageType.class, MessageTypeId.of("t"), name, LegalRole.COMPLAINT);
        }
    }
}
