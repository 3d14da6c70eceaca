package nl.wmebv.rules.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.designation.FurtherRequirements;
import nl.wmebv.core.designation.TemporaryExemption;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.rules.receipt.DataReturnPath;

/**
 * A small, compliant configuration that each test breaks in one place: aanvraag (needs substantial) via web
 * form and portal; bezwaar (needs low) via web form; klacht (needs none) via e-mail; an informal type; a
 * WhatsApp account designated for nothing. Dates: 2026-01-01 00:00 Amsterdam = 2025-12-31T23:00Z (CET).
 */
final class AuditSetup {
    static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gemeente-test"), "Gemeente Test");
    static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag");
    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaar");
    static final MessageTypeId KLACHT = MessageTypeId.of("klacht");
    static final MessageTypeId VRAAG = MessageTypeId.of("vraag");
    static final ChannelId FORM = ChannelId.of("webformulier");
    static final ChannelId PORTAL = ChannelId.of("portaal");
    static final ChannelId MAIL = ChannelId.of("mail");
    static final ChannelId WHATSAPP = ChannelId.of("whatsapp");
    static final ChannelId BERICHTENBOX = ChannelId.of("berichtenbox");
    static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");
    /** 2026-03-02 09:00 CET; the default look-ahead of 90 days ends at 2026-05-31 00:00 CEST = 2026-05-30T22:00Z. */
    static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    static final DesignationInstrument BESLUIT = DesignationInstrument.byDecision("Gmb. 2025, 1");

    final List<MessageType> types = new ArrayList<>(List.of(
            MessageType.of(AANVRAAG, "Aanvraag", LegalRole.APPLICATION),
            MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION),
            MessageType.of(KLACHT, "Klacht", LegalRole.COMPLAINT),
            MessageType.of(VRAAG, "Vraag", LegalRole.INFORMAL)));
    final List<Channel> channels = new ArrayList<>(List.of(
            Channel.of(FORM, ChannelKind.WEB_FORM, "https://test.example/formulier", AssuranceLevel.SUBSTANTIAL),
            Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.test.example", AssuranceLevel.SUBSTANTIAL),
            Channel.of(MAIL, ChannelKind.EMAIL, "post@test.example", AssuranceLevel.NONE),
            Channel.of(WHATSAPP, ChannelKind.SOCIAL_MEDIA, "+31 6 0000", AssuranceLevel.NONE)));
    final List<Designation> designations = new ArrayList<>(List.of(
            Designation.of(AANVRAAG, Set.of(FORM, PORTAL), FROM, BESLUIT)
                    .withRequirements(FurtherRequirements.NONE.withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL)),
            Designation.of(BEZWAAR, Set.of(FORM), FROM, BESLUIT),
            Designation.of(KLACHT, Set.of(MAIL), FROM, BESLUIT)));
    final List<TemporaryExemption> exemptions = new ArrayList<>();
    final Map<MessageTypeId, AssuranceLevel> levels = new LinkedHashMap<>(Map.of(
            AANVRAAG, AssuranceLevel.SUBSTANTIAL, BEZWAAR, AssuranceLevel.LOW, KLACHT, AssuranceLevel.NONE));
    final Map<ChannelId, ChannelCapabilities> caps = new LinkedHashMap<>();
    final List<FormDefinition> forms = new ArrayList<>();

    AuditSetup() {
        caps.put(FORM, ChannelCapabilities.inbound(FORM)
                .withEnteredDataReturn(new DataReturnPath(ChannelKind.WEB_FORM, AssuranceLevel.SUBSTANTIAL)));
        caps.put(PORTAL, ChannelCapabilities.inbound(PORTAL).withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS)
                .withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL))
                .withAddresseeAccess(true, true));
        caps.put(MAIL, ChannelCapabilities.inbound(MAIL));
        forms.add(FormDefinition.of("F-aanvraag", AANVRAAG, FORM,
                FormField.of("bsn", FieldObligation.REQUIRED, BodyFinding.yes("identificatie aanvrager")),
                FormField.of("telefoon", FieldObligation.OPTIONAL_MARKED, BodyFinding.no("alleen voor contact"))));
    }

    AuditSetup capability(ChannelId channel, UnaryOperator<ChannelCapabilities> change) {
        caps.put(channel, change.apply(caps.getOrDefault(channel, ChannelCapabilities.inbound(channel))));
        return this;
    }

    AuditSetup designation(MessageTypeId type, UnaryOperator<Designation> change) {
        for (int i = 0; i < designations.size(); i++) {
            if (designations.get(i).type().equals(type)) {
                designations.set(i, change.apply(designations.get(i)));
                return this;
            }
        }
        throw new AssertionError("no designation for " + type);
    }

    DesignationRegister register() {
        DesignationRegister.Builder b = DesignationRegister.builder(BODY);
        types.forEach(b::messageType);
        channels.forEach(b::channel);
        designations.forEach(b::designation);
        exemptions.forEach(b::exemption);
        return b.build();
    }

    AuditConfiguration configuration() {
        return new AuditConfiguration(register(), levels, List.copyOf(caps.values()), forms);
    }

    AuditReport audit() {
        return ComplianceAudit.of().audit(configuration(), AT);
    }
}
