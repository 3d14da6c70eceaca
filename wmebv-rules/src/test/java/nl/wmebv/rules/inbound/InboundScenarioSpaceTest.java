package nl.wmebv.rules.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.designation.FurtherRequirements;
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
import nl.wmebv.rules.channel.WrongChannelOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inbound decision grid, every combination: message kind × designation of the channel used × further
 * requirements × the body's onder-a finding × shared system × sender e-mail address × direct data entry ×
 * before/after 2026-01-01. The expectations are stated here independently of the rules, from LAW.md.
 */
@DisplayName("Inbound — het volledige beslisraster van 2:13–2:17")
class InboundScenarioSpaceTest {
    private static final InboundAssessment ASSESSMENT = InboundAssessment.of();
    private static final BodyId BODY = BodyId.of("gemeente");
    private static final MessageTypeId OWN = MessageTypeId.of("eigen-type");
    private static final MessageTypeId OTHER = MessageTypeId.of("ander-type");
    private static final ChannelId USED = ChannelId.of("gebruikt");
    private static final ChannelId ELSEWHERE = ChannelId.of("elders");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final DesignationInstrument BESLUIT = DesignationInstrument.byDecision("Gmb. 2025, 1");

    enum Kind { FORMAL, OBJECTION, INFORMAL }

    enum Designated {
        /** The channel used is designated for the message's own type. */
        FOR_OWN_TYPE,
        /** The channel used is designated for another formal type only; the own type has another channel. */
        FOR_OTHER_TYPE,
        /** The channel used is designated for nothing. */
        FOR_NOTHING,
        /** The own type has no designated channel; the channel used is designated for another type. */
        TYPE_WITHOUT_CHANNEL
    }

    record Scenario(Kind kind, Designated designated, boolean requirementBroken, BodyFinding.Answer processable,
            boolean sharedSystem, boolean emailAddress, boolean directDataEntry, boolean after2026,
            boolean handledDespiteNoDuty) {
        @Override
        public String toString() {
            return kind + ", " + designated + (requirementBroken ? ", nadere eis geschonden" : "")
                    + ", onder a " + processable + (sharedSystem ? ", gedeeld systeem" : "")
                    + (emailAddress ? "" : ", geen e-mailadres") + (directDataEntry ? ", webformulier" : ", e-mail")
                    + (after2026 ? ", 2026" : ", 2025") + (handledDespiteNoDuty ? ", toch behandeld (P7)" : "");
        }
    }

