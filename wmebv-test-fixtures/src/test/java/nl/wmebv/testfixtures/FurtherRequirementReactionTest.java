package nl.wmebv.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
import nl.wmebv.core.evidence.PointedToCorrectChannel;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Regression test for the defect the generators found: a message via its only designated channel with a
 * further requirement broken (2:13 lid 3, P8), the body finding it not processable and reacting, made the
 * assessment throw (the 2:25 pointing record may not name the channel used) instead of giving an outcome.
 */
@DisplayName("2:13 lid 3, P8 — reactie op een bericht dat een nadere eis schendt geeft een uitkomst, geen fout")
class FurtherRequirementReactionTest {
    private static final ChannelId FORM = ChannelId.of("formulier");
    private static final ChannelId PORTAL = ChannelId.of("portaal");

    private static InboundOutcome assess(Set<ChannelId> designated) {
        var type = nl.wmebv.core.message.MessageTypeId.of("aanvraag");
        DesignationRegister r = DesignationRegister.builder(AdministrativeBody.of(GemeenteVoorbeeld.BODY, "Gemeente"))
                .messageType(MessageType.of(type, "Aanvraag", LegalRole.APPLICATION))
                .channel(Channel.of(FORM, ChannelKind.WEB_FORM, "https://x.example/b", AssuranceLevel.LOW))
                .channel(Channel.of(PORTAL, ChannelKind.PORTAL, "https://x.example/p", AssuranceLevel.LOW))
                .designation(Designation.of(type, designated, GemeenteVoorbeeld.FROM,
                        DesignationInstrument.byDecision("Gmb. 2025, 1"))
                        .withRequirements(FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf"))))
                .build();
        Instant t = Instant.parse("2026-04-02T14:45:00Z");
        Attachment docx = Attachment.of("aanvraag.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Sha256Digest.digestOf("d".getBytes(StandardCharsets.UTF_8)), 100);
        InboundMessage m = new InboundMessage(MessageId.of("b-1"), GemeenteVoorbeeld.BODY, PartyId.of("p"), type, FORM,
                t, AssuranceLevel.LOW, Sha256Digest.digestOf(new byte[] {1}), 10, List.of(docx));
        return InboundAssessment.of().assess(nl.wmebv.rules.inbound.InboundFacts.builder(m, r)
                .processableWithoutFurtherWork(BodyFinding.no("Word in plaats van PDF"))
                .reactedAt(t.plusSeconds(86_400)).build());
    }

    @Test
    @DisplayName("P8, enige aangewezen kanaal: 'mag wijzen', en het 2:25-record wijst op hetzelfde kanaal (met PDF)")
    void onlyChannel() {
        InboundOutcome out = assess(Set.of(FORM));
        assertEquals(WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL, out.wrongChannel().orElseThrow().kind());
        PointedToCorrectChannel p = out.evidence().stream().filter(e -> e instanceof PointedToCorrectChannel)
                .map(PointedToCorrectChannel.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of(FORM), p.correctChannels());
        assertEquals(FORM, p.usedChannel());
    }

    @Test
    @DisplayName("P8, twee aangewezen kanalen: het verwijsrecord noemt beide aangewezen kanalen")
    void otherChannel() {
        InboundOutcome out = assess(Set.of(FORM, PORTAL));
        PointedToCorrectChannel p = out.evidence().stream().filter(e -> e instanceof PointedToCorrectChannel)
                .map(PointedToCorrectChannel.class::cast).findFirst().orElseThrow();
        assertEquals(Set.of(FORM, PORTAL), p.correctChannels());
    }
}
