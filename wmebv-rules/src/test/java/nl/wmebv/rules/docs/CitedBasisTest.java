package nl.wmebv.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.channel.ChannelStatus;
import nl.wmebv.rules.channel.WrongChannelFacts;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.channel.WrongChannelRule;
import nl.wmebv.rules.outbound.ConsentGiven;
import nl.wmebv.rules.outbound.OutboundLifecycle;
import nl.wmebv.rules.outbound.OutboundStatus;
import nl.wmebv.rules.outbound.TimeOfSending;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Outcomes name the provision they apply in their legal basis, for the provisions whose rule tests check the
 * behaviour (kind, dates) but not the citation. Found by the traceability matrix; each expectation is read
 * from the law text in LAW.md, not from the code.
 */
@DisplayName("Uitkomsten noemen de bepaling die ze toepassen")
class CitedBasisTest {
    private static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    private static final MessageId MSG = MessageId.of("besluit-1");
    private static final PartyId ALICE = PartyId.of("alice");
    private static final ChannelId PORTAL = ChannelId.of("portaal");
    private static final Sha256Digest DIGEST = Sha256Digest.digestOf(new byte[] {1, 2, 3});

    @Test
    @DisplayName("Awb 2:16 lid 1 onder c — geen wijze aangewezen voor het type: de uitkomst noemt onder c")
    void onderCIsCited() {
        WrongChannelOutcome out = WrongChannelRule.of().apply(new WrongChannelFacts(MessageId.of("zienswijze-1"),
                true, false, false, PORTAL, ChannelStatus.DESIGNATED_FOR_OTHER_TYPE, List.of(),
                BodyFinding.no("moet worden overgetypt")));
        WrongChannelOutcome.MustProcess must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out);
        assertEquals(Provision.AWB_2_16_LID_1_ONDER_C.basis(), must.primaryBasis(), must.legalBasis().toString());
    }

    @Test
    @DisplayName("Awb 2:19 — nog niets toegankelijk of bezorgd: nog niet verzonden, op grond van 2:19 als geheel")
    void notYetSentCitesTheWholeArticle() {
        OutboundStatus s = consented().statusAt(Instant.parse("2026-03-07T00:00:00Z"));
        assertEquals(TimeOfSending.Kind.NOT_YET_SENT, s.timeOfSending().kind());
        assertEquals(List.of(Provision.AWB_2_19.basis()), s.timeOfSending().legalBasis());
    }

    @Test
    @DisplayName("Awb 3:41 lid 1 — een besluit in het portaal is bekendgemaakt door toezending; de status noemt 3:41")
    void announcementCitesToezending() {
        OutboundStatus s = consented()
                .with(new PlacedInMessageBox(Instant.parse("2026-03-06T09:00:00Z"), BODY, MSG, ALICE, PORTAL, DIGEST))
                .with(new BecameAccessible(Instant.parse("2026-03-06T09:00:00Z"), BODY, MSG, ALICE, PORTAL,
                        MessageBoxKind.MESSAGE_BOX))
                .statusAt(Instant.parse("2026-03-07T00:00:00Z"));
        assertTrue(s.objectionTimeLimit().isPresent(), "a bezwaartermijn runs");
        assertTrue(s.legalBasis().contains(Provision.AWB_3_41_LID_1.basis()), s.legalBasis().toString());
    }

    private static OutboundLifecycle consented() {
        OutboundMessage message = OutboundMessage.of(MSG, BODY, List.of(ALICE), MessageTypeId.of("beschikking"), PORTAL,
                DIGEST, 100, List.of());
        List<Channel> channels = List.of(
                Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.example", AssuranceLevel.SUBSTANTIAL));
        return OutboundLifecycle.start(message, ALICE, channels, Set.of())
                .with(new ConsentGiven(Instant.parse("2026-02-01T09:00:00Z"), ALICE, PORTAL, "toestemming-portaal"));
    }
}
