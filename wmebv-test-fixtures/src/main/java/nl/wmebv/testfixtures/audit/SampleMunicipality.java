package nl.wmebv.testfixtures.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.designation.FurtherRequirements;
import nl.wmebv.core.designation.OpenedChannel;
import nl.wmebv.core.designation.TemporaryExemption;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.rules.audit.AcknowledgementSupport;
import nl.wmebv.rules.audit.AuditConfiguration;
import nl.wmebv.rules.audit.AuditFinding.Kind;
import nl.wmebv.rules.audit.ChannelCapabilities;
import nl.wmebv.rules.audit.FieldObligation;
import nl.wmebv.rules.audit.FormDefinition;
import nl.wmebv.rules.audit.FormField;
import nl.wmebv.rules.audit.Severity;
import nl.wmebv.rules.receipt.DataReturnPath;

/**
 * The configuration of the fictional Gemeente Voorbeeld for the compliance audit: 114 message types (112
 * formal: an aanvraag, an aanvulling and a bezwaarschrift for each of 35 products, a klacht, an
 * ingebrekestelling and five meldingen; two informal), eleven channels, one designation per type and
 * channel from 1 January 2026, channel capabilities and two application forms.
 *
 * <p>{@link #clean()} has no finding at all at {@link #REFERENCE_MOMENT}; {@link #withPlantedGaps()} has
 * the gaps listed by {@link #plantedGaps()}, one or more of every finding kind. Designations and the
 * exemption are dated in Europe/Amsterdam time; the UTC instants are in the constants. This class is
 * immutable and thread-safe.
 */
