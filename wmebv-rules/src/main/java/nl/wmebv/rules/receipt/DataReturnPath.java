package nl.wmebv.rules.receipt;

import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.internal.Checks;

/**
 * The way a body gives a sender back the data he entered (<em>ter beschikking stellen van de ingevoerde
 * gegevens</em>, Awb 2:17 lid 2): e.g. a download on the form's final page ({@link ChannelKind#WEB_FORM}),
 * a copy in the portal, or an e-mail. This record is immutable and thread-safe.
 *
 * @param kind            the kind of channel the data is given back through
 * @param assuranceLevel  the authentication level that protects that channel
 */
public record DataReturnPath(@NotNull ChannelKind kind, @NotNull AssuranceLevel assuranceLevel) {

    /**
     * Validates the path.
     *
     * @param kind            the kind of channel
     * @param assuranceLevel  its authentication level
     * @throws nl.wmebv.core.InvalidInputException if a value is null
     */
    public DataReturnPath {
        Checks.notNull(kind, "kind");
        Checks.notNull(assuranceLevel, "assuranceLevel");
    }
}
