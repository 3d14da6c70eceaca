package nl.wmebv.testfixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.FailureKind;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.outbound.ConsentGiven;
import nl.wmebv.rules.outbound.ReachedAddresseeSystem;
import nl.wmebv.rules.timelimit.LedgerPolicies;
import nl.wmebv.rules.timelimit.NotificationFacts;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;

/**
 * Scenario spaces (<em>scenarioruimtes</em>): every combination of the legally relevant dimensions, as
 * {@link Stream}s of named cells usable from JUnit's {@code @MethodSource} (or any runner) without this module
 * depending on JUnit. Each call returns a fresh stream in a fixed order.
 */
public final class ScenarioSpaces {
    private static final AtwCalendar CALENDAR = AtwCalendar.standard();

    private ScenarioSpaces() {
    }

    /**
     * One cell of a space: a readable label and the case.
     *
     * @param <C>    the case type
     * @param label  what the cell combines, e.g. {@code "bezwaar via whatsapp, onder a: niet vastgesteld, 2026"}
     * @param value  the case
     */
    public record Cell<C>(String label, C value) {
        /**
         * Validates the cell.
         *
         * @param label  not blank
         * @param value  not null
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
         */
        public Cell {
            nl.wmebv.core.internal.Checks.notBlank(label, "label");
            nl.wmebv.core.internal.Checks.notNull(value, "value");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The inbound decision grid on {@link GemeenteVoorbeeld}: every message type (formal with designated channels,
     * bezwaar, formal without designation, informal) &times; every channel (designated for the type, for another
     * type, for no type, opened for informal) &times; the onder-a finding (yes, no, not stated) &times; before and
     * after 2026-01-01: 5 &times; 6 &times; 3 &times; 2 = 180 cells.
     *
     * @return the cells
     */
    public static Stream<Cell<InboundFacts>> inboundGrid() {
        List<Cell<InboundFacts>> cells = new ArrayList<>();
        List<Instant> moments = List.of(Instant.parse("2025-12-31T22:59:59Z"), Instant.parse("2026-04-02T14:45:00Z"));
        List<BodyFinding> findings = List.of(BodyFinding.yes("zonder nadere bewerking"),
                BodyFinding.no("moet worden overgetypt"), BodyFinding.notStated());
        for (MessageType type : GemeenteVoorbeeld.register().messageTypes()) {
            for (ChannelId channel : GemeenteVoorbeeld.channels()) {
                for (BodyFinding finding : findings) {
                    for (Instant at : moments) {
                        String id = type.id().value() + "-" + channel.value();
                        InboundMessage m = new InboundMessage(MessageId.of(id), GemeenteVoorbeeld.BODY,
                                PartyId.of("afzender"), type.id(), channel, at, AssuranceLevel.SUBSTANTIAL,
                                Sha256Digest.digestOf(id.getBytes(StandardCharsets.UTF_8)), 1_000, List.of());
                        InboundFacts facts = InboundFacts.builder(m, GemeenteVoorbeeld.register())
                                .processableWithoutFurtherWork(finding).build();
                        cells.add(new Cell<>(type.id() + " via " + channel + ", onder a: "
                                + (finding.isStated() ? (finding.isYes() ? "ja" : "nee") : "niet vastgesteld") + ", "
                                + (at.isBefore(GemeenteVoorbeeld.FROM) ? "2025" : "2026"), facts));
                    }
                }
            }
        }
        return cells.stream();
    }

    /**
     * The term-adjustment grid of a bezwaartermijn: twelve bekendmaking days (before Easter, Koningsdag,
     * Hemelvaart, Pinksteren, Christmas and New Year, both DST changes, ordinary days) &times; the adjustment (none,
     * total outage over the end, wrong channel with reaction, kennisgeving never sent) &times; the receipt (one second
     * before the end, exactly at it, one hour and one day after): 12 &times; 4 &times; 4 = 192 cells.
     *
     * @return the cells
     */
    public static Stream<Cell<LedgerCase>> termAdjustmentGrid() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 12), LocalDate.of(2026, 9, 13),
                LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 3, 14), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 1));
        List<String> adjustments = List.of("geen", "storing", "verkeerd kanaal", "geen kennisgeving");
        List<Cell<LedgerCase>> cells = new ArrayList<>();
        for (LocalDate day : days) {
            SubmissionTimeLimit base = SubmissionTimeLimit.objection(day, GemeenteVoorbeeld.BEZWAAR, CALENDAR)
                    .withStartedBySending(LedgerCases.BESLUIT);
            Instant end = base.endExclusive();
            for (String adjustment : adjustments) {
                for (long offset : new long[] {-1, 0, 3_600, 86_400}) {
                    List<Outage> outages = new ArrayList<>();
                    List<WrongChannelSubmission> wrong = new ArrayList<>();
                    Optional<NotificationFacts> notification = Optional.empty();
                    switch (adjustment) {
                        case "storing" -> {
                            outages.add(Outage.of(GemeenteVoorbeeld.WEBFORMULIER_BEZWAAR, end.minusSeconds(7_200),
                                    end.plusSeconds(1_800), false));
                            outages.add(Outage.of(GemeenteVoorbeeld.PORTAAL, end.minusSeconds(7_200),
                                    end.plusSeconds(1_800), false));
                        }
                        case "verkeerd kanaal" -> wrong.add(WrongChannelSubmission.reacted(MessageId.of("verkeerd"),
                                end.minusSeconds(3 * 86_400L), end.minusSeconds(86_400L),
                                BodyFinding.yes("verwarrende website")));
                        case "geen kennisgeving" -> notification = Optional.of(new NotificationFacts(
                                LedgerCases.BESLUIT, true, nl.wmebv.core.time.LegalTime.startOfLegalDay(day)
                                        .plusSeconds(36_000), false, null, false));
                        default -> {
                        }
                    }
                    LedgerCase c = new LedgerCase(base, List.of(), wrong, outages, notification,
                            LedgerPolicies.defaults(), GemeenteVoorbeeld.register(),
                            Submission.electronic(LedgerCases.BEZWAARSCHRIFT, end.plusSeconds(offset)));
                    cells.add(new Cell<>("bekendgemaakt " + day + ", " + adjustment + ", ontvangen "
                            + (offset < 0 ? "1 s voor" : offset == 0 ? "precies op" : offset == 3_600 ? "1 uur na" : "1 dag na") + " het einde", c));
                }
            }
        }
        return cells.stream();
    }

    /**
     * The outbound lifecycle grid: where the besluit goes (portal, Berichtenbox, both, e-mail) &times; the
     * kennisgeving (none, after 47 h 59 min 59 s, after exactly 48 h) &times; delivery (fine, bounced) &times; the
     * day (an ordinary Friday, the Saturday before summer time starts): 4 &times; 3 &times; 2 &times; 2 = 48 cells.
     *
     * @return the cells
     */
    public static Stream<Cell<OutboundCase>> outboundLifecycleGrid() {
        List<Cell<OutboundCase>> cells = new ArrayList<>();
        List<String> routes = List.of("portaal", "berichtenbox", "beide", "e-mail");
        List<Instant> bases = List.of(Instant.parse("2026-03-06T09:00:00Z"), Instant.parse("2026-03-28T09:00:00Z"));
        Sha256Digest digest = Sha256Digest.digestOf(new byte[] {2, 10});
        var body = GemeenteVoorbeeld.BODY;
        var msg = OutboundCases.BESLUIT;
        var who = OutboundCases.ADDRESSEE;
        for (String route : routes) {
            for (long notify : new long[] {-1, 172_799, 172_800}) {
                for (boolean bounced : new boolean[] {false, true}) {
                    for (Instant base : bases) {
                        List<Record> ev = new ArrayList<>();
                        for (ChannelId c : List.of(OutboundCases.PORTAL, OutboundCases.WDO, OutboundCases.MAIL)) {
                            ev.add(new ConsentGiven(base.minusSeconds(30 * 86_400L), who, c, "toestemming-" + c));
                        }
                        List<ChannelId> boxes = switch (route) {
                            case "portaal" -> List.of(OutboundCases.PORTAL);
                            case "berichtenbox" -> List.of(OutboundCases.WDO);
                            case "beide" -> List.of(OutboundCases.PORTAL, OutboundCases.WDO);
                            default -> List.of();
                        };
                        for (ChannelId c : boxes) {
                            ev.add(new PlacedInMessageBox(base, body, msg, who, c, digest));
                            ev.add(new BecameAccessible(base, body, msg, who, c, c.equals(OutboundCases.WDO)
                                    && boxes.size() == 2 ? MessageBoxKind.WDO_MESSAGE_BOX : MessageBoxKind.MESSAGE_BOX));
                        }
                        if (boxes.isEmpty()) {
                            ev.add(new ReachedAddresseeSystem(base, msg, who, OutboundCases.MAIL));
                        } else if (notify >= 0) {
                            ev.add(new NotificationSent(base.plusSeconds(notify), body, msg, who, OutboundCases.NOTIFY,
                                    digest));
                        }
                        if (bounced) {
                            ev.add(new DeliveryFailed(base.plusSeconds(600), body, msg, who, DeliveryItem.MESSAGE,
                                    FailureKind.HARD, boxes.isEmpty() ? OutboundCases.MAIL : boxes.get(0)));
                        }
                        cells.add(new Cell<>(route + ", kennisgeving " + (notify < 0 ? "geen" : "na " + notify + " s")
                                + (bounced ? ", onbestelbaar" : "") + ", " + base, new OutboundCase(ev)));
                    }
                }
            }
        }
        return cells.stream();
    }
}
