package nl.wmebv.core.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.internal.Checks;

/**
 * A channel of an administrative body (<em>wijze van verzending</em>, Awb 2:13 lid 2; 2:16; 2:21 lid 3): an
 * e-mail address, web form, portal, message box, API, social media account or other way of sending.
 *
 * <p>A body registers every channel through which messages reach it or leave it, designated or not, so that
 * a message through a channel designated for no formal type (2:16 lid 2) is recognised as such. The address
 * (an e-mail address, a URL, an account name) is stored stripped; as a staff member's own address or an
 * account name can be personal data, {@code toString} never shows it. This record is immutable and
 * thread-safe.
 *
 * @param id              the channel's identifier
 * @param kind            the channel's kind
 * @param address         the channel's address, e.g. {@code "bezwaar@gemeente.example"} or a URL
 * @param assuranceLevel  the highest assurance level at which the channel authenticates senders,
 *                        {@code NONE} if it does not
 */
public record Channel(@NotNull ChannelId id, @NotNull ChannelKind kind, @NotBlank String address,
        @NotNull AssuranceLevel assuranceLevel) {

    /**
     * Validates the channel.
     *
     * @param id              the identifier, not null
     * @param kind            the kind, not null
     * @param address         the address, not blank
     * @param assuranceLevel  the assurance level, not null
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code address} is blank
     *         ({@code field()} naming the component)
     */
    public Channel {
        Checks.notNull(id, "id");
        Checks.notNull(kind, "kind");
        address = Checks.notBlank(address, "address");
        Checks.notNull(assuranceLevel, "assuranceLevel");
    }

    /**
     * Creates a channel.
     *
     * @param id              the identifier, not null
     * @param kind            the kind, not null
     * @param address         the address, not blank
     * @param assuranceLevel  the assurance level, not null
     * @return the channel
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code address} is blank
     */
    public static Channel of(ChannelId id, ChannelKind kind, String address, AssuranceLevel assuranceLevel) {
        return new Channel(id, kind, address, assuranceLevel);
    }

    @Override
    public String toString() {
        return "Channel[id=" + id + ", kind=" + kind + ", address=***, assuranceLevel=" + assuranceLevel + "]";
    }
}
