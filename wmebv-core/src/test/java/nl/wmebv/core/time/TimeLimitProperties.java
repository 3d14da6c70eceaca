package nl.wmebv.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ATW art. 1–4 en Awb 6:9 — eigenschappen van termijnen")
class TimeLimitProperties {
    private static final long SEED = 6_009L;
    private static final int CASES = 3_000;
    private static final AtwCalendar CAL = AtwCalendar.standard();

    private record Case(LocalDate eventDay, TimeLimit limit, TermEnd end) {
        String describe(long seed) {
            return "seed " + seed + ": " + limit + " from " + eventDay + " → " + end.unadjustedLastDay() + " / "
                    + end.lastDay();
        }
    }

    private static Case next(SplittableRandom random) {
        LocalDate day = CalendarGenerators.legalDay(random);
        TimeLimit t = CalendarGenerators.timeLimit(random);
        return new Case(day, t, t.computeEnd(day, CAL));
    }

    @Test
    @DisplayName("de ATW verschuift een laatste dag nooit naar voren; teruggerekend en uitgezonderd nooit")
    void neverEarlier() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int n = 0; n < CASES; n++) {
            Case c = next(random);
            String msg = c.describe(SEED);
            assertFalse(c.end().lastDay().isBefore(c.end().unadjustedLastDay()), msg);
            if (!c.limit().atwApplicable()) {
                assertEquals(c.end().unadjustedLastDay(), c.end().lastDay(), msg);
                assertFalse(c.end().moved(), msg);
            }
            assertEquals(c.end().lastDay(), c.limit().lastDay(c.eventDay(), CAL), msg + " (fast path)");
        }
    }

    @Test
    @DisplayName("een wettelijke termijn waarop de ATW van toepassing is eindigt op een werkdag (art. 1)")
    void endsOnWorkingDay() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int applicable = 0;
        for (int n = 0; n < CASES; n++) {
            Case c = next(random);
            if (c.limit().atwApplicable()) {
                applicable++;
                assertTrue(CAL.isWorkingDay(c.end().lastDay()), c.describe(SEED + 1));
            }
        }
        assertTrue(applicable >= 1_000, "only " + applicable + " ATW cases");
    }

    @Test
    @DisplayName("art. 2 houdt: ten minste twee werkdagen in een termijn van ten minste drie dagen, en niet langer dan nodig")
    void article2AndMinimality() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int applicable = 0;
        for (int n = 0; n < CASES; n++) {
            Case c = next(random);
            if (!c.limit().atwApplicable()) {
                continue;
            }
            applicable++;
            String msg = c.describe(SEED + 2);
            LocalDate first = c.eventDay().plusDays(1);
            boolean art2 = c.limit().unit() != TermUnit.DAYS || c.limit().amount() >= 3;
            if (art2) {
                assertTrue(workingDays(first, c.end().lastDay()) >= 2, msg);
            }
            // Minimal: no earlier day from the unadjusted last day on satisfies art. 1 and art. 2 together.
            for (LocalDate x = c.end().unadjustedLastDay(); x.isBefore(c.end().lastDay()); x = x.plusDays(1)) {
                boolean ok = CAL.isWorkingDay(x) && (!art2 || workingDays(first, x) >= 2);
                assertFalse(ok, msg + ": " + x + " would have done");
            }
        }
        assertTrue(applicable >= 1_000, "only " + applicable + " ATW cases");
    }

    @Test
    @DisplayName("het einde is het begin van de volgende wettelijke dag (24:00 Europe/Amsterdam)")
    void endIsStartOfNextLegalDay() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int n = 0; n < CASES; n++) {
            Case c = next(random);
            String msg = c.describe(SEED + 3);
            Instant end = c.end().endExclusive();
            assertEquals(LegalTime.startOfLegalDay(c.end().lastDay().plusDays(1)), end, msg);
            assertEquals(c.end().lastDay(), LegalTime.legalDay(end.minusNanos(1)), msg);
            assertEquals(c.end().lastDay().plusDays(1), LegalTime.legalDay(end), msg);
        }
    }

    @Test
    @DisplayName("een termijn in uren duurt precies n × 3.600 seconden, ook over de zomertijdgrens")
    void hoursAreElapsedTime() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        for (int n = 0; n < CASES; n++) {
            LocalDate day = CalendarGenerators.legalDay(random);
            Instant moment = LegalTime.startOfLegalDay(day).plusSeconds(random.nextInt(86_400));
            int hours = 1 + random.nextInt(96);
            TermEnd e = TimeLimit.statutory(hours, TermUnit.HOURS).computeEnd(moment, CAL);
            String msg = "seed " + (SEED + 4) + ": " + hours + " h from " + moment;
            assertEquals(Duration.ofHours(hours), Duration.between(moment, e.endExclusive()), msg);
            assertFalse(e.atwApplicable(), msg);
        }
    }

    @Test
    @DisplayName("een latere bekendmaking geeft nooit een eerdere laatste dag (Awb 6:7, 6:8)")
    void laterAnnouncementNeverEarlier() {
        SplittableRandom random = new SplittableRandom(SEED + 5);
        for (int n = 0; n < CASES; n++) {
            LocalDate day = CalendarGenerators.legalDay(random);
            LocalDate later = day.plusDays(1 + random.nextInt(3));
            LocalDate a = ObjectionTimeLimit.afterAnnouncement(day, CAL).lastDay();
            LocalDate b = ObjectionTimeLimit.afterAnnouncement(later, CAL).lastDay();
            assertFalse(b.isBefore(a), "seed " + (SEED + 5) + ": " + day + " → " + a + ", " + later + " → " + b);
        }
    }

    @Test
    @DisplayName("later ontvangen maakt te laat nooit tijdig (Awb 6:9)")
    void laterReceiptNeverHelps() {
        SplittableRandom random = new SplittableRandom(SEED + 6);
        for (int n = 0; n < CASES; n++) {
            ObjectionTimeLimit o = ObjectionTimeLimit.afterAnnouncement(CalendarGenerators.legalDay(random), CAL);
            // Receipt within ±2 days of the end, favouring the last second before and the first at 24:00.
            long offset = random.nextInt(4) == 0 ? random.nextInt(-1, 1) : random.nextInt(-172_800, 172_800);
            Instant received = o.endExclusive().plusSeconds(offset);
            Instant posted = received.minusSeconds(random.nextInt(0, 8 * 86_400));
            String msg = "seed " + (SEED + 6) + ": end " + o.endExclusive() + ", received " + received;
            SubmissionTimeliness now = o.timelinessOfReceipt(received);
            assertEquals(received.isBefore(o.endExclusive()), now.kind() == SubmissionTimeliness.Kind.TIMELY, msg);
            SubmissionTimeliness later = o.timelinessOfReceipt(received.plusSeconds(3600));
            assertFalse(now.kind() == SubmissionTimeliness.Kind.LATE
                    && later.kind() == SubmissionTimeliness.Kind.TIMELY, msg);
            SubmissionTimeliness post = o.timelinessByPost(posted, received);
            assertFalse(now.kind() == SubmissionTimeliness.Kind.TIMELY
                    && post.kind() == SubmissionTimeliness.Kind.LATE, msg + " (post never hurts)");
            assertEquals(post.kind() == SubmissionTimeliness.Kind.TIMELY && !received.isBefore(o.endExclusive()),
                    post.primaryBasis().equals(Provision.AWB_6_9_LID_2.basis())
                            && post.kind() == SubmissionTimeliness.Kind.TIMELY, msg);
        }
    }

    private static int workingDays(LocalDate from, LocalDate toInclusive) {
        int n = 0;
        for (LocalDate x = from; !x.isAfter(toInclusive); x = x.plusDays(1)) {
            n += CAL.isWorkingDay(x) ? 1 : 0;
        }
        return n;
    }
}
