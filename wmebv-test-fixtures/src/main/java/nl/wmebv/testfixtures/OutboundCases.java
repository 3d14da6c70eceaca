package nl.wmebv.testfixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.outbound.ConsentGiven;
import nl.wmebv.rules.outbound.NotificationOptOut;
import nl.wmebv.rules.outbound.OutboundEvent;
import nl.wmebv.rules.outbound.OutboundLifecycle;
import nl.wmebv.rules.outbound.ReachedAddresseeSystem;

/**
 * Generators of outbound event streams (Awb 2:8&ndash;2:12, 2:19): a besluit of {@link GemeenteVoorbeeld}
 * to one addressee, placed in the portal, the MijnOverheid Berichtenbox (Wdo-voorziening) or both, or mailed;
 * consents, kennisgevingen around the 48 hours, bounces, re-sendings and opt-outs, around weekends, both DST
 * changes and the start of the Wmebv.
 */
public final class OutboundCases {
    /** The besluit. */
    public static final MessageId BESLUIT = MessageId.of("besluit");
    /** The addressee. */
    public static final PartyId ADDRESSEE = PartyId.of("geadresseerde");
    /** The portal (a system in which the addressee has access, 2:19 onder b). */
    public static final ChannelId PORTAL = ChannelId.of("mijn-voorbeeld");
    /** The MijnOverheid Berichtenbox (the Wdo-voorziening, 2:10 lid 3, 2:19 onder c). */
    public static final ChannelId WDO = ChannelId.of("berichtenbox");
    /** E-mail (2:19 onder a). */
    public static final ChannelId MAIL = ChannelId.of("besluiten-mail");
    /** Post, for re-sending. */
    public static final ChannelId POST = ChannelId.of("post");
    /** The e-mail address kennisgevingen go to. */
    public static final ChannelId NOTIFY = ChannelId.of("notificatie-mail");

    private static final Sha256Digest DIGEST = Sha256Digest.digestOf(new byte[] {2, 10});
    private static final List<Channel> CHANNELS = List.of(
            Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.example", AssuranceLevel.SUBSTANTIAL),
            Channel.of(WDO, ChannelKind.WDO_MESSAGE_BOX, "mijnoverheid", AssuranceLevel.SUBSTANTIAL),
            Channel.of(MAIL, ChannelKind.EMAIL, "besluiten@voorbeeld.example", AssuranceLevel.NONE));
    /** Start days: the new year of the Wmebv, both DST changes, Easter 2026, an ordinary Friday, New Year 2027. */
    private static final List<Instant> BASES = List.of(Instant.parse("2025-12-30T23:00:00Z"),
            Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z"),
            Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-03-06T09:00:00Z"),
            Instant.parse("2026-12-31T20:00:00Z"));

    private OutboundCases() {
    }

    /**
     * Returns a tracker of the besluit to the addressee, with the portal, the Berichtenbox and e-mail as
     * electronic channels and post and the notification address as other ways.
     *
     * @return the tracker, without events
     */
    public static OutboundLifecycle tracker() {
        OutboundMessage message = OutboundMessage.of(BESLUIT, GemeenteVoorbeeld.BODY,
                List.of(ADDRESSEE, PartyId.of("derde-belanghebbende")), MessageTypeId.of("beschikking"), PORTAL,
                DIGEST, 100, List.of());
        return OutboundLifecycle.start(message, ADDRESSEE, CHANNELS, Set.of(POST, NOTIFY));
    }

    /**
     * Returns the moment of an event of a generated stream.
     *
     * @param event  an evidence event or outbound event, not null
     * @return its moment
     * @throws nl.wmebv.core.InvalidInputException if it is neither ({@code "event"})
     */
    public static Instant instantOf(Record event) {
        Checks.notNull(event, "event");
        if (event instanceof EvidenceEvent e) {
            return e.occurredAt();
        }
        if (event instanceof OutboundEvent o) {
            return o.occurredAt();
        }
        throw new nl.wmebv.core.InvalidInputException("event", "kind", "not an event: " + event.getClass());
    }

