package nl.wmebv.core.designation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.internal.Intervals;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageTypeId;

/**
 * A designation of channels for a type of formal message (<em>aanwijzing</em>, Awb 2:13 lid 2): by statute or
 * by decision of the body, valid from a moment and until a moment or open-ended, with the further
 * requirements (<em>nadere eisen</em>, 2:13 lid 3) that apply to those channels for that type.
 *
 * <p>The validity is the half-open interval {@code [validFrom, validTo)}: a message received exactly at
 * {@code validFrom} is covered, one received exactly at {@code validTo} is not. A type may have several
 * channels, in one designation or several. This record is immutable and thread-safe.
 *
 * @param type          the message type the channels are designated for
 * @param channels      the designated channels, at least one
 * @param validFrom     the first moment the designation applies, inclusive
 * @param validTo       the moment the designation stops applying, exclusive, or empty if open-ended
 * @param instrument    the statute or decision that designates the channels
 * @param requirements  the further requirements for these channels and this type
 */
public record Designation(MessageTypeId type, Set<ChannelId> channels, Instant validFrom, Optional<Instant> validTo,
        DesignationInstrument instrument, FurtherRequirements requirements) {

    /**
     * Validates the designation and copies the channels.
     *
     * @param type          the message type, not null
     * @param channels      the channels, not empty, without null
     * @param validFrom     the start, not null
     * @param validTo       the end, not null; if present, after {@code validFrom}
     * @param instrument    the instrument, not null
     * @param requirements  the further requirements, not null ({@link FurtherRequirements#NONE} for none)
     * @throws nl.wmebv.core.InvalidInputException if an argument is null, {@code channels} is empty or holds
     *         null ({@code field() "channels"}), or {@code validTo} is not after {@code validFrom}
     *         ({@code "validTo"})
     */
    public Designation(@NotNull MessageTypeId type, @NotEmpty Set<@NotNull ChannelId> channels,
            @NotNull Instant validFrom, @NotNull Optional<Instant> validTo, @NotNull DesignationInstrument instrument,
            @NotNull FurtherRequirements requirements) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        this.type = Checks.notNull(type, "type");
        Checks.notNull(channels, "channels");
        Checks.require(!channels.isEmpty(), "channels", "notEmpty", "must hold at least one channel",
                Provision.AWB_2_13_LID_2.basis());
        this.channels = Checks.setCopy(channels, "channels");
        this.validFrom = Checks.notNull(validFrom, "validFrom");
        this.validTo = Checks.notNull(validTo, "validTo");
        Intervals.requireEndAfterStart(validFrom, validTo, "validFrom", "validTo", Provision.AWB_2_13_LID_2.basis());
        this.instrument = Checks.notNull(instrument, "instrument");
        this.requirements = Checks.notNull(requirements, "requirements");
    }

    /**
     * Creates an open-ended designation without further requirements.
     *
     * @param type        the message type, not null
     * @param channels    the channels, not empty, without null
     * @param validFrom   the start, not null
     * @param instrument  the instrument, not null
     * @return the designation
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code channels} is empty
     */
    public static Designation of(MessageTypeId type, Set<ChannelId> channels, Instant validFrom,
            DesignationInstrument instrument) {
        return new Designation(type, channels, validFrom, Optional.empty(), instrument, FurtherRequirements.NONE);
    }

    /**
     * Returns a copy that stops applying at a moment.
     *
     * @param end  the end, exclusive, after {@code validFrom()}
     * @return the new designation
     * @throws nl.wmebv.core.InvalidInputException if {@code end} is null or not after {@code validFrom()}
     *         ({@code field() "validTo"})
     */
    public Designation withValidTo(Instant end) {
        return new Designation(type, channels, validFrom, Optional.of(Checks.notNull(end, "validTo")), instrument,
                requirements);
    }

    /**
     * Returns a copy with these further requirements.
     *
     * @param further  the further requirements, not null
     * @return the new designation
     * @throws nl.wmebv.core.InvalidInputException if {@code further} is null ({@code field() "requirements"})
     */
    public Designation withRequirements(FurtherRequirements further) {
        return new Designation(type, channels, validFrom, validTo, instrument, further);
    }

    /**
     * Returns whether the designation applies at a moment: {@code validFrom <= at < validTo}.
     *
     * @param at  the moment, not null
     * @return true if the moment lies in the validity period
     * @throws nl.wmebv.core.InvalidInputException if {@code at} is null ({@code field() "at"})
     */
    public boolean isValidAt(Instant at) {
        Checks.notNull(at, "at");
        return Intervals.contains(validFrom, validTo, at);
    }
}
