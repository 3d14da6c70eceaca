package nl.wmebv.rules.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

/** Test fixture: the designation register of Gemeente Voorbeeld, valid from 2026-01-01. */
final class Voorbeeld {
    static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");

    static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag-omgevingsvergunning");
    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaar");
    static final MessageTypeId KLACHT = MessageTypeId.of("klacht");
    static final MessageTypeId ZIENSWIJZE = MessageTypeId.of("zienswijze");
    static final MessageTypeId VRAAG = MessageTypeId.of("algemene-vraag");

    static final ChannelId FORM_AANVRAAG = ChannelId.of("webformulier-aanvraag");
    static final ChannelId PORTAAL = ChannelId.of("mijn-voorbeeld");
    static final ChannelId FORM_BEZWAAR = ChannelId.of("webformulier-bezwaar");
    static final ChannelId KLACHTEN_MAIL = ChannelId.of("klachten-mail");
    static final ChannelId INFO_MAIL = ChannelId.of("info-mail");
    static final ChannelId WHATSAPP = ChannelId.of("whatsapp");

    static final DesignationInstrument BESLUIT = DesignationInstrument.byDecision("Gmb. 2025, 123456");

    private Voorbeeld() {
    }

    static DesignationRegister register() {
        return DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente Voorbeeld"))
                .messageType(MessageType.of(AANVRAAG, "Aanvraag omgevingsvergunning", LegalRole.APPLICATION))
                .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                .messageType(MessageType.of(KLACHT, "Klacht", LegalRole.COMPLAINT))
                .messageType(MessageType.of(ZIENSWIJZE, "Zienswijze", LegalRole.STATEMENT_OF_VIEWS))
                .messageType(MessageType.of(VRAAG, "Algemene vraag", LegalRole.INFORMAL))
                .channel(Channel.of(FORM_AANVRAAG, ChannelKind.WEB_FORM, "https://voorbeeld.nl/aanvraag",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(PORTAAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.nl",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(FORM_BEZWAAR, ChannelKind.WEB_FORM, "https://voorbeeld.nl/bezwaar",
                        AssuranceLevel.LOW))
                .channel(Channel.of(KLACHTEN_MAIL, ChannelKind.EMAIL, "klachten@voorbeeld.nl", AssuranceLevel.NONE))
                .channel(Channel.of(INFO_MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE))
                .channel(Channel.of(WHATSAPP, ChannelKind.SOCIAL_MEDIA, "+31 6 00000000", AssuranceLevel.NONE))
                .designation(Designation.of(AANVRAAG, Set.of(FORM_AANVRAAG, PORTAAL), FROM, BESLUIT))
                .designation(Designation.of(BEZWAAR, Set.of(FORM_BEZWAAR), FROM, BESLUIT)
                        .withRequirements(FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf"))))
                .designation(Designation.of(KLACHT, Set.of(KLACHTEN_MAIL), FROM, BESLUIT))
                .openedChannel(OpenedChannel.of(INFO_MAIL, FROM))
                .build();
    }

    static InboundMessage message(String id, MessageTypeId type, ChannelId channel, String receivedAt,
            Attachment... attachments) {
        return new InboundMessage(MessageId.of(id), BODY, PartyId.of("burger-1"), type, channel,
                Instant.parse(receivedAt), AssuranceLevel.SUBSTANTIAL,
                Sha256Digest.digestOf(id.getBytes(StandardCharsets.UTF_8)), 1_000, List.of(attachments));
    }

    static Attachment pdf(String name) {
        return Attachment.of(name, "application/pdf", Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)),
                20_000);
    }

    static Attachment docx(String name) {
        return Attachment.of(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)), 20_000);
    }
}