    static Stream<Arguments> grid() {
        List<Arguments> all = new ArrayList<>();
        boolean[] tf = {true, false};
        for (Kind kind : Kind.values()) {
            for (Designated d : Designated.values()) {
                for (boolean broken : tf) {
                    for (BodyFinding.Answer a : BodyFinding.Answer.values()) {
                        for (boolean shared : tf) {
                            for (boolean mail : tf) {
                                for (boolean dde : tf) {
                                    for (boolean after : tf) {
                                        for (boolean handled : tf) {
                                            Scenario s = new Scenario(kind, d, broken, a, shared, mail, dde, after,
                                                    handled);
                                            all.add(Arguments.of(Named.of(s.toString(), s)));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    @DisplayName("elke combinatie krijgt een uitkomst met rechtsgrond, zonder uitzondering, volgens de wet")
    void everyCombination(Scenario s) {
        InboundOutcome out = ASSESSMENT.assess(facts(s));
        assertFalse(out.legalBasis().isEmpty());
        assertFalse(out.explain(Locale.ROOT).isBlank());
        assertFalse(out.explain(Locale.ENGLISH).isBlank());
        out.parts().forEach(p -> assertFalse(p.legalBasis().isEmpty(), p::toString));

        if (!s.after2026()) {
            assertEquals(ScopeOutcome.Kind.NOT_IN_FORCE, out.scope().kind());
            assertTrue(out.duties().isEmpty());
            return;
        }
        if (s.kind() == Kind.INFORMAL) {
            assertTrue(out.wrongChannel().isEmpty());
            assertTrue(out.receiptDuties().isEmpty());
            return;
        }
        boolean designatedWay = s.designated() == Designated.FOR_OWN_TYPE && !s.requirementBroken();
        WrongChannelOutcome.Kind wc = out.wrongChannel().orElseThrow().kind();
        WrongChannelOutcome.Kind expected;
        if (designatedWay) {
            expected = WrongChannelOutcome.Kind.DESIGNATED_CHANNEL;
        } else if (s.designated() == Designated.FOR_NOTHING) {
            expected = WrongChannelOutcome.Kind.NO_DUTY_TO_REACT;
        } else if (s.kind() == Kind.OBJECTION || s.designated() == Designated.TYPE_WITHOUT_CHANNEL
                || s.processable() == BodyFinding.Answer.YES) {
            expected = WrongChannelOutcome.Kind.MUST_PROCESS;
        } else if (s.processable() == BodyFinding.Answer.NOT_STATED) {
            expected = WrongChannelOutcome.Kind.NEEDS_ASSESSMENT;
        } else {
            expected = WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL;
        }
        assertEquals(expected, wc);
        assertEquals(designatedWay && !s.sharedSystem() && s.emailAddress(), out.has(DutyKind.ACKNOWLEDGE_RECEIPT));
        assertEquals(s.directDataEntry(), out.has(DutyKind.RETURN_ENTERED_DATA));
        assertEquals(s.kind() == Kind.OBJECTION
                        && (wc != WrongChannelOutcome.Kind.NO_DUTY_TO_REACT || s.handledDespiteNoDuty()),
                out.has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING));
        // 2:23: pointing opens the extension question; its conditions are the body's findings, not stated here.
        assertEquals(wc == WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL ? ExtensionStatus.NEEDS_ASSESSMENT
                : ExtensionStatus.NOT_APPLICABLE, out.termEffects().extension());
        if (wc == WrongChannelOutcome.Kind.NO_DUTY_TO_REACT) {
            // 2:16 lid 2: nothing to do but what 2:17 lid 2 asks of any direct data entry, and what P7 records.
            assertTrue(out.duties().stream().allMatch(d -> d.kind() == DutyKind.NO_DUTY
                    || d.kind() == DutyKind.RETURN_ENTERED_DATA
                    || s.handledDespiteNoDuty() && !d.mandatory() && d.kind() == DutyKind.PROCESS
                    || s.handledDespiteNoDuty() && d.kind() == DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING), s::toString);
            assertEquals(s.handledDespiteNoDuty(), out.has(DutyKind.PROCESS), s::toString);
        }
    }

    private static InboundFacts facts(Scenario s) {
        LegalRole role = switch (s.kind()) {
            case FORMAL -> LegalRole.APPLICATION;
            case OBJECTION -> LegalRole.NOTICE_OF_OBJECTION;
            case INFORMAL -> LegalRole.INFORMAL;
        };
        ChannelKind usedKind = s.directDataEntry() ? ChannelKind.WEB_FORM : ChannelKind.EMAIL;
        DesignationRegister.Builder b = DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente"))
                .messageType(MessageType.of(OWN, "Eigen type", role))
                .messageType(MessageType.of(OTHER, "Ander type", LegalRole.COMPLAINT))
                .channel(Channel.of(USED, usedKind, "gebruikt@gemeente.nl", AssuranceLevel.LOW))
                .channel(Channel.of(ELSEWHERE, ChannelKind.PORTAL, "https://mijn.gemeente.nl", AssuranceLevel.LOW));
        FurtherRequirements pdfOnly = FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf"));
        boolean formal = s.kind() != Kind.INFORMAL;
        switch (s.designated()) {
            case FOR_OWN_TYPE -> {
                if (formal) {
                    b.designation(Designation.of(OWN, Set.of(USED), FROM, BESLUIT)
                            .withRequirements(s.requirementBroken() ? pdfOnly : FurtherRequirements.NONE));
                } else {
                    b.designation(Designation.of(OTHER, Set.of(USED), FROM, BESLUIT));
                }
            }
            case FOR_OTHER_TYPE -> {
                b.designation(Designation.of(OTHER, Set.of(USED), FROM, BESLUIT));
                if (formal) {
                    b.designation(Designation.of(OWN, Set.of(ELSEWHERE), FROM, BESLUIT));
                }
            }
            case FOR_NOTHING -> {
                b.designation(Designation.of(OTHER, Set.of(ELSEWHERE), FROM, BESLUIT));
                if (formal) {
                    b.designation(Designation.of(OWN, Set.of(ELSEWHERE), FROM, BESLUIT));
                }
            }
            case TYPE_WITHOUT_CHANNEL -> b.designation(Designation.of(OTHER, Set.of(USED), FROM, BESLUIT));
            default -> throw new IllegalStateException();
        }
        String at = s.after2026() ? "2026-06-01T10:00:00Z" : "2025-06-02T10:00:00Z";
        Attachment word = Attachment.of("brief.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Sha256Digest.digestOf("brief".getBytes(StandardCharsets.UTF_8)), 100);
        InboundMessage m = new InboundMessage(MessageId.of("m"), BODY, PartyId.of("p"), OWN, USED, Instant.parse(at),
                AssuranceLevel.LOW, Sha256Digest.digestOf(new byte[] {1}), 10, List.of(word));
        BodyFinding finding = switch (s.processable()) {
            case YES -> BodyFinding.yes("ja");
            case NO -> BodyFinding.no("nee");
            case NOT_STATED -> BodyFinding.notStated();
        };
        return InboundFacts.builder(m, b.build()).processableWithoutFurtherWork(finding)
                .sharedSystemSenderSeesArrival(s.sharedSystem()).senderHasElectronicAddress(s.emailAddress())
                .handledDespiteNoDuty(s.handledDespiteNoDuty()).build();
    }
}
