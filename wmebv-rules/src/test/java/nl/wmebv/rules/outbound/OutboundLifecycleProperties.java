package nl.wmebv.rules.outbound;

import static nl.wmebv.rules.outbound.Fixture.ALICE;
import static nl.wmebv.rules.outbound.Fixture.BODY;
import static nl.wmebv.rules.outbound.Fixture.DIGEST;
import static nl.wmebv.rules.outbound.Fixture.MAIL;
import static nl.wmebv.rules.outbound.Fixture.MSG;
import static nl.wmebv.rules.outbound.Fixture.NOTIFY;
import static nl.wmebv.rules.outbound.Fixture.PORTAL;
import static nl.wmebv.rules.outbound.Fixture.POST;
import static nl.wmebv.rules.outbound.Fixture.WDO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Awb 2:8–2:12, 2:19 — invarianten van de levensloop over willekeurige gebeurtenissen")
class OutboundLifecycleProperties {
    private static final long SEED = 20260101L;
    /**
     * Cases per property: 1,200 by default (CI); fewer only when the system property {@code wmebv.cases} asks
     * for it, e.g. under PIT, where every surviving mutant runs these properties again.
     */
    private static final int CASES = Integer.getInteger("wmebv.cases", 1_200);
    /** Interesting days: weekends, both DST changes, the new year of the Wmebv, Easter 2026. */
    private static final Instant[] BASES = {
        Instant.parse("2025-12-30T23:00:00Z"), Instant.parse("2026-03-27T00:00:00Z"),
        Instant.parse("2026-10-23T00:00:00Z"), Instant.parse("2026-04-02T08:00:00Z"),
        Instant.parse("2026-03-06T09:00:00Z"), Instant.parse("2026-12-31T20:00:00Z")};

    private static List<Record> scenario(SplittableRandom r) {
        List<Record> ev = new ArrayList<>();
        Instant base = BASES[r.nextInt(BASES.length)].plusSeconds(r.nextInt(0, 36 * 3600));
        for (ChannelId c : List.of(PORTAL, WDO, MAIL)) {
            if (r.nextInt(5) > 0) {
                ev.add(new ConsentGiven(base.minusSeconds(r.nextInt(-3600, 30 * 86400)), ALICE, c, "ref"));
            }
        }
        int pattern = r.nextInt(5); // 0 portal, 1 wdo, 2 both, 3 mail, 4 mail + portal
        List<ChannelId> placedIn = new ArrayList<>();
        if (pattern == 0 || pattern == 2 || pattern == 4) {
            placedIn.add(PORTAL);
        }
        if (pattern == 1 || pattern == 2) {
            placedIn.add(WDO);
        }
        Instant firstAccessible = null;
        for (ChannelId c : placedIn) {
            Instant p = base.plusSeconds(r.nextInt(0, 7200));
            ev.add(new PlacedInMessageBox(p, BODY, MSG, ALICE, c, DIGEST));
            if (r.nextInt(8) > 0) {
                Instant a = p.plusSeconds(r.nextInt(0, 3600));
                ev.add(new BecameAccessible(a, BODY, MSG, ALICE, c,
                        c.equals(WDO) && pattern == 2 ? MessageBoxKind.WDO_MESSAGE_BOX : MessageBoxKind.MESSAGE_BOX));
                firstAccessible = firstAccessible == null || a.isBefore(firstAccessible) ? a : firstAccessible;
            }
        }
        Instant mailAt = base.plusSeconds(r.nextInt(0, 7200));
        if (pattern >= 3) {
            ev.add(new ReachedAddresseeSystem(mailAt, MSG, ALICE, MAIL));
        }
        if (firstAccessible != null && r.nextBoolean()) {
            // around the 48-hour edge: 0 .. 60 h after accessibility
            Instant n = firstAccessible.plusSeconds(r.nextInt(0, 60 * 3600));
            ev.add(new NotificationSent(n, BODY, MSG, ALICE, NOTIFY, DIGEST));
            if (r.nextInt(3) == 0) {
                Instant f = n.plusSeconds(r.nextInt(1, 3600));
                ev.add(new DeliveryFailed(f, BODY, MSG, ALICE, DeliveryItem.NOTIFICATION, FailureKind.SOFT, NOTIFY));
                if (r.nextBoolean()) {
                    ev.add(new Resent(f.plusSeconds(r.nextInt(1, 86400)), BODY, MSG, ALICE, DeliveryItem.NOTIFICATION,
                            POST, DIGEST));
                }
            }
        }
        if (r.nextInt(6) == 0) {
            ev.add(new NotificationOptOut(base.plusSeconds(r.nextInt(-86400, 3 * 86400)), ALICE));
        }
        if (r.nextInt(3) == 0) {
            ChannelId failedOn = pattern >= 3 ? MAIL : placedIn.get(0);
            Instant f = base.plusSeconds(r.nextInt(7200, 4 * 3600));
            ev.add(new DeliveryFailed(f, BODY, MSG, ALICE, DeliveryItem.MESSAGE, FailureKind.HARD, failedOn));
            if (r.nextBoolean()) {
                Instant re = f.plusSeconds(r.nextInt(60, 5 * 86400));
                if (r.nextBoolean() || !placedIn.contains(PORTAL)) {
                    ev.add(new Resent(re, BODY, MSG, ALICE, DeliveryItem.MESSAGE, r.nextBoolean() ? POST : MAIL, DIGEST));
                } else {
                    ev.add(new Resent(re, BODY, MSG, ALICE, DeliveryItem.MESSAGE, PORTAL, DIGEST));
                    ev.add(new PlacedInMessageBox(re, BODY, MSG, ALICE, PORTAL, DIGEST));
                    ev.add(new BecameAccessible(re.plusSeconds(60), BODY, MSG, ALICE, PORTAL, MessageBoxKind.MESSAGE_BOX));
                }
            }
        }
        return ev;
    }

