package nl.wmebv.docs;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.rules.audit.AcknowledgementSupport;
import nl.wmebv.rules.audit.AuditConfiguration;
import nl.wmebv.rules.audit.AuditFinding;
import nl.wmebv.rules.audit.AuditReport;
import nl.wmebv.rules.audit.ChannelCapabilities;
import nl.wmebv.rules.audit.ComplianceAudit;
import nl.wmebv.rules.audit.FieldObligation;
import nl.wmebv.rules.audit.FormDefinition;
import nl.wmebv.rules.audit.FormField;
import nl.wmebv.rules.receipt.DataReturnPath;

/**
 * The audit section of the demo, the last one: the project team of Gemeente Voorbeeld runs the compliance
 * audit (Awb 2:13 lid 2&ndash;4, 2:10, 2:11, 2:17, 2:25, 4:4 lid 2) against its aanwijzingsbesluit, the
 * capabilities its vendor describes for each channel, and its application form.
 */
public final class AuditDemo {
    private static final Locale NL = Locale.ROOT;

    private AuditDemo() {
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
        out.println("7. Nalevingsaudit van de inrichting (Awb 2:13, 2:10, 2:11, 2:17, 2:25, 4:4 lid 2)");
        AuditConfiguration config = new AuditConfiguration(GemeenteVoorbeeld.register(),
                Map.of(GemeenteVoorbeeld.AANVRAAG, AssuranceLevel.SUBSTANTIAL,
                        GemeenteVoorbeeld.BEZWAAR, AssuranceLevel.LOW,
                        GemeenteVoorbeeld.KLACHT, AssuranceLevel.NONE),
                List.of(ChannelCapabilities.inbound(GemeenteVoorbeeld.FORMULIER_AANVRAAG)
                                // the vendor mails the entered data back: plain e-mail behind DigiD
                                .withEnteredDataReturn(new DataReturnPath(ChannelKind.EMAIL, AssuranceLevel.SUBSTANTIAL)),
                        ChannelCapabilities.inbound(GemeenteVoorbeeld.MIJN_VOORBEELD)
                                .withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS)
                                .withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL))
                                // messages are placed for residents, but no kennisgeving goes out yet
                                .withAddresseeAccess(false, true),
                        ChannelCapabilities.inbound(GemeenteVoorbeeld.FORMULIER_BEZWAAR)
                                .withEnteredDataReturn(new DataReturnPath(ChannelKind.WEB_FORM, AssuranceLevel.LOW)),
                        ChannelCapabilities.inbound(GemeenteVoorbeeld.KLACHTEN_MAIL)
                                .withAcknowledgement(AcknowledgementSupport.MANUAL)),
                List.of(FormDefinition.of("F-omgevingsvergunning", GemeenteVoorbeeld.AANVRAAG,
                        GemeenteVoorbeeld.FORMULIER_AANVRAAG,
                        FormField.of("kadastraal-perceel", FieldObligation.REQUIRED, BodyFinding.yes("locatie activiteit")),
                        FormField.of("geboortedatum", FieldObligation.REQUIRED,
                                BodyFinding.no("niet nodig voor de vergunning")))));
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        AuditReport report = ComplianceAudit.of().audit(config, at);
        out.println("   " + report.explain(NL));
        summary.add("Audit van de inrichting: " + report.findings().size() + " bevindingen, dekking "
                + report.coveragePercent().toPlainString() + " % van de formele berichttypen");
        int n = 0;
        for (AuditFinding f : report.findings()) {
            n++;
            out.printf("   %d. [%s] %s%n", n, f.severity(), f.kind());
            out.println("      Rechtsgrond: " + f.legalBasis().stream().map(LegalBasis::toString)
                    .reduce((a, b) -> a + "; " + b).orElseThrow()
                    + (f.source() == nl.wmebv.rules.audit.FindingSource.HANDREIKING ? " (handreiking)" : ""));
            out.println("      " + f.explain(NL));
            out.println("      Wat te doen: " + f.remedy(NL));
        }
        out.println("   Machineleesbare samenvatting (eerste regels):");
        report.toTsv().lines().limit(6).forEach(l -> out.println("     | " + l.replace('\t', ' ')));
    }
}
