package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.internal.Intervals;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.PartyId;

/**
 * An addressee's express statement that he is sufficiently reachable through a channel (<em>uitdrukkelijk
 * kenbaar maken dat hij langs deze weg voldoende bereikbaar is</em>, Awb 2:8), with when it was given, when
 * it was revoked, if it was, and a reference to the evidence of it (P16).
 *
 * <p>Without it, the body may not send a message to the addressee electronically through that channel
 * (2:8): an earlier e-mail from him is not enough (an inference from "uitdrukkelijk", LAW.md §3). The consent
 * covers a message sent after it was given and not after it was revoked, the interval
 * {@code (givenAt, revokedAt]}: the consent must have been made known before the sending (2:8, "kenbaar heeft
 * gemaakt"), and a revocation applies to messages sent after it (P16), so not to one sent at the very moment
 * of revocation. Unlike the other intervals of this package, this one is closed at its end because P16 says
 * so. This record is immutable and thread-safe.
 *
 * @param addressee          the addressee (<em>geadresseerde</em>) who gave the consent
 * @param channel            the channel the consent is for
 * @param givenAt            when the consent was given
 * @param revokedAt          when it was revoked, or empty if it was not
 * @param evidenceReference  a reference to the evidence of the consent, e.g. a record in the body's log
 */
public record ChannelConsent(@NotNull PartyId addressee, @NotNull ChannelId channel, @NotNull Instant givenAt,
        @NotNull Optional<Instant> revokedAt, @NotBlank String evidenceReference) {

    /**
     * Validates the consent.
     *
     * @param addressee          the addressee, not null
     * @param channel            the channel, not null
     * @param givenAt            when given, not null
     * @param revokedAt          when revoked, not null; if present, after {@code givenAt}
     * @param evidenceReference  the evidence reference, not blank
     * @throws nl.wmebv.core.InvalidInputException if an argument is null, {@code evidenceReference} is blank
     *         or {@code revokedAt} is not after {@code givenAt} ({@code field() "revokedAt"})
     */
    public ChannelConsent {
        Checks.notNull(addressee, "addressee");
        Checks.notNull(channel, "channel");
        Checks.notNull(givenAt, "givenAt");
        Checks.notNull(revokedAt, "revokedAt");
        Intervals.requireEndAfterStart(givenAt, revokedAt, "givenAt", "revokedAt", Provision.AWB_2_8.basis());
        evidenceReference = Checks.notBlank(evidenceReference, "evidenceReference");
    }

    /**
     * Creates a consent that has not been revoked.
     *
     * @param addressee          the addressee, not null
     * @param channel            the channel, not null
     * @param givenAt            when given, not null
     * @param evidenceReference  the evidence reference, not blank
     * @return the consent
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or blank
     */
    public static ChannelConsent of(PartyId addressee, ChannelId channel, Instant givenAt, String evidenceReference) {
        return new ChannelConsent(addressee, channel, givenAt, Optional.empty(), evidenceReference);
    }

    /**
     * Returns a copy revoked at a moment.
     *
     * @param at  the moment of revocation, after {@code givenAt()}
     * @return the revoked consent
     * @throws nl.wmebv.core.InvalidInputException if {@code at} is null or not after {@code givenAt()}
     *         ({@code field() "revokedAt"})
     */
    public ChannelConsent withRevokedAt(Instant at) {
        return new ChannelConsent(addressee, channel, givenAt, Optional.of(Checks.notNull(at, "revokedAt")),
                evidenceReference);
    }

    /**
     * Returns whether the consent covers a message sent at a moment (Awb 2:8, P16): given before the sending
     * and not revoked before it.
     *
     * @param sentAt  the moment of sending, not null
     * @return true if {@code givenAt < sentAt} and, if revoked, {@code sentAt <= revokedAt}
     * @throws nl.wmebv.core.InvalidInputException if {@code sentAt} is null ({@code field() "sentAt"})
     */
    public boolean coversSendingAt(Instant sentAt) {
        Checks.notNull(sentAt, "sentAt");
        return givenAt.isBefore(sentAt) && (revokedAt.isEmpty() || !revokedAt.get().isBefore(sentAt));
    }
}