public final class SampleMunicipality {
    /** The body. */
    public static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gemeente-voorbeeld"),
            "Gemeente Voorbeeld");
    /** The reference moment: Monday 2 March 2026, 09:00 CET. */
    public static final Instant REFERENCE_MOMENT = Instant.parse("2026-03-02T08:00:00Z");
    /** 1 January 2026, 00:00 CET: the aanwijzingsbesluit takes effect. */
    public static final Instant DESIGNATIONS_FROM = Instant.parse("2025-12-31T23:00:00Z");
    /** 1 April 2026, 00:00 CEST: the planted designation of aanvraag-standplaats ends. */
    public static final Instant STANDPLAATS_ENDS = Instant.parse("2026-03-31T22:00:00Z");
    /** 15 April 2026, 00:00 CEST: the planted designation of aanvraag-ligplaats starts. */
    public static final Instant LIGPLAATS_STARTS = Instant.parse("2026-04-14T22:00:00Z");
    /** 1 May 2026, 00:00 CEST: the planted exemption of the ingebrekestelling lapses. */
    public static final Instant EXEMPTION_ENDS = Instant.parse("2026-04-30T22:00:00Z");

    /** The 35 products, each with an aanvraag, an aanvulling and a bezwaarschrift. */
    public static final List<String> PRODUCTS = List.of("omgevingsvergunning", "parkeervergunning",
            "evenementenvergunning", "bijzondere-bijstand", "wmo", "standplaats", "ligplaats", "hondenbelasting",
            "kapvergunning", "uitritvergunning", "drank-en-horecavergunning", "exploitatievergunning",
            "terrasvergunning", "subsidie-cultuur", "subsidie-sport", "subsidie-duurzaamheid", "leerlingenvervoer",
            "kwijtschelding", "woz-herziening", "gehandicaptenparkeerkaart", "bouwvergunning-monument",
            "sloopmelding-asbest", "verhuisvergoeding", "individuele-inkomenstoeslag", "schuldhulpverlening",
            "huisvestingsvergunning", "splitsingsvergunning", "ontheffing-geluid", "ontheffing-sluitingstijd",
            "marktvergunning", "collectevergunning", "speelautomatenvergunning", "ligplaatsvergunning-woonboot",
            "vestigingsvergunning", "afvalcontainer-openbare-ruimte");
    /** The five meldingen. */
    public static final List<String> MELDINGEN = List.of("melding-evenement", "melding-openbare-ruimte",
            "melding-verbouwing", "melding-sloop", "melding-brandveilig-gebruik");

    /** General web form for applications, DigiD substantieel. */
    public static final ChannelId WEBFORMULIER = ChannelId.of("webformulier");
    /** The portal Mijn Voorbeeld: data entry, and messages placed for addressees. */
    public static final ChannelId MIJN_VOORBEELD = ChannelId.of("mijn-voorbeeld");
    /** The objection form, DigiD basis. */
    public static final ChannelId BEZWAARFORMULIER = ChannelId.of("bezwaarformulier");
    /** The form for complaints and meldingen, without log-in. */
    public static final ChannelId KLACHTENFORMULIER = ChannelId.of("klachten-en-meldingenformulier");
    /** The form for bijzondere bijstand, DigiD substantieel. */
    public static final ChannelId WEBFORMULIER_BIJSTAND = ChannelId.of("webformulier-bijstand");
    /** An e-mail address for meldingen (designated only in the planted configuration). */
    public static final ChannelId MELDINGEN_MAIL = ChannelId.of("meldingen-mail");
    /** A generic contact form (designated only in the planted configuration). */
    public static final ChannelId CONTACTFORMULIER = ChannelId.of("contactformulier");
    /** The WhatsApp account of the KCC (designated only in the planted configuration). */
    public static final ChannelId WHATSAPP = ChannelId.of("whatsapp-kcc");
    /** The business portal, in which the body places messages for companies. */
    public static final ChannelId ONDERNEMERSPORTAAL = ChannelId.of("ondernemersportaal");
    /** The MijnOverheid Berichtenbox (Wdo-voorziening). */
    public static final ChannelId BERICHTENBOX = ChannelId.of("berichtenbox");
    /** The general information address, opened for other messages only (Awb 2:14). */
    public static final ChannelId INFO_MAIL = ChannelId.of("info-mail");

    private static final DesignationInstrument BESLUIT =
            DesignationInstrument.byDecision("Gemeenteblad 2025, 987654");
    private static final Set<String> BEZWAAR_FORMATS = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final long TWENTY_MB = 20_000_000L;

    private SampleMunicipality() {
    }

    /**
     * Returns the compliant configuration: no finding at {@link #REFERENCE_MOMENT}.
     *
     * @return the configuration
     */
    public static AuditConfiguration clean() {
        return build(false);
    }

    /**
     * Returns the configuration with the gaps of {@link #plantedGaps()}.
     *
     * @return the configuration
     */
    public static AuditConfiguration withPlantedGaps() {
        return build(true);
    }

    /**
     * Returns the gaps planted in {@link #withPlantedGaps()}, at least one of every finding kind.
     *
     * @return the gaps
     */
    public static List<PlantedGap> plantedGaps() {
        return List.of(
                new PlantedGap(Kind.NO_DESIGNATED_CHANNEL, Severity.VIOLATION, "bezwaar-hondenbelasting",
                        "designations left out"),
                new PlantedGap(Kind.NO_DESIGNATED_CHANNEL, Severity.VIOLATION, "melding-evenement",
                        "designations left out"),
                new PlantedGap(Kind.NO_DESIGNATED_CHANNEL, Severity.VIOLATION, "aanvraag-ligplaats",
                        "designations start only on 15 April 2026"),
                new PlantedGap(Kind.DESIGNATION_STARTS, Severity.ADVICE, "aanvraag-ligplaats",
                        "designations start on 15 April 2026, within 90 days"),
                new PlantedGap(Kind.DESIGNATION_ENDS, Severity.RISK, "aanvraag-standplaats",
                        "all designations end on 1 April 2026 without successor"),
                new PlantedGap(Kind.EXEMPTION_LAPSES, Severity.RISK, "ingebrekestelling",
                        "exempted until 1 May 2026 and no designation"),
                new PlantedGap(Kind.CHANNEL_TOO_WEAK, Severity.VIOLATION, "aanvraag-wmo",
                        "also designated the complaints form without log-in"),
                new PlantedGap(Kind.DISPROPORTIONATE_REQUIREMENT, Severity.RISK, "klacht",
                        "klacht via the portal demands DigiD substantieel"),
                new PlantedGap(Kind.REQUIREMENTS_EXCEED_CHANNEL, Severity.RISK, KLACHTENFORMULIER.value(),
                        "the form accepts PDF only, the requirements allow images"),
                new PlantedGap(Kind.NO_RECEIPT_ACKNOWLEDGEMENT, Severity.VIOLATION, MELDINGEN_MAIL.value(),
                        "the meldingen address cannot acknowledge"),
                new PlantedGap(Kind.NO_EVIDENCE_LOGGING, Severity.RISK, MELDINGEN_MAIL.value(),
                        "the meldingen address logs nothing"),
                new PlantedGap(Kind.ENTERED_DATA_NOT_RETURNED, Severity.VIOLATION, KLACHTENFORMULIER.value(),
                        "no copy of the entered data"),
                new PlantedGap(Kind.ENTERED_DATA_RETURN_UNRELIABLE, Severity.VIOLATION,
                        WEBFORMULIER_BIJSTAND.value(), "data entered behind DigiD returned by plain e-mail"),
                new PlantedGap(Kind.SOCIAL_MEDIA_DESIGNATED, Severity.ADVICE, WHATSAPP.value(),
                        "WhatsApp designated for melding-openbare-ruimte"),
                new PlantedGap(Kind.CATCH_ALL_CHANNEL, Severity.RISK, CONTACTFORMULIER.value(),
                        "contact form designated for every type with a channel"),
                new PlantedGap(Kind.NO_NOTIFICATION, Severity.RISK, ONDERNEMERSPORTAAL.value(),
                        "no kennisgeving; the Berichtenbox sends them (2:10 lid 3)"),
                new PlantedGap(Kind.NO_BOUNCE_HANDLING, Severity.VIOLATION, ONDERNEMERSPORTAAL.value(),
                        "bounces are not acted on"),
                new PlantedGap(Kind.FORM_FIELD_NOT_NECESSARY, Severity.VIOLATION, "aanvraag-parkeervergunning",
                        "field beroep required and not necessary"),
                new PlantedGap(Kind.FORM_FIELD_NECESSITY_NOT_STATED, Severity.RISK, "aanvraag-bijzondere-bijstand",
                        "field aantal-huisdieren required, necessity not judged"));
    }

    /**
     * Returns the identifiers of the formal types the planted gaps name in findings of severity VIOLATION or
     * RISK from the statute, worked out by hand from the list above: these are the types not fully
     * compliant.
     *
     * @return the type identifiers
     */
    public static Set<String> nonCompliantTypesWithPlantedGaps() {
        return Set.of("bezwaar-hondenbelasting", "melding-evenement", "aanvraag-ligplaats", "aanvraag-standplaats",
                "ingebrekestelling", "aanvraag-wmo", "klacht", "melding-openbare-ruimte", "melding-verbouwing",
                "melding-sloop", "melding-brandveilig-gebruik", "aanvraag-bijzondere-bijstand",
                "aanvraag-parkeervergunning");
    }

    private static AuditConfiguration build(boolean planted) {
        DesignationRegister.Builder reg = DesignationRegister.builder(BODY);
        Map<MessageTypeId, AssuranceLevel> levels = new LinkedHashMap<>();
        channels(reg);
        List<Designation> designations = new ArrayList<>();
        for (String product : PRODUCTS) {
            for (String prefix : List.of("aanvraag-", "aanvulling-", "bezwaar-")) {
                MessageTypeId id = MessageTypeId.of(prefix + product);
                LegalRole role = prefix.equals("aanvraag-") ? LegalRole.APPLICATION
                        : prefix.equals("aanvulling-") ? LegalRole.SUPPLEMENT : LegalRole.NOTICE_OF_OBJECTION;
                reg.messageType(MessageType.of(id, name(prefix, product), role));
                if (role == LegalRole.NOTICE_OF_OBJECTION) {
                    levels.put(id, AssuranceLevel.LOW);
                    if (!(planted && product.equals("hondenbelasting"))) {
                        designations.add(designation(id, BEZWAARFORMULIER, bezwaarRequirements()));
                    }
                } else {
                    levels.put(id, AssuranceLevel.SUBSTANTIAL);
                    ChannelId form = product.equals("bijzondere-bijstand") && role == LegalRole.APPLICATION
                            ? WEBFORMULIER_BIJSTAND : WEBFORMULIER;
                    FurtherRequirements digid = FurtherRequirements.NONE
                            .withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL);
                    designations.add(designation(id, form, digid));
                    designations.add(designation(id, MIJN_VOORBEELD, digid));
                    if (planted && id.value().equals("aanvraag-wmo")) {
                        designations.add(designation(id, KLACHTENFORMULIER, FurtherRequirements.NONE));
                    }
                }
            }
        }
        MessageTypeId klacht = MessageTypeId.of("klacht");
        reg.messageType(MessageType.of(klacht, "Klacht over een gedraging", LegalRole.COMPLAINT));
        levels.put(klacht, AssuranceLevel.NONE);
        designations.add(designation(klacht, KLACHTENFORMULIER, klachtRequirements()));
        if (planted) {
            designations.add(designation(klacht, MIJN_VOORBEELD,
                    FurtherRequirements.NONE.withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL)));
        }
        MessageTypeId ingebrekestelling = MessageTypeId.of("ingebrekestelling");
        reg.messageType(MessageType.of(ingebrekestelling, "Ingebrekestelling", LegalRole.NOTICE_OF_DEFAULT));
        levels.put(ingebrekestelling, AssuranceLevel.LOW);
        if (planted) {
            reg.exemption(new TemporaryExemption("Stcrt. 2025, 40000", BODY.id(), Set.of(ingebrekestelling),
                    DESIGNATIONS_FROM, EXEMPTION_ENDS));
        } else {
            designations.add(designation(ingebrekestelling, BEZWAARFORMULIER, bezwaarRequirements()));
        }
        for (String melding : MELDINGEN) {
            MessageTypeId id = MessageTypeId.of(melding);
            reg.messageType(MessageType.of(id, name("", melding), LegalRole.STATUTORY_REPORT));
            levels.put(id, AssuranceLevel.NONE);
            if (planted && melding.equals("melding-evenement")) {
                continue;
            }
            designations.add(designation(id, KLACHTENFORMULIER, klachtRequirements()));
            if (planted) {
                designations.add(designation(id, MELDINGEN_MAIL, FurtherRequirements.NONE));
            }
            if (planted && melding.equals("melding-openbare-ruimte")) {
                designations.add(designation(id, WHATSAPP, FurtherRequirements.NONE));
            }
        }
        reg.messageType(MessageType.of(MessageTypeId.of("vraag"), "Algemene vraag", LegalRole.INFORMAL));
        reg.messageType(MessageType.of(MessageTypeId.of("compliment"), "Compliment", LegalRole.INFORMAL));
        reg.openedChannel(OpenedChannel.of(INFO_MAIL, DESIGNATIONS_FROM));

        List<Designation> dated = new ArrayList<>();
        Set<MessageTypeId> withChannel = new java.util.LinkedHashSet<>();
        for (Designation d : designations) {
            Designation x = d;
            if (planted && d.type().value().equals("aanvraag-ligplaats")) {
                x = new Designation(d.type(), d.channels(), LIGPLAATS_STARTS, Optional.empty(), d.instrument(),
                        d.requirements());
            } else {
                withChannel.add(d.type());
            }
            dated.add(x);
        }
        if (planted) {
            for (MessageTypeId t : withChannel) {
                dated.add(designation(t, CONTACTFORMULIER, FurtherRequirements.NONE));
            }
        }
        for (Designation d : dated) {
            reg.designation(planted && d.type().value().equals("aanvraag-standplaats")
                    ? d.withValidTo(STANDPLAATS_ENDS) : d);
        }
        return new AuditConfiguration(reg.build(), levels, capabilities(planted), forms(planted));
    }

    private static void channels(DesignationRegister.Builder reg) {
        reg.channel(Channel.of(WEBFORMULIER, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/aanvragen",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(MIJN_VOORBEELD, ChannelKind.PORTAL, "https://mijn.voorbeeld.nl",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(BEZWAARFORMULIER, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/bezwaar",
                AssuranceLevel.LOW));
        reg.channel(Channel.of(KLACHTENFORMULIER, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/melden",
                AssuranceLevel.NONE));
        reg.channel(Channel.of(WEBFORMULIER_BIJSTAND, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/bijstand",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(MELDINGEN_MAIL, ChannelKind.EMAIL, "meldingen@voorbeeld.nl", AssuranceLevel.NONE));
        reg.channel(Channel.of(CONTACTFORMULIER, ChannelKind.WEB_FORM, "https://www.voorbeeld.nl/contact",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(WHATSAPP, ChannelKind.SOCIAL_MEDIA, "+31 6 12345678", AssuranceLevel.NONE));
        reg.channel(Channel.of(ONDERNEMERSPORTAAL, ChannelKind.PORTAL, "https://ondernemers.voorbeeld.nl",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(BERICHTENBOX, ChannelKind.WDO_MESSAGE_BOX, "MijnOverheid Berichtenbox",
                AssuranceLevel.SUBSTANTIAL));
        reg.channel(Channel.of(INFO_MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE));
    }

    private static List<ChannelCapabilities> capabilities(boolean planted) {
        DataReturnPath substantialDownload = new DataReturnPath(ChannelKind.WEB_FORM, AssuranceLevel.SUBSTANTIAL);
        List<ChannelCapabilities> caps = new ArrayList<>();
        caps.add(ChannelCapabilities.inbound(WEBFORMULIER).withEnteredDataReturn(substantialDownload));
        caps.add(ChannelCapabilities.inbound(MIJN_VOORBEELD)
                .withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS)
                .withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL))
                .withAddresseeAccess(true, true));
        caps.add(ChannelCapabilities.inbound(BEZWAARFORMULIER)
                .withEnteredDataReturn(new DataReturnPath(ChannelKind.WEB_FORM, AssuranceLevel.LOW))
                .withLimits(BEZWAAR_FORMATS, TWENTY_MB));
        ChannelCapabilities klachten = ChannelCapabilities.inbound(KLACHTENFORMULIER);
        caps.add(planted ? klachten.withLimits(Set.of("application/pdf"), TWENTY_MB)
                : klachten.withEnteredDataReturn(new DataReturnPath(ChannelKind.WEB_FORM, AssuranceLevel.NONE))
                        .withLimits(BEZWAAR_FORMATS, TWENTY_MB));
        caps.add(ChannelCapabilities.inbound(WEBFORMULIER_BIJSTAND).withEnteredDataReturn(planted
                ? new DataReturnPath(ChannelKind.EMAIL, AssuranceLevel.SUBSTANTIAL) : substantialDownload));
        if (planted) {
            caps.add(ChannelCapabilities.inbound(MELDINGEN_MAIL).withAcknowledgement(AcknowledgementSupport.NONE)
                    .withEvidenceLogging(false));
            caps.add(ChannelCapabilities.inbound(CONTACTFORMULIER).withEnteredDataReturn(substantialDownload));
            caps.add(ChannelCapabilities.inbound(WHATSAPP));
        }
        caps.add(ChannelCapabilities.inbound(ONDERNEMERSPORTAAL)
                .withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS)
                .withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL))
                .withAddresseeAccess(!planted, !planted));
        caps.add(ChannelCapabilities.inbound(BERICHTENBOX).withAddresseeAccess(true, true));
        return caps;
    }

    private static List<FormDefinition> forms(boolean planted) {
        List<FormField> parking = new ArrayList<>(List.of(
                FormField.of("kenteken", FieldObligation.REQUIRED, BodyFinding.yes("vergunning is kentekengebonden")),
                FormField.of("telefoon", FieldObligation.OPTIONAL_MARKED, BodyFinding.no("alleen voor contact"))));
        List<FormField> bijstand = new ArrayList<>(List.of(
                FormField.of("inkomen", FieldObligation.REQUIRED, BodyFinding.yes("toets draagkracht")),
                FormField.of("iban", FieldObligation.REQUIRED, BodyFinding.yes("uitbetaling"))));
        if (planted) {
            parking.add(FormField.of("beroep", FieldObligation.REQUIRED, BodyFinding.no("niet relevant voor de vergunning")));
            bijstand.add(FormField.of("aantal-huisdieren", FieldObligation.REQUIRED, BodyFinding.notStated()));
        }
        return List.of(
                new FormDefinition("F-aanvraag-parkeervergunning", MessageTypeId.of("aanvraag-parkeervergunning"),
                        WEBFORMULIER, parking),
                new FormDefinition("F-aanvraag-bijzondere-bijstand", MessageTypeId.of("aanvraag-bijzondere-bijstand"),
                        WEBFORMULIER_BIJSTAND, bijstand));
    }

    private static Designation designation(MessageTypeId type, ChannelId channel, FurtherRequirements requirements) {
        return Designation.of(type, Set.of(channel), DESIGNATIONS_FROM, BESLUIT).withRequirements(requirements);
    }

    private static FurtherRequirements bezwaarRequirements() {
        return FurtherRequirements.NONE.withAllowedMediaTypes(BEZWAAR_FORMATS).withMaxTotalSize(TWENTY_MB);
    }

    private static FurtherRequirements klachtRequirements() {
        return FurtherRequirements.NONE.withAllowedMediaTypes(BEZWAAR_FORMATS).withMaxTotalSize(TWENTY_MB);
    }

    private static String name(String prefix, String product) {
        String base = (prefix + product).replace('-', ' ');
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
