package nl.wmebv.core.designation;

import nl.wmebv.core.channel.ChannelId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.message.ComponentChecks;
import nl.wmebv.core.message.MessageTypeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Awb 2:13 lid 2 — aanwijzing van een wijze van verzending per type bericht")
class DesignationTest {

    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaar");
    static final ChannelId PORTAL = ChannelId.of("portaal");
    /** 2026-01-01 00:00 CET. */
    static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");
    /** 2026-07-01 00:00 CEST. */
    static final Instant TO = Instant.parse("2026-06-30T22:00:00Z");
    static final DesignationInstrument DECISION = DesignationInstrument.byDecision("Gmb. 2025, 500000");

    static Object[] args(Set<ChannelId> channels, Instant from, Optional<Instant> to) {
        return new Object[] {BEZWAAR, channels, from, to, DECISION, FurtherRequirements.NONE};
    }

    @Nested
    @DisplayName("Het instrument: bij wettelijk voorschrift of bij besluit")
    class Instrument {
        @Test
        @DisplayName("geldig instrument; null in elk veld wordt geweigerd met die veldnaam")
        void validAndNulls() {
            ComponentChecks.assertValidAndEachNullRejected(DesignationInstrument.class,
                    DesignationInstrument.Kind.BY_STATUTE, "Subsidieverordening art. 5");
        }

        @Test
        @DisplayName("de fabrieken zetten de soort; de verwijzing wordt zonder witruimte bewaard")
        void factories() {
            assertEquals(new DesignationInstrument(DesignationInstrument.Kind.BY_STATUTE, "Wet X art. 1"),
                    DesignationInstrument.byStatute(" Wet X art. 1 "));
            assertEquals(DesignationInstrument.Kind.BY_DECISION, DECISION.kind());
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", " "})
        @DisplayName("een lege verwijzing wordt geweigerd met veld reference, zoals de annotaties zeggen")
        void blankReference(String reference) {
            assertEquals("reference", assertThrows(InvalidInputException.class,
                    () -> DesignationInstrument.byDecision(reference)).field());
            ValidationAgreement.assertAgree(DesignationInstrument.class, DesignationInstrument.Kind.BY_DECISION,
                    reference);
        }
    }

    @Nested
    @DisplayName("Validatie")
    class Validation {
        @Test
        @DisplayName("geldige aanwijzing, begrensd en open; null in elk veld wordt geweigerd met die veldnaam")
        void validAndNulls() {
            ComponentChecks.assertValidAndEachNullRejected(Designation.class, args(Set.of(PORTAL), FROM, Optional.of(TO)));
            ComponentChecks.assertValidAndEachNullRejected(Designation.class, args(Set.of(PORTAL), FROM, Optional.empty()));
        }

        @Test
        @DisplayName("zonder kanaal geweigerd met veld channels, zoals de annotaties zeggen")
        void noChannel() {
            assertEquals("channels", assertThrows(InvalidInputException.class,
                    () -> Designation.of(BEZWAAR, Set.of(), FROM, DECISION)).field());
            ValidationAgreement.assertAgree(Designation.class, args(Set.of(), FROM, Optional.empty()));
        }

        @Test
        @DisplayName("een ontbrekend kanaal wordt geweigerd met veld channels, zoals de annotaties zeggen")
        void nullChannel() {
            Set<ChannelId> withNull = new HashSet<>(Arrays.asList(PORTAL, null));
            assertEquals("channels", assertThrows(InvalidInputException.class,
                    () -> Designation.of(BEZWAAR, withNull, FROM, DECISION)).field());
            ValidationAgreement.assertAgree(Designation.class, args(withNull, FROM, Optional.empty()));
        }

        @Test
        @DisplayName("einde gelijk aan of voor het begin: alleen de constructor weigert, veld validTo")
        void endNotAfterStart() {
            ValidationAgreement.assertConstructorOnlyRejection(Designation.class, "validTo",
                    args(Set.of(PORTAL), FROM, Optional.of(FROM)));
            ValidationAgreement.assertConstructorOnlyRejection(Designation.class, "validTo",
                    args(Set.of(PORTAL), FROM, Optional.of(FROM.minusNanos(1))));
            assertEquals("validTo", assertThrows(InvalidInputException.class,
                    () -> Designation.of(BEZWAAR, Set.of(PORTAL), FROM, DECISION).withValidTo(null)).field());
        }

        @Test
        @DisplayName("de kanalen worden gekopieerd")
        void channelsCopied() {
            Set<ChannelId> channels = new HashSet<>(Set.of(PORTAL));
            Designation d = Designation.of(BEZWAAR, channels, FROM, DECISION);
            channels.add(ChannelId.of("email"));
            assertEquals(Set.of(PORTAL), d.channels());
        }
    }

    @Nested
    @DisplayName("Geldigheid: halfopen [validFrom, validTo)")
    class Validity {
        final Designation bounded = Designation.of(BEZWAAR, Set.of(PORTAL), FROM, DECISION).withValidTo(TO);

        @Test
        @DisplayName("precies op validFrom geldig, 1 ns ervoor niet")
        void atStart() {
            assertTrue(bounded.isValidAt(FROM));
            assertFalse(bounded.isValidAt(FROM.minusNanos(1)));
        }

        @Test
        @DisplayName("precies op validTo niet meer geldig, 1 ns ervoor wel")
        void atEnd() {
            assertFalse(bounded.isValidAt(TO));
            assertTrue(bounded.isValidAt(TO.minusNanos(1)));
        }

        @Test
        @DisplayName("een open aanwijzing geldt ook in de verre toekomst")
        void openEnded() {
            assertTrue(Designation.of(BEZWAAR, Set.of(PORTAL), FROM, DECISION).isValidAt(Instant.parse("2999-01-01T00:00:00Z")));
        }

        @Test
        @DisplayName("withRequirements vervangt alleen de nadere eisen")
        void withRequirements() {
            FurtherRequirements r = FurtherRequirements.NONE.withMaxTotalSize(5);
            Designation d = bounded.withRequirements(r);
            assertEquals(r, d.requirements());
            assertEquals(bounded.validTo(), d.validTo());
            assertEquals("at", assertThrows(InvalidInputException.class, () -> d.isValidAt(null)).field());
        }
    }
}
