package nl.wmebv.core.message;

import nl.wmebv.core.channel.ChannelId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.ComponentChecks;
import nl.wmebv.core.message.PartyId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Awb 2:8 — uitdrukkelijk kenbaar gemaakt langs deze weg voldoende bereikbaar te zijn (P16)")
class ChannelConsentTest {

    static final PartyId ADDRESSEE = PartyId.of("p-1");
    static final ChannelId BOX = ChannelId.of("berichtenbox");
    static final Instant GIVEN = Instant.parse("2026-02-01T10:00:00Z");
    static final Instant REVOKED = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    @DisplayName("geldige toestemming, ingetrokken en niet; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(ChannelConsent.class, ADDRESSEE, BOX, GIVEN, Optional.empty(),
                "log-4711");
        ComponentChecks.assertValidAndEachNullRejected(ChannelConsent.class, ADDRESSEE, BOX, GIVEN,
                Optional.of(REVOKED), "log-4711");
    }

    @Test
    @DisplayName("een lege bewijsverwijzing wordt geweigerd met veld evidenceReference, zoals de annotaties zeggen")
    void blankEvidence() {
        assertEquals("evidenceReference", assertThrows(InvalidInputException.class,
                () -> ChannelConsent.of(ADDRESSEE, BOX, GIVEN, " ")).field());
        ValidationAgreement.assertAgree(ChannelConsent.class, ADDRESSEE, BOX, GIVEN, Optional.empty(), " ");
    }

    @Test
    @DisplayName("intrekking op of voor het geven: alleen de constructor weigert, veld revokedAt, Awb 2:8")
    void revokedNotAfterGiven() {
        ValidationAgreement.assertConstructorOnlyRejection(ChannelConsent.class, "revokedAt", ADDRESSEE, BOX, GIVEN,
                Optional.of(GIVEN), "log-4711");
        ValidationAgreement.assertConstructorOnlyRejection(ChannelConsent.class, "revokedAt", ADDRESSEE, BOX, GIVEN,
                Optional.of(GIVEN.minusSeconds(1)), "log-4711");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ChannelConsent.of(ADDRESSEE, BOX, GIVEN, "log-4711").withRevokedAt(GIVEN));
        assertEquals(Optional.of(Provision.AWB_2_8.basis()), e.legalBasis());
    }

    static Stream<Arguments> sendings() {
        ChannelConsent revoked = ChannelConsent.of(ADDRESSEE, BOX, GIVEN, "log-4711").withRevokedAt(REVOKED);
        ChannelConsent standing = ChannelConsent.of(ADDRESSEE, BOX, GIVEN, "log-4711");
        return Stream.of(
            // 2:8 "kenbaar heeft gemaakt": given before the sending; P16: revocation applies to later sendings
            Arguments.of(revoked, GIVEN.minusSeconds(1), false),   // before consent
            Arguments.of(revoked, GIVEN, false),                   // same moment: not given *before* sending
            Arguments.of(revoked, GIVEN.plusNanos(1), true),       // just after
            Arguments.of(revoked, REVOKED.minusSeconds(1), true),  // before revocation
            Arguments.of(revoked, REVOKED, true),                  // same moment: revocation not yet before it
            Arguments.of(revoked, REVOKED.plusNanos(1), false),    // sent after revocation
            Arguments.of(standing, Instant.parse("2030-01-01T00:00:00Z"), true)); // never revoked
    }

    @ParameterizedTest(name = "verzonden {1} → gedekt {2}")
    @MethodSource("sendings")
    @DisplayName("dekt een verzending na het geven en niet na de intrekking")
    void coversSendingAt(ChannelConsent consent, Instant sentAt, boolean expected) {
        assertEquals(expected, consent.coversSendingAt(sentAt));
    }

    @Test
    @DisplayName("null wordt geweigerd met veld sentAt")
    void nullSentAt() {
        assertEquals("sentAt", assertThrows(InvalidInputException.class,
                () -> ChannelConsent.of(ADDRESSEE, BOX, GIVEN, "log-4711").coversSendingAt(null)).field());
    }
}
