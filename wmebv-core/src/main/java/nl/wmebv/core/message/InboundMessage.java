package nl.wmebv.core.message;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;

/**
 * An electronic message sent to an administrative body (<em>bericht aan een bestuursorgaan</em>, Awb
 * 2:13&ndash;2:17, 2:20): who sent it to which body, its type, the channel used, when it was received and a
 * digest of what it held.
 *
 * <p><b>Receipt.</b> {@code receivedAt} is the moment of receipt (<em>tijdstip van ontvangst</em>, Awb 2:20)
 * as the embedder established it: the moment the message reached the body's system for data processing or
 * another system designated for that purpose, or otherwise became electronically accessible to the body,
 * whichever came first. The inbound rules judge the message against the law and the designations in force at
 * that moment (P13). Deriving the moment from system events is left to the receipt rules; this record takes
 * it as given.
 *
 * <p><b>Direct data entry.</b> Whether the message was sent by direct data entry (<em>rechtstreekse invoer
 * van gegevens</em>, 2:17 lid 2) follows from the kind of the channel used
 * ({@code ChannelKind.isDirectDataEntry()}), so it is not repeated here.
 *
 * <p><b>No content.</b> The record holds the digest and size of the content and of each attachment, never
 * the content, subject or names; {@code toString} shows identifiers, moments, digests and sizes only. This
 * record is immutable and thread-safe.
 *
 * @param id              the message's identifier
 * @param body            the body the message was addressed to
 * @param sender          the sender (<em>afzender</em>)
 * @param type            the message's type in the body's catalogue
 * @param channel         the channel through which the message came in
 * @param receivedAt      the moment of receipt (Awb 2:20)
 * @param assuranceLevel  the assurance level at which the sender was authenticated when sending, {@code NONE}
 *                        if not at all (e.g. plain e-mail); checked against further requirements (2:13 lid 3)
 * @param contentDigest   the SHA-256 digest of the content (the e-mail, the entered form data, the document)
 * @param contentSize     the size of the content in bytes, zero or more, attachments excluded
 * @param attachments     the attachments, in the order received; may be empty
 */
public record InboundMessage(MessageId id, BodyId body, PartyId sender, MessageTypeId type, ChannelId channel,
        Instant receivedAt, AssuranceLevel assuranceLevel, Sha256Digest contentDigest, long contentSize,
        List<Attachment> attachments) {

    /**
     * Validates the message and copies the attachments.
     *
     * @param id              the identifier, not null
     * @param body            the body, not null
     * @param sender          the sender, not null
     * @param type            the type, not null
     * @param channel         the channel used, not null
     * @param receivedAt      the moment of receipt, not null
     * @param assuranceLevel  the authentication level, not null
     * @param contentDigest   the content digest, not null
     * @param contentSize     the content size in bytes, zero or more
     * @param attachments     the attachments, not null, without null elements
     * @throws nl.wmebv.core.InvalidInputException naming the component if an argument is null,
     *         {@code contentSize} is negative ({@code field() "contentSize"}) or an attachment is null
     *         ({@code "attachments[i]"})
     */
    public InboundMessage(@NotNull MessageId id, @NotNull BodyId body, @NotNull PartyId sender,
            @NotNull MessageTypeId type, @NotNull ChannelId channel, @NotNull Instant receivedAt,
            @NotNull AssuranceLevel assuranceLevel, @NotNull Sha256Digest contentDigest,
            @PositiveOrZero long contentSize, @NotNull List<@NotNull Attachment> attachments) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        this.id = Checks.notNull(id, "id");
        this.body = Checks.notNull(body, "body");
        this.sender = Checks.notNull(sender, "sender");
        this.type = Checks.notNull(type, "type");
        this.channel = Checks.notNull(channel, "channel");
        this.receivedAt = Checks.notNull(receivedAt, "receivedAt");
        this.assuranceLevel = Checks.notNull(assuranceLevel, "assuranceLevel");
        this.contentDigest = Checks.notNull(contentDigest, "contentDigest");
        Checks.require(contentSize >= 0, "contentSize", "positiveOrZero", "must not be negative, was " + contentSize,
                null);
        this.contentSize = contentSize;
        this.attachments = Checks.listCopy(attachments, "attachments");
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
        return "InboundMessage[id=" + id + ", body=" + body + ", sender=" + sender + ", type=" + type
                + ", channel=" + channel + ", receivedAt=" + receivedAt + ", assuranceLevel=" + assuranceLevel
                + ", contentDigest=" + contentDigest + ", contentSize=" + contentSize + ", attachments="
                + MessageSizes.render(attachments) + "]";
    }
}
