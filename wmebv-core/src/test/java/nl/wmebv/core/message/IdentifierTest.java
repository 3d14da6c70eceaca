package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.channel.ChannelId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Identifiers of messages, parties, bodies, types and channels")
class IdentifierTest {

    static Stream<String> candidates() {
        return Stream.of("msg-1", "a", "bezwaar wabo", " leading", "trailing ", "", "   ", "tab\tinside",
                "nbsp\u00a0", "\u2003em-space", "x".repeat(200), "x".repeat(201), "line\nbreak", "ok\u0085",
                "ü-umlaut", "emoji-\uD83D\uDE00", "lone-\uD83D", "\uDE00-lone-low", "reversed-\uDE00\uD83D");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("candidates")
    @DisplayName("annotations and constructor agree on every identifier type")
    void annotationsAgree(String candidate) {
        ValidationAgreement.assertAgree(MessageId.class, candidate);
        ValidationAgreement.assertAgree(PartyId.class, candidate);
        ValidationAgreement.assertAgree(BodyId.class, candidate);
        ValidationAgreement.assertAgree(MessageTypeId.class, candidate);
        ValidationAgreement.assertAgree(ChannelId.class, candidate);
    }

    @Test
    @DisplayName("an unpaired surrogate is rejected: it has no UTF-8 form, so two ids could encode alike")
    void unpairedSurrogate() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MessageId.of("a\uD83Db"));
        assertEquals("noUnpairedSurrogates", e.constraint());
        assertEquals("emoji-\uD83D\uDE00", MessageId.of("emoji-\uD83D\uDE00").value());
    }

    @Test
    @DisplayName("null is rejected naming the field")
    void nullRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MessageId.of(null));
        assertEquals("value", e.field());
        assertEquals("notNull", e.constraint());
        ValidationAgreement.assertAgree(MessageId.class, (Object) null);
    }

    @Test
    @DisplayName("an identifier renders as itself and compares exactly")
    void rendersAsItself() {
        assertEquals("msg-1", MessageId.of("msg-1").toString());
        assertEquals(MessageId.of("msg-1"), new MessageId("msg-1"));
    }
}
