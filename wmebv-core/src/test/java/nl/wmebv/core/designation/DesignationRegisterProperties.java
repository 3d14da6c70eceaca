package nl.wmebv.core.designation;

import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random registers of up to 400 types &times; 20 channels, queried at and around their validity boundaries:
 * every fast lookup of {@link DesignationRegister} must give the answer of a naive scan over the lists, written
 * here independently of the register's code.
 */
@DisplayName("Awb 2:13 lid 2 — het register antwoordt als een naïeve doorzoeking van de aanwijzingen")
class DesignationRegisterProperties {

    private static final long SEED = 0x2_13_2026L;
    private static final int REGISTERS = 1_000;
    private static final int QUERIES = 60;
    /** 2026-01-01 00:00 CET. */
    private static final Instant BASE = Instant.parse("2025-12-31T23:00:00Z");
    private static final AdministrativeBody BODY = AdministrativeBody.of(BodyId.of("gm0344"), "Gemeente Utrecht");
    private static final LegalRole[] FORMAL_ROLES = Arrays.stream(LegalRole.values())
            .filter(r -> r != LegalRole.INFORMAL).toArray(LegalRole[]::new);
    private static final ChannelKind[] KINDS = ChannelKind.values();
    private static final AssuranceLevel[] LEVELS = AssuranceLevel.values();

    @Test
    @DisplayName("snelle opzoekingen = naïeve doorzoeking, op en rond elke geldigheidsgrens")
    void fastLookupsAgreeWithNaiveScan() {
        SplittableRandom random = new SplittableRandom(SEED);
        int designatedAnswers = 0;
        int notDesignatedAnswers = 0;
        int largest = 0;
        for (int r = 0; r < REGISTERS; r++) {
            Generated g = Generated.random(random, r == 0);
            largest = Math.max(largest, g.types.size() * g.channels.size());
            DesignationRegister register = DesignationRegister.of(BODY, g.types, g.channels, g.designations,
                    g.exemptions, g.opened);
            for (int q = 0; q < QUERIES; q++) {
                ChannelId c;
                MessageTypeId t;
                if (!g.designations.isEmpty() && random.nextBoolean()) {
                    Designation d = g.designations.get(random.nextInt(g.designations.size()));
                    t = d.type();
                    List<ChannelId> sorted = sorted(d.channels());
                    c = sorted.get(random.nextInt(sorted.size()));
                } else {
                    t = g.types.get(random.nextInt(g.types.size())).id();
                    c = g.channels.get(random.nextInt(g.channels.size())).id();
                }
                Instant at = g.moment(random);
                int rr = r;
                int qq = q;
                Supplier<String> where = () -> "seed " + SEED + ", register " + rr + ", query " + qq + ": channel " + c
                        + ", type " + t + ", at " + at;

                boolean designated = g.naiveIsDesignated(c, t, at);
                assertEquals(designated, register.isDesignated(c, t, at), where);
                if (designated) {
                    designatedAnswers++;
                } else {
                    notDesignatedAnswers++;
                }
                assertEquals(g.naiveAnyFormal(c, at), register.isDesignatedForAnyFormalType(c, at), where);
                assertEquals(g.naiveHasChannel(t, at), register.hasDesignatedChannel(t, at), where);
                assertEquals(g.naiveChannels(t, at), register.designatedChannels(t, at), where);
                assertEquals(g.naiveChannels(t, at).stream().map(Channel::id).toList(),
                        register.designatedChannelIds(t, at), where);
                assertEquals(g.naiveRequirements(t, c, at), register.furtherRequirements(t, c, at), where);
                assertEquals(g.naiveExemption(t, at), register.exemption(t, at), where);
                assertEquals(g.naiveOpened(c, at), register.isOpenedForInformal(c, at), where);
            }
        }
        int yes = designatedAnswers;
        int no = notDesignatedAnswers;
        // Not vacuous: both answers occur often, and the largest register had 400 types x 20 channels.
        assertTrue(yes > REGISTERS * QUERIES / 10 && no > REGISTERS * QUERIES / 10,
                () -> "seed " + SEED + ": designated " + yes + ", not designated " + no);
        assertEquals(400 * 20, largest, "seed " + SEED);
    }

