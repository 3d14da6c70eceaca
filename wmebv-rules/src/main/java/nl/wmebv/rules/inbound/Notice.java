package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.LegalTime;

/**
 * A message the body sends to the sender because of an inbound message, as structured data and as text in
 * plain Dutch (or English). The library decides and renders; the embedder sends. Implementations are
 * immutable and thread-safe.
 */
public sealed interface Notice {

    /**
     * Returns the provision that calls for this notice.
     *
     * @return the legal basis
     */
    LegalBasis basis();

    /**
     * Returns the message the notice is about.
     *
     * @return the message id
     */
    MessageId messageId();

    /**
     * Renders the notice for the sender: Dutch by default, English for an English locale.
     *
     * @param locale  the locale, not null
     * @return the text
     */
    String render(Locale locale);

    /**
     * The reaction pointing the sender to the correct channel(s) (<em>wijzen op de juiste wijze van
     * verzending</em>, Awb 2:16 lid 1); the reaction on which the extension of 2:23 builds.
     *
     * @param messageId        the message
     * @param bodyName         the body's name
     * @param receivedAt       the moment of receipt (2:20)
     * @param correctChannels  the channels designated for the message's type, not empty
     * @param extensionApplies whether the body found both 2:23 conditions met (term-bound, and the sender could
     *                         reasonably believe his way was right), so the notice can promise the extension
     */
    record ChannelRedirection(MessageId messageId, String bodyName, Instant receivedAt, List<Channel> correctChannels,
            boolean extensionApplies) implements Notice {
        /**
         * Validates the notice.
         *
         * @param messageId        the message
         * @param bodyName         the body's name
         * @param receivedAt       the moment of receipt
         * @param correctChannels  the channels, not empty
         * @param extensionApplies whether the 2:23 extension applies
         */
        public ChannelRedirection {
            Checks.notNull(messageId, "messageId");
            Checks.notBlank(bodyName, "bodyName");
            Checks.notNull(receivedAt, "receivedAt");
            correctChannels = Checks.nonEmptyListCopy(correctChannels, "correctChannels");
        }

        @Override
        public LegalBasis basis() {
            return Provision.AWB_2_16_LID_1.basis();
        }

        @Override
        public String render(Locale locale) {
            String channels = correctChannels.stream().map(c -> "- " + c.address())
                    .collect(Collectors.joining("\n"));
            return InboundText.render(locale, extensionApplies ? "notice.redirection.extension" : "notice.redirection",
                    bodyName, messageId, LegalTime.renderReadable(receivedAt, locale), channels);
        }
    }

    /**
     * The <em>ontvangstbevestiging</em> (Awb 2:17 lid 1): body, message reference, moment of receipt,
     * channel, digest and the list of attachments.
     *
     * @param messageId      the message
     * @param bodyName       the body's name
     * @param receivedAt     the moment of receipt (2:20)
     * @param channel        the channel it came in through
     * @param contentDigest  the SHA-256 digest of the content
     * @param attachments    the attachments, by name and digest
     */
    record ReceiptAcknowledgement(MessageId messageId, String bodyName, Instant receivedAt, Channel channel,
            Sha256Digest contentDigest, List<Attachment> attachments) implements Notice {
        /**
         * Validates the notice.
         *
         * @param messageId      the message
         * @param bodyName       the body's name
         * @param receivedAt     the moment of receipt
         * @param channel        the channel
         * @param contentDigest  the digest
         * @param attachments    the attachments
         */
        public ReceiptAcknowledgement {
            Checks.notNull(messageId, "messageId");
            Checks.notBlank(bodyName, "bodyName");
            Checks.notNull(receivedAt, "receivedAt");
            Checks.notNull(channel, "channel");
            Checks.notNull(contentDigest, "contentDigest");
            attachments = Checks.listCopy(attachments, "attachments");
        }

        @Override
        public LegalBasis basis() {
            return Provision.AWB_2_17_LID_1.basis();
        }

        @Override
        public String render(Locale locale) {
            return InboundText.render(locale, "notice.acknowledgement", bodyName, messageId,
                    LegalTime.renderReadable(receivedAt, locale), channel.address(), contentDigest.hex(),
                    attachmentList(locale, attachments));
        }
    }

    /**
     * The cover of the copy of entered data (<em>ter beschikking stellen van de ingevoerde gegevens</em>,
     * Awb 2:17 lid 2): reference, moment of receipt, the digest of what was entered and the list of
     * attachments with their SHA-256 digests (policy P9). The library never holds the entered data itself:
     * the embedder appends it, through a return path at least as reliable and confidential as the input.
     *
     * @param messageId      the message
     * @param bodyName       the body's name
     * @param receivedAt     the moment of receipt (2:20)
     * @param contentDigest  the SHA-256 digest of the entered data
     * @param attachments    the uploaded attachments, by name and digest
     */
    record EnteredDataCopy(MessageId messageId, String bodyName, Instant receivedAt, Sha256Digest contentDigest,
            List<Attachment> attachments) implements Notice {
        /**
         * Validates the notice.
         *
         * @param messageId      the message
         * @param bodyName       the body's name
         * @param receivedAt     the moment of receipt
         * @param contentDigest  the digest
         * @param attachments    the attachments
         */
        public EnteredDataCopy {
            Checks.notNull(messageId, "messageId");
            Checks.notBlank(bodyName, "bodyName");
            Checks.notNull(receivedAt, "receivedAt");
            Checks.notNull(contentDigest, "contentDigest");
            attachments = Checks.listCopy(attachments, "attachments");
        }

        @Override
        public LegalBasis basis() {
            return Provision.AWB_2_17_LID_2.basis();
        }

        @Override
        public String render(Locale locale) {
            return InboundText.render(locale, "notice.enteredData", bodyName, messageId,
                    LegalTime.renderReadable(receivedAt, locale), contentDigest.hex(),
                    attachmentList(locale, attachments));
        }
    }

    /**
     * The notice of internal forwarding and of the start of the handling term (<em>mededeling van de
     * doorgeleiding</em>, Awb 2:24).
     *
     * @param messageId     the message
     * @param bodyName      the body's name
     * @param forwardedAt   the moment of internal forwarding
     * @param termStartsAt  the moment the handling term starts (the forwarding, if this notice is in time)
     */
    record InternalForwarding(MessageId messageId, String bodyName, Instant forwardedAt, Instant termStartsAt)
            implements Notice {
        /**
         * Validates the notice.
         *
         * @param messageId     the message
         * @param bodyName      the body's name
         * @param forwardedAt   the moment of forwarding
         * @param termStartsAt  the start of the term
         */
        public InternalForwarding {
            Checks.notNull(messageId, "messageId");
            Checks.notBlank(bodyName, "bodyName");
            Checks.notNull(forwardedAt, "forwardedAt");
            Checks.notNull(termStartsAt, "termStartsAt");
        }

        @Override
        public LegalBasis basis() {
            return Provision.AWB_2_24.basis();
        }

        @Override
        public String render(Locale locale) {
            return InboundText.render(locale, "notice.forwarding", bodyName, messageId,
                    LegalTime.renderReadable(forwardedAt, locale), LegalTime.renderReadable(termStartsAt, locale));
        }
    }

    private static String attachmentList(Locale locale, List<Attachment> attachments) {
        return attachments.isEmpty() ? InboundText.render(locale, "notice.noAttachments")
                : attachments.stream().map(a -> "- " + a.fileName() + " (SHA-256 " + a.digest().hex() + ")")
                        .collect(Collectors.joining("\n"));
    }
}
