package nl.wmebv.rules.inbound;

import static nl.wmebv.rules.inbound.Voorbeeld.AANVRAAG;
import static nl.wmebv.rules.inbound.Voorbeeld.BEZWAAR;
import static nl.wmebv.rules.inbound.Voorbeeld.FORM_AANVRAAG;
import static nl.wmebv.rules.inbound.Voorbeeld.FORM_BEZWAAR;
import static nl.wmebv.rules.inbound.Voorbeeld.INFO_MAIL;
import static nl.wmebv.rules.inbound.Voorbeeld.KLACHT;
import static nl.wmebv.rules.inbound.Voorbeeld.KLACHTEN_MAIL;
import static nl.wmebv.rules.inbound.Voorbeeld.PORTAAL;
import static nl.wmebv.rules.inbound.Voorbeeld.VRAAG;
import static nl.wmebv.rules.inbound.Voorbeeld.WHATSAPP;
import static nl.wmebv.rules.inbound.Voorbeeld.ZIENSWIJZE;
import static nl.wmebv.rules.inbound.Voorbeeld.docx;
import static nl.wmebv.rules.inbound.Voorbeeld.message;
import static nl.wmebv.rules.inbound.Voorbeeld.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.rules.channel.HandlingTermStart;
import nl.wmebv.rules.channel.ProcessReason;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.misaddressed.Misdirection;
import nl.wmebv.rules.misaddressed.MisaddressedOutcome;
import nl.wmebv.rules.receipt.DataReturnPath;
import nl.wmebv.rules.receipt.ReceiptDuties;
import nl.wmebv.rules.receipt.ReceiptFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Inbound assessment — een dag bij Gemeente Voorbeeld")
class InboundAssessmentTest {
    private static final InboundAssessment ASSESSMENT = InboundAssessment.of();
    private static final DesignationRegister REGISTER = Voorbeeld.register();
    private static final BodyFinding NOT_PROCESSABLE = BodyFinding.no("moet worden overgetypt");

