package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.time.AtwCalendar;

/** Test fixtures: a body with a bezwaar type designated for a web form and a portal, and an info mailbox. */
final class LedgerFixtures {
    static final AtwCalendar CAL = AtwCalendar.standard();
    static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    static final MessageTypeId BEZWAAR = MessageTypeId.of("bezwaarschrift");
    static final MessageTypeId AANVRAAG = MessageTypeId.of("aanvraag");
    static final ChannelId FORM = ChannelId.of("webformulier-bezwaar");
    static final ChannelId PORTAL = ChannelId.of("mijn-voorbeeld");
    static final ChannelId MAIL = ChannelId.of("info-mail");
    static final MessageId BESLUIT = MessageId.of("besluit-2026-17");
    static final MessageId BEZWAARSCHRIFT = MessageId.of("bezwaar-1");
    static final Instant FROM = Instant.parse("2025-12-31T23:00:00Z");
    static final DesignationInstrument INSTRUMENT = DesignationInstrument.byDecision("Gmb. 2025, 1");

    private LedgerFixtures() {
    }

    /** Bezwaar: form and portal from 2026-01-01; aanvraag: the portal; info mail: opened under 2:14 only. */
    static DesignationRegister register() {
        return builder()
                .designation(Designation.of(BEZWAAR, Set.of(FORM, PORTAL), FROM, INSTRUMENT))
                .designation(Designation.of(AANVRAAG, Set.of(PORTAL), FROM, INSTRUMENT))
                .build();
    }

    /** As {@link #register()}, but the portal is designated for bezwaar only until {@code portalUntil}. */
    static DesignationRegister registerPortalUntil(Instant portalUntil) {
        return builder()
                .designation(new Designation(BEZWAAR, Set.of(PORTAL), FROM, Optional.of(portalUntil), INSTRUMENT,
                        FurtherRequirements.NONE))
                .designation(Designation.of(BEZWAAR, Set.of(FORM), FROM, INSTRUMENT))
                .designation(Designation.of(AANVRAAG, Set.of(PORTAL), FROM, INSTRUMENT))
                .build();
    }

    private static DesignationRegister.Builder builder() {
        return DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente Voorbeeld"))
                .messageType(MessageType.of(BEZWAAR, "Bezwaarschrift", LegalRole.NOTICE_OF_OBJECTION))
                .messageType(MessageType.of(AANVRAAG, "Aanvraag", LegalRole.APPLICATION))
                .channel(Channel.of(FORM, ChannelKind.WEB_FORM, "https://voorbeeld.nl/bezwaar", AssuranceLevel.LOW))
                .channel(Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.nl",
                        AssuranceLevel.SUBSTANTIAL))
                .channel(Channel.of(MAIL, ChannelKind.EMAIL, "info@voorbeeld.nl", AssuranceLevel.NONE))
                .openedChannel(OpenedChannel.of(MAIL, FROM));
    }

    /** The bezwaartermijn after a bekendmaking on Friday 2026-02-20: last day Tuesday 2026-04-07, ends 22:00Z. */
    static SubmissionTimeLimit objectionTerm() {
        return SubmissionTimeLimit.objection(LocalDate.of(2026, 2, 20), BEZWAAR, CAL);
    }

    static Submission received(String instant) {
        return Submission.electronic(BEZWAARSCHRIFT, Instant.parse(instant));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
