package nl.wmebv.docs;

import java.io.PrintStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.AccessKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.MessageReceived;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.ReceiptAcknowledged;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.evidence.CaseReference;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceCopy;
import nl.wmebv.rules.evidence.EvidenceCopyRequest;
import nl.wmebv.rules.evidence.EvidenceCopyVerifier;
import nl.wmebv.rules.evidence.EvidenceLog;
import nl.wmebv.rules.evidence.EvidenceRecord;
import nl.wmebv.rules.evidence.Verification;
import nl.wmebv.rules.evidence.store.InMemoryEvidenceStore;

/**
 * The evidence section of the demo (Awb 2:25): the day's events of Gemeente Voorbeeld end in the evidence
 * log, a citizen asks for a copy (<em>afschrift</em>), and the copy is verified offline with the body's public
 * key. A neighbour's zienswijze in the same zaak is logged too, and never appears in the citizen's copy.
 */
public final class EvidenceDemo {
    private static final Locale NL = Locale.ROOT;

    private EvidenceDemo() {
    }

    /**
     * Prints the section.
     *
     * @param out  where to print, not null
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
        out.println("6. Bewijslast en afschrift (Awb 2:25)");
        BodyId gemeente = BodyId.of("gemeente-voorbeeld");
        PartyId jansen = PartyId.of("burger-jansen");
        PartyId pieters = PartyId.of("buurman-pieters");
        ChannelId portaal = ChannelId.of("portaal");
        CaseReference zaak = CaseReference.of("Z-2026-0412");
        Instant received = Instant.parse("2026-04-02T14:45:00Z");
        Instant sent = Instant.parse("2026-04-07T08:00:00Z");
        KeyPair key = ed25519();
        Clock clock = Clock.fixed(Instant.parse("2026-04-09T09:00:00Z"), ZoneOffset.UTC);

        try (EvidenceLog log = EvidenceLog.open("gemeente-voorbeeld", InMemoryEvidenceStore.create(), clock, key)) {
            MessageId aanvraag = MessageId.of("Z-2026-0412-aanvraag");
            MessageId besluit = MessageId.of("Z-2026-0412-besluit");
            log.append(new MessageReceived(received, gemeente, aanvraag, jansen, portaal, Optional.empty(),
                    digest("aanvraag omgevingsvergunning")), zaak);
            log.append(new ReceiptAcknowledged(received.plusSeconds(30), gemeente, aanvraag, jansen, received,
                    digest("aanvraag omgevingsvergunning")), zaak);
            log.append(new MessageReceived(received.plusSeconds(7200), gemeente, MessageId.of("Z-2026-0412-zienswijze"),
                    pieters, portaal, Optional.empty(), digest("zienswijze buurman")), zaak);
            log.append(new PlacedInMessageBox(sent, gemeente, besluit, jansen, portaal, digest("besluit")), zaak);
            log.append(new BecameAccessible(sent, gemeente, besluit, jansen, portaal, MessageBoxKind.MESSAGE_BOX), zaak);
            log.append(new NotificationSent(sent.plusSeconds(60), gemeente, besluit, jansen, ChannelId.of("e-mail"),
                    digest("kennisgeving")), zaak);
            log.append(new AddresseeAccessed(Instant.parse("2026-04-08T18:12:00Z"), gemeente, besluit, jansen,
                    AccessKind.OPENED, portaal), zaak);

            out.println("   Vastgelegd in het bewijslogboek (alleen kenmerken en SHA-256-digests, nooit inhoud):");
            for (long i = 0; i < log.size(); i++) {
                EvidenceRecord r = log.record(i);
                out.printf("   #%d %-28s %s  [%s]%n", i, r.event().type().wireName(),
                        LegalTime.render(r.event().occurredAt()),
                        r.event().legalBasis().stream().map(LegalBasis::toString).collect(Collectors.joining("; ")));
            }
            Checkpoint checkpoint = log.checkpoint();
            out.println("   Ondertekend controlepunt (Ed25519), te bewaren buiten het logboek, bijv. in het zaakdossier:");
            for (String line : checkpoint.toText().split("\n")) {
                out.println("     " + (line.length() > 60 ? line.substring(0, 60) + "…" : line));
            }

            out.println("   Burger Jansen vraagt een afschrift van de gegevens over zijn berichten in april:");
            EvidenceCopy copy = log.copy(EvidenceCopyRequest.forPeriod(jansen,
                    LegalTime.startOfLegalDay(LocalDate.of(2026, 4, 1)), LegalTime.startOfLegalDay(LocalDate.of(2026, 5, 1))));
            out.println("   Rechtsgrond: " + copy.legalBasis().stream().map(LegalBasis::toString)
                    .collect(Collectors.joining("; ")));
            for (String line : copy.explain(NL).split("\n")) {
                out.println("   " + line);
            }
            String json = copy.toJson();
            Verification v = EvidenceCopyVerifier.verify(json, key.getPublic());
            out.printf("   Controle van het afschrift (%s, %d tekens) met de publieke sleutel: %s%n", EvidenceCopy.FORMAT,
                    json.length(), v.valid() ? "geldig" : "ONGELDIG: " + v.detail());
            out.println("   De zienswijze van buurman Pieters staat in hetzelfde logboek, maar niet in dit afschrift"
                    + " (P14): " + (json.contains("buurman-pieters") ? "FOUT" : "klopt") + ".");
            String forged = json.replace(copy.entries().get(0).record().event().occurredAt().toString(),
                    "2026-04-03T14:45:00Z");
            Verification bad = EvidenceCopyVerifier.verify(forged, key.getPublic());
            summary.add("Afschrift voor burger Jansen: " + copy.entries().size() + " gegevens, controle "
                    + (v.valid() ? "geldig" : "ongeldig") + "; vervalst afschrift afgewezen; niets over buurman Pieters"
                    + " [Awb 2:25]");
            out.println("   Een vervalst afschrift (ontvangst een dag later) wordt afgewezen: " + bad.reason() + ", "
                    + bad.detail());
        }
    }

    private static Sha256Digest digest(String content) {
        return Sha256Digest.digestOf(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 platform supports Ed25519", e);
        }
    }

    /**
     * Runs this section alone.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }
}
