package nl.wmebv.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The library's calendar agrees with every row of the hand-checked tables, as an embedder would test it. */
@DisplayName("Dagtabellen — de kalender van de bibliotheek klopt met de handmatig gecontroleerde tabellen")
class LegalDayTablesTest {
    private static final AtwCalendar CAL = AtwCalendar.standard();

    static Stream<LegalDayTables.AtwDay> atw() {
        return LegalDayTables.atwDays().stream();
    }

    static Stream<LegalDayTables.DstDay> dst() {
        return LegalDayTables.dstDays().stream();
    }

    static Stream<LegalDayTables.YearEnd> yearEnds() {
        return LegalDayTables.yearEnds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atw")
    @DisplayName("ATW-feestdag")
    void atwDay(LegalDayTables.AtwDay row) {
        assertEquals(row.weekday(), row.date().getDayOfWeek(), row::toString);
        assertTrue(CAL.isPublicHoliday(row.date()), row::toString);
        assertTrue(!CAL.isWorkingDay(row.date()), row::toString);
    }

    @Test
    @DisplayName("negen feestdagen per jaar, en de kalender kent er niet meer")
    void nineAYear() {
        assertEquals(9, LegalDayTables.atwDays().stream().filter(d -> d.date().getYear() == 2026).count());
        assertEquals(9, CAL.publicHolidays(2026).size());
        assertEquals(9, CAL.publicHolidays(2027).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dst")
    @DisplayName("zomertijddag")
    void dstDay(LegalDayTables.DstDay row) {
        assertEquals(row.hours(), LegalTime.legalDayLength(row.date()).toHours(), row::toString);
        assertEquals(row.start(), LegalTime.startOfLegalDay(row.date()), row::toString);
        assertEquals(row.endExclusive(), LegalTime.endOfLegalDayExclusive(row.date()), row::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearEnds")
    @DisplayName("jaarwisseling")
    void yearEnd(LegalDayTables.YearEnd row) {
        assertTrue(CAL.isWorkingDay(row.lastWorkingDay()), row::toString);
        assertEquals(row.firstWorkingDayNext(), CAL.nextWorkingDayAfter(row.lastWorkingDay()), row::toString);
    }
}
