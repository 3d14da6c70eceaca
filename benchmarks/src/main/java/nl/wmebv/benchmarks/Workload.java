package nl.wmebv.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
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
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.inbound.InboundFacts;

/**
 * A synthetic but realistic intake workload: the designation register of one body with {@code types} message
 * types and {@value #CHANNELS} channels, and a fixed mix of {@value #MIX} inbound messages — about 70 % sent
 * through a channel designated for their type, 20 % through a channel designated only for another type and
 * 10 % through a channel designated for no formal type (WhatsApp, a staff member's mailbox). Everything is
 * generated from a fixed seed, so every run and every engine sees the same messages.
 *
 * <p>The register: every 20th type is informal (2:14), every 10th an objection (bezwaarschrift), every 7th an
 * application; every 25th formal type has no designated channel (2:16 lid 1 onder c); the others have two of
 * the first sixteen channels, and every 5th of those designations requires PDF attachments (2:13 lid 3).
 * Channels 16&ndash;19 are designated for nothing.
 */
public final class Workload {
    /** Channels per register. */
    public static final int CHANNELS = 20;
    /** Channels that get designations; the rest are designated for nothing. */
    public static final int DESIGNATABLE = 16;
    /** Messages in the mix (a power of two, so the benchmarks cycle with a mask). */
    public static final int MIX = 1024;
    /** The seed of every generator. */
    public static final long SEED = 20260101L;

