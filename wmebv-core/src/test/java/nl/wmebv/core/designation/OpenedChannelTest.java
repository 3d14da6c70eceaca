package nl.wmebv.core.designation;

import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.message.ComponentChecks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Awb 2:14 — opengestelde weg voor andere berichten")
class OpenedChannelTest {

    static final ChannelId INFO = ChannelId.of("info-mail");
    static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");
    static final Instant TO = Instant.parse("2026-06-30T22:00:00Z");

    @Test
    @DisplayName("geldige openstelling, begrensd en open; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(OpenedChannel.class, INFO, FROM, Optional.of(TO),
                FurtherRequirements.NONE);
        ComponentChecks.assertValidAndEachNullRejected(OpenedChannel.class, INFO, FROM, Optional.empty(),
                FurtherRequirements.NONE.withMaxTotalSize(1_000_000));
    }

    @Test
    @DisplayName("einde gelijk aan het begin: alleen de constructor weigert, veld validTo")
    void endNotAfterStart() {
        ValidationAgreement.assertConstructorOnlyRejection(OpenedChannel.class, "validTo", INFO, FROM,
                Optional.of(FROM), FurtherRequirements.NONE);
    }

    @Test
    @DisplayName("open van begin (inclusief) tot einde (exclusief); withRequirements vervangt de eisen")
    void validity() {
        OpenedChannel o = OpenedChannel.of(INFO, FROM).withValidTo(TO);
        assertFalse(o.isValidAt(FROM.minusNanos(1)));
        assertTrue(o.isValidAt(FROM));
        assertTrue(o.isValidAt(TO.minusNanos(1)));
        assertFalse(o.isValidAt(TO));
        FurtherRequirements r = FurtherRequirements.NONE.withMinimumAssuranceLevel(AssuranceLevel.LOW);
        assertEquals(r, o.withRequirements(r).requirements());
        assertEquals(Optional.of(TO), o.withRequirements(r).validTo());
    }
}
