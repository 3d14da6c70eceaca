package nl.wmebv.core.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.message.ComponentChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Kanalen: wijzen van verzending (Awb 2:13 lid 2)")
class ChannelTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ChannelKind.class)
    @DisplayName("een geldig kanaal van elke soort; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls(ChannelKind kind) {
        ComponentChecks.assertValidAndEachNullRejected(Channel.class, ChannelId.of("c"), kind,
                "https://gemeente.example/x", AssuranceLevel.LOW);
    }

    @ParameterizedTest(name = "adres \"{0}\"")
    @ValueSource(strings = {"", " ", "\t"})
    @DisplayName("een leeg adres wordt geweigerd met veld address, zoals de annotaties zeggen")
    void blankAddress(String address) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Channel.of(ChannelId.of("c"), ChannelKind.EMAIL, address, AssuranceLevel.NONE));
        assertEquals("address", e.field());
        ValidationAgreement.assertAgree(Channel.class, ChannelId.of("c"), ChannelKind.EMAIL, address,
                AssuranceLevel.NONE);
    }

    @Test
    @DisplayName("toString toont nooit het adres (een eigen adres van een medewerker is een persoonsgegeven)")
    void toStringRedactsAddress() {
        String s = Channel.of(ChannelId.of("mw-mail"), ChannelKind.EMAIL, " p.pietersen@gemeente.example ",
                AssuranceLevel.NONE).toString();
        assertFalse(s.contains("pietersen"), s);
        assertTrue(s.contains("mw-mail") && s.contains("EMAIL"), s);
    }
}