    /**
     * Event streams of every shape (see the class description).
     *
     * @return the generator
     */
    public static Generator<OutboundCase> any() {
        return s -> {
            List<Record> ev = new ArrayList<>();
            Instant base = s.oneOf(BASES).plusSeconds(s.between(0, 36 * 3_600));
            for (ChannelId c : List.of(PORTAL, WDO, MAIL)) {
                if (!s.oneIn(5)) {
                    ev.add(new ConsentGiven(base.minusSeconds(s.between(-3_600, 30 * 86_400)), ADDRESSEE, c,
                            "toestemming-" + c));
                }
            }
            int pattern = s.between(0, 4); // 0 portal, 1 wdo, 2 both, 3 mail, 4 mail + portal
            List<ChannelId> placedIn = new ArrayList<>();
            if (pattern == 0 || pattern == 2 || pattern == 4) {
                placedIn.add(PORTAL);
            }
            if (pattern == 1 || pattern == 2) {
                placedIn.add(WDO);
            }
            Instant firstAccessible = null;
            for (ChannelId c : placedIn) {
                Instant p = base.plusSeconds(s.between(0, 7_200));
                ev.add(new PlacedInMessageBox(p, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, c, DIGEST));
                if (!s.oneIn(8)) {
                    Instant a = p.plusSeconds(s.between(0, 3_600));
                    ev.add(new BecameAccessible(a, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, c,
                            c.equals(WDO) && pattern == 2 ? MessageBoxKind.WDO_MESSAGE_BOX : MessageBoxKind.MESSAGE_BOX));
                    firstAccessible = firstAccessible == null || a.isBefore(firstAccessible) ? a : firstAccessible;
                }
            }
            if (pattern >= 3) {
                ev.add(new ReachedAddresseeSystem(base.plusSeconds(s.between(0, 7_200)), BESLUIT, ADDRESSEE, MAIL));
            }
            if (firstAccessible != null && s.coin()) {
                Instant n = firstAccessible.plusSeconds(s.between(0, 60 * 3_600));
                ev.add(new NotificationSent(n, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, NOTIFY, DIGEST));
                if (s.oneIn(3)) {
                    Instant f = n.plusSeconds(s.between(1, 3_600));
                    ev.add(new DeliveryFailed(f, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, DeliveryItem.NOTIFICATION,
                            FailureKind.SOFT, NOTIFY));
                    if (s.coin()) {
                        ev.add(new Resent(f.plusSeconds(s.between(1, 86_400)), GemeenteVoorbeeld.BODY, BESLUIT,
                                ADDRESSEE, DeliveryItem.NOTIFICATION, POST, DIGEST));
                    }
                }
            }
            if (s.oneIn(6)) {
                ev.add(new NotificationOptOut(base.plusSeconds(s.between(-86_400, 3 * 86_400)), ADDRESSEE));
            }
            if (s.oneIn(3)) {
                ChannelId failedOn = pattern >= 3 ? MAIL : placedIn.get(0);
                Instant f = base.plusSeconds(s.between(7_200, 4 * 3_600));
                ev.add(new DeliveryFailed(f, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, DeliveryItem.MESSAGE,
                        FailureKind.HARD, failedOn));
                if (s.coin()) {
                    Instant re = f.plusSeconds(s.between(60, 5 * 86_400));
                    if (s.coin() || !placedIn.contains(PORTAL)) {
                        ev.add(new Resent(re, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, DeliveryItem.MESSAGE,
                                s.coin() ? POST : MAIL, DIGEST));
                    } else {
                        ev.add(new Resent(re, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, DeliveryItem.MESSAGE, PORTAL,
                                DIGEST));
                        ev.add(new PlacedInMessageBox(re, GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE, PORTAL, DIGEST));
                        ev.add(new BecameAccessible(re.plusSeconds(60), GemeenteVoorbeeld.BODY, BESLUIT, ADDRESSEE,
                                PORTAL, MessageBoxKind.MESSAGE_BOX));
                    }
                }
            }
            return new OutboundCase(ev);
        };
    }
}
