package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Berichten van een bestuursorgaan aan geadresseerden (Awb 2:7 lid 2, 2:8–2:12)")
class OutboundMessageTest {

    static final Sha256Digest ABC = AttachmentTest.ABC;
    static final MessageId OUT = MessageId.of("out-1");

    static Object[] args(List<PartyId> addressees, Optional<MessageId> amends) {
        return new Object[] {OUT, BodyId.of("gm0344"), addressees, MessageTypeId.of("beschikking"),
            ChannelId.of("berichtenbox"), ABC, 2048L, List.of(Attachment.of("besluit.pdf", "application/pdf", ABC, 3)),
            amends};
    }

    static OutboundMessage message(List<PartyId> addressees) {
        return OutboundMessage.of(OUT, BodyId.of("gm0344"), addressees, MessageTypeId.of("beschikking"),
                ChannelId.of("berichtenbox"), ABC, 2048, List.of(Attachment.of("besluit.pdf", "application/pdf", ABC, 3)));
    }

    @Test
    @DisplayName("een geldig bericht; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(OutboundMessage.class,
                args(List.of(PartyId.of("p-1"), PartyId.of("p-2")), Optional.empty()));
        ComponentChecks.assertValidAndEachNullRejected(OutboundMessage.class,
                args(List.of(PartyId.of("p-1")), Optional.of(MessageId.of("out-0"))));
    }

    @Test
    @DisplayName("zonder geadresseerde geweigerd met veld addressees, zoals de annotaties zeggen")
    void noAddressee() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> message(List.of()));
        assertEquals("addressees", e.field());
        ValidationAgreement.assertAgree(OutboundMessage.class, args(List.of(), Optional.empty()));
    }

    @Test
    @DisplayName("een dubbele geadresseerde wordt alleen door de constructor geweigerd, veld addressees[2]")
    void duplicateAddressee() {
        ValidationAgreement.assertConstructorOnlyRejection(OutboundMessage.class, "addressees[2]",
                args(List.of(PartyId.of("p-1"), PartyId.of("p-2"), PartyId.of("p-1")), Optional.empty()));
    }

    @Nested
    @DisplayName("Awb 2:12 — wijziging of intrekking door een nieuw bericht")
    class Amendment {
        @Test
        @DisplayName("een nieuw bericht wijst het gewijzigde bericht aan")
        void amends() {
            OutboundMessage amendment = message(List.of(PartyId.of("p-1"))).withAmends(MessageId.of("out-0"));
            assertEquals(Optional.of(MessageId.of("out-0")), amendment.amends());
            assertEquals(Optional.empty(), message(List.of(PartyId.of("p-1"))).amends());
        }

        @Test
        @DisplayName("een bericht kan zichzelf niet wijzigen: alleen de constructor weigert, veld amends, 2:12")
        void notItself() {
            ValidationAgreement.assertConstructorOnlyRejection(OutboundMessage.class, "amends",
                    args(List.of(PartyId.of("p-1")), Optional.of(OUT)));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> message(List.of(PartyId.of("p-1"))).withAmends(OUT));
            assertEquals(Optional.of(Provision.AWB_2_12.basis()), e.legalBasis());
        }
    }

    @Test
    @DisplayName("de totale grootte is inhoud plus bijlagen")
    void totalSize() {
        // 2048 + 3 = 2051, by hand.
        assertEquals(2051, message(List.of(PartyId.of("p-1"))).totalSize());
    }

    @Test
    @DisplayName("toString toont identificaties en digests, nooit bestandsnamen")
    void toStringRedacts() {
        String s = message(List.of(PartyId.of("p-1"))).toString();
        assertFalse(s.contains("besluit.pdf"), s);
        assertTrue(s.contains("out-1") && s.contains(ABC.hex()), s);
    }
}
