package nl.wmebv.docs;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.PublicHoliday;
import nl.wmebv.rules.inbound.Duty;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;
import nl.wmebv.rules.inbound.Notice;
import nl.wmebv.rules.receipt.DataReturnPath;

/**
 * "Een dag bij Gemeente Voorbeeld": the runnable demo of wmebv. It prints the ATW feestdagen of 2026, two
 * bezwaartermijnen with their timeliness, the assessment of three inbound messages, two late bezwaarschriften
 * saved by Awb 2:21 lid 3 and 2:23, and an outbound besluit through portal and Berichtenbox with a bounced
 * kennisgeving — each with its legal basis and Dutch explanation. Run it with the first command of the README.
 */
public final class Demo {
    private static final Locale NL = Locale.ROOT;

    private Demo() {
    }

    /**
     * Runs the demo and prints to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        PrintStream details = new PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> day = new java.util.ArrayList<>();
        AtwCalendar calendar = AtwCalendar.standard();
        calendar(details, calendar);
        objectionTerms(details, calendar, day);
        inbound(details, day);
        DeadlinesDemo.print(details, day);
        OutboundDemo.print(details, day);
        EvidenceDemo.print(details, day);
        AuditDemo.print(details, day);

        out.println("=== Een dag bij Gemeente Voorbeeld — wmebv demo ===");
        out.println();
        out.println("De dag in het kort (elke regel is een echte uitkomst van de bibliotheek; details hieronder):");
        for (int i = 0; i < day.size(); i++) {
            out.printf("%2d. %s%n", i + 1, day.get(i));
        }
        out.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void calendar(PrintStream out, AtwCalendar calendar) {
        heading(out, "1. Feestdagen 2026 volgens de Algemene termijnenwet (art. 3)");
        for (PublicHoliday h : calendar.publicHolidays(2026)) {
            out.printf("   %s  %-32s %s%n", h.date(), h.name(NL), h.basis());
        }
    }

    private static void objectionTerms(PrintStream out, AtwCalendar calendar, java.util.List<String> day) {
        heading(out, "2. Bezwaartermijnen (Awb 6:7, 6:8 lid 1, ATW art. 1) en tijdigheid (Awb 6:9)");
        for (LocalDate announced : new LocalDate[] {LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 20)}) {
            ObjectionTimeLimit term = ObjectionTimeLimit.afterAnnouncement(announced, calendar);
            out.printf("   Besluit bekendgemaakt op %s: laatste dag %s%n", announced, term.lastDay());
            printOutcome(out, term.termEnd());
        }
        ObjectionTimeLimit term = ObjectionTimeLimit.afterAnnouncement(LocalDate.of(2026, 2, 20), calendar);
        for (Instant received : new Instant[] {term.endExclusive().minusSeconds(1), term.endExclusive()}) {
            out.printf("   Bezwaarschrift ontvangen op %s:%n", LegalTime.render(received));
            printOutcome(out, term.timelinessOfReceipt(received));
        }
        day.add("Besluit bekendgemaakt op " + term.announcementDay() + ": bezwaartermijn tot en met " + term.lastDay()
                + " (verschoven van " + term.termEnd().unadjustedLastDay() + ") [" + term.termEnd().legalBasis().stream()
                .map(LegalBasis::toString).collect(Collectors.joining(", ")) + "]; ontvangen om 23:59:59 "
                + term.timelinessOfReceipt(term.endExclusive().minusSeconds(1)).kind() + ", om 24:00 "
                + term.timelinessOfReceipt(term.endExclusive()).kind() + " [Awb 6:9 lid 1]");
    }

    private static void inbound(PrintStream out, java.util.List<String> day) {
        heading(out, "3. Binnenkomende berichten (Awb 2:13–2:17, 2:20, 2:24)");
        DesignationRegister register = GemeenteVoorbeeld.register();
        InboundAssessment assessment = InboundAssessment.of();

        InboundMessage viaForm = GemeenteVoorbeeld.message("Z-2026-0412", GemeenteVoorbeeld.AANVRAAG,
                GemeenteVoorbeeld.FORMULIER_AANVRAAG, "2026-04-02T16:45", AssuranceLevel.SUBSTANTIAL,
                GemeenteVoorbeeld.pdf("bouwtekening.pdf"));
        InboundOutcome a = assessment.assess(InboundFacts.builder(viaForm, register)
                .returnPath(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL)).build());
        show(out, "a. Aanvraag via het aangewezen webformulier", a);
        day.add("Aanvraag via het webformulier: " + duties(a));

        InboundMessage byMail = GemeenteVoorbeeld.message("Z-2026-0413", GemeenteVoorbeeld.AANVRAAG,
                GemeenteVoorbeeld.KLACHTEN_MAIL, "2026-04-02T17:02", AssuranceLevel.NONE);
        InboundOutcome b = assessment.assess(InboundFacts.builder(byMail, register)
                .processableWithoutFurtherWork(BodyFinding.no("de gegevens moeten worden overgetypt in het zaaksysteem"))
                .build());
        show(out, "b. Aanvraag per e-mail aan het klachtenadres", b);
        day.add("Aanvraag per e-mail aan het klachtenadres: " + duties(b));

        InboundMessage whatsapp = GemeenteVoorbeeld.message("Z-2026-0414", GemeenteVoorbeeld.BEZWAAR,
                GemeenteVoorbeeld.WHATSAPP, "2026-04-02T23:58", AssuranceLevel.NONE);
        InboundOutcome c = assessment.assess(InboundFacts.builder(whatsapp, register).build());
        show(out, "c. Bezwaarschrift via WhatsApp", c);
        day.add("Bezwaarschrift via WhatsApp: " + duties(c));
    }

    private static String duties(InboundOutcome outcome) {
        return outcome.duties().stream().map(d -> d.kind() + (d.mandatory() ? "" : " (mag)") + " [" + d.basis() + "]")
                .collect(Collectors.joining(", "));
    }

    private static void show(PrintStream out, String title, InboundOutcome outcome) {
        out.println("   --- " + title);
        out.printf("   Ontvangen: %s (dag %s)%n", LegalTime.render(outcome.termEffects().receivedAt()),
                outcome.termEffects().legalDayOfReceipt());
        out.println("   Plichten:");
        for (Duty d : outcome.duties()) {
            out.printf("     - %s%s [%s]%s%n", d.kind(), d.mandatory() ? "" : " (mag)", d.basis(),
                    d.dueBy().map(t -> ", servicenorm vóór " + LegalTime.render(t)).orElse(""));
        }
        if (outcome.termEffects().extensionPendingReaction()) {
            out.println("   Termijn: verlenging volgens Awb 2:23 zodra het bestuursorgaan reageert");
        }
        printOutcome(out, outcome);
        for (Notice n : outcome.notices()) {
            out.println("   Mededeling aan de afzender [" + n.basis() + "]:");
            out.println(n.render(NL).lines().map(l -> "     | " + l).collect(Collectors.joining("\n")));
        }
    }

    private static void printOutcome(PrintStream out, Outcome outcome) {
        out.println("   Rechtsgrond: " + outcome.legalBasis().stream().map(LegalBasis::toString)
                .collect(Collectors.joining("; ")));
        for (String line : outcome.explain(NL).split("\n")) {
            out.println("   " + line);
        }
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println(title);
    }
}
