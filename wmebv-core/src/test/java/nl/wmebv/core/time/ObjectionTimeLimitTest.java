package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.time.SubmissionTimeliness.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 6:7–6:9 — de bezwaartermijn en tijdige indiening")
class ObjectionTimeLimitTest {
    private static final AtwCalendar CAL = AtwCalendar.standard();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Instant i(String s) {
        return Instant.parse(s);
    }

    /**
     * Bekendmaking day → unadjusted last day (+ 42 days, same weekday) → last day after ATW art. 1, and 24:00
     * Amsterdam of that day in UTC (CET: 23:00Z, CEST: 22:00Z). Each row checked by hand against the holiday
     * table and re-checked with a python script (datetime, dateutil.easter, zoneinfo) independent of the
     * library.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Mon → Mon 23 Feb 2026, an ordinary werkdag: not moved.
                Arguments.of("2026-01-12", "2026-02-23", "2026-02-23", "2026-02-23T23:00:00Z"),
                // Sat → Sat 21 Mar 2026 → Mon 23 Mar.
                Arguments.of("2026-02-07", "2026-03-21", "2026-03-23", "2026-03-23T23:00:00Z"),
                // Sun → Sun 22 Mar 2026 → Mon 23 Mar.
                Arguments.of("2026-02-08", "2026-03-22", "2026-03-23", "2026-03-23T23:00:00Z"),
                // Goede Vrijdag 3 Apr 2026 → Sat, Sun, Mon 6 Apr Tweede Paasdag → Tue 7 Apr (CEST).
                Arguments.of("2026-02-20", "2026-04-03", "2026-04-07", "2026-04-07T22:00:00Z"),
                // Tweede Paasdag Mon 6 Apr 2026 → Tue 7 Apr.
                Arguments.of("2026-02-23", "2026-04-06", "2026-04-07", "2026-04-07T22:00:00Z"),
                // Koningsdag Mon 27 Apr 2026 → Tue 28 Apr.
                Arguments.of("2026-03-16", "2026-04-27", "2026-04-28", "2026-04-28T22:00:00Z"),
                // Koningsdag Sat 26 Apr 2025 (27 April a Sunday) → Sun 27 → Mon 28 Apr.
                Arguments.of("2025-03-15", "2025-04-26", "2025-04-28", "2025-04-28T22:00:00Z"),
                // 5 mei Tue 2026 → Wed 6 May.
                Arguments.of("2026-03-24", "2026-05-05", "2026-05-06", "2026-05-06T22:00:00Z"),
                // 5 mei Mon 2025 → Tue 6 May.
                Arguments.of("2025-03-24", "2025-05-05", "2025-05-06", "2025-05-06T22:00:00Z"),
                // Hemelvaartsdag Thu 14 May 2026 → Fri 15 May (the Friday after is a werkdag).
                Arguments.of("2026-04-02", "2026-05-14", "2026-05-15", "2026-05-15T22:00:00Z"),
                // Tweede Pinksterdag Mon 25 May 2026 → Tue 26 May.
                Arguments.of("2026-04-13", "2026-05-25", "2026-05-26", "2026-05-26T22:00:00Z"),
                // Pinksterzondag Sun 24 May 2026 → Mon 25 Tweede Pinksterdag → Tue 26 May.
                Arguments.of("2026-04-12", "2026-05-24", "2026-05-26", "2026-05-26T22:00:00Z"),
                // Eerste Kerstdag Fri 25 Dec 2026, Tweede Sat 26, Sun 27 → Mon 28 Dec (CET).
                Arguments.of("2026-11-13", "2026-12-25", "2026-12-28", "2026-12-28T23:00:00Z"),
                // Kerst on Sat 25 and Sun 26 Dec 2027 → Mon 27 Dec.
                Arguments.of("2027-11-13", "2027-12-25", "2027-12-27", "2027-12-27T23:00:00Z"),
                // Eerste Kerstdag Thu 25 Dec 2025 → Fri 26 Tweede Kerstdag, Sat, Sun → Mon 29 Dec.
                Arguments.of("2025-11-13", "2025-12-25", "2025-12-29", "2025-12-29T23:00:00Z"),
                // Tweede Kerstdag Fri 26 Dec 2025 → Mon 29 Dec.
                Arguments.of("2025-11-14", "2025-12-26", "2025-12-29", "2025-12-29T23:00:00Z"),
                // Nieuwjaarsdag Thu 1 Jan 2026, over the year end → Fri 2 Jan.
                Arguments.of("2025-11-20", "2026-01-01", "2026-01-02", "2026-01-02T23:00:00Z"),
                // Nieuwjaarsdag Fri 1 Jan 2027 → Sat, Sun → Mon 4 Jan.
                Arguments.of("2026-11-20", "2027-01-01", "2027-01-04", "2027-01-04T23:00:00Z"),
                // Nieuwjaarsdag Sat 1 Jan 2028 → Sun → Mon 3 Jan.
                Arguments.of("2027-11-20", "2028-01-01", "2028-01-03", "2028-01-03T23:00:00Z"),
                // Over the year end onto an ordinary Wednesday: not moved.
                Arguments.of("2025-12-17", "2026-01-28", "2026-01-28", "2026-01-28T23:00:00Z"),
                // Goede Vrijdag 18 Apr 2025 → Mon 21 Tweede Paasdag → Tue 22 Apr.
                Arguments.of("2025-03-07", "2025-04-18", "2025-04-22", "2025-04-22T22:00:00Z"),
                // Goede Vrijdag 26 Mar 2027 → Mon 29 Tweede Paasdag → Tue 30 Mar (summer time from 28 Mar).
                Arguments.of("2027-02-12", "2027-03-26", "2027-03-30", "2027-03-30T22:00:00Z"),
                // Hemelvaartsdag Thu 29 May 2025 → Fri 30 May.
                Arguments.of("2025-04-17", "2025-05-29", "2025-05-30", "2025-05-30T22:00:00Z"),
                // Tweede Pinksterdag Mon 9 Jun 2025 → Tue 10 Jun.
                Arguments.of("2025-04-28", "2025-06-09", "2025-06-10", "2025-06-10T22:00:00Z"),
                // 5 mei Wed 2027 → Thu 6 May Hemelvaartsdag → Fri 7 May.
                Arguments.of("2027-03-24", "2027-05-05", "2027-05-07", "2027-05-07T22:00:00Z"),
                // Koningsdag Tue 27 Apr 2027 → Wed 28 Apr.
                Arguments.of("2027-03-16", "2027-04-27", "2027-04-28", "2027-04-28T22:00:00Z"),
                // Sun 29 Mar 2026, the 23-hour day → Mon 30 Mar, first full CEST day: ends 22:00Z.
                Arguments.of("2026-02-15", "2026-03-29", "2026-03-30", "2026-03-30T22:00:00Z"),
                // Sat 24 Oct 2026 → Sun 25 (25 hours) → Mon 26 Oct, CET again: ends 23:00Z.
                Arguments.of("2026-09-12", "2026-10-24", "2026-10-26", "2026-10-26T23:00:00Z"));
    }

    @ParameterizedTest(name = "bekendgemaakt {0}: {1} → {2}")
    @MethodSource("cases")
    @DisplayName("Awb 6:7, 6:8 lid 1 en ATW 1 — laatste dag van de bezwaartermijn")
    void lastDay(String announced, String unadjusted, String lastDay, String end) {
        ObjectionTimeLimit t = ObjectionTimeLimit.afterAnnouncement(d(announced), CAL);
        assertEquals(d(announced), t.announcementDay());
        assertEquals(d(unadjusted), t.termEnd().unadjustedLastDay());
        assertEquals(d(lastDay), t.lastDay());
        assertEquals(i(end), t.endExclusive());
        assertEquals(Provision.AWB_6_7.basis(), t.termEnd().primaryBasis());
        assertEquals(Provision.AWB_6_8_LID_1.basis(), t.termEnd().legalBasis().get(1));
        assertEquals(!unadjusted.equals(lastDay), t.termEnd().legalBasis().contains(Provision.ATW_1_LID_1.basis()));
        assertEquals(d(lastDay), ObjectionTimeLimit.TIME_LIMIT.lastDay(d(announced), CAL), "fast path");
    }

    @Test
    @DisplayName("de trace begint bij de dag na de bekendmaking (Awb 6:8 lid 1)")
    void traceStartsTheDayAfter() {
        ObjectionTimeLimit t = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
        assertEquals("timelimit.start", t.termEnd().trace().steps().get(0).finding());
        assertEquals(Provision.AWB_6_8_LID_1.basis(), t.termEnd().trace().steps().get(0).basis());
        assertEquals("2026-02-08", t.termEnd().trace().steps().get(0).facts().get("firstDay"));
        assertEquals(t, ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL));
        assertEquals(t.hashCode(), ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL).hashCode());
        assertTrue(t.toString().contains("2026-03-23"));
    }

    @Test
    @DisplayName("ATW 3 lid 3 — een gelijkgestelde dag verschuift de laatste dag")
    void equatedDayMovesLastDay() {
        // Mon 2026-02-23 + 6 weeks = Mon 2026-04-06 Tweede Paasdag → Tue 04-07; equate Tue 04-07 → Wed 04-08.
        AtwCalendar cal = CAL.withEquatedDay(EquatedDay.of(d("2026-04-07"), "Stcrt. 2026, 4242", "Voorbeelddag"));
        ObjectionTimeLimit t = ObjectionTimeLimit.afterAnnouncement(d("2026-02-23"), cal);
        assertEquals(d("2026-04-08"), t.lastDay());
        assertTrue(t.termEnd().trace().cites(Provision.ATW_3_LID_3.basis()));
    }

    @Nested
    @DisplayName("Awb 6:9 lid 1 — tijdig indien voor het einde van de termijn ontvangen")
    class Lid1 {
        /** Last day, receipt moment, expected kind; end instants as in cases(). */
        static Stream<Arguments> boundaries() {
            return Stream.of(
                    // Bekendmaking Sat 2026-02-07: last day Mon 23 Mar (CET), ends 2026-03-23T23:00Z.
                    Arguments.of("2026-02-07", "2026-03-23T22:59:59.999999999Z", Kind.TIMELY),
                    Arguments.of("2026-02-07", "2026-03-23T23:00:00Z", Kind.LATE),
                    // Receipt long before the end, and even before the term starts (6:10 not judged).
                    Arguments.of("2026-02-07", "2026-02-07T10:00:00Z", Kind.TIMELY),
                    // Sun 2026-02-15: last day Mon 30 Mar, the first CEST Monday: ends 2026-03-30T22:00Z, not 23:00Z.
                    Arguments.of("2026-02-15", "2026-03-30T21:59:59Z", Kind.TIMELY),
                    Arguments.of("2026-02-15", "2026-03-30T22:00:00Z", Kind.LATE),
                    Arguments.of("2026-02-15", "2026-03-30T22:30:00Z", Kind.LATE),
                    // Sat 2026-09-12: last day Mon 26 Oct, after the 25-hour Sunday: CET, ends 2026-10-26T23:00Z.
                    Arguments.of("2026-09-12", "2026-10-26T22:59:59Z", Kind.TIMELY),
                    Arguments.of("2026-09-12", "2026-10-26T23:00:00Z", Kind.LATE),
                    // Fri 2026-09-11: last day Fri 23 Oct, still CEST: ends 2026-10-23T22:00Z.
                    Arguments.of("2026-09-11", "2026-10-23T21:59:59Z", Kind.TIMELY),
                    Arguments.of("2026-09-11", "2026-10-23T22:00:00Z", Kind.LATE),
                    // Fri 2026-02-13: last day Fri 27 Mar, the last CET day before the change: ends 23:00Z.
                    Arguments.of("2026-02-13", "2026-03-27T22:59:59Z", Kind.TIMELY),
                    Arguments.of("2026-02-13", "2026-03-27T23:00:00Z", Kind.LATE));
        }

