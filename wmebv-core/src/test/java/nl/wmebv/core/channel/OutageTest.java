package nl.wmebv.core.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.message.ComponentChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 2:21 — storingen van een kanaal")
class OutageTest {

    static final ChannelId PORTAL = ChannelId.of("portaal");
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant END = Instant.parse("2026-03-02T12:00:00Z");
    static final Outage CLOSED = Outage.of(PORTAL, START, END, true);
    static final Outage OPEN = Outage.ofOpenEnded(PORTAL, START, false);

    static Instant t(String hhmmss) {
        return Instant.parse("2026-03-02T" + hhmmss + "Z");
    }

    @Nested
    @DisplayName("Validatie")
    class Validation {
        @Test
        @DisplayName("geldige storing, beëindigd en lopend; null in elk veld wordt geweigerd met die veldnaam")
        void validAndNulls() {
            ComponentChecks.assertValidAndEachNullRejected(Outage.class, PORTAL, START, Optional.of(END), true);
            ComponentChecks.assertValidAndEachNullRejected(Outage.class, PORTAL, START, Optional.empty(), false);
        }

        @Test
        @DisplayName("einde gelijk aan of voor het begin: alleen de constructor weigert, veld end")
        void endNotAfterStart() {
            ValidationAgreement.assertConstructorOnlyRejection(Outage.class, "end", PORTAL, START, Optional.of(START),
                    false);
            ValidationAgreement.assertConstructorOnlyRejection(Outage.class, "end", PORTAL, END, Optional.of(START),
                    false);
        }

        @Test
        @DisplayName("een venster dat eindigt voor het begint wordt geweigerd met veld to")
        void badWindow() {
            assertEquals("to", assertThrows(InvalidInputException.class, () -> CLOSED.overlap(END, START)).field());
            assertEquals("to", assertThrows(InvalidInputException.class, () -> CLOSED.overlaps(END, START)).field());
            assertEquals("from", assertThrows(InvalidInputException.class, () -> CLOSED.overlaps(null, START)).field());
        }
    }

    @Nested
    @DisplayName("Halfopen periode [start, end)")
    class Covers {
        @Test
        @DisplayName("op het begin gestoord, op het einde weer bereikbaar")
        void bounds() {
            assertFalse(CLOSED.covers(START.minusNanos(1)));
            assertTrue(CLOSED.covers(START));
            assertTrue(CLOSED.covers(END.minusNanos(1)));
            assertFalse(CLOSED.covers(END));
            assertTrue(OPEN.covers(Instant.parse("2999-01-01T00:00:00Z")));
            assertTrue(OPEN.isOpenEnded());
            assertFalse(CLOSED.isOpenEnded());
        }
    }

    @Nested
    @DisplayName("Overlap met een venster [from, to), in verstreken tijd")
    class Overlap {
        static Stream<Arguments> windows() {
            return Stream.of(
                // outage [10:00, 12:00) or open from 10:00; intersection computed by hand
                Arguments.of(CLOSED, t("08:00:00"), t("10:00:00"), Duration.ZERO),          // ends where outage starts
                Arguments.of(CLOSED, t("08:00:00"), t("10:00:01"), Duration.ofSeconds(1)),  // one second in
                Arguments.of(CLOSED, t("11:00:00"), t("13:00:00"), Duration.ofHours(1)),    // 11:00-12:00
                Arguments.of(CLOSED, t("12:00:00"), t("14:00:00"), Duration.ZERO),          // starts where it ends
                Arguments.of(CLOSED, t("09:00:00"), t("13:00:00"), Duration.ofHours(2)),    // contains the outage
                Arguments.of(CLOSED, t("10:30:00"), t("11:00:00"), Duration.ofMinutes(30)), // inside the outage
                Arguments.of(CLOSED, t("11:00:00"), t("11:00:00"), Duration.ZERO),          // empty window
                Arguments.of(OPEN, t("09:00:00"), t("13:00:00"), Duration.ofHours(3)),      // 10:00-13:00
                Arguments.of(OPEN, t("08:00:00"), t("10:00:00"), Duration.ZERO),            // before it began
                // legal day 2026-03-29 (spring DST): 2026-03-28T23:00Z to 2026-03-29T22:00Z is 23 h, STYLE §4
                Arguments.of(Outage.ofOpenEnded(PORTAL, Instant.parse("2026-03-28T23:00:00Z"), false),
                        Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z"),
                        Duration.ofHours(23)));
        }

        @ParameterizedTest(name = "[{1}, {2}) → {3}")
        @MethodSource("windows")
        void overlap(Outage outage, Instant from, Instant to, Duration expected) {
            assertEquals(expected, outage.overlap(from, to));
            assertEquals(!expected.isZero(), outage.overlaps(from, to));
        }

        @Test
        @DisplayName("twee storingen overlappen als zij een moment delen")
        void outagesOverlap() {
            assertTrue(CLOSED.overlaps(Outage.of(ChannelId.of("mail"), t("11:59:59"), t("13:00:00"), false)));
            assertFalse(CLOSED.overlaps(Outage.of(ChannelId.of("mail"), END, t("13:00:00"), false)));
            assertFalse(CLOSED.overlaps(Outage.ofOpenEnded(ChannelId.of("mail"), END, false)));
            assertTrue(OPEN.overlaps(Outage.ofOpenEnded(ChannelId.of("mail"), t("23:00:00"), false)));
            assertTrue(Outage.of(PORTAL, t("08:00:00"), t("10:00:01"), false).overlaps(OPEN));
            assertEquals("other", assertThrows(InvalidInputException.class, () -> CLOSED.overlaps((Outage) null)).field());
        }
    }
}
