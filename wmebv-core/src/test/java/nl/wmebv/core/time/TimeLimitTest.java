package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.outcome.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Termijnen en de Algemene termijnenwet (ATW art. 1–4)")
class TimeLimitTest {
    private static final AtwCalendar CAL = AtwCalendar.standard();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static TermEnd end(TimeLimit t, String eventDay) {
        TermEnd e = t.computeEnd(d(eventDay), CAL);
        assertEquals(e.lastDay(), t.lastDay(d(eventDay), CAL), "fast path agrees");
        return e;
    }

    @Nested
    @DisplayName("Aanvang en rekenkunde: de termijn vangt aan met ingang van de dag na de gebeurtenis")
    class Anchoring {
        @Test
        @DisplayName("n dagen: laatste dag is gebeurtenisdag + n")
        void days() {
            // Mon 2026-01-12 + 10 days = Thu 2026-01-22, a werkdag (python datetime).
            TermEnd e = end(TimeLimit.statutory(10, TermUnit.DAYS), "2026-01-12");
            assertEquals(d("2026-01-22"), e.unadjustedLastDay());
            assertEquals(d("2026-01-22"), e.lastDay());
            assertFalse(e.moved());
            assertTrue(e.atwApplicable());
            // 24:00 CET on 22 January = 23:00Z.
            assertEquals(Instant.parse("2026-01-22T23:00:00Z"), e.endExclusive());
            assertEquals(List.of(Provision.ATW_1_LID_1.basis()), e.legalBasis());
        }

        @Test
        @DisplayName("maanden: 31 januari + 1 maand is 28 februari (afgekapt), een zaterdag, dus maandag 2 maart")
        void monthsClamp() {
            // 2026-02-28 is a Saturday; Mon 2026-03-02 next werkdag (python dateutil.relativedelta).
            TermEnd e = end(TimeLimit.statutory(1, TermUnit.MONTHS), "2026-01-31");
            assertEquals(d("2026-02-28"), e.unadjustedLastDay());
            assertEquals(d("2026-03-02"), e.lastDay());
            // Leap year: 2028-01-31 + 1 month = Tue 2028-02-29, a werkdag.
            assertEquals(d("2028-02-29"), end(TimeLimit.statutory(1, TermUnit.MONTHS), "2028-01-31").lastDay());
        }

        @Test
        @DisplayName("een termijn door een bestuursorgaan gesteld wordt niet verschoven (P15)")
        void setByBody() {
            // Same dates as monthsClamp: Saturday 2026-02-28 stays.
            TermEnd e = end(TimeLimit.setByBody(1, TermUnit.MONTHS), "2026-01-31");
            assertEquals(d("2026-02-28"), e.lastDay());
            assertEquals(List.of(AtwExclusion.NOT_STATUTORY), e.atwExclusions());
            assertFalse(e.atwApplicable());
            assertEquals(List.of(Provision.ATW_1_LID_1.basis()), e.legalBasis());
        }

        @Test
        @DisplayName("eindigt op een zomertijddag: 24:00 na 23 uur; op een wintertijddag: na 25 uur")
        void dstDays() {
            // Body-set 2 weeks from Sun 2026-03-15 → Sun 2026-03-29 (23 h), ends 00:00 CEST = 22:00Z.
            TermEnd spring = end(TimeLimit.setByBody(2, TermUnit.WEEKS), "2026-03-15");
            assertEquals(d("2026-03-29"), spring.lastDay());
            assertEquals(Instant.parse("2026-03-29T22:00:00Z"), spring.endExclusive());
            // Body-set 2 weeks from Sun 2026-10-11 → Sun 2026-10-25 (25 h), ends 00:00 CET = 23:00Z.
            TermEnd autumn = end(TimeLimit.setByBody(2, TermUnit.WEEKS), "2026-10-11");
            assertEquals(d("2026-10-25"), autumn.lastDay());
            assertEquals(Instant.parse("2026-10-25T23:00:00Z"), autumn.endExclusive());
        }

