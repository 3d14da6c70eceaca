package nl.wmebv.core.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.ComponentChecks;
import nl.wmebv.core.message.MessageTypeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Awb 2:13 lid 4 — tijdelijke regeling: uitzondering voor aangewezen berichten en organen")
class TemporaryExemptionTest {

    static final BodyId BODY = BodyId.of("gm0344");
    static final Set<MessageTypeId> TYPES = Set.of(MessageTypeId.of("aanvraag-subsidie"));
    /** 2026-03-01 00:00 CET. */
    static final Instant FROM = Instant.parse("2026-02-28T23:00:00Z");
    /** 2026-04-01 00:00 CEST: DST began on 29 March. */
    static final Instant TO = Instant.parse("2026-03-31T22:00:00Z");

    @Test
    @DisplayName("geldige uitzondering; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(TemporaryExemption.class, "Stcrt. 2026, 11111", BODY, TYPES,
                FROM, TO);
    }

    @Test
    @DisplayName("zonder type bericht of met lege verwijzing geweigerd, zoals de annotaties zeggen")
    void emptyTypesOrReference() {
        assertEquals("types", assertThrows(InvalidInputException.class,
                () -> new TemporaryExemption("Stcrt. 2026, 11111", BODY, Set.of(), FROM, TO)).field());
        ValidationAgreement.assertAgree(TemporaryExemption.class, "Stcrt. 2026, 11111", BODY, Set.of(), FROM, TO);
        assertEquals("reference", assertThrows(InvalidInputException.class,
                () -> new TemporaryExemption(" ", BODY, TYPES, FROM, TO)).field());
        ValidationAgreement.assertAgree(TemporaryExemption.class, " ", BODY, TYPES, FROM, TO);
    }

    @Test
    @DisplayName("einde gelijk aan of voor het begin: alleen de constructor weigert, veld validTo")
    void endNotAfterStart() {
        ValidationAgreement.assertConstructorOnlyRejection(TemporaryExemption.class, "validTo", "Stcrt. 2026, 11111",
                BODY, TYPES, FROM, FROM);
        ValidationAgreement.assertConstructorOnlyRejection(TemporaryExemption.class, "validTo", "Stcrt. 2026, 11111",
                BODY, TYPES, TO, FROM);
    }

    @Test
    @DisplayName("geldig van begin (inclusief) tot einde (exclusief)")
    void validity() {
        TemporaryExemption e = new TemporaryExemption("Stcrt. 2026, 11111", BODY, TYPES, FROM, TO);
        assertFalse(e.isValidAt(FROM.minusNanos(1)));
        assertTrue(e.isValidAt(FROM));
        assertTrue(e.isValidAt(TO.minusNanos(1)));
        assertFalse(e.isValidAt(TO));
    }
}