    @Nested
    @DisplayName("via de aangewezen wijze")
    class Designated {
        @Test
        @DisplayName("aanvraag via het webformulier: behandelen, bevestigen (P10: 1 werkdag), gegevens teruggeven")
        void applicationViaForm() {
            // Thursday 2 April 2026 10:00 CEST; Fri 3 Apr is Goede Vrijdag and Mon 6 Apr Tweede Paasdag, so the
            // first working day after the day of receipt is Tuesday 7 April, ending 24:00 CEST = 22:00Z.
            var m = message("m-aanvraag", AANVRAAG, FORM_AANVRAAG, "2026-04-02T08:00:00Z", pdf("tekening.pdf"));
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .returnPath(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL)).build());
            assertEquals(WrongChannelOutcome.Kind.DESIGNATED_CHANNEL, out.wrongChannel().orElseThrow().kind());
            assertTrue(out.has(DutyKind.PROCESS));
            Duty ack = out.duties().stream().filter(d -> d.kind() == DutyKind.ACKNOWLEDGE_RECEIPT).findFirst()
                    .orElseThrow();
            assertEquals(Optional.of(Instant.parse("2026-04-07T22:00:00Z")), ack.dueBy());
            assertFalse(ack.late());
            assertTrue(out.has(DutyKind.RETURN_ENTERED_DATA));
            assertEquals(ReceiptDuties.ReturnPathAssessment.SUFFICIENT,
                    out.receiptDuties().orElseThrow().returnPathAssessment());
            var copy = assertInstanceOf(Notice.EnteredDataCopy.class, out.notices().get(1));
            String copyText = copy.render(Locale.ROOT);
            assertTrue(copyText.contains("tekening.pdf") && copyText.contains(m.contentDigest().hex())
                    && copyText.contains("artikel 2:17, tweede lid"), copyText);
            assertTrue(copy.render(Locale.ENGLISH).contains("Article 2:17(2)"));
            var notice = assertInstanceOf(Notice.ReceiptAcknowledgement.class, out.notices().get(0));
            String text = notice.render(Locale.ROOT);
            assertTrue(text.contains("Gemeente Voorbeeld") && text.contains("m-aanvraag")
                    && text.contains("donderdag 2 april 2026 om 10:00 (UTC+02:00)") && text.contains("tekening.pdf")
                    && text.contains(m.attachments().get(0).digest().hex()), text);
            assertEquals(LocalDate.of(2026, 4, 2), out.termEffects().legalDayOfReceipt());
            assertFalse(out.termEffects().extensionPendingReaction());
        }

        @Test
        @DisplayName("P10 — bevestiging na de servicenorm: een signaal 'te laat', geen schending")
        void lateAcknowledgement() {
            var m = message("m-late", AANVRAAG, FORM_AANVRAAG, "2026-04-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .acknowledgedAt(Instant.parse("2026-04-07T22:00:00Z")).build());
            assertTrue(out.duties().stream().anyMatch(d -> d.kind() == DutyKind.ACKNOWLEDGE_RECEIPT && d.late()));
        }

        @Test
        @DisplayName("bezwaarschrift met een Word-bijlage op het PDF-formulier: P8, onder b, geen 2:17-bevestiging")
        void requirementBroken() {
            var m = message("m-bezwaar-docx", BEZWAAR, FORM_BEZWAAR, "2026-03-02T08:00:00Z", docx("bezwaar.docx"));
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build());
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out.wrongChannel().orElseThrow());
            assertEquals(List.of(ProcessReason.OBJECTION_OR_APPEAL), must.reasons());
            assertEquals(ReceiptDuties.Acknowledgement.NOT_DUE_REQUIREMENT_BROKEN,
                    out.receiptDuties().orElseThrow().acknowledgement());
            assertTrue(out.has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING));
            assertTrue(out.has(DutyKind.RETURN_ENTERED_DATA));
            assertFalse(out.has(DutyKind.ACKNOWLEDGE_RECEIPT));
        }
    }

    @Nested
    @DisplayName("Awb 2:16 — via een verkeerde wijze")
    class WrongChannel {
        @Test
        @DisplayName("aanvraag per klachten-mail: mag wijzen op webformulier en portaal; 2:23 wacht op de reactie")
        void applicationByMail() {
            var m = message("m-aanvraag-mail", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(NOT_PROCESSABLE).build());
            var may = assertInstanceOf(WrongChannelOutcome.MayPointToCorrectChannel.class,
                    out.wrongChannel().orElseThrow());
            assertEquals(2, may.correctChannels().size());
            assertTrue(may.application());
            // The 2:23 conditions (term-bound, reasonably believed) are the body's findings: not stated here.
            assertEquals(ExtensionStatus.NEEDS_ASSESSMENT, out.termEffects().extension());
            assertFalse(out.termEffects().extensionPendingReaction());
            assertTrue(out.duties().stream().anyMatch(d -> d.kind() == DutyKind.ASSESS
                    && d.basis().equals(Provision.AWB_2_23.basis())));
            Duty point = out.duties().get(0);
            assertEquals(DutyKind.POINT_TO_CORRECT_CHANNEL, point.kind());
            assertFalse(point.mandatory());
            String text = out.notices().get(0).render(Locale.ROOT);
            assertTrue(text.contains("https://voorbeeld.nl/aanvraag") && text.contains("https://mijn.voorbeeld.nl"),
                    text);
            assertTrue(text.contains("Wij behandelen uw bericht daarom niet") && text.contains("Soms krijgt u extra tijd"),
                    text);
            assertFalse(out.has(DutyKind.ACKNOWLEDGE_RECEIPT));
            assertFalse(out.has(DutyKind.RETURN_ENTERED_DATA));
        }

        @Test
        @DisplayName("Awb 2:23 — beide bevindingen ja: verlenging wacht op de reactie, de mededeling belooft haar")
        void extensionConditionsMet() {
            var m = message("m-2-23", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(NOT_PROCESSABLE)
                    .extensionFindings(BodyFinding.yes("indieningstermijn van zes weken"),
                            BodyFinding.yes("het klachtenadres stond op de brief bij het besluit"))
                    .build());
            assertEquals(ExtensionStatus.PENDING_REACTION, out.termEffects().extension());
            assertTrue(out.termEffects().extensionPendingReaction());
            assertFalse(out.has(DutyKind.ASSESS));
            assertTrue(out.notices().get(0).render(Locale.ROOT).contains("U krijgt extra tijd"));
        }

        @Test
        @DisplayName("Awb 2:23 — een bevinding nee: geen verlenging")
        void extensionConditionNotMet() {
            var m = message("m-2-23-nee", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(NOT_PROCESSABLE)
                    .extensionFindings(BodyFinding.yes("termijn"), BodyFinding.no("de juiste weg stond op de brief"))
                    .build());
            assertEquals(ExtensionStatus.NOT_APPLICABLE, out.termEffects().extension());
            assertFalse(out.has(DutyKind.ASSESS));
        }

        @Test
        @DisplayName("bezwaarschrift per WhatsApp: geen reactieplicht (lid 2), ook geen 6:14-bevestiging (P7)")
        void objectionByWhatsApp() {
            var m = message("m-whatsapp", BEZWAAR, WHATSAPP, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build());
            assertEquals(WrongChannelOutcome.Kind.NO_DUTY_TO_REACT, out.wrongChannel().orElseThrow().kind());
            assertEquals(List.of(DutyKind.NO_DUTY), out.duties().stream().map(Duty::kind).toList());
            assertFalse(out.duties().get(0).mandatory());
            assertEquals(Provision.AWB_2_16_LID_2.basis(), out.legalBasis().get(0));
        }

        @Test
        @DisplayName("P7 — behandelt het bestuursorgaan het WhatsApp-bezwaar toch, dan ook 6:14")
        void objectionByWhatsAppHandled() {
            var m = message("m-whatsapp-2", BEZWAAR, WHATSAPP, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).handledDespiteNoDuty(true)
                    .build());
            assertTrue(out.duties().stream().anyMatch(d -> d.kind() == DutyKind.PROCESS && !d.mandatory()));
            assertTrue(out.has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING));
        }

        @Test
        @DisplayName("bezwaarschrift per klachten-mail: onder b, behandelen en schriftelijk bevestigen")
        void objectionByComplaintsMail() {
            var m = message("m-bezwaar-mail", BEZWAAR, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build());
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out.wrongChannel().orElseThrow());
            assertEquals(List.of(ProcessReason.OBJECTION_OR_APPEAL), must.reasons());
            assertTrue(out.has(DutyKind.PROCESS));
            assertTrue(out.has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING));
            assertTrue(out.handlingTerm().isEmpty());
        }

        @Test
        @DisplayName("zienswijze: geen wijze aangewezen voor het type, dus onder c behandelen")
        void statementWithoutDesignation() {
            var m = message("m-zienswijze", ZIENSWIJZE, PORTAAL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(NOT_PROCESSABLE).build());
            var must = assertInstanceOf(WrongChannelOutcome.MustProcess.class, out.wrongChannel().orElseThrow());
            assertEquals(List.of(ProcessReason.NO_CHANNEL_DESIGNATED), must.reasons());
        }

        @Test
        @DisplayName("klacht via het portaal, zonder nadere bewerking te behandelen: 2:24 vanaf doorgeleiding")
        void onderAWithForwarding() {
            // Received Mon 2 Mar 2026 09:00 CET; forwarded 11:00 CET; told 3 Mar 10:00 CET, before the end of
            // Tue 3 Mar (24:00 CET = 23:00Z), the first working day after the day of forwarding.
            var m = message("m-klacht", KLACHT, PORTAAL, "2026-03-02T08:00:00Z");
            Instant forwarded = Instant.parse("2026-03-02T10:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(BodyFinding.yes("alleen doorzetten naar de klachtencoördinator"))
                    .statutoryHandlingTerm(true).forwardedAt(forwarded)
                    .senderNotifiedOfForwarding(Instant.parse("2026-03-03T09:00:00Z"), true).build());
            assertEquals(HandlingTermStart.Kind.FROM_FORWARDING, out.handlingTerm().orElseThrow().kind());
            assertEquals(Optional.of(forwarded), out.termEffects().handlingTermStartsAt());
            assertTrue(out.notices().stream().anyMatch(n -> n instanceof Notice.InternalForwarding));
        }

        @Test
        @DisplayName("Awb 2:24 — geen wettelijke behandeltermijn of te late mededeling: geen mededeling met een onjuist begin")
        void noForwardingNoticeWhenTermDoesNotStartThere() {
            var m = message("m-klacht-3", KLACHT, PORTAAL, "2026-03-02T08:00:00Z");
            InboundOutcome none = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(BodyFinding.yes("doorzetten")).statutoryHandlingTerm(false)
                    .forwardedAt(Instant.parse("2026-03-02T10:00:00Z")).build());
            assertEquals(HandlingTermStart.Kind.NO_STATUTORY_TERM, none.handlingTerm().orElseThrow().kind());
            assertTrue(none.notices().stream().noneMatch(n -> n instanceof Notice.InternalForwarding));
            InboundOutcome incomplete = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(BodyFinding.yes("doorzetten")).statutoryHandlingTerm(true)
                    .forwardedAt(Instant.parse("2026-03-02T10:00:00Z"))
                    .senderNotifiedOfForwarding(Instant.parse("2026-03-02T11:00:00Z"), false).build());
            assertEquals(HandlingTermStart.Kind.FROM_RECEIPT, incomplete.handlingTerm().orElseThrow().kind());
            assertEquals(Optional.of(m.receivedAt()), incomplete.termEffects().handlingTermStartsAt());
            assertTrue(incomplete.notices().stream().noneMatch(n -> n instanceof Notice.InternalForwarding));
        }

        @Test
        @DisplayName("onder a zonder mededeling: plicht tot mededeling met uiterste moment")
        void onderAPendingNotice() {
            var m = message("m-klacht-2", KLACHT, PORTAAL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(BodyFinding.yes("doorzetten")).statutoryHandlingTerm(true)
                    .forwardedAt(Instant.parse("2026-03-02T10:00:00Z")).build());
            assertTrue(out.duties().stream().anyMatch(d -> d.kind() == DutyKind.NOTIFY_INTERNAL_FORWARDING
                    && d.dueBy().equals(Optional.of(Instant.parse("2026-03-03T23:00:00Z")))));
        }
    }

    @Nested
    @DisplayName("regime en adressering")
    class Scope {
        @Test
        @DisplayName("P13 — ontvangen op 31 december 2025: niet in werking, geen nieuwe plichten")
        void preWmebv() {
            var m = message("m-2025", AANVRAAG, KLACHTEN_MAIL, "2025-12-31T12:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build());
            assertEquals(ScopeOutcome.Kind.NOT_IN_FORCE, out.scope().kind());
            assertTrue(out.duties().isEmpty());
            assertTrue(out.wrongChannel().isEmpty());
        }

        @Test
        @DisplayName("Awb 2:14 — algemene vraag via het opengestelde info-adres")
        void informal() {
            var m = message("m-vraag", VRAAG, INFO_MAIL, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build());
            assertEquals(ScopeOutcome.Kind.INFORMAL_OPENED_CHANNEL, out.scope().kind());
            assertTrue(out.wrongChannel().isEmpty());
        }

        @Test
        @DisplayName("Awb 6:15 — bezwaarschrift voor de provincie: doorzenden, ook elektronisch")
        void misaddressedObjection() {
            var m = message("m-provincie", BEZWAAR, FORM_BEZWAAR, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .misaddressed(Misdirection.ANOTHER_BODY_COMPETENT, BodyFinding.notStated()).build());
            assertEquals(MisaddressedOutcome.Kind.FORWARD_OBJECTION, out.misaddressed().orElseThrow().kind());
            // Entered into this body's own bezwaar form: 2:17 lid 2 still applies here.
            assertEquals(List.of(DutyKind.FORWARD_AND_NOTIFY_SENDER, DutyKind.RETURN_ENTERED_DATA),
                    out.duties().stream().map(Duty::kind).toList());
            assertTrue(out.wrongChannel().isEmpty());
        }

        @Test
        @DisplayName("Awb 2:17 lid 2 — ook een verkeerd geadresseerde aanvraag in ons webformulier: gegevens teruggeven")
        void misaddressedEnteredData() {
            var m = message("m-verkeerd-orgaan", AANVRAAG, FORM_AANVRAAG, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .misaddressed(Misdirection.ANOTHER_BODY_COMPETENT, BodyFinding.yes("provincie in de aanhef"))
                    .build());
            assertEquals(List.of(DutyKind.FORWARD_AND_NOTIFY_SENDER, DutyKind.RETURN_ENTERED_DATA),
                    out.duties().stream().map(Duty::kind).toList());
            assertTrue(out.notices().stream().anyMatch(n -> n instanceof Notice.EnteredDataCopy));
        }

        @Test
        @DisplayName("Awb 2:20 — ontvangst via een ander aangewezen systeem bepaalt de dag")
        void receiptViaOtherSystem() {
            var m = message("m-gdi", AANVRAAG, FORM_AANVRAAG, "2026-03-02T08:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .receipt(new ReceiptFacts(m.id(), Instant.parse("2026-03-02T08:00:00Z"),
                            Instant.parse("2026-03-01T22:59:00Z"), null)).build());
            // 22:59Z on 1 Mar = 23:59 CET, still Sunday 1 March.
            assertEquals(LocalDate.of(2026, 3, 1), out.termEffects().legalDayOfReceipt());
        }
    }

    @Nested
    @DisplayName("onjuiste invoer")
    class BadInput {
        @Test
        @DisplayName("register van een ander bestuursorgaan → register")
        void otherBody() {
            DesignationRegister other = DesignationRegister.builder(AdministrativeBody.of(BodyId.of("provincie"),
                    "Provincie")).build();
            var m = message("m-1", AANVRAAG, FORM_AANVRAAG, "2026-03-02T08:00:00Z");
            assertEquals("register", assertThrows(InvalidInputException.class,
                    () -> InboundFacts.builder(m, other)).field());
        }

        @Test
        @DisplayName("kanaal of type onbekend in het register → channel / messageType")
        void unknownChannelOrType() {
            var m = message("m-2", AANVRAAG, ChannelId.of("fax"), "2026-03-02T08:00:00Z");
            assertEquals("channel", assertThrows(InvalidInputException.class,
                    () -> ASSESSMENT.assess(InboundFacts.builder(m, REGISTER).build())).field());
            var n = message("m-3", MessageTypeId.of("onbekend"), FORM_AANVRAAG, "2026-03-02T08:00:00Z");
            assertEquals("messageType", assertThrows(InvalidInputException.class,
                    () -> ASSESSMENT.assess(InboundFacts.builder(n, REGISTER).build())).field());
        }

        @Test
        @DisplayName("ontvangstfeiten van een ander bericht, bevestiging vóór ontvangst → veld genoemd")
        void inconsistentFacts() {
            var m = message("m-4", AANVRAAG, FORM_AANVRAAG, "2026-03-02T08:00:00Z");
            assertEquals("receipt", assertThrows(InvalidInputException.class, () -> InboundFacts.builder(m, REGISTER)
                    .receipt(ReceiptFacts.reachedOwnSystem(MessageId.of("ander"), Instant.parse(
                            "2026-03-02T08:00:00Z")))).field());
            assertEquals("acknowledgedAt", assertThrows(InvalidInputException.class,
                    () -> InboundFacts.builder(m, REGISTER).acknowledgedAt(Instant.parse("2026-03-01T08:00:00Z"))
                            .build()).field());
            assertEquals("senderNotifiedOfForwardingAt", assertThrows(InvalidInputException.class,
                    () -> InboundFacts.builder(m, REGISTER).senderNotifiedOfForwarding(
                            Instant.parse("2026-03-02T09:00:00Z"), true).build()).field());
            assertEquals("senderNotifiedOfForwardingAt", assertThrows(InvalidInputException.class,
                    () -> InboundFacts.builder(m, REGISTER).forwardedAt(Instant.parse("2026-03-02T10:00:00Z"))
                            .senderNotifiedOfForwarding(Instant.parse("2026-03-02T09:00:00Z"), true).build()).field());
            assertEquals("facts", assertThrows(InvalidInputException.class, () -> ASSESSMENT.assess(null)).field());
            assertEquals("message", assertThrows(InvalidInputException.class,
                    () -> InboundFacts.builder(null, REGISTER)).field());
        }
    }

    @Nested
    @DisplayName("Awb 2:25 — gebeurtenissen voor het bewijslog")
    class Evidence {
        @Test
        @DisplayName("ontvangst, bevestiging en doorgeleiding worden gebeurtenissen met hun eigen tijdstip")
        void receivedAcknowledgedForwarded() {
            var m = message("m-log", KLACHT, PORTAAL, "2026-03-02T08:00:00Z");
            Instant ack = Instant.parse("2026-03-02T08:00:05Z");
            Instant forwarded = Instant.parse("2026-03-02T10:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(BodyFinding.yes("doorzetten")).statutoryHandlingTerm(true)
                    .acknowledgedAt(ack).forwardedAt(forwarded).build());
            assertEquals(List.of(nl.wmebv.core.evidence.EvidenceEventType.MESSAGE_RECEIVED,
                    nl.wmebv.core.evidence.EvidenceEventType.RECEIPT_ACKNOWLEDGED,
                    nl.wmebv.core.evidence.EvidenceEventType.FORWARDED_INTERNALLY),
                    out.evidence().stream().map(nl.wmebv.core.evidence.EvidenceEvent::type).toList());
            assertEquals(List.of(m.receivedAt(), ack, forwarded),
                    out.evidence().stream().map(nl.wmebv.core.evidence.EvidenceEvent::occurredAt).toList());
            assertTrue(out.evidence().stream().allMatch(e -> e.concerns(m.sender())));
        }

        @Test
        @DisplayName("Awb 2:16 lid 1 en 2:23 — de reactie wordt vastgelegd en is het eind van de verlenging")
        void reaction() {
            var m = message("m-reactie", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            Instant reacted = Instant.parse("2026-03-04T09:00:00Z");
            InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                    .processableWithoutFurtherWork(NOT_PROCESSABLE).reactedAt(reacted)
                    .extensionFindings(BodyFinding.yes("termijn"), BodyFinding.yes("redelijk")).build());
            assertEquals(ExtensionStatus.REACTED, out.termEffects().extension());
            assertFalse(out.termEffects().extensionPendingReaction());
            assertEquals(Optional.of(reacted), out.termEffects().reactionAt());
            var pointed = assertInstanceOf(nl.wmebv.core.evidence.PointedToCorrectChannel.class,
                    out.evidence().get(1));
            assertEquals(java.util.Set.of(FORM_AANVRAAG, PORTAAL), pointed.correctChannels());
            assertEquals(reacted, pointed.occurredAt());
        }

        @Test
        @DisplayName("een reactie vóór ontvangst is onjuiste invoer")
        void reactionBeforeReceipt() {
            var m = message("m-reactie-2", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
            assertEquals("reactedAt", assertThrows(InvalidInputException.class, () -> InboundFacts.builder(m, REGISTER)
                    .reactedAt(Instant.parse("2026-03-01T08:00:00Z")).build()).field());
        }
    }

    @Test
    @DisplayName("de gecombineerde uitkomst legt uit in het Nederlands en Engels en citeert elke stap")
    void explanationAndTrace() {
        var m = message("m-uitleg", AANVRAAG, KLACHTEN_MAIL, "2026-03-02T08:00:00Z");
        InboundOutcome out = ASSESSMENT.assess(InboundFacts.builder(m, REGISTER)
                .processableWithoutFurtherWork(NOT_PROCESSABLE).build());
        assertTrue(out.explain(Locale.ROOT).contains("artikel 2:16"));
        assertTrue(out.explain(Locale.ENGLISH).contains("Article 2:16"));
        assertTrue(out.trace().cites(Provision.AWB_2_20.basis()));
        assertTrue(out.trace().cites(Provision.AWB_2_16_LID_1.basis()));
        assertTrue(out.trace().cites(Provision.AWB_2_17_LID_1.basis()));
        assertEquals(out.parts().size(), 4);
    }
}
