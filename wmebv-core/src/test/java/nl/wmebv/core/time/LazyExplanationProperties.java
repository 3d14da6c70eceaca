package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The explanation of a computed {@link TermEnd} is built on request from its structured data (moves, exclusions,
 * calendar). These properties compare it, value for value and byte for byte, with the eager computation it
 * replaced ({@link EagerTermEnd}, the code of commit 15b1ae6): legal basis, trace, end, {@code equals},
 * {@code toString} and the Dutch and English texts.
 */
@DisplayName("ATW art. 1–4 — de uitleg op verzoek is gelijk aan de vooraf gebouwde uitleg")
class LazyExplanationProperties {
    private static final long SEED = 8_002L;
    private static final int CASES = 5_000;
    private static final Locale[] LOCALES = {Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("nl-NL"),
        Locale.UK};
    /** A calendar with two equated days, so traces carry a Staatscourant reference (ATW art. 3 lid 3). */
    private static final AtwCalendar EQUATED = AtwCalendar.standard()
            .withEquatedDay(EquatedDay.of(LocalDate.of(2027, 6, 15), "Stcrt. 2027, 1234", "Nationale rouwdag"))
            .withEquatedDay(EquatedDay.of(LocalDate.of(2030, 3, 18), "Stcrt. 2030, 77", "Dag van herdenking"));

    private static void assertSame(TermEnd lazy, TermEnd eager, String msg) {
        assertEquals(eager.unadjustedLastDay(), lazy.unadjustedLastDay(), msg);
        assertEquals(eager.moves(), lazy.moves(), msg);
        assertEquals(eager.atwExclusions(), lazy.atwExclusions(), msg);
        assertEquals(eager.endExclusive(), lazy.endExclusive(), msg);
        assertEquals(eager.legalBasis(), lazy.legalBasis(), msg);
        assertEquals(eager.trace(), lazy.trace(), msg);
        assertEquals(eager.trace().render(), lazy.trace().render(), msg);
        for (Locale locale : LOCALES) {
            String expected = EagerTermEnd.explain(eager, locale);
            assertEquals(expected, lazy.explain(locale), msg + " " + locale);
            assertEquals(expected, eager.explain(locale), msg + " " + locale + " (public constructor)");
        }
        assertEquals(eager, lazy, msg);
        assertEquals(lazy, eager, msg);
        assertEquals(eager.hashCode(), lazy.hashCode(), msg);
        assertEquals(eager.toString(), lazy.toString(), msg);
    }

    @Test
    @DisplayName("willekeurige termijnen, dagen en kalenders: gelijk aan de vooraf gebouwde uitleg")
    void randomTerms() {
        SplittableRandom random = new SplittableRandom(SEED);
        int art1 = 0;
        int art2 = 0;
        int shortTerm = 0;
        int excluded = 0;
        int equatedSkipped = 0;
        for (int n = 0; n < CASES; n++) {
            LocalDate day;
            TimeLimit limit;
            AtwCalendar calendar;
            if (random.nextInt(10) == 0) {
                // A term whose unadjusted last day is (often) an equated day: art. 1 must skip it.
                limit = TimeLimit.statutory(1 + random.nextInt(20), TermUnit.DAYS);
                LocalDate equated = EQUATED.equatedDays().get(random.nextInt(2)).date();
                day = equated.minusDays(limit.amount() + (random.nextBoolean() ? 0 : random.nextInt(4)));
                calendar = EQUATED;
            } else {
                day = CalendarGenerators.legalDay(random);
                limit = CalendarGenerators.timeLimit(random);
                calendar = random.nextBoolean() ? EQUATED : AtwCalendar.standard();
            }
            Provision startRule = random.nextBoolean() ? Provision.AWB_6_8_LID_1 : null;
            String msg = "seed " + SEED + ", case " + n + ": " + limit + " from " + day + ", " + calendar;
            TermEnd lazy = limit.computeEnd(day, calendar, startRule, "eventDay");
            TermEnd eager = EagerTermEnd.computeEnd(limit, day, calendar, startRule, "eventDay");
            // Read in a different order each time: the result must not depend on what was asked first.
            switch (random.nextInt(3)) {
                case 0 -> assertNotNull(lazy.explain(Locale.ENGLISH), msg);
                case 1 -> assertNotNull(lazy.trace(), msg);
                default -> assertNotNull(lazy.legalBasis(), msg);
            }
            assertSame(lazy, eager, msg);
            art1 += lazy.moves().stream().anyMatch(m -> m.provision() == Provision.ATW_1_LID_1) ? 1 : 0;
            art2 += lazy.moves().stream().anyMatch(m -> m.provision() == Provision.ATW_2) ? 1 : 0;
            shortTerm += lazy.trace().flatten().anyMatch(s -> s.finding().equals("timelimit.atw2.shortTerm")) ? 1 : 0;
            excluded += lazy.atwApplicable() ? 0 : 1;
            equatedSkipped += lazy.trace().flatten().anyMatch(s -> s.facts().containsKey("staatscourantReference"))
                    ? 1 : 0;
        }
        String coverage = "seed " + SEED + ": art. 1 " + art1 + ", art. 2 " + art2 + ", short " + shortTerm
                + ", excluded " + excluded + ", equated day skipped " + equatedSkipped;
        assertTrue(art1 > 500 && art2 > 20 && shortTerm > 20 && excluded > 500 && equatedSkipped > 100, coverage);
    }

