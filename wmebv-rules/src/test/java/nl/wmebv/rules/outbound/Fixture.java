package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.AccessKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/** Test fixtures: a body with a portal, the Berichtenbox, e-mail and post. */
final class Fixture {
    static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    static final MessageId MSG = MessageId.of("besluit-1");
    static final PartyId ALICE = PartyId.of("alice");
    static final PartyId BOB = PartyId.of("bob");
    static final ChannelId PORTAL = ChannelId.of("portaal");
    static final ChannelId WDO = ChannelId.of("berichtenbox");
    static final ChannelId MAIL = ChannelId.of("mail");
    static final ChannelId POST = ChannelId.of("post");
    static final ChannelId NOTIFY = ChannelId.of("notificatie-mail");
    static final Sha256Digest DIGEST = Sha256Digest.digestOf(new byte[] {1, 2, 3});
    static final List<Channel> CHANNELS = List.of(
            Channel.of(PORTAL, ChannelKind.PORTAL, "https://mijn.voorbeeld.example", AssuranceLevel.SUBSTANTIAL),
            Channel.of(WDO, ChannelKind.WDO_MESSAGE_BOX, "mijnoverheid", AssuranceLevel.SUBSTANTIAL),
            Channel.of(MAIL, ChannelKind.EMAIL, "besluiten@voorbeeld.example", AssuranceLevel.NONE));

    private Fixture() {
    }

    static OutboundMessage message(MessageId id) {
        return OutboundMessage.of(id, BODY, List.of(ALICE, BOB), MessageTypeId.of("beschikking"), PORTAL, DIGEST, 100,
                List.of());
    }

    static OutboundLifecycle tracker() {
        return OutboundLifecycle.start(message(MSG), ALICE, CHANNELS, Set.of(POST, NOTIFY));
    }

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static PlacedInMessageBox placed(String at, ChannelId c) {
        return new PlacedInMessageBox(t(at), BODY, MSG, ALICE, c, DIGEST);
    }

    static BecameAccessible accessible(String at, ChannelId c) {
        return new BecameAccessible(t(at), BODY, MSG, ALICE, c,
                c.equals(WDO) ? MessageBoxKind.WDO_MESSAGE_BOX : MessageBoxKind.MESSAGE_BOX);
    }

    static NotificationSent notified(String at) {
        return new NotificationSent(t(at), BODY, MSG, ALICE, NOTIFY, DIGEST);
    }

    static DeliveryFailed failed(String at, DeliveryItem item, ChannelId c) {
        return new DeliveryFailed(t(at), BODY, MSG, ALICE, item, FailureKind.HARD, c);
    }

    static Resent resent(String at, DeliveryItem item, ChannelId c) {
        return new Resent(t(at), BODY, MSG, ALICE, item, c, DIGEST);
    }

    static AddresseeAccessed opened(String at, ChannelId c) {
        return new AddresseeAccessed(t(at), BODY, MSG, ALICE, AccessKind.OPENED, c);
    }

    static ReachedAddresseeSystem reached(String at) {
        return new ReachedAddresseeSystem(t(at), MSG, ALICE, MAIL);
    }

    static ConsentGiven consent(String at, ChannelId c) {
        return new ConsentGiven(t(at), ALICE, c, "toestemming-" + c);
    }

    /** Consent for all three electronic channels on 1 February 2026. */
    static OutboundLifecycle consented() {
        return tracker().withAll(List.of(consent("2026-02-01T09:00:00Z", PORTAL), consent("2026-02-01T09:00:00Z", WDO),
                consent("2026-02-01T09:00:00Z", MAIL)));
    }
}
