package nl.wmebv.testfixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.inbound.InboundFacts;

/**
 * Generators of inbound messages and of the facts of an inbound assessment (Awb 2:13&ndash;2:17, 2:20, 2:23):
 * a register from {@link Registers#any()}, a message of one of its types via one of its channels at a moment
 * from {@link Instants#wmebvEra()}, and every finding of the body in all three states (yes, no, not stated).
 */
public final class InboundCases {

    private InboundCases() {
    }

    /**
     * Inbound messages to a given register: one of its types, one of its channels, received at a moment of
     * {@link Instants#wmebvEra()}, sometimes with attachments (PDF or Word).
     *
     * @param register  the register, not null
     * @return the generator
     * @throws nl.wmebv.core.InvalidInputException if {@code register} is null
     */
    public static Generator<InboundMessage> messagesTo(DesignationRegister register) {
        Checks.notNull(register, "register");
        Generator<Instant> moments = Instants.wmebvEra();
        return s -> {
            MessageType type = s.oneOf(register.messageTypes());
            Channel channel = s.oneOf(register.channels());
            List<Attachment> attachments = new ArrayList<>();
            for (int i = s.oneIn(3) ? s.between(1, 3) : 0; i > 0; i--) {
                String name = "bijlage-" + i + (s.coin() ? ".pdf" : ".docx");
                attachments.add(Attachment.of(name, name.endsWith(".pdf") ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)), s.between(1L, 2_000_000L)));
            }
            String id = "bericht-" + s.between(1, 999_999);
            return new InboundMessage(MessageId.of(id), register.body().id(), PartyId.of("afzender-" + s.between(1, 99)),
                    type.id(), channel.id(), moments.next(s), s.oneOf(AssuranceLevel.class),
                    Sha256Digest.digestOf(id.getBytes(StandardCharsets.UTF_8)), s.between(1L, 100_000L), attachments);
        };
    }

    /**
     * Findings of the body (P18): yes, no or not stated, each about as often.
     *
     * @return the generator
     */
    public static Generator<BodyFinding> findings() {
        return s -> switch (s.between(0, 2)) {
            case 0 -> BodyFinding.yes("vastgesteld door het bestuursorgaan");
            case 1 -> BodyFinding.no("vastgesteld door het bestuursorgaan");
            default -> BodyFinding.notStated();
        };
    }

    /**
     * The facts of an inbound assessment: register, message, the onder-a finding, the 2:23 findings, whether
     * the sender sees arrival in a shared system and has an electronic address, and sometimes a reaction.
     *
     * @return the generator
     */
    public static Generator<InboundFacts> any() {
        Generator<DesignationRegister> registers = Registers.any();
        Generator<BodyFinding> findings = findings();
        return s -> {
            DesignationRegister register = registers.next(s);
            InboundMessage message = messagesTo(register).next(s);
            InboundFacts.Builder b = InboundFacts.builder(message, register)
                    .processableWithoutFurtherWork(findings.next(s))
                    .sharedSystemSenderSeesArrival(s.coin())
                    .senderHasElectronicAddress(s.coin())
                    .extensionFindings(findings.next(s), findings.next(s));
            if (s.coin()) {
                b.reactedAt(message.receivedAt().plusSeconds(s.between(0L, 10L * 86_400)));
            }
            return b.build();
        };
    }
}