        @ParameterizedTest(name = "bekendgemaakt {0}, ontvangen {1} → {2}")
        @MethodSource("boundaries")
        @DisplayName("de grens is 24:00 lokale tijd van de laatste dag")
        void boundary(String announced, String receivedAt, Kind expected) {
            SubmissionTimeliness t = ObjectionTimeLimit.afterAnnouncement(d(announced), CAL)
                    .timelinessOfReceipt(i(receivedAt));
            assertEquals(expected, t.kind());
            assertEquals(Provision.AWB_6_9_LID_1.basis(), t.primaryBasis());
            assertEquals(Optional.empty(), t.postedAt());
            assertTrue(t.trace().cites(Provision.AWB_6_7.basis()));
            Class<?> type = expected == Kind.TIMELY ? SubmissionTimeliness.Timely.class
                    : SubmissionTimeliness.Late.class;
            assertInstanceOf(type, t);
        }

        @Test
        @DisplayName("uitleg en trace tonen de laatste dag en het ontvangstmoment met UTC-offset")
        void explanation() {
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
            SubmissionTimeliness late = o.timelinessOfReceipt(i("2026-03-23T23:00:00Z"));
            // 23:00Z on 23 March = 00:00 CET on 24 March.
            assertEquals("Niet tijdig ingediend: ontvangen op 2026-03-24T00:00:00+01:00, na het einde van de termijn"
                    + " op maandag 23 maart 2026 om 24:00 (2026-03-24T00:00:00+01:00) (artikel 6:9, eerste lid, van de"
                    + " Algemene wet bestuursrecht).", late.explain(Locale.ROOT));
            assertEquals("Late: received at 2026-03-24T00:00:00+01:00, after the end of the time limit on Monday"
                    + " 2026-03-23 at 24:00 (2026-03-24T00:00:00+01:00) (Awb art. 6:9(1)).", late.explain(Locale.ENGLISH));
            assertEquals(Duration.ZERO, ((SubmissionTimeliness.Late) late).lateBy());
            var step = late.trace().steps().get(late.trace().steps().size() - 1);
            assertEquals("2026-03-23", step.facts().get("lastDay"));
            assertEquals("2026-03-24T00:00:00+01:00", step.facts().get("receivedAt"));
            SubmissionTimeliness timely = o.timelinessOfReceipt(i("2026-03-23T22:59:59Z"));
            assertTrue(timely.explain(Locale.ROOT).startsWith("Tijdig ingediend: ontvangen op 2026-03-23T23:59:59+01:00"),
                    timely.explain(Locale.ROOT));
        }
    }

    @Nested
    @DisplayName("Awb 6:9 lid 2 — per post: voor het einde ter post bezorgd en binnen een week ontvangen")
    class Lid2 {
        /**
         * Bekendmaking Sat 2026-02-07: last day Mon 23 Mar 2026, ends 23:00Z (CET). One week after: 24:00 on
         * Mon 30 Mar, by then CEST: 2026-03-30T22:00Z.
         */
        static Stream<Arguments> post() {
            return Stream.of(
                    // Posted 21:00 CET on the last day, received the next Friday: lid 2.
                    Arguments.of("2026-03-23T20:00:00Z", "2026-03-27T09:00:00Z", Kind.TIMELY, Provision.AWB_6_9_LID_2),
                    // Received on the last moment of the week of grace (23:59:59 CEST on 30 March).
                    Arguments.of("2026-03-23T20:00:00Z", "2026-03-30T21:59:59Z", Kind.TIMELY, Provision.AWB_6_9_LID_2),
                    // Received at 24:00 on 30 March: more than a week after the end.
                    Arguments.of("2026-03-23T20:00:00Z", "2026-03-30T22:00:00Z", Kind.LATE, Provision.AWB_6_9_LID_2),
                    // Posted at 24:00 on the last day: not before the end.
                    Arguments.of("2026-03-23T23:00:00Z", "2026-03-24T09:00:00Z", Kind.LATE, Provision.AWB_6_9_LID_2),
                    // Posted and received within the term: lid 1 suffices.
                    Arguments.of("2026-03-20T09:00:00Z", "2026-03-23T09:00:00Z", Kind.TIMELY, Provision.AWB_6_9_LID_1));
        }

        @ParameterizedTest(name = "gepost {0}, ontvangen {1} → {2}")
        @MethodSource("post")
        @DisplayName("de postregel")
        void byPost(String postedAt, String receivedAt, Kind expected, Provision primary) {
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
            SubmissionTimeliness t = o.timelinessByPost(i(postedAt), i(receivedAt));
            assertEquals(expected, t.kind());
            assertEquals(primary.basis(), t.primaryBasis());
            assertEquals(Optional.of(i(postedAt)), t.postedAt());
            assertEquals(i("2026-03-30T22:00:00Z"), t.postalReceiptDeadline());
            assertTrue(t.legalBasis().contains(Provision.AWB_6_9_LID_1.basis()));
            assertTrue(t.legalBasis().contains(Provision.AWB_6_9_LID_2.basis()));
        }

        @Test
        @DisplayName("uitleg noemt welke voorwaarde ontbrak")
        void explanations() {
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
            String timely = o.timelinessByPost(i("2026-03-23T20:00:00Z"), i("2026-03-27T09:00:00Z"))
                    .explain(Locale.ROOT);
            assertTrue(timely.startsWith("Tijdig ingediend: ter post bezorgd op 2026-03-23T21:00:00+01:00"), timely);
            assertTrue(timely.contains("(vóór 2026-03-31T00:00:00+02:00)"), timely);
            String latePosted = o.timelinessByPost(i("2026-03-23T23:00:00Z"), i("2026-03-24T09:00:00Z"))
                    .explain(Locale.ENGLISH);
            assertTrue(latePosted.startsWith("Late: posted at 2026-03-24T00:00:00+01:00, not before the end"),
                    latePosted);
            String lateReceived = o.timelinessByPost(i("2026-03-23T20:00:00Z"), i("2026-03-30T22:00:00Z"))
                    .explain(Locale.ROOT);
            assertTrue(lateReceived.contains("later dan een week na afloop van de termijn"), lateReceived);
        }

        @Test
        @DisplayName("gepost na ontvangst kan niet")
        void postedAfterReceipt() {
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> o.timelinessByPost(i("2026-03-24T09:00:00Z"), i("2026-03-24T08:00:00Z")));
            assertEquals("postedAt", e.field());
            assertEquals("notAfterReceivedAt", e.constraint());
        }
    }

    @Nested
    @DisplayName("Ongeldige invoer")
    class BadInput {
        @Test
        @DisplayName("null en buiten het kalenderbereik noemen het veld")
        void factory() {
            assertField("announcementDay", "notNull", () -> ObjectionTimeLimit.afterAnnouncement(null, CAL));
            assertField("calendar", "notNull", () -> ObjectionTimeLimit.afterAnnouncement(d("2026-01-01"), null));
            assertField("announcementDay", "verifiedRange",
                    () -> ObjectionTimeLimit.afterAnnouncement(d("2013-06-01"), CAL));
            // 2200-12-01 + 42 days = 2201-01-12.
            assertField("announcementDay", "range", () -> ObjectionTimeLimit.afterAnnouncement(d("2200-12-01"), CAL));
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL);
            assertField("receivedAt", "notNull", () -> o.timelinessOfReceipt(null));
            assertField("postedAt", "notNull", () -> o.timelinessByPost(null, i("2026-03-24T09:00:00Z")));
            assertField("receivedAt", "notNull", () -> o.timelinessByPost(i("2026-03-24T09:00:00Z"), null));
            assertField("locale", "notNull", () -> o.termEnd().explain(null));
            assertField("locale", "notNull", () -> o.timelinessOfReceipt(i("2026-03-23T09:00:00Z")).explain(null));
            assertField("locale", "notNull", () -> CAL.publicHoliday(d("2026-04-06")).orElseThrow().name(null));
        }

        @Test
        @DisplayName("een uitkomst die zichzelf tegenspreekt wordt geweigerd")
        void inconsistentOutcome() {
            SubmissionTimeliness t = ObjectionTimeLimit.afterAnnouncement(d("2026-02-07"), CAL)
                    .timelinessOfReceipt(i("2026-03-23T09:00:00Z"));
            assertField("receivedAt", "late", () -> new SubmissionTimeliness.Late(t.lastDay(), t.endExclusive(),
                    t.receivedAt(), Optional.empty(), t.legalBasis(), t.trace()));
            assertField("receivedAt", "timely", () -> new SubmissionTimeliness.Timely(t.lastDay(), t.endExclusive(),
                    t.endExclusive(), Optional.empty(), t.legalBasis(), t.trace()));
            assertField("endExclusive", "endOfLastDay", () -> new SubmissionTimeliness.Timely(t.lastDay(),
                    t.endExclusive().plusSeconds(1), t.receivedAt(), Optional.empty(), t.legalBasis(), t.trace()));
            assertField("legalBasis", "notEmpty", () -> new SubmissionTimeliness.Timely(t.lastDay(),
                    t.endExclusive(), t.receivedAt(), Optional.empty(), List.of(), t.trace()));
            assertField("postedAt", "notAfterReceivedAt", () -> new SubmissionTimeliness.Timely(t.lastDay(),
                    t.endExclusive(), t.receivedAt(), Optional.of(t.receivedAt().plusSeconds(1)), t.legalBasis(),
                    t.trace()));
            assertField("trace", "notNull", () -> new SubmissionTimeliness.Timely(t.lastDay(),
                    t.endExclusive(), t.receivedAt(), Optional.empty(), t.legalBasis(), null));
        }
    }

    private static void assertField(String field, String constraint, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(constraint, e.constraint(), e.getMessage());
    }
}