    private static List<Instant> probes(List<Record> ev) {
        TreeSet<Instant> set = new TreeSet<>();
        for (Record e : ev) {
            Instant t = OutboundLifecycle.instantOf(e);
            set.add(t);
            set.add(t.plusSeconds(172_800));
        }
        return new ArrayList<>(set);
    }

    /** Feeds events one at a time in a random order, putting back an event whose prerequisite is not known yet. */
    private static OutboundLifecycle randomArrival(List<Record> ev, SplittableRandom r) {
        List<Record> todo = new ArrayList<>(ev);
        OutboundLifecycle l = Fixture.tracker();
        int guard = 0;
        while (!todo.isEmpty()) {
            Record e = todo.remove(r.nextInt(todo.size()));
            try {
                l = e instanceof OutboundEvent o ? l.with(o) : l.with((nl.wmebv.core.evidence.MessageEvent) e);
            } catch (InvalidInputException x) {
                todo.add(e);
                if (++guard > 10_000) {
                    throw x;
                }
            }
        }
        return l;
    }

    @Test
    @DisplayName("de antwoorden hangen alleen af van de gebeurtenissen, niet van de volgorde van binnenkomst")
    void orderIndependence() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            List<Record> ev = scenario(r);
            List<Record> shuffled = new ArrayList<>(ev);
            Collections.shuffle(shuffled, new Random(r.nextLong()));
            OutboundLifecycle batch = Fixture.tracker().withAll(shuffled);
            OutboundLifecycle oneByOne = randomArrival(ev, r);
            int n = i;
            assertEquals(batch, oneByOne, () -> "seed " + SEED + " case " + n + ": " + ev);
            for (Instant at : probes(ev)) {
                assertEquals(batch.statusAt(at), oneByOne.statusAt(at), () -> "seed " + SEED + " case " + n + " at " + at);
            }
        }
    }

    @Test
    @DisplayName("een vervulde plicht komt nooit terug; geen kennisgevingsplicht zonder plaatsing; "
            + "bekendmaking nooit vóór toegankelijkheid")
    void invariants() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        Set<TimeOfSending.Kind> sendingKinds = EnumSet.noneOf(TimeOfSending.Kind.class);
        Set<NotificationDuty.Status> dutyKinds = EnumSet.noneOf(NotificationDuty.Status.class);
        Set<ResendDuty.Status> resendKinds = EnumSet.noneOf(ResendDuty.Status.class);
        Set<ConsentOutcome.Kind> consentKinds = EnumSet.noneOf(ConsentOutcome.Kind.class);
        for (int i = 0; i < CASES; i++) {
            List<Record> ev = scenario(r);
            OutboundLifecycle l = Fixture.tracker().withAll(ev);
            Map<String, Boolean> fulfilled = new HashMap<>();
            int n = i;
            for (Instant at : probes(ev)) {
                OutboundStatus s = l.statusAt(at);
                sendingKinds.add(s.timeOfSending().kind());
                consentKinds.add(s.consent().kind());
                for (NotificationDuty d : s.notificationDuties()) {
                    dutyKinds.add(d.status());
                    assertTrue(ev.stream().anyMatch(e -> e instanceof PlacedInMessageBox p && p.channel().equals(d.channel())
                            && !p.occurredAt().isAfter(d.accessibleAt())), () -> "seed " + SEED + " case " + n + ": " + d);
                    assertFalse(d.channel().equals(MAIL), () -> "seed " + SEED + " case " + n);
                    String key = "n" + d.channel() + d.accessibleAt();
                    if (Boolean.TRUE.equals(fulfilled.get(key))) {
                        assertFalse(d.outstanding(), () -> "seed " + SEED + " case " + n + " reappeared: " + d);
                    }
                    fulfilled.merge(key, d.status() == NotificationDuty.Status.MET, Boolean::logicalOr);
                }
                for (ResendDuty d : s.resendDuties()) {
                    resendKinds.add(d.status());
                    String key = "r" + d.item() + d.channel() + d.failedAt();
                    if (Boolean.TRUE.equals(fulfilled.get(key))) {
                        assertFalse(d.outstanding(), () -> "seed " + SEED + " case " + n + " reappeared: " + d);
                    }
                    fulfilled.merge(key, !d.outstanding(), Boolean::logicalOr);
                }
                TimeOfSending ts = s.timeOfSending();
                if (ts.kind() == TimeOfSending.Kind.ONDER_B || ts.kind() == TimeOfSending.Kind.ONDER_C) {
                    Instant sent = ts.sentAt().orElseThrow();
                    assertTrue(ev.stream().anyMatch(e -> e instanceof BecameAccessible b && b.occurredAt().equals(sent)
                            && b.channel().equals(ts.channel().orElseThrow())), () -> "seed " + SEED + " case " + n);
                }
                // only events at or before the moment asked about count
                ts.sentAt().ifPresent(sent -> assertFalse(sent.isAfter(at), () -> "seed " + SEED + " case " + n));
            }
        }
        // the generator reaches every interesting branch
        assertEquals(EnumSet.allOf(TimeOfSending.Kind.class), sendingKinds, "seed " + SEED);
        assertEquals(EnumSet.allOf(NotificationDuty.Status.class), dutyKinds, "seed " + SEED);
        assertEquals(EnumSet.allOf(ResendDuty.Status.class), resendKinds, "seed " + SEED);
        assertEquals(EnumSet.allOf(ConsentOutcome.Kind.class), consentKinds, "seed " + SEED);
    }

}
