package nl.wmebv.docs;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.LegalTime;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;
import nl.wmebv.rules.timelimit.LedgerEntry;
import nl.wmebv.rules.timelimit.OutageRegister;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import nl.wmebv.rules.timelimit.SubmissionTermLedger;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;

/**
 * The demo section on the term ledger: two bezwaarschriften at Gemeente Voorbeeld that arrive after the
 * bezwaartermijn, one saved by a storing of the designated channels (Awb 2:21 lid 3) and one by the extension
 * after a wrong channel (Awb 2:23), each with its ledger, legal basis and Dutch explanation.
 */
public final class DeadlinesDemo {
    private static final Locale NL = Locale.ROOT;

    private DeadlinesDemo() {
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
        AtwCalendar calendar = AtwCalendar.standard();
        out.println();
        out.println("4. Termijnadministratie: te laat, maar gered (Awb 2:21 lid 3, 2:23; beleid P4, P6)");
        // Besluit bekendgemaakt op vrijdag 20 februari 2026: de laatste dag (vrijdag 3 april) is Goede Vrijdag,
        // ATW art. 1 schuift door naar dinsdag 7 april 2026, 24:00.
        SubmissionTimeLimit term = SubmissionTimeLimit.objection(LocalDate.of(2026, 2, 20), GemeenteVoorbeeld.BEZWAAR,
                calendar);

        out.println("   --- a. Storing van webformulier én Mijn Voorbeeld op de laatste avond");
        OutageRegister outages = OutageRegister.of(List.of(
                Outage.of(GemeenteVoorbeeld.FORMULIER_BEZWAAR, local("2026-04-07T21:00"), local("2026-04-08T07:30"),
                        false),
                Outage.of(GemeenteVoorbeeld.MIJN_VOORBEELD, local("2026-04-07T21:00"), local("2026-04-08T07:30"),
                        false)));
        SubmissionTermLedger withOutage = SubmissionTermLedger.of(term).withOutages(outages,
                GemeenteVoorbeeld.register());
        SubmissionAssessment saved = withOutage.assess(Submission.electronic(MessageId.of("Z-2026-0733"),
                local("2026-04-08T09:45")));
        show(out, saved);
        summary.add("Bezwaar Z-2026-0733, te laat na een storing van alle aangewezen kanalen: " + saved.kind() + " ["
                + saved.primaryBasis() + "]");

        out.println("   --- b. Eerst per e-mail aan info@, gewezen op het bezwaarformulier, daarna opnieuw ingediend");
        InboundMessage byMail = GemeenteVoorbeeld.message("Z-2026-0701", GemeenteVoorbeeld.BEZWAAR,
                GemeenteVoorbeeld.INFO_MAIL, "2026-04-06T20:15", AssuranceLevel.NONE);
        InboundOutcome inbound = InboundAssessment.of().assess(InboundFacts.builder(byMail,
                GemeenteVoorbeeld.register()).build());
        out.println("   Inkomend bericht: " + inbound.wrongChannel().map(w -> w.kind().name()).orElse("-")
                + " [" + inbound.wrongChannel().map(w -> w.primaryBasis().toString()).orElse("-") + "]");
        WrongChannelSubmission wrong = WrongChannelSubmission.fromInbound(inbound,
                Optional.of(local("2026-04-09T10:00")),
                BodyFinding.yes("de rechtsmiddelenclausule van het besluit noemde info@voorbeeld.nl"));
        SubmissionTermLedger withReaction = SubmissionTermLedger.of(term).withWrongChannelSubmission(wrong);
        SubmissionAssessment extended = withReaction.assess(Submission.electronic(MessageId.of("Z-2026-0741"),
                local("2026-04-10T11:20")));
        show(out, extended);
        summary.add("Bezwaar Z-2026-0741, eerst naar info@ gestuurd: " + extended.kind() + ", laatste dag "
                + extended.lastDay() + " [Awb 2:23]");
    }

    private static void show(PrintStream out, SubmissionAssessment a) {
        out.printf("   Uitkomst: %s, laatste dag %s%n", a.kind(), a.lastDay());
        out.println("   Administratie:");
        for (LedgerEntry e : a.entries()) {
            out.printf("     - %-10s %-40s laatste dag %s → %s%n", e.provision().basis(), e.finding(),
                    e.lastDayBefore(), e.lastDayAfter());
        }
        out.println("   Rechtsgrond: " + a.legalBasis().stream().map(LegalBasis::toString)
                .collect(Collectors.joining("; ")));
        for (String line : a.explain(NL).split("\n")) {
            out.println("   " + line);
        }
    }

    private static Instant local(String localTime) {
        return LocalDateTime.parse(localTime).atZone(LegalTime.AMSTERDAM).toInstant();
    }
}
