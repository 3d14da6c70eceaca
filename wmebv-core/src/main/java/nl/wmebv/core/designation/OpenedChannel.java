package nl.wmebv.core.designation;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.internal.Intervals;
import nl.wmebv.core.law.Provision;

/**
 * A channel the body has announced open for other than formal messages (<em>opengestelde weg</em>, Awb
 * 2:14), e.g. a general information address, for a period, with the further requirements the body set
 * (2:14, second sentence).
 *
 * <p>Opening a channel under 2:14 does not designate it under 2:13 lid 2: a formal message that comes in
 * only through an opened channel came in through a channel designated for no formal type (2:16 lid 2, an
 * inference, LAW.md §5). The period is the half-open interval {@code [validFrom, validTo)}. This record is
 * immutable and thread-safe.
 *
 * @param channel       the opened channel
 * @param validFrom     the first moment the channel is open, inclusive
 * @param validTo       the moment it closes, exclusive, or empty if open-ended
 * @param requirements  the further requirements for informal messages through this channel
 */
public record OpenedChannel(@NotNull ChannelId channel, @NotNull Instant validFrom, @NotNull Optional<Instant> validTo,
        @NotNull FurtherRequirements requirements) {

    /**
     * Validates the opening.
     *
     * @param channel       the channel, not null
     * @param validFrom     the start, not null
     * @param validTo       the end, not null; if present, after {@code validFrom}
     * @param requirements  the further requirements, not null ({@link FurtherRequirements#NONE} for none)
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code validTo} is not after
     *         {@code validFrom} ({@code field() "validTo"})
     */
    public OpenedChannel {
        Checks.notNull(channel, "channel");
        Checks.notNull(validFrom, "validFrom");
        Checks.notNull(validTo, "validTo");
        Intervals.requireEndAfterStart(validFrom, validTo, "validFrom", "validTo", Provision.AWB_2_14.basis());
        Checks.notNull(requirements, "requirements");
    }

    /**
     * Creates an open-ended opening without further requirements.
     *
     * @param channel    the channel, not null
     * @param validFrom  the start, not null
     * @return the opening
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static OpenedChannel of(ChannelId channel, Instant validFrom) {
        return new OpenedChannel(channel, validFrom, Optional.empty(), FurtherRequirements.NONE);
    }

    /**
     * Returns a copy that closes at a moment.
     *
     * @param end  the end, exclusive, after {@code validFrom()}
     * @return the new opening
     * @throws nl.wmebv.core.InvalidInputException if {@code end} is null or not after {@code validFrom()}
     *         ({@code field() "validTo"})
     */
    public OpenedChannel withValidTo(Instant end) {
        return new OpenedChannel(channel, validFrom, Optional.of(Checks.notNull(end, "validTo")), requirements);
    }

    /**
     * Returns a copy with these further requirements.
     *
     * @param further  the further requirements, not null
     * @return the new opening
     * @throws nl.wmebv.core.InvalidInputException if {@code further} is null ({@code field() "requirements"})
     */
    public OpenedChannel withRequirements(FurtherRequirements further) {
        return new OpenedChannel(channel, validFrom, validTo, further);
    }

    /**
     * Returns whether the channel is open at a moment: {@code validFrom <= at < validTo}.
     *
     * @param at  the moment, not null
     * @return true if the moment lies in the period
     * @throws nl.wmebv.core.InvalidInputException if {@code at} is null ({@code field() "at"})
     */
    public boolean isValidAt(Instant at) {
        Checks.notNull(at, "at");
        return Intervals.contains(validFrom, validTo, at);
    }
}
