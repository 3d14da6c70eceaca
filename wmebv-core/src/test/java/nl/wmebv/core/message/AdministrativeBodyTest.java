package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Awb 1:1 — bestuursorgaan")
class AdministrativeBodyTest {

    private static final BodyId UTRECHT = BodyId.of("gm0344");

    @Test
    @DisplayName("een geldig bestuursorgaan; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(AdministrativeBody.class, UTRECHT, "College van B&W Utrecht");
    }

    @ParameterizedTest(name = "naam \"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    @DisplayName("een lege naam wordt geweigerd met veld name, zoals de annotaties zeggen")
    void blankName(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AdministrativeBody.of(UTRECHT, name));
        assertEquals("name", e.field());
        assertEquals("notBlank", e.constraint());
        ValidationAgreement.assertAgree(AdministrativeBody.class, UTRECHT, name);
    }

    @Test
    @DisplayName("de naam wordt zonder omringende witruimte bewaard")
    void nameStripped() {
        assertEquals("Gemeente Utrecht", AdministrativeBody.of(UTRECHT, "  Gemeente Utrecht ").name());
    }
}