        @Test
        @DisplayName("een termijn buiten het kalenderbereik wordt geweigerd als de ATW geldt, anders niet")
        void range() {
            TimeLimit tenDays = TimeLimit.statutory(10, TermUnit.DAYS);
            InvalidInputException early = assertThrows(InvalidInputException.class,
                    () -> tenDays.computeEnd(d("2013-06-01"), CAL));
            assertEquals("eventDay", early.field());
            assertEquals("verifiedRange", early.constraint());
            // 2200-12-25 + 10 days = 2201-01-04, after the last year.
            InvalidInputException late = assertThrows(InvalidInputException.class,
                    () -> tenDays.lastDay(d("2200-12-25"), CAL));
            assertEquals("eventDay", late.field());
            assertEquals("range", late.constraint());
            // The ATW does not apply to a body-set term, so no calendar is consulted.
            assertEquals(d("1990-06-11"), TimeLimit.setByBody(10, TermUnit.DAYS).computeEnd(d("1990-06-01"), CAL)
                    .lastDay());
        }
    }

    @Nested
    @DisplayName("ATW 1 lid 1 — laatste dag op zaterdag, zondag of feestdag: verlengd tot de eerstvolgende werkdag")
    class Article1 {
        @Test
        @DisplayName("zaterdag 21 maart 2026 → maandag 23 maart 2026, met uitleg in twee talen")
        void saturday() {
            // Sat 2026-02-07 + 6 weeks = Sat 2026-03-21 → Mon 2026-03-23 (python datetime).
            TermEnd e = end(TimeLimit.statutory(6, TermUnit.WEEKS, Provision.AWB_6_7), "2026-02-07");
            assertEquals(d("2026-03-21"), e.unadjustedLastDay());
            assertEquals(d("2026-03-23"), e.lastDay());
            assertEquals(List.of(new TermEnd.Move(d("2026-03-21"), d("2026-03-23"), Provision.ATW_1_LID_1)), e.moves());
            assertEquals(List.of(Provision.AWB_6_7.basis(), Provision.ATW_1_LID_1.basis()), e.legalBasis());
            assertTrue(e.explain(Locale.ROOT).contains("verschoven van zaterdag 21 maart 2026 naar maandag 23 maart"
                    + " 2026 door artikel 1 van de Algemene termijnenwet"), e.explain(Locale.ROOT));
            assertTrue(e.explain(Locale.ENGLISH).contains(
                    "moved from Saturday 2026-03-21 to Monday 2026-03-23 by ATW art. 1"), e.explain(Locale.ENGLISH));
            assertEquals(e.explain(Locale.ROOT), e.explain(Locale.forLanguageTag("nl-NL")));
            // 24:00 CET on Monday 23 March = 2026-03-24T00:00+01:00.
            assertTrue(e.explain(Locale.ROOT).contains("(2026-03-24T00:00:00+01:00)"), e.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("de uitleg hangt niet af van de standaardlocale van de JVM")
        void notDefaultLocale() {
            TermEnd e = end(TimeLimit.statutory(6, TermUnit.WEEKS, Provision.AWB_6_7), "2026-02-07");
            String dutch = e.explain(Locale.ROOT);
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(Locale.ENGLISH);
                assertEquals(dutch, e.explain(Locale.forLanguageTag("nl")));
                Locale.setDefault(Locale.forLanguageTag("nl-NL"));
                assertTrue(e.explain(Locale.ENGLISH).startsWith("The time limit of 6 weeks after Saturday 2026-02-07"));
            } finally {
                Locale.setDefault(saved);
            }
        }

        @Test
        @DisplayName("Goede Vrijdag, weekend en Tweede Paasdag: elke overgeslagen dag staat in de trace")
        void goodFridayTrace() {
            // Fri 2026-02-20 + 6 weeks = Fri 2026-04-03 Goede Vrijdag; Sat, Sun, Mon 04-06 Tweede Paasdag → Tue 04-07.
            TermEnd e = end(TimeLimit.statutory(6, TermUnit.WEEKS), "2026-02-20");
            assertEquals(d("2026-04-07"), e.lastDay());
            Step moved = e.trace().flatten().filter(s -> s.finding().equals("timelimit.atw1.moved")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06"),
                    moved.children().stream().map(s -> s.facts().get("date")).collect(Collectors.toList()));
            assertEquals(List.of(Provision.ATW_3_LID_2.basis(), Provision.ATW_1_LID_1.basis(),
                    Provision.ATW_1_LID_1.basis(), Provision.ATW_3_LID_1.basis()),
                    moved.children().stream().map(Step::basis).collect(Collectors.toList()));
            assertEquals("GOOD_FRIDAY", moved.children().get(0).facts().get("kind"));
            assertEquals("EASTER_MONDAY", moved.children().get(3).facts().get("kind"));
            assertTrue(e.trace().cites(Provision.ATW_3_LID_2.basis()));
        }

        @Test
        @DisplayName("een gelijkgestelde dag verschuift de laatste dag, met de Staatscourant in de trace")
        void equatedDay() {
            // Tue 2027-05-04 + 6 weeks = Tue 2027-06-15, equated here → Wed 2027-06-16.
            AtwCalendar cal = CAL.withEquatedDay(EquatedDay.of(d("2027-06-15"), "Stcrt. 2027, 1234", "Rouwdag"));
            TimeLimit sixWeeks = TimeLimit.statutory(6, TermUnit.WEEKS);
            assertEquals(d("2027-06-15"), sixWeeks.lastDay(d("2027-05-04"), CAL));
            TermEnd e = sixWeeks.computeEnd(d("2027-05-04"), cal);
            assertEquals(d("2027-06-16"), e.lastDay());
            assertTrue(e.trace().cites(Provision.ATW_3_LID_3.basis()));
            assertTrue(e.trace().flatten().anyMatch(s -> "Stcrt. 2027, 1234".equals(s.facts().get("staatscourantReference"))));
        }
    }

