package nl.wmebv.testfixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import nl.wmebv.core.designation.TemporaryExemption;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;

/**
 * Generators of bodies and their designation registers (<em>aanwijzingsregisters</em>, Awb 2:13 lid 2, 2:14),
 * from a small municipality to a large body with up to 400 message types ({@link Size#LARGE}).
 */
public final class Registers {
    /** Designations of generated registers start between this moment and 400 days later. */
    public static final Instant DESIGNATIONS_FROM = Instant.parse("2025-07-01T00:00:00Z");

    private static final List<String> BODY_KINDS = List.of("gemeente", "provincie", "waterschap", "ministerie",
            "uitvoeringsorganisatie");

    private Registers() {
    }

    /**
     * Administrative bodies with a plausible name, e.g. {@code gemeente-17} "Gemeente 17".
     *
     * @return the generator
     */
    public static Generator<AdministrativeBody> bodies() {
        return s -> {
            String kind = s.oneOf(BODY_KINDS);
            int n = s.between(1, 999);
            return AdministrativeBody.of(BodyId.of(kind + "-" + n),
                    Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + n);
        };
    }

    /**
     * Designation registers of every shape: 1 up to {@link Size#maxMessageTypes()} message types of every legal
     * role, 1 up to {@link Size#maxChannels()} channels of every kind, designations for about three quarters of
     * the formal types (some ending, some with further requirements), opened channels for informal messages and
     * sometimes a temporary exemption (2:13 lid 4).
     *
     * @return the generator
     */
    public static Generator<DesignationRegister> any() {
        return s -> {
            AdministrativeBody body = bodies().next(s);
            int types = s.between(1, s.size().maxMessageTypes());
            int channels = s.between(1, s.size().maxChannels());
            DesignationRegister.Builder b = DesignationRegister.builder(body);
            List<MessageTypeId> typeIds = new ArrayList<>();
            List<MessageTypeId> formal = new ArrayList<>();
            for (int i = 0; i < types; i++) {
                MessageTypeId id = MessageTypeId.of("type-" + i);
                LegalRole role = s.oneOf(LegalRole.class);
                b.messageType(MessageType.of(id, "Berichttype " + i, role));
                typeIds.add(id);
                if (role.isFormal()) {
                    formal.add(id);
                }
            }
            List<ChannelId> channelIds = new ArrayList<>();
            for (int i = 0; i < channels; i++) {
                ChannelId id = ChannelId.of("kanaal-" + i);
                b.channel(Channel.of(id, s.oneOf(ChannelKind.class), "adres-" + i, s.oneOf(AssuranceLevel.class)));
                channelIds.add(id);
            }
            DesignationInstrument instrument = DesignationInstrument.byDecision("Gmb. 2025, " + s.between(1, 99_999));
            for (MessageTypeId type : formal) {
                if (s.oneIn(4)) {
                    continue;
                }
                Set<ChannelId> designated = new HashSet<>();
                int n = s.between(1, Math.min(3, channels));
                while (designated.size() < n) {
                    designated.add(s.oneOf(channelIds));
                }
                Designation d = Designation.of(type, designated,
                        DESIGNATIONS_FROM.plusSeconds(s.between(0L, 400L * 86_400)), instrument);
                if (s.oneIn(5)) {
                    d = d.withValidTo(d.validFrom().plusSeconds(s.between(1L, 300L * 86_400)));
                }
                if (s.oneIn(8)) {
                    d = d.withRequirements(FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf")));
                }
                b.designation(d);
            }
            for (ChannelId id : channelIds) {
                if (s.oneIn(3)) {
                    b.openedChannel(OpenedChannel.of(id, DESIGNATIONS_FROM));
                }
            }
            if (!formal.isEmpty() && s.coin()) {
                Instant start = DESIGNATIONS_FROM.plusSeconds(s.between(0L, 500L * 86_400));
                b.exemption(new TemporaryExemption("Stcrt. 2026, " + s.between(1, 99_999), body.id(),
                        Set.of(s.oneOf(formal)), start, start.plusSeconds(86_400L * s.between(1, 400))));
            }
            return b.build();
        };
    }
}
