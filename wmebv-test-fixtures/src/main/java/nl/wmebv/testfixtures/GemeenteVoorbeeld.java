package nl.wmebv.testfixtures;

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
import nl.wmebv.core.designation.OpenedChannel;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;

/**
 * The default body of the scenario builders: Gemeente Voorbeeld, with a designation register valid from the
 * first legal moment of the Wmebv (2026-01-01 00:00 Europe/Amsterdam). The register is small enough to keep in
 * mind while reading a scenario:
 *
 * <table>
 *   <caption>Message types and their designated channels (Awb 2:13 lid 2)</caption>
 *   <tr><th>Type</th><th>Legal role</th><th>Designated channels</th></tr>
 *   <tr><td>{@code aanvraag}</td><td>aanvraag</td><td>{@code webformulier-aanvraag}, {@code mijn-voorbeeld}</td></tr>
 *   <tr><td>{@code bezwaar}</td><td>bezwaarschrift</td><td>{@code webformulier-bezwaar}, {@code mijn-voorbeeld}</td></tr>
 *   <tr><td>{@code klacht}</td><td>klacht</td><td>{@code klachten-mail}</td></tr>
 *   <tr><td>{@code zienswijze}</td><td>zienswijze</td><td>none</td></tr>
 *   <tr><td>{@code vraag}</td><td>informal (2:14)</td><td>{@code info-mail} opened for informal messages</td></tr>
 * </table>
 * The channel {@code whatsapp} is known but designated for nothing (2:16 lid 2).
 */
public final class GemeenteVoorbeeld {
    /** The body. */
    public static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    /** 2026-01-01T00:00 Europe/Amsterdam, the start of every designation. */
    public static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");

    /** Aanvraag omgevingsvergunning. */
    public static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag");
    /** Bezwaarschrift. */
    public static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaar");
    /** Klacht. */
    public static final MessageTypeId KLACHT = MessageTypeId.of("klacht");
    /** Zienswijze: formal, but no channel designated. */
    public static final MessageTypeId ZIENSWIJZE = MessageTypeId.of("zienswijze");
    /** Algemene vraag: informal. */
    public static final MessageTypeId VRAAG = MessageTypeId.of("vraag");

    /** Web form for aanvragen (direct data entry). */
    public static final ChannelId WEBFORMULIER_AANVRAAG = ChannelId.of("webformulier-aanvraag");
    /** Web form for bezwaarschriften (direct data entry). */
    public static final ChannelId WEBFORMULIER_BEZWAAR = ChannelId.of("webformulier-bezwaar");
    /** The municipal portal. */
    public static final ChannelId PORTAAL = ChannelId.of("mijn-voorbeeld");
    /** The complaints mailbox. */
    public static final ChannelId KLACHTEN_MAIL = ChannelId.of("klachten-mail");
    /** The general mailbox, opened for informal messages. */
    public static final ChannelId INFO_MAIL = ChannelId.of("info-mail");
    /** WhatsApp: designated for nothing. */
    public static final ChannelId WHATSAPP = ChannelId.of("whatsapp");

    private static final DesignationRegister REGISTER = build();

    private GemeenteVoorbeeld() {
    }

    /**
     * Returns the register.
     *
     * @return the register, always the same value
     */
    public static DesignationRegister register() {
        return REGISTER;
    }

    private static DesignationRegister build() {
        DesignationInstrument besluit = DesignationInstrument.byDecision("Gmb. 2025, 123456");
        return DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente Voorbeeld"))
                .messageType(MessageType.of(AANVRAAG, "Aanvraag omgevingsvergunning", LegalRole.APPLICATION))
                .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                .messageType(MessageType.of(KLACHT, "Klacht", LegalRole.COMPLAINT))
                .messageType(MessageType.of(ZIENSWIJZE, "Zienswijze", LegalRole.STATEMENT_OF_VIEWS))
                .messageType(MessageType.of(VRAAG, "Algemene vraag", LegalRole.INFORMAL))
                .channel(Channel.of(WEBFORMULIER_AANVRAAG, ChannelKind.WEB_FORM, "https://voorbeeld.example/aanvraag",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(WEBFORMULIER_BEZWAAR, ChannelKind.WEB_FORM, "https://voorbeeld.example/bezwaar",
                        AssuranceLevel.LOW))
                .channel(Channel.of(PORTAAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.example",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(KLACHTEN_MAIL, ChannelKind.EMAIL, "klachten@voorbeeld.example",
                        AssuranceLevel.NONE))
                .channel(Channel.of(INFO_MAIL, ChannelKind.EMAIL, "info@voorbeeld.example", AssuranceLevel.NONE))
                .channel(Channel.of(WHATSAPP, ChannelKind.SOCIAL_MEDIA, "+31 6 00000000", AssuranceLevel.NONE))
                .designation(Designation.of(AANVRAAG, Set.of(WEBFORMULIER_AANVRAAG, PORTAAL), FROM, besluit))
                .designation(Designation.of(BEZWAAR, Set.of(WEBFORMULIER_BEZWAAR, PORTAAL), FROM, besluit))
                .designation(Designation.of(KLACHT, Set.of(KLACHTEN_MAIL), FROM, besluit))
                .openedChannel(OpenedChannel.of(INFO_MAIL, FROM))
                .build();
    }

    /**
     * Returns the channels of the register, for generators that pick one.
     *
     * @return the channel ids
     */
    public static List<ChannelId> channels() {
        return List.of(WEBFORMULIER_AANVRAAG, WEBFORMULIER_BEZWAAR, PORTAAL, KLACHTEN_MAIL, INFO_MAIL, WHATSAPP);
    }
}
