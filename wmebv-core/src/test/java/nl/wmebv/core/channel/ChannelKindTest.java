package nl.wmebv.core.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Soorten kanalen en betrouwbaarheidsniveaus")
class ChannelKindTest {

    @Nested
    @DisplayName("Awb 2:17 lid 2 en 2:10 lid 1 / 2:19 onder b — wat de soort kanaal juridisch betekent")
    class Kinds {
        static Stream<Arguments> kinds() {
            return Stream.of(
                // rechtstreekse invoer: the sender types into the body's own system (LAW.md 2:17 lid 2)
                // toegangssysteem: the body places messages where the addressee can reach them (2:10, 2:19 b-c)
                Arguments.of(ChannelKind.EMAIL, false, false),          // own copy; 2:19 onder a
                Arguments.of(ChannelKind.WEB_FORM, true, false),        // form into body's system; nothing placed
                Arguments.of(ChannelKind.PORTAL, true, true),           // Mijn-omgeving: both
                Arguments.of(ChannelKind.MESSAGE_BOX, false, true),     // berichtenbox: 2:19 onder b
                Arguments.of(ChannelKind.WDO_MESSAGE_BOX, false, true), // MijnOverheid: 2:19 onder c
                Arguments.of(ChannelKind.API, false, false),            // sender's software keeps the data
                Arguments.of(ChannelKind.SOCIAL_MEDIA, false, false),   // third-party platform
                Arguments.of(ChannelKind.OTHER, false, false));         // nothing known: neither
        }

        @ParameterizedTest(name = "{0}: rechtstreekse invoer {1}, toegangssysteem {2}")
        @MethodSource("kinds")
        void kind(ChannelKind kind, boolean directDataEntry, boolean addresseeAccess) {
            assertEquals(directDataEntry, kind.isDirectDataEntry());
            assertEquals(addresseeAccess, kind.isAddresseeAccessSystem());
        }

        @Test
        @DisplayName("de tabel dekt elke soort")
        void tableCoversEveryKind() {
            assertEquals(ChannelKind.values().length, kinds().count());
        }
    }

    @Nested
    @DisplayName("Betrouwbaarheidsniveaus (eIDAS art. 8), oplopend geen < laag < substantieel < hoog")
    class Levels {
        static Stream<Arguments> pairs() {
            AssuranceLevel n = AssuranceLevel.NONE;
            AssuranceLevel l = AssuranceLevel.LOW;
            AssuranceLevel s = AssuranceLevel.SUBSTANTIAL;
            AssuranceLevel h = AssuranceLevel.HIGH;
            return Stream.of(
                // all 16 pairs, by hand from the order above: a >= b
                Arguments.of(n, n, true), Arguments.of(n, l, false), Arguments.of(n, s, false), Arguments.of(n, h, false),
                Arguments.of(l, n, true), Arguments.of(l, l, true), Arguments.of(l, s, false), Arguments.of(l, h, false),
                Arguments.of(s, n, true), Arguments.of(s, l, true), Arguments.of(s, s, true), Arguments.of(s, h, false),
                Arguments.of(h, n, true), Arguments.of(h, l, true), Arguments.of(h, s, true), Arguments.of(h, h, true));
        }

        @ParameterizedTest(name = "{0} ten minste {1}: {2}")
        @MethodSource("pairs")
        void isAtLeast(AssuranceLevel level, AssuranceLevel other, boolean expected) {
            assertEquals(expected, level.isAtLeast(other));
        }

        @Test
        @DisplayName("null wordt geweigerd met veld other")
        void nullRejected() {
            assertEquals("other",
                    assertThrows(InvalidInputException.class, () -> AssuranceLevel.LOW.isAtLeast(null)).field());
        }
    }
}
