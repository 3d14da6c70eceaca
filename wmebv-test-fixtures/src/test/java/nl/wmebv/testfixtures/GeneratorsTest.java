package nl.wmebv.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.ExtensionStatus;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundOutcome;
import nl.wmebv.rules.inbound.ScopeOutcome;
import nl.wmebv.rules.outbound.NotificationDuty;
import nl.wmebv.rules.outbound.OutboundStatus;
import nl.wmebv.rules.outbound.TimeOfSending;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The generators: reproducible from a seed, size-controlled, and reaching every legal branch. */
@DisplayName("Generatoren — reproduceerbaar, begrensd en dekkend")
class GeneratorsTest {
    private static final long SEED = 20260101L;

    @Nested
    @DisplayName("zaad en omvang")
    class SeedAndSize {
        @Test
        @DisplayName("hetzelfde zaad geeft dezelfde waarden, een ander zaad andere")
        void reproducible() {
            List<String> a = InboundCases.any().map(f -> f.message() + "@" + f.message().receivedAt())
                    .samples(SEED, Size.MEDIUM, 50).toList();
            List<String> b = InboundCases.any().map(f -> f.message() + "@" + f.message().receivedAt())
                    .samples(SEED, Size.MEDIUM, 50).toList();
            List<String> c = InboundCases.any().map(f -> f.message() + "@" + f.message().receivedAt())
                    .samples(SEED + 1, Size.MEDIUM, 50).toList();
            assertEquals(a, b);
            assertTrue(!a.equals(c), "seed " + SEED);
            assertEquals(Registers.any().next(Source.of(7, Size.LARGE)), Registers.any().next(Source.of(7, Size.LARGE)));
        }

        @Test
        @DisplayName("LARGE haalt registers van realistische omvang (tot 400 berichttypen), SMALL blijft klein")
        void sizeControl() {
            int largest = Registers.any().samples(SEED, Size.LARGE, 60).mapToInt(r -> r.messageTypes().size()).max()
                    .orElseThrow();
            assertTrue(largest > 300 && largest <= 400, "seed " + SEED + ": largest " + largest);
            assertTrue(Registers.any().samples(SEED, Size.SMALL, 200).allMatch(r -> r.messageTypes().size() <= 8
                    && r.channels().size() <= 4), "seed " + SEED);
        }

        @Test
        @DisplayName("between en oneIn weigeren een lege of negatieve reeks met de naam van het veld")
        void badInput() {
            Source s = Source.of(SEED);
            assertEquals("to", assertThrows(InvalidInputException.class, () -> s.between(3, 2)).field());
            assertEquals("to", assertThrows(InvalidInputException.class, () -> s.between(3L, 2L)).field());
            assertEquals("n", assertThrows(InvalidInputException.class, () -> s.oneIn(0)).field());
            assertEquals("choices", assertThrows(InvalidInputException.class, () -> s.oneOf(List.of())).field());
            assertEquals("size", assertThrows(InvalidInputException.class, () -> Source.of(1, null)).field());
            assertEquals("toExclusive", assertThrows(InvalidInputException.class,
                    () -> Instants.between(Instant.EPOCH, Instant.EPOCH)).field());
            assertEquals("to", assertThrows(InvalidInputException.class,
                    () -> LegalDays.between(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))).field());
            assertEquals("count", assertThrows(InvalidInputException.class,
                    () -> Registers.any().samples(SEED, Size.SMALL, -1)).field());
            assertEquals("register", assertThrows(InvalidInputException.class,
                    () -> InboundCases.messagesTo(null)).field());
        }

