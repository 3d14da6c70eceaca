package nl.wmebv.rules.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationInstrument;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.message.AdministrativeBody;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legal invariants of the inbound assessment over seeded random registers and messages. The seed is fixed
 * and printed with every failure, so a failing case can be replayed.
 */
@DisplayName("Inbound — wettelijke invarianten over gegenereerde registers en berichten")
class InboundProperties {
    private static final long SEED = 0x2_13_2_16_2_17L;
    private static final int CASES = 1_500;
    private static final InboundAssessment ASSESSMENT = InboundAssessment.of();
    private static final BodyId BODY = BodyId.of("gemeente");
    private static final Instant FROM = Instant.parse("2025-07-01T00:00:00Z");

    record Case(int index, InboundFacts facts) {
        @Override
        public String toString() {
            return "seed " + SEED + " case " + index + ": " + facts.message();
        }
    }

    static Stream<Case> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> new Case(i, generate(random.split())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("invarianten van 2:13–2:17, 2:20 en P13")
    void invariants(Case c) {
        InboundFacts f = c.facts();
        InboundOutcome out = ASSESSMENT.assess(f);
        InboundMessage m = f.message();
        DesignationRegister r = f.register();
        Instant t = m.receivedAt();

        // Every outcome, and every part of it, rests on at least one provision.
        assertFalse(out.legalBasis().isEmpty(), c::toString);
        out.parts().forEach(p -> assertFalse(p.legalBasis().isEmpty(), c::toString));
        // 2:20: the legal day of receipt is the Europe/Amsterdam date.
        assertEquals(LocalDate.ofInstant(t, ZoneId.of("Europe/Amsterdam")), out.termEffects().legalDayOfReceipt(),
                c::toString);
        // P13: before 2026-01-01 no Wmebv duty, never the new rule silently.
        if (out.termEffects().legalDayOfReceipt().isBefore(LocalDate.of(2026, 1, 1))) {
            assertTrue(out.duties().isEmpty(), c::toString);
            assertTrue(out.wrongChannel().isEmpty(), c::toString);
            return;
        }
        if (out.scope().kind() != ScopeOutcome.Kind.FORMAL) {
            // 2:14 and 2:13 lid 4: an informal or exempted message never gets a 2:16 or 2:17 outcome.
            assertEquals(r.messageType(m.type()).isFormal(), r.exemption(m.type(), t).isPresent(), c::toString);
            assertTrue(out.wrongChannel().isEmpty() && out.receiptDuties().isEmpty(), c::toString);
            return;
        }
        WrongChannelOutcome.Kind kind = out.wrongChannel().orElseThrow().kind();
        // A message via its designated channel (no further requirements here) never gets a 2:16 reaction.
        assertEquals(r.isDesignated(m.channel(), m.type(), t), kind == WrongChannelOutcome.Kind.DESIGNATED_CHANNEL,
                c::toString);
        // 2:16 lid 2 exactly when the channel is designated for no formal type; it never yields a duty to react.
        assertEquals(!r.isDesignatedForAnyFormalType(m.channel(), t), kind == WrongChannelOutcome.Kind.NO_DUTY_TO_REACT,
                c::toString);
        if (kind == WrongChannelOutcome.Kind.NO_DUTY_TO_REACT) {
            assertFalse(out.has(DutyKind.PROCESS) || out.has(DutyKind.POINT_TO_CORRECT_CHANNEL)
                    || out.has(DutyKind.ACKNOWLEDGE_RECEIPT) || out.has(DutyKind.ACKNOWLEDGE_OBJECTION_IN_WRITING),
                    c::toString);
        }
        // 2:16 lid 1 onder b: a bezwaarschrift on a channel designated for another formal type is processed.
        if (r.messageType(m.type()).role().isObjectionOrAppeal() && !r.isDesignated(m.channel(), m.type(), t)
                && r.isDesignatedForAnyFormalType(m.channel(), t)) {
            assertEquals(WrongChannelOutcome.Kind.MUST_PROCESS, kind, c::toString);
        }
        // 2:16 lid 1 onder c: no channel designated for the type, channel designated for another type.
        if (!r.hasDesignatedChannel(m.type(), t) && r.isDesignatedForAnyFormalType(m.channel(), t)) {
            assertEquals(WrongChannelOutcome.Kind.MUST_PROCESS, kind, c::toString);
        }
        // The library never assumes the body's onder-a finding.
        if (kind == WrongChannelOutcome.Kind.NEEDS_ASSESSMENT) {
            assertFalse(f.processableWithoutFurtherWork().isStated(), c::toString);
        }
        // 2:17 lid 1: an acknowledgement only for a message sent the designated way.
        if (out.has(DutyKind.ACKNOWLEDGE_RECEIPT)) {
            assertTrue(r.isDesignated(m.channel(), m.type(), t), c::toString);
        }
        // 2:17 lid 2: giving back entered data exactly for direct data entry.
        assertEquals(r.channel(m.channel()).kind().isDirectDataEntry(), out.has(DutyKind.RETURN_ENTERED_DATA),
                c::toString);
        // Pointing is an option, never a duty; and only pointing starts a 2:23 extension.
        out.duties().stream().filter(d -> d.kind() == DutyKind.POINT_TO_CORRECT_CHANNEL)
                .forEach(d -> assertFalse(d.mandatory(), c::toString));
        assertEquals(kind == WrongChannelOutcome.Kind.MAY_POINT_TO_CORRECT_CHANNEL,
                out.termEffects().extension() != ExtensionStatus.NOT_APPLICABLE, c::toString);
        // 2:23 is never granted without both findings of the body.
        if (out.termEffects().extension() == ExtensionStatus.PENDING_REACTION) {
            assertTrue(f.submissionTermApplies().isYes() && f.reasonablyBelievedCorrect().isYes(), c::toString);
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("de generator is niet leeg: elke uitkomst van 2:16 en elk regime komt vaak voor")
    void generatorCoversTheTree() {
        java.util.Map<Object, Integer> counts = new java.util.HashMap<>();
        cases().forEach(c -> {
            InboundOutcome out = ASSESSMENT.assess(c.facts());
            counts.merge(out.scope().kind(), 1, Integer::sum);
            out.wrongChannel().ifPresent(w -> counts.merge(w.kind(), 1, Integer::sum));
        });
        for (WrongChannelOutcome.Kind k : WrongChannelOutcome.Kind.values()) {
            if (k != WrongChannelOutcome.Kind.NOT_FORMAL) {
                assertTrue(counts.getOrDefault(k, 0) >= 20, () -> "seed " + SEED + ": " + counts);
            }
        }
        for (ScopeOutcome.Kind k : ScopeOutcome.Kind.values()) {
            int minimum = k == ScopeOutcome.Kind.FORMAL_EXEMPTED ? 5 : 20;
            assertTrue(counts.getOrDefault(k, 0) >= minimum, () -> "seed " + SEED + ": " + counts);
        }
    }

    private static InboundFacts generate(SplittableRandom random) {
        int types = 1 + random.nextInt(40);
        int channels = 1 + random.nextInt(12);
        DesignationRegister.Builder b = DesignationRegister.builder(AdministrativeBody.of(BODY, "Gemeente"));
        LegalRole[] roles = LegalRole.values();
        List<MessageTypeId> typeIds = new ArrayList<>();
        List<LegalRole> typeRoles = new ArrayList<>();
        for (int i = 0; i < types; i++) {
            MessageTypeId id = MessageTypeId.of("type-" + i);
            LegalRole role = roles[random.nextInt(roles.length)];
            b.messageType(MessageType.of(id, "Type " + i, role));
            typeIds.add(id);
            typeRoles.add(role);
        }
        ChannelKind[] kinds = ChannelKind.values();
        List<ChannelId> channelIds = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            ChannelId id = ChannelId.of("kanaal-" + i);
            b.channel(Channel.of(id, kinds[random.nextInt(kinds.length)], "adres-" + i, AssuranceLevel.LOW));
            channelIds.add(id);
        }
        for (int i = 0; i < types; i++) {
            if (!typeRoles.get(i).isFormal() || random.nextInt(4) == 0) {
                continue;
            }
            Set<ChannelId> designated = new HashSet<>();
            int n = 1 + random.nextInt(Math.min(3, channels));
            while (designated.size() < n) {
                designated.add(channelIds.get(random.nextInt(channels)));
            }
            Designation d = Designation.of(typeIds.get(i), designated,
                    FROM.plusSeconds(random.nextLong(400L * 86_400)), DesignationInstrument.byDecision("Gmb. 1"));
            if (random.nextInt(5) == 0) {
                d = d.withValidTo(d.validFrom().plusSeconds(1 + random.nextLong(300L * 86_400)));
            }
            b.designation(d);
        }
        for (ChannelId id : channelIds) {
            if (random.nextInt(3) == 0) {
                b.openedChannel(nl.wmebv.core.designation.OpenedChannel.of(id, FROM));
            }
        }
        List<MessageTypeId> formalTypes = new ArrayList<>();
        for (int i = 0; i < types; i++) {
            if (typeRoles.get(i).isFormal()) {
                formalTypes.add(typeIds.get(i));
            }
        }
        if (!formalTypes.isEmpty() && random.nextInt(2) == 0) {
            Instant start = FROM.plusSeconds(random.nextLong(500L * 86_400));
            b.exemption(new nl.wmebv.core.designation.TemporaryExemption("Stcrt. 2026, 1", BODY,
                    Set.of(formalTypes.get(random.nextInt(formalTypes.size()))), start,
                    start.plusSeconds(86_400L * (1 + random.nextInt(400)))));
        }
        // Receipt moments from mid-2025 to 2027, a quarter of them within a second of a legal midnight.
        Instant receivedAt = FROM.plusSeconds(random.nextLong(900L * 86_400));
        if (random.nextInt(4) == 0) {
            receivedAt = LocalDate.ofInstant(receivedAt, ZoneId.of("Europe/Amsterdam")).atStartOfDay(
                    ZoneId.of("Europe/Amsterdam")).toInstant().plusSeconds(random.nextInt(3) - 1L);
        }
        int type = random.nextInt(types);
        InboundMessage m = new InboundMessage(MessageId.of("m-" + random.nextInt(1_000_000)), BODY,
                PartyId.of("p"), typeIds.get(type), channelIds.get(random.nextInt(channels)), receivedAt,
                AssuranceLevel.LOW, Sha256Digest.digestOf(new byte[] {(byte) type}), 10, List.of());
        BodyFinding finding = switch (random.nextInt(3)) {
            case 0 -> BodyFinding.yes("ja");
            case 1 -> BodyFinding.no("nee");
            default -> BodyFinding.notStated();
        };
        return InboundFacts.builder(m, b.build()).processableWithoutFurtherWork(finding)
                .sharedSystemSenderSeesArrival(random.nextBoolean()).senderHasElectronicAddress(random.nextBoolean())
                .build();
    }
}
