package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Partijen: afzender, geadresseerde, gemachtigde (Awb 2:1 lid 2, 2:17 lid 1 onder b)")
class PartyTest {

    private static final PartyId P1 = PartyId.of("p-7f3a");

    @ParameterizedTest(name = "{0}")
    @EnumSource(PartyRole.class)
    @DisplayName("een partij in elke rol, met en zonder adres; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls(PartyRole role) {
        ComponentChecks.assertValidAndEachNullRejected(Party.class, P1, role, Optional.empty());
        ComponentChecks.assertValidAndEachNullRejected(Party.class, P1, role, Optional.of("j.jansen@example.nl"));
    }

    @ParameterizedTest(name = "adres \"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "\u2003"})
    @DisplayName("een leeg elektronisch adres wordt geweigerd met veld electronicAddress, zoals de annotaties zeggen")
    void blankAddress(String address) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Party.of(P1, PartyRole.SENDER).withElectronicAddress(address));
        assertEquals("electronicAddress", e.field());
        ValidationAgreement.assertAgree(Party.class, P1, PartyRole.SENDER, Optional.of(address));
    }

    @Test
    @DisplayName("2:17 lid 1 onder b — zonder elektronisch adres is er geen adres beschikbaar")
    void hasElectronicAddress() {
        Party without = Party.of(P1, PartyRole.SENDER);
        assertFalse(without.hasElectronicAddress());
        Party with = without.withElectronicAddress(" j.jansen@example.nl ");
        assertTrue(with.hasElectronicAddress());
        assertEquals(Optional.of("j.jansen@example.nl"), with.electronicAddress());
    }

    @Test
    @DisplayName("toString toont nooit het elektronische adres")
    void toStringRedactsAddress() {
        String s = Party.of(P1, PartyRole.AUTHORISED_REPRESENTATIVE).withElectronicAddress("j.jansen@example.nl")
                .toString();
        assertFalse(s.contains("jansen"), s);
        assertFalse(s.contains("example"), s);
        assertTrue(s.contains("p-7f3a") && s.contains("AUTHORISED_REPRESENTATIVE"), s);
    }
}
