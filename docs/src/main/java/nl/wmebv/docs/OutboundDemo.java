package nl.wmebv.docs;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.ChannelConsent;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.outbound.OutboundLifecycle;
import nl.wmebv.rules.outbound.OutboundStatus;

/**
 * The outbound section of the demo: a besluit placed in the portal and the MijnOverheid Berichtenbox, a
 * bounced kennisgeving, its re-sending, and the bezwaartermijn that follows (Awb 2:8&ndash;2:12, 2:19, 2:22).
 */
public final class OutboundDemo {
    private static final Locale NL = Locale.ROOT;

    private OutboundDemo() {
    }

    /**
     * Prints the section.
     *
     * @param out  the stream to print to, not null
     */
    public static void print(PrintStream out) {
        print(out, new java.util.ArrayList<>());
    }

    /**
     * Prints this section and adds its outcome in one line to {@code summary}, for the day in brief.
     *
     * @param out      where to print, not null
     * @param summary  collects one line per scenario, not null
     */
    public static void print(PrintStream out, java.util.List<String> summary) {
        out.println();
        out.println("5. Een besluit verzenden (Awb 2:8, 2:10, 2:11, 2:19; bezwaartermijn 6:7, 6:8)");
        BodyId body = BodyId.of("gemeente-voorbeeld");
        PartyId addressee = PartyId.of("aanvrager-0412");
        MessageId id = MessageId.of("Z-2026-0412-besluit");
        ChannelId portal = ChannelId.of("mijn-voorbeeld");
        ChannelId berichtenbox = ChannelId.of("berichtenbox-mijnoverheid");
        ChannelId notificationMail = ChannelId.of("notificatie-mail");
        ChannelId post = ChannelId.of("post");
        Sha256Digest digest = Sha256Digest.digestOf("omgevingsvergunning Z-2026-0412".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        OutboundMessage besluit = OutboundMessage.of(id, body, List.of(addressee), MessageTypeId.of("beschikking"),
                portal, digest, 48_213, List.of());
        List<Channel> channels = List.of(
                Channel.of(portal, ChannelKind.PORTAL, "https://mijn.voorbeeld.example", AssuranceLevel.SUBSTANTIAL),
                Channel.of(berichtenbox, ChannelKind.WDO_MESSAGE_BOX, "mijnoverheid.nl", AssuranceLevel.SUBSTANTIAL));
        OutboundLifecycle lifecycle = OutboundLifecycle.start(besluit, addressee, channels, Set.of(notificationMail, post))
                .with(ChannelConsent.of(addressee, portal, at("2026-02-10T14:03:00Z"), "aanvraagformulier Z-2026-0412"))
                .with(ChannelConsent.of(addressee, berichtenbox, at("2026-02-10T14:03:00Z"), "aanvraagformulier Z-2026-0412"))
                .with(new PlacedInMessageBox(at("2026-04-02T14:00:00Z"), body, id, addressee, portal, digest))
                .with(new BecameAccessible(at("2026-04-02T14:00:00Z"), body, id, addressee, portal,
                        MessageBoxKind.MESSAGE_BOX))
                .with(new PlacedInMessageBox(at("2026-04-02T14:00:05Z"), body, id, addressee, berichtenbox, digest))
                .with(new BecameAccessible(at("2026-04-02T14:20:00Z"), body, id, addressee, berichtenbox,
                        MessageBoxKind.WDO_MESSAGE_BOX));
        show(out, "a. Geplaatst in het portaal en de Berichtenbox (donderdag 2 april; dag 42 is Hemelvaartsdag)", lifecycle,
                at("2026-04-02T15:00:00Z"));
        lifecycle = lifecycle
                .with(new NotificationSent(at("2026-04-02T14:25:00Z"), body, id, addressee, notificationMail, digest))
                .with(new DeliveryFailed(at("2026-04-02T14:26:00Z"), body, id, addressee, DeliveryItem.NOTIFICATION,
                        FailureKind.HARD, notificationMail));
        show(out, "b. De kennisgeving per e-mail komt terug", lifecycle, at("2026-04-02T16:00:00Z"));
        lifecycle = lifecycle.with(new Resent(at("2026-04-07T09:00:00Z"), body, id, addressee,
                DeliveryItem.NOTIFICATION, post, digest));
        show(out, "c. De geadresseerde is per brief geïnformeerd; de bezwaartermijn", lifecycle,
                at("2026-04-07T10:00:00Z"));
        OutboundStatus end = lifecycle.statusAt(at("2026-04-07T10:00:00Z"));
        summary.add("Besluit Z-2026-0412: verzonden " + end.timeOfSending().sentAt().map(LegalTime::render).orElse("-")
                + " [" + end.timeOfSending().primaryBasis() + "], kennisgeving teruggekomen en per brief hersteld; "
                + "bezwaartermijn tot en met " + end.objectionTimeLimit().map(t -> t.lastDay().toString()).orElse("-"));
    }

    private static void show(PrintStream out, String title, OutboundLifecycle lifecycle, Instant asOf) {
        OutboundStatus s = lifecycle.statusAt(asOf);
        out.println("   --- " + title);
        out.println("   Stand op " + LegalTime.render(asOf) + ": " + s.kind());
        s.outstandingNotificationDuties().forEach(d -> out.println("   Open kennisgeving, uiterlijk vóór "
                + d.dueByRendered() + " [" + d.primaryBasis() + "]"));
        s.outstandingResendDuties().forEach(d -> out.println("   Open plicht na mislukte bezorging van de "
                + (d.item() == DeliveryItem.MESSAGE ? "beschikking" : "kennisgeving") + " [" + d.primaryBasis() + "]"));
        s.objectionTimeLimit().ifPresent(t -> out.println("   Bezwaartermijn: laatste dag " + t.lastDay()));
        s.notificationFacts().ifPresent(f -> out.println("   Feiten voor 2:22: kennisgeving verzonden "
                + f.sentAt().map(LegalTime::render).orElse("nee") + ", niet ontvangen " + f.notReceived()));
        out.println("   Rechtsgrond: " + s.legalBasis().stream().map(LegalBasis::toString)
                .collect(Collectors.joining("; ")));
        for (String line : s.explain(NL).split("\n")) {
            out.println("   " + line);
        }
    }

    private static Instant at(String s) {
        return Instant.parse(s);
    }
}
