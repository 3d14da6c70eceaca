package nl.wmebv.rules.evidence;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.AccessKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.OutageKind;
import nl.wmebv.core.evidence.OutageStarted;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.ReceiptAcknowledged;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/** Events, keys and clocks for the evidence tests. */
public final class Fixtures {
    public static final BodyId BODY = BodyId.of("gemeente-voorbeeld");
    public static final ChannelId PORTAL = ChannelId.of("portaal");
    public static final Instant T0 = Instant.parse("2026-04-02T14:45:00Z");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-03T08:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    public static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    public static Sha256Digest digest(String s) {
        return Sha256Digest.digestOf(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static MessageReceived received(String message, String sender, Instant at) {
        return new MessageReceived(at, BODY, MessageId.of(message), PartyId.of(sender), PORTAL, Optional.empty(),
                digest(message));
    }

    public static ReceiptAcknowledged acknowledged(String message, String sender, Instant receivedAt) {
        return new ReceiptAcknowledged(receivedAt.plusSeconds(60), BODY, MessageId.of(message), PartyId.of(sender),
                receivedAt, digest(message));
    }

    public static PlacedInMessageBox placed(String message, String addressee, Instant at) {
        return new PlacedInMessageBox(at, BODY, MessageId.of(message), PartyId.of(addressee), PORTAL, digest(message));
    }

    public static BecameAccessible accessible(String message, String addressee, Instant at) {
        return new BecameAccessible(at, BODY, MessageId.of(message), PartyId.of(addressee), PORTAL,
                MessageBoxKind.MESSAGE_BOX);
    }

    public static NotificationSent notified(String message, String addressee, Instant at) {
        return new NotificationSent(at, BODY, MessageId.of(message), PartyId.of(addressee), ChannelId.of("e-mail"),
                digest("kennisgeving " + message));
    }

    public static DeliveryFailed bounced(String message, String addressee, Instant at) {
        return new DeliveryFailed(at, BODY, MessageId.of(message), PartyId.of(addressee), DeliveryItem.NOTIFICATION,
                FailureKind.HARD, ChannelId.of("e-mail"));
    }

    public static AddresseeAccessed accessed(String message, String addressee, Instant at) {
        return new AddresseeAccessed(at, BODY, MessageId.of(message), PartyId.of(addressee), AccessKind.OPENED, PORTAL);
    }

    public static OutageStarted outage(Instant at) {
        return new OutageStarted(at, BODY, PORTAL, OutageKind.UNAVAILABLE);
    }

    /** A random event of one of the kinds above, about message m of party p. */
    public static EvidenceEvent random(SplittableRandom r, String message, String party, Instant at) {
        switch (r.nextInt(7)) {
            case 0: return received(message, party, at);
            case 1: return acknowledged(message, party, at);
            case 2: return placed(message, party, at);
            case 3: return accessible(message, party, at);
            case 4: return notified(message, party, at);
            case 5: return bounced(message, party, at);
            default: return accessed(message, party, at);
        }
    }
}
