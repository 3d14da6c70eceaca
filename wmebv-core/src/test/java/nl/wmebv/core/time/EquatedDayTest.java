package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.time.PublicHoliday.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ATW 3 lid 2–3 — gelijkgestelde dagen als gegevens")
class EquatedDayTest {
    private static final LocalDate DAY = LocalDate.of(2027, 6, 15);

    @Test
    @DisplayName("geldige invoer: annotaties en constructor zijn het eens")
    void valid() {
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "Stcrt. 2027, 1234", "Nationale rouwdag");
        EquatedDay d = EquatedDay.of(DAY, "Stcrt. 2027, 1234", "Nationale rouwdag");
        assertEquals(DAY, d.date());
        assertEquals("Stcrt. 2027, 1234", d.staatscourantReference());
    }

    @Test
    @DisplayName("ongeldige invoer: annotaties en constructor weigeren hetzelfde veld")
    void invalid() {
        ValidationAgreement.assertAgree(EquatedDay.class, null, "Stcrt. 2027, 1234", "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, null, "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "  ", "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, " Stcrt. 2027, 1234", "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "Stcrt.\n2027", "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "x".repeat(201), "Rouwdag");
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "Stcrt. 2027, 1234", null);
        ValidationAgreement.assertAgree(EquatedDay.class, DAY, "Stcrt. 2027, 1234", "");
        assertEquals("date", assertThrows(InvalidInputException.class,
                () -> EquatedDay.of(null, "Stcrt. 1", "Rouwdag")).field());
        assertEquals("staatscourantReference", assertThrows(InvalidInputException.class,
                () -> EquatedDay.of(DAY, "", "Rouwdag")).field());
        assertEquals("description", assertThrows(InvalidInputException.class,
                () -> EquatedDay.of(DAY, "Stcrt. 1", " ")).field());
    }

    @Test
    @DisplayName("een feestdag heeft een besluit precies als hij bij besluit is gelijkgesteld, voor dezelfde datum")
    void holidayDecreeMatchesKind() {
        EquatedDay decree = EquatedDay.of(DAY, "Stcrt. 2027, 1234", "Rouwdag");
        assertEquals(Kind.EQUATED_BY_DECREE, PublicHoliday.equated(decree).kind());
        assertEquals("decree", assertThrows(InvalidInputException.class,
                () -> PublicHoliday.of(DAY, Kind.EQUATED_BY_DECREE)).field());
        assertEquals("decree", assertThrows(InvalidInputException.class,
                () -> new PublicHoliday(DAY, Kind.KINGS_DAY, Optional.of(decree))).field());
        assertEquals("sameDate", assertThrows(InvalidInputException.class,
                () -> new PublicHoliday(DAY.plusDays(1), Kind.EQUATED_BY_DECREE, Optional.of(decree))).constraint());
        assertEquals("date", assertThrows(InvalidInputException.class,
                () -> PublicHoliday.of(null, Kind.KINGS_DAY)).field());
        assertEquals("kind", assertThrows(InvalidInputException.class,
                () -> PublicHoliday.of(DAY, null)).field());
        assertEquals("decree", assertThrows(InvalidInputException.class,
                () -> new PublicHoliday(DAY, Kind.KINGS_DAY, null)).field());
        assertEquals("decree", assertThrows(InvalidInputException.class,
                () -> PublicHoliday.equated(null)).field());
    }
}