    @Test
    @DisplayName("de bezwaartermijn na elke dag van bekendmaking 2014–2199: gelijk aan de vooraf gebouwde uitleg")
    void everyAnnouncementDay() {
        AtwCalendar calendar = AtwCalendar.standard();
        int moved = 0;
        for (LocalDate day = LocalDate.of(2014, 1, 1); day.isBefore(LocalDate.of(2200, 1, 1));
             day = day.plusDays(1)) {
            ObjectionTimeLimit term = ObjectionTimeLimit.afterAnnouncement(day, calendar);
            TermEnd eager = EagerTermEnd.computeEnd(ObjectionTimeLimit.TIME_LIMIT, day, calendar,
                    Provision.AWB_6_8_LID_1, "announcementDay");
            String msg = "announced " + day;
            assertEquals(eager, term.termEnd(), msg);
            assertEquals(EagerTermEnd.explain(eager, Locale.ROOT), term.termEnd().explain(Locale.ROOT), msg);
            assertEquals(EagerTermEnd.explain(eager, Locale.ENGLISH), term.termEnd().explain(Locale.ENGLISH), msg);
            assertEquals(eager.trace().render(), term.termEnd().trace().render(), msg);
            moved += term.termEnd().moved() ? 1 : 0;
        }
        // 67,904 days; about 2/7 end on a weekend plus the feestdagen: far more than 10,000 are moved.
        assertTrue(moved > 10_000, "moved " + moved);
    }

    @Test
    @DisplayName("buiten het bereik van de kalender: dezelfde fout als de vooraf gebouwde berekening")
    void sameErrors() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int errors = 0;
        for (int n = 0; n < 1_000; n++) {
            LocalDate day = random.nextBoolean()
                    ? LocalDate.of(2013, 1, 1).plusDays(random.nextInt(400))
                    : LocalDate.of(2200, 8, 1).plusDays(random.nextInt(200));
            TimeLimit limit = CalendarGenerators.timeLimit(random);
            String msg = "seed " + (SEED + 1) + ", case " + n + ": " + limit + " from " + day;
            InvalidInputException expected = null;
            TermEnd eager = null;
            try {
                eager = EagerTermEnd.computeEnd(limit, day, AtwCalendar.standard(), null, "eventDay");
            } catch (InvalidInputException e) {
                expected = e;
            }
            if (expected == null) {
                assertSame(limit.computeEnd(day, AtwCalendar.standard()), eager, msg);
            } else {
                errors++;
                InvalidInputException e = expected;
                InvalidInputException actual = assertThrows(InvalidInputException.class,
                        () -> limit.computeEnd(day, AtwCalendar.standard()), msg);
                assertEquals(e.field(), actual.field(), msg);
                assertEquals(e.constraint(), actual.constraint(), msg);
                assertEquals(e.getMessage(), actual.getMessage(), msg);
            }
        }
        assertTrue(errors > 300, "seed " + (SEED + 1) + ": errors " + errors);
    }

    @Test
    @DisplayName("elk tekstsjabloon van het pakket geeft dezelfde tekst als MessageFormat")
    void everyTemplate() {
        Object[] args = {"nul", 1, LocalDate.of(2026, 3, 21), "drie ''x''", null, "{5}"};
        int keys = 0;
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("nl.wmebv.core.time.Texts", locale);
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = bundle.getKeys(); e.hasMoreElements(); ) {
                names.add(e.nextElement());
            }
            for (String key : names) {
                keys++;
                for (int count = 0; count <= args.length; count++) {
                    Object[] some = java.util.Arrays.copyOf(args, count);
                    assertEquals(EagerTermEnd.format(locale, key, some), CalendarTexts.format(locale, key, some),
                            key + " " + locale + " with " + count + " arguments");
                }
            }
        }
        assertTrue(keys >= 40, "keys " + keys);   // 20 keys per bundle at the time of writing
    }

    @Test
    @DisplayName("24:00 van elke dag 2014–2200 (en daarbuiten): hetzelfde moment als java.time, weergegeven als LegalTime.render")
    void endOfDayRendering() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2014, 1, 1); !d.isAfter(LocalDate.of(2200, 12, 31)); d = d.plusDays(1)) {
            days.add(d);
        }
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int n = 0; n < 2_000; n++) {   // historical offsets (LMT, 1940s) and far years
            days.add(LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1800, 1, 1).toEpochDay(),
                    LocalDate.of(12000, 1, 1).toEpochDay())));
        }
        for (LocalDate d : days) {
            Instant end = LegalTime.endOfLegalDayExclusive(d);
            assertEquals(d.plusDays(1).atStartOfDay(LegalTime.AMSTERDAM).toInstant(), end, "seed " + (SEED + 2)
                    + ": " + d);
            assertEquals(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(end.atZone(LegalTime.AMSTERDAM)
                    .toOffsetDateTime()), LegalTime.render(end), "seed " + (SEED + 2) + ": " + d);
        }
    }

    @Test
    @DisplayName("gelijktijdig opgevraagd: elke draad ziet dezelfde uitleg")
    void concurrentReads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int n = 0; n < 200; n++) {
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(n);
                TermEnd shared = ObjectionTimeLimit.afterAnnouncement(day, AtwCalendar.standard()).termEnd();
                TermEnd eager = EagerTermEnd.computeEnd(ObjectionTimeLimit.TIME_LIMIT, day, AtwCalendar.standard(),
                        Provision.AWB_6_8_LID_1, "announcementDay");
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> shared.explain(Locale.ROOT) + shared.trace().render()));
                }
                String expected = EagerTermEnd.explain(eager, Locale.ROOT) + eager.trace().render();
                for (Future<String> f : results) {
                    assertEquals(expected, f.get(), "announced " + day);
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