    @Test
    @DisplayName("een aanwijzing die een bestaande voor hetzelfde type en kanaal overlapt wordt geweigerd")
    void overlapRejected() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int checked = 0;
        for (int r = 0; r < REGISTERS; r++) {
            Generated g = Generated.random(random, false);
            if (g.designations.isEmpty()) {
                continue;
            }
            Designation d = g.designations.get(random.nextInt(g.designations.size()));
            ChannelId channel = sorted(d.channels()).get(0);
            // Starts at d's start or 1 ns into it, so it shares at least that moment with d.
            Instant from = random.nextBoolean() ? d.validFrom() : d.validFrom().plusNanos(1);
            Designation overlapping = random.nextBoolean() && (d.validTo().isEmpty() || from.isBefore(d.validTo().get()))
                    ? Designation.of(d.type(), Set.of(channel), from, DesignationInstrument.byDecision("dubbel"))
                    : Designation.of(d.type(), Set.of(channel), d.validFrom(), DesignationInstrument.byDecision("dubbel"))
                            .withValidTo(d.validFrom().plusSeconds(1));
            List<Designation> designations = new ArrayList<>(g.designations);
            designations.add(overlapping);
            int rr = r;
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DesignationRegister.of(BODY,
                    g.types, g.channels, designations, g.exemptions, g.opened), () -> "seed " + (SEED + 1) + ", register " + rr);
            assertEquals("designations[" + g.designations.size() + "].channels", e.field(), "seed " + (SEED + 1) + ", register " + r);
            assertEquals("noOverlap", e.constraint());
            checked++;
        }
        assertTrue(checked > REGISTERS / 2, "seed " + (SEED + 1) + ": only " + checked + " registers had designations");
    }

    /** The channels in a fixed order, so a seed always draws the same ones (set order varies per JVM run). */
    private static List<ChannelId> sorted(Set<ChannelId> channels) {
        return channels.stream().sorted(Comparator.comparing(ChannelId::value)).toList();
    }

    /** A random, valid register's parts and the naive answers. */
    private static final class Generated {
        final List<MessageType> types = new ArrayList<>();
        final List<Channel> channels = new ArrayList<>();
        final List<Designation> designations = new ArrayList<>();
        final List<TemporaryExemption> exemptions = new ArrayList<>();
        final List<OpenedChannel> opened = new ArrayList<>();
        final List<Instant> pool = new ArrayList<>();

        static Generated random(SplittableRandom random, boolean largest) {
            Generated g = new Generated();
            int typeCount = largest || random.nextInt(10) == 0 ? 400 : 1 + random.nextInt(40);
            int channelCount = largest || random.nextInt(5) == 0 ? 20 : 1 + random.nextInt(20);
            // A small pool of boundaries, so periods often abut and share boundaries.
            TreeSet<Instant> pool = new TreeSet<>();
            int poolSize = 4 + random.nextInt(10);
            while (pool.size() < poolSize) {
                pool.add(BASE.plusSeconds(random.nextLong(-30L * 86_400, 400L * 86_400)));
            }
            g.pool.addAll(pool);
            for (int i = 0; i < typeCount; i++) {
                LegalRole role = random.nextInt(7) == 0 ? LegalRole.INFORMAL : FORMAL_ROLES[random.nextInt(FORMAL_ROLES.length)];
                g.types.add(MessageType.of(MessageTypeId.of("t" + i), "Type " + i, role));
            }
            for (int j = 0; j < channelCount; j++) {
                g.channels.add(Channel.of(ChannelId.of("c" + j), KINDS[random.nextInt(KINDS.length)], "adres-" + j,
                        LEVELS[random.nextInt(LEVELS.length)]));
            }
            for (MessageType type : g.types) {
                if (!type.role().isFormal()) {
                    continue;
                }
                // Two channel groups; within a group periods never overlap, across groups channels differ.
                List<ChannelId> groupA = new ArrayList<>();
                List<ChannelId> groupB = new ArrayList<>();
                for (Channel channel : g.channels) {
                    int side = random.nextInt(3);
                    if (side == 0) {
                        groupA.add(channel.id());
                    } else if (side == 1) {
                        groupB.add(channel.id());
                    }
                }
                for (List<ChannelId> group : List.of(groupA, groupB)) {
                    if (group.isEmpty()) {
                        continue;
                    }
                    for (Period p : g.periods(random, random.nextInt(4), true)) {
                        Set<ChannelId> chosen = new HashSet<>();
                        for (ChannelId c : group) {
                            if (random.nextInt(5) < 3) {
                                chosen.add(c);
                            }
                        }
                        if (chosen.isEmpty()) {
                            chosen.add(group.get(random.nextInt(group.size())));
                        }
                        FurtherRequirements req = random.nextBoolean() ? FurtherRequirements.NONE
                                : FurtherRequirements.NONE.withMaxTotalSize(1 + random.nextInt(1_000_000));
                        g.designations.add(new Designation(type.id(), chosen, p.from, p.to,
                                DesignationInstrument.byDecision("Gmb. " + random.nextInt(1000)), req));
                    }
                }
            }
            shuffle(g.designations, random);
            List<MessageTypeId> formal = g.types.stream().filter(MessageType::isFormal).map(MessageType::id).toList();
            if (!formal.isEmpty()) {
                // Exemptions one after another, so no two ever overlap, whatever their types.
                for (Period p : g.periods(random, random.nextInt(3), false)) {
                    Set<MessageTypeId> covered = new HashSet<>();
                    int n = 1 + random.nextInt(Math.min(5, formal.size()));
                    while (covered.size() < n) {
                        covered.add(formal.get(random.nextInt(formal.size())));
                    }
                    g.exemptions.add(new TemporaryExemption("Stcrt. " + random.nextInt(1000), BODY.id(), covered,
                            p.from, p.to.orElseThrow()));
                }
            }
            for (Channel channel : g.channels) {
                if (random.nextInt(10) < 3) {
                    for (Period p : g.periods(random, 1 + random.nextInt(2), true)) {
                        FurtherRequirements req = random.nextBoolean() ? FurtherRequirements.NONE
                                : FurtherRequirements.NONE.withMinimumAssuranceLevel(LEVELS[random.nextInt(LEVELS.length)]);
                        g.opened.add(new OpenedChannel(channel.id(), p.from, p.to, req));
                    }
                }
            }
            shuffle(g.opened, random);
            return g;
        }

        /** Up to {@code count} consecutive, non-overlapping periods from the pool, abutting or with gaps. */
        List<Period> periods(SplittableRandom random, int count, boolean openEndAllowed) {
            List<Period> periods = new ArrayList<>();
            int idx = random.nextInt(pool.size());
            for (int j = 0; j < count && idx < pool.size(); j++) {
                Instant from = pool.get(idx);
                boolean last = idx == pool.size() - 1;
                if (openEndAllowed && (last || (j == count - 1 && random.nextBoolean()))) {
                    periods.add(new Period(from, Optional.empty()));
                    break;
                }
                if (last) {
                    break;
                }
                int end = idx + 1 + random.nextInt(pool.size() - idx - 1);
                periods.add(new Period(from, Optional.of(pool.get(end))));
                idx = end + random.nextInt(2);
            }
            return periods;
        }

        /** A boundary, 1 ns either side of one, or a moment anywhere (including far before and after). */
        Instant moment(SplittableRandom random) {
            int pick = random.nextInt(10);
            if (pick < 7) {
                Instant b = pool.get(random.nextInt(pool.size()));
                int side = random.nextInt(3);
                return side == 0 ? b : side == 1 ? b.minusNanos(1) : b.plusNanos(1);
            }
            if (pick == 7) {
                return random.nextBoolean() ? Instant.parse("2000-01-01T00:00:00Z") : Instant.parse("2100-01-01T00:00:00Z");
            }
            return BASE.plusSeconds(random.nextLong(-40L * 86_400, 410L * 86_400));
        }

        private static <T> void shuffle(List<T> list, SplittableRandom random) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T tmp = list.get(i);
                list.set(i, list.get(j));
                list.set(j, tmp);
            }
        }

        // --------------------------------------------------------------------------------- naive answers

        static boolean covers(Instant from, Optional<Instant> to, Instant at) {
            return from.compareTo(at) <= 0 && (to.isEmpty() || at.compareTo(to.get()) < 0);
        }

        LegalRole role(MessageTypeId t) {
            for (MessageType type : types) {
                if (type.id().equals(t)) {
                    return type.role();
                }
            }
            throw new AssertionError("no type " + t);
        }

        boolean naiveIsDesignated(ChannelId c, MessageTypeId t, Instant at) {
            for (Designation d : designations) {
                if (d.type().equals(t) && d.channels().contains(c) && covers(d.validFrom(), d.validTo(), at)) {
                    return true;
                }
            }
            return false;
        }

        boolean naiveAnyFormal(ChannelId c, Instant at) {
            for (Designation d : designations) {
                if (role(d.type()).isFormal() && d.channels().contains(c) && covers(d.validFrom(), d.validTo(), at)) {
                    return true;
                }
            }
            return false;
        }

        boolean naiveHasChannel(MessageTypeId t, Instant at) {
            for (Designation d : designations) {
                if (d.type().equals(t) && covers(d.validFrom(), d.validTo(), at)) {
                    return true;
                }
            }
            return false;
        }

        List<Channel> naiveChannels(MessageTypeId t, Instant at) {
            List<Channel> result = new ArrayList<>();
            for (Channel channel : channels) {
                if (naiveIsDesignated(channel.id(), t, at)) {
                    result.add(channel);
                }
            }
            return result;
        }

        Optional<FurtherRequirements> naiveRequirements(MessageTypeId t, ChannelId c, Instant at) {
            if (role(t).isFormal()) {
                for (Designation d : designations) {
                    if (d.type().equals(t) && d.channels().contains(c) && covers(d.validFrom(), d.validTo(), at)) {
                        return Optional.of(d.requirements());
                    }
                }
                return Optional.empty();
            }
            for (OpenedChannel o : opened) {
                if (o.channel().equals(c) && covers(o.validFrom(), o.validTo(), at)) {
                    return Optional.of(o.requirements());
                }
            }
            return Optional.empty();
        }

        Optional<TemporaryExemption> naiveExemption(MessageTypeId t, Instant at) {
            for (TemporaryExemption e : exemptions) {
                if (e.types().contains(t) && covers(e.validFrom(), Optional.of(e.validTo()), at)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        boolean naiveOpened(ChannelId c, Instant at) {
            for (OpenedChannel o : opened) {
                if (o.channel().equals(c) && covers(o.validFrom(), o.validTo(), at)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Period(Instant from, Optional<Instant> to) {
    }
}