    private static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gemeente-bench"),
            "Gemeente Bench");
    private static final Instant FROM = LegalTime.startOfLegalDay(LocalDate.of(2026, 1, 1));

    private final DesignationRegister register;
    private final List<InboundFacts> facts;

    private Workload(DesignationRegister register, List<InboundFacts> facts) {
        this.register = register;
        this.facts = facts;
    }

    /**
     * Builds the register and the message mix.
     *
     * @param types  the number of message types, at least 10
     * @return the workload
     */
    public static Workload of(int types) {
        DesignationRegister register = register(types);
        return new Workload(register, mix(register, types));
    }

    /** @return the register */
    public DesignationRegister register() {
        return register;
    }

    /** @return the {@value #MIX} facts, in a fixed order */
    public List<InboundFacts> facts() {
        return facts;
    }

    /** @return the identifier of type {@code t} */
    static MessageTypeId typeId(int t) {
        return MessageTypeId.of(String.format("t%04d", t));
    }

    /** @return the identifier of channel {@code c} */
    static ChannelId channelId(int c) {
        return ChannelId.of(String.format("c%02d", c));
    }

    static LegalRole role(int t) {
        if (t % 20 == 3) {
            return LegalRole.INFORMAL;
        }
        if (t % 10 == 1) {
            return LegalRole.NOTICE_OF_OBJECTION;
        }
        return t % 7 == 2 ? LegalRole.APPLICATION : LegalRole.OTHER_PRESCRIBED;
    }

    static boolean hasNoChannel(int t) {
        return role(t).isFormal() && t % 25 == 7;
    }

    /** The two channels designated for a formal type with channels. */
    static int[] designatedChannels(int t) {
        int a = t % DESIGNATABLE;
        int b = (a + 1 + (t / DESIGNATABLE) % (DESIGNATABLE - 1)) % DESIGNATABLE;
        return new int[] {a, b};
    }

    static boolean requiresPdf(int t) {
        return t % 5 == 4;
    }

    private static DesignationRegister register(int types) {
        DesignationRegister.Builder b = DesignationRegister.builder(BODY);
        DesignationInstrument besluit = DesignationInstrument.byDecision("Gemeenteblad 2025, 123456");
        for (int t = 0; t < types; t++) {
            b.messageType(MessageType.of(typeId(t), "Berichttype " + t, role(t)));
        }
        for (int c = 0; c < CHANNELS; c++) {
            ChannelKind kind = c < 8 ? ChannelKind.WEB_FORM : c < 12 ? ChannelKind.PORTAL
                    : c < DESIGNATABLE ? ChannelKind.EMAIL : c < 18 ? ChannelKind.SOCIAL_MEDIA : ChannelKind.EMAIL;
            AssuranceLevel level = kind == ChannelKind.EMAIL || kind == ChannelKind.SOCIAL_MEDIA
                    ? AssuranceLevel.NONE : AssuranceLevel.SUBSTANTIAL;
            b.channel(Channel.of(channelId(c), kind, "adres-" + c, level));
        }
        for (int t = 0; t < types; t++) {
            if (!role(t).isFormal() || hasNoChannel(t)) {
                continue;
            }
            int[] cs = designatedChannels(t);
            Designation d = Designation.of(typeId(t), Set.of(channelId(cs[0]), channelId(cs[1])), FROM, besluit);
            if (requiresPdf(t)) {
                d = d.withRequirements(FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf")));
            }
            b.designation(d);
        }
        return b.build();
    }

    private static List<InboundFacts> mix(DesignationRegister register, int types) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<InboundFacts> list = new ArrayList<>(MIX);
        long start = FROM.getEpochSecond();
        long year = 365L * 24 * 3600;
        for (int i = 0; i < MIX; i++) {
            int t = random.nextInt(types);
            int roll = random.nextInt(100);
            int c;
            if (roll < 70 && role(t).isFormal() && !hasNoChannel(t)) {
                c = designatedChannels(t)[random.nextInt(2)];
            } else if (roll < 90) {
                int[] own = role(t).isFormal() && !hasNoChannel(t) ? designatedChannels(t) : new int[] {-1, -1};
                do {
                    c = random.nextInt(DESIGNATABLE);
                } while (c == own[0] || c == own[1]);
            } else {
                c = DESIGNATABLE + random.nextInt(CHANNELS - DESIGNATABLE);
            }
            List<Attachment> attachments = new ArrayList<>();
            int n = random.nextInt(3);
            for (int a = 0; a < n; a++) {
                boolean pdf = random.nextInt(10) < 8;
                String name = "bijlage-" + i + "-" + a + (pdf ? ".pdf" : ".docx");
                attachments.add(Attachment.of(name, pdf ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        Sha256Digest.digestOf(name.getBytes(StandardCharsets.UTF_8)), 10_000 + random.nextInt(90_000)));
            }
            String id = "bericht-" + i;
            AssuranceLevel assurance = register.channel(channelId(c)).assuranceLevel();
            InboundMessage m = new InboundMessage(MessageId.of(id), BODY.id(), PartyId.of("inwoner-" + i), typeId(t),
                    channelId(c), Instant.ofEpochSecond(start + random.nextLong(year)), assurance,
                    Sha256Digest.digestOf(id.getBytes(StandardCharsets.UTF_8)), 2_000 + random.nextInt(8_000),
                    attachments);
            int finding = random.nextInt(3);
            list.add(InboundFacts.builder(m, register)
                    .processableWithoutFurtherWork(finding == 0 ? BodyFinding.yes("leesbaar en compleet")
                            : finding == 1 ? BodyFinding.no("moet worden overgetypt") : BodyFinding.notStated())
                    .sharedSystemSenderSeesArrival(random.nextInt(10) == 0)
                    .senderHasElectronicAddress(random.nextInt(10) != 0)
                    .build());
        }
        return List.copyOf(list);
    }

    /**
     * Returns the identifiers of the formal types whose channels are designated, with their two channels, for
     * the register-as-rules DMN table.
     *
     * @param types  the number of types
     * @return per type index, the designated channels or null
     */
    static List<Optional<int[]>> designations(int types) {
        List<Optional<int[]>> list = new ArrayList<>(types);
        for (int t = 0; t < types; t++) {
            list.add(role(t).isFormal() && !hasNoChannel(t) ? Optional.of(designatedChannels(t)) : Optional.empty());
        }
        return list;
    }
}
