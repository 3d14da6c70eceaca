package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Berichten aan een bestuursorgaan (Awb 2:13–2:17, 2:20)")
class InboundMessageTest {

    static final Sha256Digest ABC = AttachmentTest.ABC;
    static final Instant RECEIVED = Instant.parse("2026-03-02T09:15:00Z");

    static Object[] args(long contentSize, List<Attachment> attachments) {
        return new Object[] {MessageId.of("in-1"), BodyId.of("gm0344"), PartyId.of("p-1"),
            MessageTypeId.of("bezwaar"), ChannelId.of("portaal"), RECEIVED, AssuranceLevel.SUBSTANTIAL, ABC,
            contentSize, attachments};
    }

    static InboundMessage message(long contentSize, List<Attachment> attachments) {
        return new InboundMessage(MessageId.of("in-1"), BodyId.of("gm0344"), PartyId.of("p-1"),
                MessageTypeId.of("bezwaar"), ChannelId.of("portaal"), RECEIVED, AssuranceLevel.SUBSTANTIAL, ABC,
                contentSize, attachments);
    }

    @Test
    @DisplayName("een geldig bericht, met en zonder bijlagen; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(InboundMessage.class, args(0, List.of()));
        ComponentChecks.assertValidAndEachNullRejected(InboundMessage.class,
                args(1200, List.of(Attachment.of("a.pdf", "application/pdf", ABC, 3))));
    }

    @Test
    @DisplayName("een negatieve grootte wordt geweigerd met veld contentSize, zoals de annotaties zeggen")
    void negativeSize() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> message(-1, List.of()));
        assertEquals("contentSize", e.field());
        ValidationAgreement.assertAgree(InboundMessage.class, args(-1, List.of()));
    }

    @Test
    @DisplayName("een ontbrekende bijlage wordt geweigerd met veld attachments[1], zoals de annotaties zeggen")
    void nullAttachment() {
        List<Attachment> withNull = Arrays.asList(Attachment.of("a.pdf", "application/pdf", ABC, 3), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> message(0, withNull));
        assertEquals("attachments[1]", e.field());
        ValidationAgreement.assertAgree(InboundMessage.class, args(0, withNull));
    }

    @Test
    @DisplayName("de bijlagen worden gekopieerd: latere wijziging van de lijst verandert het bericht niet")
    void attachmentsCopied() {
        List<Attachment> list = new ArrayList<>(List.of(Attachment.of("a.pdf", "application/pdf", ABC, 3)));
        InboundMessage m = message(0, list);
        list.clear();
        assertEquals(1, m.attachments().size());
        assertThrows(UnsupportedOperationException.class, () -> m.attachments().clear());
    }

    @Test
    @DisplayName("de totale grootte is inhoud plus bijlagen, begrensd op Long.MAX_VALUE")
    void totalSize() {
        // 1200 + 3 + 40 = 1243, by hand.
        assertEquals(1243, message(1200, List.of(Attachment.of("a.pdf", "application/pdf", ABC, 3),
                Attachment.of("b.png", "image/png", ABC, 40))).totalSize());
        // (MAX - 10) + 100 overflows a long: saturates.
        assertEquals(Long.MAX_VALUE, message(Long.MAX_VALUE - 10,
                List.of(Attachment.of("a.pdf", "application/pdf", ABC, 100))).totalSize());
    }

    @Test
    @DisplayName("toString toont identificaties, digests en groottes, nooit bestandsnamen")
    void toStringRedacts() {
        String s = message(1200, List.of(Attachment.of("bezwaar-jansen.pdf", "application/pdf", ABC, 3))).toString();
        assertFalse(s.contains("jansen"), s);
        assertTrue(s.contains("in-1") && s.contains(ABC.hex()) && s.contains("2026-03-02T09:15:00Z"), s);
    }
}
