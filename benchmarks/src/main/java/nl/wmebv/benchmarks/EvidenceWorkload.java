package nl.wmebv.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.AccessKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.ReceiptAcknowledged;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceStore;

/**
 * The evidence workload of parts 4 and 5: a deterministic stream of 2:25 events of one body, record {@code i}
 * about message {@code bericht-i} of party {@code partij-(i mod PARTIES)}, of six kinds (receipt,
 * acknowledgement, placement in a message box, becoming accessible, kennisgeving, the addressee's access)
 * drawn from a fixed seed, each moment one second after the previous one. Every event concerns exactly its
 * party, so a copy for one party in a log of {@code n} records holds exactly the records {@code i} with
 * {@code i mod PARTIES} equal to that party's number.
 */
final class EvidenceWorkload {
    /** Parties the records are spread over: a log of 1,000,000 records holds 100 per party. */
    static final int PARTIES = 10_000;
    /** The moment of record 0. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    /** The log's clock: fixed, so every run writes the same moments. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    /** The log's identifier. */
    static final String LOG_ID = "gemeente-bench";

    private static final BodyId BODY = BodyId.of(LOG_ID);
    private static final ChannelId PORTAL = ChannelId.of("mijn-bench");
    private static final ChannelId MAIL = ChannelId.of("e-mail");
    private static final Sha256Digest[] DIGESTS = new Sha256Digest[64];

    static {
        for (int i = 0; i < DIGESTS.length; i++) {
            DIGESTS[i] = Sha256Digest.digestOf(("inhoud " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    private EvidenceWorkload() {
    }

    /**
     * Returns the party of record {@code i}.
     *
     * @param i  the record's index
     * @return {@code partij-(i mod PARTIES)}
     */
    static PartyId party(long i) {
        return PartyId.of("partij-" + (i % PARTIES));
    }

    /**
     * Returns the event of record {@code i}; the kind is drawn from {@code random}.
     *
     * @param random  the generator, advanced once
     * @param i       the record's index
     * @return the event
     */
    static EvidenceEvent event(SplittableRandom random, long i) {
        Instant at = T0.plusSeconds(i);
        MessageId message = MessageId.of("bericht-" + i);
        PartyId party = party(i);
        Sha256Digest digest = DIGESTS[(int) (i & (DIGESTS.length - 1))];
        return switch (random.nextInt(6)) {
            case 0 -> new MessageReceived(at, BODY, message, party, PORTAL, Optional.empty(), digest);
            case 1 -> new ReceiptAcknowledged(at, BODY, message, party, at.minusSeconds(30), digest);
            case 2 -> new PlacedInMessageBox(at, BODY, message, party, PORTAL, digest);
            case 3 -> new BecameAccessible(at, BODY, message, party, PORTAL, MessageBoxKind.MESSAGE_BOX);
            case 4 -> new NotificationSent(at, BODY, message, party, MAIL, digest);
            default -> new AddresseeAccessed(at, BODY, message, party, AccessKind.OPENED, PORTAL);
        };
    }

    /**
     * Returns the first {@code n} events of the stream, for benchmarks that cycle through them.
     *
     * @param n  how many
     * @return a new array
     */
    static EvidenceEvent[] events(int n) {
        SplittableRandom random = new SplittableRandom(Workload.SEED);
        EvidenceEvent[] events = new EvidenceEvent[n];
        for (int i = 0; i < n; i++) {
            events[i] = event(random, i);
        }
        return events;
    }

    /**
     * Appends the first {@code n} events of the stream to a log, one append each.
     *
     * @param log  an empty log
     * @param n    how many
     */
    static void fill(EvidenceLog log, long n) {
        SplittableRandom random = new SplittableRandom(Workload.SEED);
        for (long i = 0; i < n; i++) {
            log.append(event(random, i));
        }
    }

    /**
     * Opens a log on a store with the workload's clock and key.
     *
     * @param store  the store
     * @param key    the body's key pair
     * @return the open log
     */
    static EvidenceLog open(EvidenceStore store, KeyPair key) {
        return EvidenceLog.open(LOG_ID, store, CLOCK, key);
    }

    /**
     * Generates an Ed25519 key pair (the signing key of checkpoints).
     *
     * @return a new key pair
     */
    static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 platform", e);
        }
    }

    /**
     * Creates a temporary directory for a file store.
     *
     * @return the new directory
     */
    static Path tempDirectory() {
        try {
            return Files.createTempDirectory("wmebv-bench-evidence-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a directory and everything in it; does nothing if it is null or gone.
     *
     * @param dir  the directory, may be null
     */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
