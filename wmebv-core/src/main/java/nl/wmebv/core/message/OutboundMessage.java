package nl.wmebv.core.message;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;

/**
 * An electronic message of an administrative body to one or more addressees (<em>bericht dat tot een of meer
 * geadresseerden is gericht</em>, Awb 2:7 lid 2, 2:8&ndash;2:12, 2:19): its addressees, type, the channel
 * used and a digest of what it held.
 *
 * <p><b>Amendments.</b> A sent message is never changed in place: a change or withdrawal is a new message
 * stating it (Awb 2:12), which names the message it changes or withdraws in {@code amends}.
 *
 * <p><b>Sending.</b> The moment of sending (<em>tijdstip van verzending</em>, 2:19) depends on the channel and
 * on later events (reaching a system outside government, becoming accessible in a message box, a re-send
 * after non-delivery under 2:11 lid 3), so it is not part of the message: the outbound rules establish it.
 *
 * <p><b>Types.</b> {@code type} is the body's own classification of the message (e.g. a beschikking on an
 * application); designations under 2:13 lid 2 concern inbound types only.
 *
 * <p>The record holds digests and sizes, never content; {@code toString} shows identifiers, digests and sizes
 * only. This record is immutable and thread-safe.
 *
 * @param id             the message's identifier
 * @param body           the body that sends the message
 * @param addressees     the addressees (<em>geadresseerden</em>), at least one, no duplicates, in the given
 *                       order
 * @param type           the message's type in the body's catalogue
 * @param channel        the channel through which the message is sent
 * @param contentDigest  the SHA-256 digest of the content
 * @param contentSize    the size of the content in bytes, zero or more, attachments excluded
 * @param attachments    the attachments; may be empty
 * @param amends         the earlier message this one changes or withdraws (Awb 2:12), or empty
 */
public record OutboundMessage(MessageId id, BodyId body, List<PartyId> addressees, MessageTypeId type,
        ChannelId channel, Sha256Digest contentDigest, long contentSize, List<Attachment> attachments,
        Optional<MessageId> amends) {

    /**
     * Validates the message and copies the lists.
     *
     * @param id             the identifier, not null
     * @param body           the sending body, not null
     * @param addressees     the addressees, not empty, no null or duplicate elements
     * @param type           the type, not null
     * @param channel        the channel, not null
     * @param contentDigest  the content digest, not null
     * @param contentSize    the content size in bytes, zero or more
     * @param attachments    the attachments, not null, without null elements
     * @param amends         the amended message, not null; if present, not {@code id} itself
     * @throws InvalidInputException naming the component if an argument is null, {@code addressees} is
     *         empty, holds null or a duplicate ({@code field() "addressees[i]"}), {@code contentSize} is
     *         negative, an attachment is null, or the message amends itself ({@code "amends"})
     */
    public OutboundMessage(@NotNull MessageId id, @NotNull BodyId body, @NotEmpty List<@NotNull PartyId> addressees,
            @NotNull MessageTypeId type, @NotNull ChannelId channel, @NotNull Sha256Digest contentDigest,
            @PositiveOrZero long contentSize, @NotNull List<@NotNull Attachment> attachments,
            @NotNull Optional<MessageId> amends) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        this.id = Checks.notNull(id, "id");
        this.body = Checks.notNull(body, "body");
        this.addressees = Checks.nonEmptyListCopy(addressees, "addressees");
        Set<PartyId> seen = new HashSet<>();
        for (int i = 0; i < this.addressees.size(); i++) {
            Checks.require(seen.add(this.addressees.get(i)), "addressees[" + i + "]", "unique",
                    "must not repeat addressee " + this.addressees.get(i), null);
        }
        this.type = Checks.notNull(type, "type");
        this.channel = Checks.notNull(channel, "channel");
        this.contentDigest = Checks.notNull(contentDigest, "contentDigest");
        Checks.require(contentSize >= 0, "contentSize", "positiveOrZero", "must not be negative, was " + contentSize,
                null);
        this.contentSize = contentSize;
        this.attachments = Checks.listCopy(attachments, "attachments");
        this.amends = Checks.notNull(amends, "amends");
        Checks.require(!amends.equals(Optional.of(id)), "amends", "notSelf", "a message cannot amend itself",
                Provision.AWB_2_12.basis());
    }

    /**
     * Creates a message that amends no earlier message.
     *
     * @param id             the identifier, not null
     * @param body           the sending body, not null
     * @param addressees     the addressees, not empty, no null or duplicate elements
     * @param type           the type, not null
     * @param channel        the channel, not null
     * @param contentDigest  the content digest, not null
     * @param contentSize    the content size in bytes, zero or more
     * @param attachments    the attachments, not null, without null elements
     * @return the message
     * @throws InvalidInputException if an argument is invalid
     */
    public static OutboundMessage of(MessageId id, BodyId body, List<PartyId> addressees, MessageTypeId type,
            ChannelId channel, Sha256Digest contentDigest, long contentSize, List<Attachment> attachments) {
        return new OutboundMessage(id, body, addressees, type, channel, contentDigest, contentSize, attachments,
                Optional.empty());
    }

    /**
     * Returns a copy of this message that changes or withdraws an earlier message (Awb 2:12).
     *
     * @param amended  the earlier message, not null and not this message's own id
     * @return the new message
     * @throws InvalidInputException if {@code amended} is null or equals {@code id()} ({@code field() "amends"})
     */
    public OutboundMessage withAmends(MessageId amended) {
        return new OutboundMessage(id, body, addressees, type, channel, contentDigest, contentSize, attachments,
                Optional.of(Checks.notNull(amended, "amends")));
    }

    /**
     * Returns the size of the content plus all attachments, in bytes; {@link Long#MAX_VALUE} if the sum
     * does not fit in a {@code long}.
     *
     * @return the total size
     */
    public long totalSize() {
        return MessageSizes.total(contentSize, attachments);
    }

    @Override
    public String toString() {
        return "OutboundMessage[id=" + id + ", body=" + body + ", addressees=" + addressees + ", type=" + type
                + ", channel=" + channel + ", contentDigest=" + contentDigest + ", contentSize=" + contentSize
                + ", attachments=" + MessageSizes.render(attachments) + ", amends="
                + amends.map(MessageId::toString).orElse("none") + "]";
    }
}