        @Test
        @DisplayName("between blijft binnen [van, tot] en raakt beide grenzen")
        void betweenIsClosed() {
            Source s = Source.of(SEED);
            Set<Integer> seen = new java.util.HashSet<>();
            for (int i = 0; i < 1_000; i++) {
                int v = s.between(-2, 2);
                assertTrue(v >= -2 && v <= 2, "seed " + SEED + ": " + v);
                seen.add(v);
            }
            assertEquals(Set.of(-2, -1, 0, 1, 2), seen, "seed " + SEED);
        }
    }

    @Nested
    @DisplayName("tijdstippen en dagen")
    class Moments {
        @Test
        @DisplayName("de moeilijke momenten komen voor: rond middernacht, DST-wissels en feestdagen")
        void hardMomentsOccur() {
            List<Instant> near = Instants.nearLegalMidnight().samples(SEED, Size.MEDIUM, 1_000).toList();
            assertTrue(near.stream().allMatch(t -> {
                Instant start = LegalTime.startOfLegalDay(LegalTime.legalDay(t.plusSeconds(3)));
                return Math.abs(t.getEpochSecond() - start.getEpochSecond()) <= 3;
            }), "seed " + SEED);
            long shortDays = Instants.nearDstChange().samples(SEED, Size.MEDIUM, 1_000)
                    .map(LegalTime::legalDay).filter(d -> LegalTime.legalDayLength(d).toHours() != 24).count();
            assertTrue(shortDays > 300, "seed " + SEED + ": " + shortDays + " moments on a 23- or 25-hour day");
            long before = Instants.wmebvEra().samples(SEED, Size.MEDIUM, 1_000)
                    .filter(t -> LegalTime.legalDay(t).isBefore(LocalDate.of(2026, 1, 1))).count();
            assertTrue(before > 50 && before < 500, "seed " + SEED + ": " + before + " before the Wmebv");
        }
    }

    @Nested
    @DisplayName("dekking van de beslisbomen")
    class Coverage {
        @Test
        @DisplayName("inkomend: elke uitkomst van 2:16, elk regime en elke stand van 2:23 komt vaak voor")
        void inbound() {
            Map<WrongChannelOutcome.Kind, Integer> kinds = new EnumMap<>(WrongChannelOutcome.Kind.class);
            Map<ScopeOutcome.Kind, Integer> scopes = new EnumMap<>(ScopeOutcome.Kind.class);
            Set<ExtensionStatus> extensions = EnumSet.noneOf(ExtensionStatus.class);
            InboundCases.any().samples(SEED, Size.MEDIUM, 1_000).forEach(f -> {
                InboundOutcome out = InboundAssessment.of().assess(f);
                scopes.merge(out.scope().kind(), 1, Integer::sum);
                out.wrongChannel().ifPresent(w -> kinds.merge(w.kind(), 1, Integer::sum));
                extensions.add(out.termEffects().extension());
            });
            for (WrongChannelOutcome.Kind k : WrongChannelOutcome.Kind.values()) {
                if (k != WrongChannelOutcome.Kind.NOT_FORMAL) {
                    assertTrue(kinds.getOrDefault(k, 0) >= 20, "seed " + SEED + ": " + kinds);
                }
            }
            for (ScopeOutcome.Kind k : ScopeOutcome.Kind.values()) {
                assertTrue(scopes.getOrDefault(k, 0) >= 5, "seed " + SEED + ": " + scopes);
            }
            assertEquals(EnumSet.allOf(ExtensionStatus.class), extensions, "seed " + SEED);
        }

        @Test
        @DisplayName("termijnadministratie: elke uitkomst komt vaak voor")
        void ledger() {
            Map<SubmissionAssessment.Kind, Integer> kinds = new EnumMap<>(SubmissionAssessment.Kind.class);
            LedgerCases.any().samples(SEED, Size.MEDIUM, 1_000)
                    .forEach(c -> kinds.merge(c.ledger().assess(c.submission()).kind(), 1, Integer::sum));
            for (SubmissionAssessment.Kind k : SubmissionAssessment.Kind.values()) {
                assertTrue(kinds.getOrDefault(k, 0) >= 20, "seed " + SEED + ": " + kinds);
            }
        }

        @Test
        @DisplayName("uitgaand: elk tijdstip van verzending, elke stand van de kennisgeving en elke status")
        void outbound() {
            Set<TimeOfSending.Kind> sending = EnumSet.noneOf(TimeOfSending.Kind.class);
            Set<NotificationDuty.Status> duties = EnumSet.noneOf(NotificationDuty.Status.class);
            Set<OutboundStatus.Kind> statuses = EnumSet.noneOf(OutboundStatus.Kind.class);
            OutboundCases.any().samples(SEED, Size.MEDIUM, 1_000).forEach(c -> {
                var l = c.lifecycle();
                for (Instant at : c.probes()) {
                    OutboundStatus s = l.statusAt(at);
                    sending.add(s.timeOfSending().kind());
                    statuses.add(s.kind());
                    s.notificationDuties().forEach(d -> duties.add(d.status()));
                }
            });
            assertEquals(EnumSet.allOf(TimeOfSending.Kind.class), sending, "seed " + SEED);
            assertEquals(EnumSet.allOf(NotificationDuty.Status.class), duties, "seed " + SEED);
            assertEquals(EnumSet.allOf(OutboundStatus.Kind.class), statuses, "seed " + SEED);
        }

        @Test
        @DisplayName("registers: elk register is geldig en kent de typen en kanalen van zijn berichten")
        void registers() {
            for (DesignationRegister r : Registers.any().samples(SEED, Size.MEDIUM, 200).toList()) {
                var m = InboundCases.messagesTo(r).next(Source.of(SEED));
                assertEquals(m.type(), r.messageType(m.type()).id());
                assertEquals(m.channel(), r.channel(m.channel()).id());
            }
        }
    }
}
