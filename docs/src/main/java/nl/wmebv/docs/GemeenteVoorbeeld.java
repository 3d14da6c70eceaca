package nl.wmebv.docs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.designation.FurtherRequirements;
import nl.wmebv.core.designation.OpenedChannel;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.LegalTime;

/**
 * The configuration of the fictional Gemeente Voorbeeld: its message types, channels and
 * <em>aanwijzingsbesluit</em> (Awb 2:13 lid 2), as a vendor would load them from its own database.
 */
public final class GemeenteVoorbeeld {
    /** The body. */
    public static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gemeente-voorbeeld"),
            "Gemeente Voorbeeld");

    /** Aanvraag omgevingsvergunning. */
    public static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag-omgevingsvergunning");
    /** Bezwaarschrift. */
    public static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaarschrift");
    /** Klacht. */
    public static final MessageTypeId KLACHT = MessageTypeId.of("klacht");

    /** The web form for applications. */
    public static final ChannelId FORMULIER_AANVRAAG = ChannelId.of("webformulier-aanvraag");
    /** The portal Mijn Voorbeeld. */
    public static final ChannelId MIJN_VOORBEELD = ChannelId.of("mijn-voorbeeld");
    /** The web form for objections. */
    public static final ChannelId FORMULIER_BEZWAAR = ChannelId.of("webformulier-bezwaar");
    /** The complaints mailbox. */
    public static final ChannelId KLACHTEN_MAIL = ChannelId.of("klachten-mail");
    /** The general information mailbox, opened for other messages only (Awb 2:14). */
    public static final ChannelId INFO_MAIL = ChannelId.of("info-mail");
    /** The WhatsApp number of the customer contact centre: designated for nothing. */
    public static final ChannelId WHATSAPP = ChannelId.of("whatsapp-kcc");

    private GemeenteVoorbeeld() {
    }

    /**
     * Returns the designation register, valid from 1 January 2026 (00:00 Europe/Amsterdam).
     *
     * @return the register
     */
    public static DesignationRegister register() {
        Instant from = LegalTime.startOfLegalDay(java.time.LocalDate.of(2026, 1, 1));
        DesignationInstrument besluit = DesignationInstrument.byDecision("Gemeenteblad 2025, 987654");
        return DesignationRegister.builder(BODY)
                .messageType(MessageType.of(AANVRAAG, "Aanvraag omgevingsvergunning", LegalRole.APPLICATION))
                .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                .messageType(MessageType.of(KLACHT, "Klacht", LegalRole.COMPLAINT))
                .channel(Channel.of(FORMULIER_AANVRAAG, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/aanvragen",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(MIJN_VOORBEELD, ChannelKind.PORTAL, "https://mijn.voorbeeld.nl",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(FORMULIER_BEZWAAR, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/bezwaar",
                        AssuranceLevel.LOW))
                .channel(Channel.of(KLACHTEN_MAIL, ChannelKind.EMAIL, "klachten@voorbeeld.nl", AssuranceLevel.NONE))
                .channel(Channel.of(INFO_MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE))
                .channel(Channel.of(WHATSAPP, ChannelKind.SOCIAL_MEDIA, "+31 6 12345678", AssuranceLevel.NONE))
                .designation(Designation.of(AANVRAAG, Set.of(FORMULIER_AANVRAAG, MIJN_VOORBEELD), from, besluit))
                .designation(Designation.of(BEZWAAR, Set.of(FORMULIER_BEZWAAR, MIJN_VOORBEELD), from, besluit)
                        .withRequirements(FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf"))))
                .designation(Designation.of(KLACHT, Set.of(KLACHTEN_MAIL, MIJN_VOORBEELD), from, besluit))
                .openedChannel(OpenedChannel.of(INFO_MAIL, from))
                .build();
    }

    /**
     * Creates an inbound message received at a local time in Europe/Amsterdam.
     *
     * @param id          the message id
     * @param type        its type
     * @param channel     the channel it came in through
     * @param localTime   the local time of receipt, e.g. {@code 2026-03-16T09:12}
     * @param assurance   the authentication level of the sender
     * @param attachments the attachments
     * @return the message
     */
    public static InboundMessage message(String id, MessageTypeId type, ChannelId channel, String localTime,
            AssuranceLevel assurance, Attachment... attachments) {
        Instant receivedAt = LocalDateTime.parse(localTime).atZone(LegalTime.AMSTERDAM).toInstant();
        return new InboundMessage(MessageId.of(id), BODY.id(), PartyId.of("inwoner-4711"), type, channel,
                receivedAt, assurance, Sha256Digest.digestOf(id.getBytes(StandardCharsets.UTF_8)), 2_345,
                List.of(attachments));
    }

    /**
     * Creates a PDF attachment.
     *
     * @param name  the file name
     * @return the attachment, with the digest of its name standing in for its content
     */
    public static Attachment pdf(String name) {
        return Attachment.of(name, "application/pdf", Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)),
                48_213);
    }
}