    @Nested
    @DisplayName("ATW 1 lid 2 — teruggerekende termijnen worden niet verschoven")
    class Backward {
        @Test
        @DisplayName("9 dagen vóór maandag 30 maart 2026 is zaterdag 21 maart, en blijft dat")
        void backwardSaturday() {
            // 2026-03-30 − 9 days = Sat 2026-03-21 (python datetime).
            TermEnd e = end(TimeLimit.statutory(9, TermUnit.DAYS).withDirection(TermDirection.BACKWARD), "2026-03-30");
            assertEquals(d("2026-03-21"), e.lastDay());
            assertFalse(e.moved());
            assertEquals(List.of(AtwExclusion.COUNTED_BACKWARD), e.atwExclusions());
            assertEquals(List.of(Provision.ATW_1_LID_2.basis()), e.legalBasis());
            assertTrue(e.timeLimit().countedBackward());
            // 24:00 CET on 21 March = 23:00Z.
            assertEquals(Instant.parse("2026-03-21T23:00:00Z"), e.endExclusive());
            assertTrue(e.explain(Locale.ROOT).contains("teruggerekend"), e.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("1 week vóór maandag 13 april 2026 is Tweede Paasdag, en blijft dat (ook geen art. 2)")
        void backwardHoliday() {
            TermEnd e = end(TimeLimit.statutory(1, TermUnit.WEEKS, Provision.AWB_6_7)
                    .withDirection(TermDirection.BACKWARD), "2026-04-13");
            assertEquals(d("2026-04-06"), e.lastDay());
            assertEquals(List.of(Provision.AWB_6_7.basis(), Provision.ATW_1_LID_2.basis()), e.legalBasis());
        }
    }

    /**
     * ATW art. 2 cases; every day's status from the holiday table (AtwCalendarTest) and python datetime weekdays.
     * Columns: amount of days, event day, unadjusted last day, expected last day, moves.
     */
    static Stream<Arguments> article2() {
        return Stream.of(
                // Fri 2026-03-20 + 3: first day Sat 21, last Mon 23 (a werkdag); Sat–Mon hold one werkdag → Tue 24.
                Arguments.of(3, "2026-03-20", "2026-03-23", "2026-03-24", List.of(Provision.ATW_2)),
                // Thu 2026-03-19 + 3: Fri 20 … Sun 22 → art. 1 Mon 23; Fri and Mon are two werkdagen.
                Arguments.of(3, "2026-03-19", "2026-03-22", "2026-03-23", List.of(Provision.ATW_1_LID_1)),
                // Wed 2026-03-18 + 3: Thu 19 … Sat 21 → art. 1 Mon 23; Thu, Fri, Mon.
                Arguments.of(3, "2026-03-18", "2026-03-21", "2026-03-23", List.of(Provision.ATW_1_LID_1)),
                // Thu 2026-04-02 + 3: Fri 03 Goede Vrijdag … Sun 05 → art. 1 past Mon 06 Tweede Paasdag to Tue 07;
                // only Tue is a werkdag → art. 2 Wed 08.
                Arguments.of(3, "2026-04-02", "2026-04-05", "2026-04-08", List.of(Provision.ATW_1_LID_1, Provision.ATW_2)),
                // Wed 2025-12-24 + 3: Thu 25, Fri 26 Kerst, Sat 27 → art. 1 Mon 29; only Mon → art. 2 Tue 30.
                Arguments.of(3, "2025-12-24", "2025-12-27", "2025-12-30", List.of(Provision.ATW_1_LID_1, Provision.ATW_2)),
                // Thu 2026-12-24 + 4: Fri 25, Sat 26 Kerst, Sun 27, Mon 28 (a werkdag); only Mon → art. 2 Tue 29.
                Arguments.of(4, "2026-12-24", "2026-12-28", "2026-12-29", List.of(Provision.ATW_2)),
                // Fri 2026-03-20 + 2: under three days, art. 2 does not apply; Sun 22 → art. 1 Mon 23.
                Arguments.of(2, "2026-03-20", "2026-03-22", "2026-03-23", List.of(Provision.ATW_1_LID_1)),
                // Fri 2026-03-20 + 1: Sat 21 → art. 1 Mon 23.
                Arguments.of(1, "2026-03-20", "2026-03-21", "2026-03-23", List.of(Provision.ATW_1_LID_1)));
    }

    @ParameterizedTest(name = "{0} dagen na {1}: {2} → {3}")
    @MethodSource("article2")
    @DisplayName("ATW 2 — een termijn van ten minste drie dagen bevat ten minste twee werkdagen")
    void article2(int amount, String eventDay, String unadjusted, String expected, List<Provision> moves) {
        TermEnd e = end(TimeLimit.statutory(amount, TermUnit.DAYS), eventDay);
        assertEquals(d(unadjusted), e.unadjustedLastDay());
        assertEquals(d(expected), e.lastDay());
        assertEquals(moves, e.moves().stream().map(TermEnd.Move::provision).collect(Collectors.toList()));
        List<LegalBasis> expectedBasis = moves.stream().map(Provision::basis).collect(Collectors.toList());
        assertEquals(expectedBasis, e.legalBasis());
        if (moves.contains(Provision.ATW_2)) {
            assertTrue(e.explain(Locale.ROOT).contains("door artikel 2 van de Algemene termijnenwet"));
            assertTrue(e.explain(Locale.ENGLISH).contains("by ATW art. 2"));
        }
    }

    /**
     * ATW art. 4 onder a boundaries: the shorter term is moved, the longer is not. Weekdays and
     * relativedelta month arithmetic checked with python.
     */
    static Stream<Arguments> article4() {
        return Stream.of(
                // Sun 2025-12-21 + 90 days = Sat 2026-03-21 → Mon 23; + 91 = Sun 2026-03-22 stays.
                Arguments.of(90, TermUnit.DAYS, "2025-12-21", "2026-03-23", null),
                Arguments.of(91, TermUnit.DAYS, "2025-12-21", "2026-03-22", AtwExclusion.MORE_THAN_90_DAYS),
                // Sat 2026-01-03 + 12 weeks = Sat 2026-03-28 → Mon 30; + 13 weeks = Sat 2026-04-04 stays.
                Arguments.of(12, TermUnit.WEEKS, "2026-01-03", "2026-03-30", null),
                Arguments.of(13, TermUnit.WEEKS, "2026-01-03", "2026-04-04", AtwExclusion.MORE_THAN_TWELVE_WEEKS),
                // Fri 2025-10-31 + 3 months = Sat 2026-01-31 → Mon 2026-02-02; + 4 months = Sat 2026-02-28
                // (31 February clamped) stays.
                Arguments.of(3, TermUnit.MONTHS, "2025-10-31", "2026-02-02", null),
                Arguments.of(4, TermUnit.MONTHS, "2025-10-31", "2026-02-28", AtwExclusion.MORE_THAN_THREE_MONTHS),
                // Fri 2025-06-06 + 1 year = Sat 2026-06-06 stays: ATW art. 4 excludes terms in years.
                Arguments.of(1, TermUnit.YEARS, "2025-06-06", "2026-06-06", AtwExclusion.IN_YEARS));
    }

    @ParameterizedTest(name = "{0} {1} na {2} → {3}")
    @MethodSource("article4")
    @DisplayName("ATW 4 onder a — niet voor meer dan 90 dagen, twaalf weken, drie maanden, of jaren")
    void article4(int amount, TermUnit unit, String eventDay, String expected, AtwExclusion exclusion) {
        TermEnd e = end(TimeLimit.statutory(amount, unit), eventDay);
        assertEquals(d(expected), e.lastDay());
        if (exclusion == null) {
            assertTrue(e.atwApplicable());
            assertTrue(e.moved());
        } else {
            assertEquals(List.of(exclusion), e.atwExclusions());
            assertFalse(e.moved());
            assertEquals(List.of(Provision.ATW_4_ONDER_A.basis()), e.legalBasis());
            assertTrue(e.trace().cites(Provision.ATW_4_ONDER_A.basis()));
        }
    }

    @Nested
    @DisplayName("ATW 4 onder a — termijnen in uren: verstreken tijd, nooit verschoven")
    class Hours {
        @Test
        @DisplayName("48 uur over de zomertijdovergang: op de klok een uur later")
        void spring() {
            // Fri 2026-03-27 12:00Z = 13:00 CET; + 172,800 s = Sun 2026-03-29 12:00Z = 14:00 CEST (P2).
            TermEnd e = TimeLimit.statutory(48, TermUnit.HOURS).computeEnd(Instant.parse("2026-03-27T12:00:00Z"), CAL);
            assertEquals(Instant.parse("2026-03-29T12:00:00Z"), e.endExclusive());
            assertEquals(d("2026-03-29"), e.lastDay());
            assertEquals(d("2026-03-27"), e.eventDay());
            assertEquals(List.of(AtwExclusion.IN_HOURS), e.atwExclusions());
            assertEquals(List.of(Provision.ATW_4_ONDER_A.basis()), e.legalBasis());
            assertTrue(e.explain(Locale.ROOT).contains("2026-03-29T14:00:00+02:00"), e.explain(Locale.ROOT));
            assertTrue(e.explain(Locale.ROOT).contains("2026-03-27T13:00:00+01:00"), e.explain(Locale.ROOT));
        }

        @Test
        @DisplayName("48 uur over de wintertijdovergang: op de klok een uur eerder")
        void autumn() {
            // Fri 2026-10-23 10:00Z = 12:00 CEST; + 48 h = Sun 2026-10-25 10:00Z = 11:00 CET.
            TermEnd e = TimeLimit.statutory(48, TermUnit.HOURS, Provision.AWB_2_10_LID_1)
                    .computeEnd(Instant.parse("2026-10-23T10:00:00Z"), CAL);
            assertEquals(Instant.parse("2026-10-25T10:00:00Z"), e.endExclusive());
            assertEquals(List.of(Provision.AWB_2_10_LID_1.basis(), Provision.ATW_4_ONDER_A.basis()), e.legalBasis());
            assertTrue(e.explain(Locale.ENGLISH).contains("ends at 2026-10-25T11:00:00+01:00"), e.explain(Locale.ENGLISH));
        }

        @Test
        @DisplayName("eindigt precies om middernacht: de laatste dag is de dag ervoor")
        void midnight() {
            // 2026-01-14T23:00Z = 00:00 CET 15 January; + 24 h = 00:00 CET 16 January: last instant on the 15th.
            TermEnd e = TimeLimit.setByBody(24, TermUnit.HOURS).computeEnd(Instant.parse("2026-01-14T23:00:00Z"), CAL);
            assertEquals(Instant.parse("2026-01-15T23:00:00Z"), e.endExclusive());
            assertEquals(d("2026-01-15"), e.lastDay());
            assertEquals(List.of(AtwExclusion.NOT_STATUTORY, AtwExclusion.IN_HOURS), e.atwExclusions());
        }

        @Test
        @DisplayName("teruggerekend: 24 uur vóór het moment")
        void backward() {
            TermEnd e = TimeLimit.statutory(24, TermUnit.HOURS).withDirection(TermDirection.BACKWARD)
                    .computeEnd(Instant.parse("2026-03-29T12:00:00Z"), CAL);
            assertEquals(Instant.parse("2026-03-28T12:00:00Z"), e.endExclusive());
            assertEquals(List.of(AtwExclusion.COUNTED_BACKWARD, AtwExclusion.IN_HOURS), e.atwExclusions());
        }

        @Test
        @DisplayName("een dagtermijn vanaf een moment gebruikt de wettelijke dag van dat moment (P23)")
        void dayTermFromMoment() {
            // 2026-02-06T23:30Z = 00:30 CET on Saturday 7 February → same as saturday() above.
            TermEnd e = TimeLimit.statutory(6, TermUnit.WEEKS).computeEnd(Instant.parse("2026-02-06T23:30:00Z"), CAL);
            assertEquals(d("2026-02-07"), e.eventDay());
            assertEquals(d("2026-03-23"), e.lastDay());
        }
    }

    @Nested
    @DisplayName("Ongeldige invoer")
    class BadInput {
        @Test
        @DisplayName("elke fabrieksmethode noemt het foute veld")
        void factories() {
            assertField("amount", "min", () -> TimeLimit.statutory(0, TermUnit.DAYS));
            assertField("amount", "min", () -> TimeLimit.statutory(-3, TermUnit.DAYS));
            assertField("amount", "min", () -> TimeLimit.setByBody(0, TermUnit.WEEKS));
            assertField("amount", "max", () -> TimeLimit.statutory(TimeLimit.MAX_AMOUNT + 1, TermUnit.DAYS));
            assertField("unit", "notNull", () -> TimeLimit.statutory(1, null));
            assertField("unit", "notNull", () -> TimeLimit.setByBody(1, null));
            assertField("provision", "notNull", () -> TimeLimit.statutory(1, TermUnit.DAYS, null));
            assertField("direction", "notNull", () -> TimeLimit.statutory(1, TermUnit.DAYS).withDirection(null));
            assertField("provision", "notNull", () -> TimeLimit.statutory(1, TermUnit.DAYS).withProvision(null));
            assertField("provision", "notNull",
                    () -> new TimeLimit(1, TermUnit.DAYS, TermDirection.FORWARD, true, null));
        }

        @Test
        @DisplayName("elke berekening noemt het foute veld")
        void computations() {
            TimeLimit t = TimeLimit.statutory(6, TermUnit.WEEKS);
            assertField("eventDay", "notNull", () -> t.computeEnd((LocalDate) null, CAL));
            assertField("calendar", "notNull", () -> t.computeEnd(d("2026-01-01"), null));
            assertField("eventMoment", "notNull", () -> t.computeEnd((Instant) null, CAL));
            assertField("calendar", "notNull", () -> t.computeEnd(Instant.parse("2026-01-01T00:00:00Z"), null));
            assertField("eventDay", "notNull", () -> t.lastDay(null, CAL));
            assertField("calendar", "notNull", () -> t.lastDay(d("2026-01-01"), null));
            TimeLimit hours = TimeLimit.statutory(48, TermUnit.HOURS);
            assertField("unit", "dayBased", () -> hours.computeEnd(d("2026-01-01"), CAL));
            assertField("unit", "dayBased", () -> hours.lastDay(d("2026-01-01"), CAL));
            assertField("eventMoment", "range",
                    () -> TimeLimit.setByBody(10_000, TermUnit.HOURS).computeEnd(Instant.MAX, CAL));
            assertField("eventDay", "range",
                    () -> TimeLimit.setByBody(10_000, TermUnit.YEARS).computeEnd(LocalDate.MAX, CAL));
        }

        @Test
        @DisplayName("Jakarta-annotaties en constructor zijn het eens")
        void validationAgreement() {
            Optional<Provision> none = Optional.empty();
            ValidationAgreement.assertAgree(TimeLimit.class, 6, TermUnit.WEEKS, TermDirection.FORWARD, true,
                    Optional.of(Provision.AWB_6_7));
            ValidationAgreement.assertAgree(TimeLimit.class, 1, TermUnit.HOURS, TermDirection.BACKWARD, false, none);
            ValidationAgreement.assertAgree(TimeLimit.class, TimeLimit.MAX_AMOUNT, TermUnit.DAYS,
                    TermDirection.FORWARD, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, 0, TermUnit.DAYS, TermDirection.FORWARD, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, -1, TermUnit.DAYS, TermDirection.FORWARD, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, TimeLimit.MAX_AMOUNT + 1, TermUnit.DAYS,
                    TermDirection.FORWARD, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, 1, null, TermDirection.FORWARD, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, 1, TermUnit.DAYS, null, true, none);
            ValidationAgreement.assertAgree(TimeLimit.class, 1, TermUnit.DAYS, TermDirection.FORWARD, true, null);
        }

        @Test
        @DisplayName("een TermEnd met tegenstrijdige gegevens wordt geweigerd")
        void inconsistentTermEnd() {
            TermEnd ok = end(TimeLimit.statutory(6, TermUnit.WEEKS), "2026-02-07");
            assertField("endExclusive", "endOfLastDay", () -> new TermEnd(ok.timeLimit(), ok.eventDay(),
                    ok.unadjustedLastDay(), ok.moves(), ok.atwExclusions(), ok.endExclusive().plusSeconds(1),
                    ok.legalBasis(), ok.trace()));
            assertField("moves[0]", "continuous", () -> new TermEnd(ok.timeLimit(), ok.eventDay(),
                    ok.unadjustedLastDay().minusDays(1), ok.moves(), ok.atwExclusions(), ok.endExclusive(),
                    ok.legalBasis(), ok.trace()));
            assertField("moves", "atwApplicable", () -> new TermEnd(ok.timeLimit(), ok.eventDay(),
                    ok.unadjustedLastDay(), ok.moves(), List.of(AtwExclusion.NOT_STATUTORY), ok.endExclusive(),
                    ok.legalBasis(), ok.trace()));
            assertField("legalBasis", "notEmpty", () -> new TermEnd(ok.timeLimit(), ok.eventDay(),
                    ok.unadjustedLastDay(), ok.moves(), ok.atwExclusions(), ok.endExclusive(), List.of(), ok.trace()));
            assertField("to", "afterFrom",
                    () -> new TermEnd.Move(d("2026-03-21"), d("2026-03-21"), Provision.ATW_1_LID_1));
            assertField("provision", "movesLastDay",
                    () -> new TermEnd.Move(d("2026-03-21"), d("2026-03-23"), Provision.AWB_6_7));
        }
    }

    private static void assertField(String field, String constraint, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(constraint, e.constraint(), e.getMessage());
    }
}
