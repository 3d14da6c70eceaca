package nl.wmebv.rules.audit;

import static nl.wmebv.rules.audit.AuditSetup.AANVRAAG;
import static nl.wmebv.rules.audit.AuditSetup.AT;
import static nl.wmebv.rules.audit.AuditSetup.BERICHTENBOX;
import static nl.wmebv.rules.audit.AuditSetup.BESLUIT;
import static nl.wmebv.rules.audit.AuditSetup.BEZWAAR;
import static nl.wmebv.rules.audit.AuditSetup.BODY;
import static nl.wmebv.rules.audit.AuditSetup.FORM;
import static nl.wmebv.rules.audit.AuditSetup.FROM;
import static nl.wmebv.rules.audit.AuditSetup.KLACHT;
import static nl.wmebv.rules.audit.AuditSetup.MAIL;
import static nl.wmebv.rules.audit.AuditSetup.PORTAL;
import static nl.wmebv.rules.audit.AuditSetup.WHATSAPP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.FurtherRequirements;
import nl.wmebv.core.designation.TemporaryExemption;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.LegalRole;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.rules.audit.AuditFinding.Kind;
import nl.wmebv.rules.receipt.DataReturnPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Nalevingsaudit — elke bevinding met haar wettelijke grondslag")
class ComplianceAuditTest {

    /** Runs the audit and requires exactly one finding, of the given kind. */
    private static AuditFinding only(AuditSetup setup, Kind kind) {
        AuditReport report = setup.audit();
        assertEquals(1, report.findings().size(), () -> "findings: " + report.toTsv());
        AuditFinding f = report.findings().get(0);
        assertEquals(kind, f.kind(), report::toTsv);
        assertFalse(f.explain(Locale.ROOT).isBlank());
        assertFalse(f.remedy(Locale.ENGLISH).isBlank());
        return f;
    }

    private static List<LegalBasis> basis(Provision... provisions) {
        return java.util.Arrays.stream(provisions).map(Provision::basis).toList();
    }

    @Test
    @DisplayName("een schone inrichting geeft geen enkele bevinding en 100 % dekking")
    void clean() {
        AuditReport report = new AuditSetup().audit();
        assertTrue(report.isClean(), report::toTsv);
        assertEquals(3, report.formalTypes());
        assertEquals(3, report.compliantFormalTypes());
        assertEquals("100.0", report.coveragePercent().toPlainString());
        assertEquals(Provision.AWB_2_13_LID_2.basis(), report.primaryBasis());
    }

    @Nested
    @DisplayName("Awb 2:13 lid 2 — voor ieder type bericht een aangewezen wijze")
    class Lid2 {
        @Test
        @DisplayName("type zonder aangewezen kanaal: schending, met het gevolg van 2:16 lid 1 onder c")
        void noChannel() {
            AuditSetup s = new AuditSetup();
            s.designations.removeIf(d -> d.type().equals(KLACHT));
            AuditFinding f = only(s, Kind.NO_DESIGNATED_CHANNEL);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(basis(Provision.AWB_2_13_LID_2, Provision.AWB_2_16_LID_1_ONDER_C), f.legalBasis());
            assertEquals(List.of(KLACHT), f.messageTypes());
            assertTrue(f.explain(Locale.ROOT).contains("artikel 2:16, eerste lid, onder c"));
        }

        @Test
        @DisplayName("aanwijzing die pas na het peilmoment ingaat telt nog niet; wel een advies")
        void startsLater() {
            AuditSetup s = new AuditSetup();
            // 2026-04-01 00:00 CEST = 2026-03-31T22:00Z (python zoneinfo), inside the 90-day look-ahead.
            s.designation(KLACHT, d -> new Designation(KLACHT, d.channels(), Instant.parse("2026-03-31T22:00:00Z"),
                    d.validTo(), d.instrument(), d.requirements()));
            AuditReport r = s.audit();
            assertEquals(List.of(Kind.NO_DESIGNATED_CHANNEL, Kind.DESIGNATION_STARTS),
                    r.findings().stream().map(AuditFinding::kind).toList());
            AuditFinding starts = r.findings().get(1);
            assertEquals(Severity.ADVICE, starts.severity());
            assertEquals("2026-04-01", starts.detail());
        }

        @Test
        @DisplayName("aanwijzing die binnen de vooruitblik eindigt zonder opvolger: risico, met de datum")
        void ends() {
            AuditSetup s = new AuditSetup();
            // ends 2026-04-01 00:00 CEST = 2026-03-31T22:00Z; legal day of the end is 2026-04-01.
            s.designation(KLACHT, d -> d.withValidTo(Instant.parse("2026-03-31T22:00:00Z")));
            AuditFinding f = only(s, Kind.DESIGNATION_ENDS);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(List.of(KLACHT), f.messageTypes());
            assertEquals(List.of(MAIL), f.channels());
            assertEquals("2026-04-01", f.detail());
        }

        @Test
        @DisplayName("aanwijzing die eindigt met een opvolger: geen bevinding")
        void endsWithSuccessor() {
            AuditSetup s = new AuditSetup();
            Instant end = Instant.parse("2026-03-31T22:00:00Z");
            s.designation(KLACHT, d -> d.withValidTo(end));
            s.designations.add(Designation.of(KLACHT, Set.of(FORM), end, BESLUIT));
            AuditReport r = s.audit();
            assertEquals(List.of(Kind.DESIGNATION_STARTS), r.findings().stream().map(AuditFinding::kind).toList());
        }

        @Test
        @DisplayName("vooruitblik is halfopen: einde precies op de grens telt niet, een seconde eerder wel")
        void lookAheadBoundary() {
            // 2026-03-02 + 90 days = 2026-05-31 (python datetime); 00:00 CEST = 2026-05-30T22:00Z.
            AuditSetup atBoundary = new AuditSetup();
            atBoundary.designation(KLACHT, d -> d.withValidTo(Instant.parse("2026-05-30T22:00:00Z")));
            assertTrue(atBoundary.audit().isClean());
            AuditSetup before = new AuditSetup();
            before.designation(KLACHT, d -> d.withValidTo(Instant.parse("2026-05-30T21:59:59Z")));
            assertEquals(Kind.DESIGNATION_ENDS, only(before, Kind.DESIGNATION_ENDS).kind());
            assertEquals(Instant.parse("2026-05-30T22:00:00Z"), before.audit().lookAheadEnd());
        }

        @Test
        @DisplayName("kanaal met een lager betrouwbaarheidsniveau dan het type vraagt: schending")
        void tooWeak() {
            AuditSetup s = new AuditSetup();
            s.designations.add(Designation.of(BEZWAAR, Set.of(MAIL), FROM, BESLUIT));
            AuditFinding f = only(s, Kind.CHANNEL_TOO_WEAK);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(basis(Provision.AWB_2_13_LID_2), f.legalBasis());
            assertEquals(List.of(BEZWAAR), f.messageTypes());
            assertEquals(List.of(MAIL), f.channels());
            assertEquals("NONE", f.detail());
        }

        @Test
        @DisplayName("handreiking — sociale media aangewezen: advies, nooit als wettelijke schending")
        void socialMedia() {
            AuditSetup s = new AuditSetup();
            s.designations.add(Designation.of(KLACHT, Set.of(WHATSAPP), FROM, BESLUIT));
            s.capability(WHATSAPP, c -> c);
            AuditFinding f = only(s, Kind.SOCIAL_MEDIA_DESIGNATED);
            assertEquals(Severity.ADVICE, f.severity());
            assertEquals(FindingSource.HANDREIKING, f.source());
            assertEquals(basis(Provision.AWB_2_13_LID_2), f.legalBasis());
            assertTrue(f.explain(Locale.ROOT).contains("handreiking"));
            assertTrue(f.explain(Locale.ROOT).contains("geen wettelijke plicht"));
        }

        @Test
        @DisplayName("handreiking — algemeen kanaal voor alle typen, ook die met een eigen kanaal: risico")
        void catchAll() {
            AuditSetup s = new AuditSetup();
            s.designations.add(Designation.of(AANVRAAG, Set.of(MAIL), FROM, BESLUIT));
            s.designations.add(Designation.of(BEZWAAR, Set.of(MAIL), FROM, BESLUIT));
            AuditReport r = s.audit();
            // mail (level NONE) is also too weak for aanvraag (substantial) and bezwaar (low).
            assertEquals(List.of(Kind.CHANNEL_TOO_WEAK, Kind.CATCH_ALL_CHANNEL),
                    r.findings().stream().map(AuditFinding::kind).toList());
            AuditFinding f = r.findings().get(1);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(FindingSource.HANDREIKING, f.source());
            assertEquals(basis(Provision.AWB_2_16_LID_1, Provision.AWB_2_13_LID_2), f.legalBasis());
            assertEquals(List.of(AANVRAAG, BEZWAAR), f.messageTypes(), "only the types with a channel of their own");
            assertEquals("3/3", f.detail());
        }

        @Test
        @DisplayName("handreiking — een kanaal voor alle typen zonder eigen kanalen is geen waarschuwing")
        void catchAllWithoutSpecific() {
            AuditSetup s = new AuditSetup();
            s.levels.replaceAll((t, l) -> AssuranceLevel.NONE);
            s.designations.clear();
            s.designations.add(Designation.of(AANVRAAG, Set.of(MAIL), FROM, BESLUIT));
            s.designations.add(Designation.of(BEZWAAR, Set.of(MAIL), FROM, BESLUIT));
            s.designations.add(Designation.of(KLACHT, Set.of(MAIL), FROM, BESLUIT));
            s.forms.clear();
            assertTrue(s.audit().isClean(), () -> s.audit().toTsv());
        }
    }

    @Nested
    @DisplayName("Awb 2:13 lid 3 — nadere eisen, mits niet onevenredig belemmerend")
    class Lid3 {
        @Test
        @DisplayName("inlog vereist voor een type dat geen inlog nodig heeft: risico, oordeel van de gemeente")
        void disproportionate() {
            AuditSetup s = new AuditSetup();
            s.designation(BEZWAAR, d -> d.withRequirements(
                    FurtherRequirements.NONE.withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL)));
            AuditFinding f = only(s, Kind.DISPROPORTIONATE_REQUIREMENT);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(basis(Provision.AWB_2_13_LID_3), f.legalBasis());
            assertEquals(List.of(BEZWAAR), f.messageTypes());
            assertEquals("SUBSTANTIAL", f.detail());
        }

        @Test
        @DisplayName("kanaal weigert formaten die de nadere eisen toestaan: risico")
        void exceedsChannel() {
            AuditSetup s = new AuditSetup();
            s.designation(KLACHT, d -> d.withRequirements(
                    FurtherRequirements.NONE.withAllowedMediaTypes(Set.of("application/pdf", "image/png"))));
            s.capability(MAIL, c -> c.withLimits(Set.of("application/pdf"), 20_000_000));
            AuditFinding f = only(s, Kind.REQUIREMENTS_EXCEED_CHANNEL);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(List.of(KLACHT), f.messageTypes());
            assertEquals("application/pdf max 20000000", f.detail());
        }

        @Test
        @DisplayName("kanaallimiet gelijk aan de nadere eisen: geen bevinding")
        void limitsMatch() {
            AuditSetup s = new AuditSetup();
            s.designation(KLACHT, d -> d.withRequirements(FurtherRequirements.NONE
                    .withAllowedMediaTypes(Set.of("application/pdf")).withMaxTotalSize(20_000_000)));
            s.capability(MAIL, c -> c.withLimits(Set.of("APPLICATION/PDF"), 20_000_000));
            assertTrue(s.audit().isClean(), () -> s.audit().toTsv());
        }
    }

    @Nested
    @DisplayName("Awb 2:13 lid 4 — tijdelijke regeling")
    class Lid4 {
        private TemporaryExemption exemption(Instant to) {
            return new TemporaryExemption("Stcrt. 2026, 1", BODY.id(), Set.of(KLACHT), FROM, to);
        }

        @Test
        @DisplayName("uitgezonderd type zonder kanaal: geen schending zolang de uitzondering loopt")
        void exemptNoViolation() {
            AuditSetup s = new AuditSetup();
            s.designations.removeIf(d -> d.type().equals(KLACHT));
            s.exemptions.add(exemption(Instant.parse("2027-01-01T00:00:00Z")));
            assertTrue(s.audit().isClean(), () -> s.audit().toTsv());
        }

        @Test
        @DisplayName("uitzondering vervalt binnenkort en er is dan geen kanaal: risico")
        void lapsesUncovered() {
            AuditSetup s = new AuditSetup();
            s.designations.removeIf(d -> d.type().equals(KLACHT));
            s.exemptions.add(exemption(Instant.parse("2026-03-31T22:00:00Z")));
            AuditFinding f = only(s, Kind.EXEMPTION_LAPSES);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(basis(Provision.AWB_2_13_LID_4, Provision.AWB_2_13_LID_2), f.legalBasis());
            assertEquals("Stcrt. 2026, 1 2026-04-01", f.detail());
        }

        @Test
        @DisplayName("uitzondering vervalt binnenkort en er is al een kanaal: advies")
        void lapsesCovered() {
            AuditSetup s = new AuditSetup();
            s.exemptions.add(exemption(Instant.parse("2026-03-31T22:00:00Z")));
            assertEquals(Severity.ADVICE, only(s, Kind.EXEMPTION_LAPSES).severity());
        }
    }

    @Nested
    @DisplayName("Awb 2:17 — ontvangstbevestiging en teruggeven van ingevoerde gegevens")
    class Receipt {
        @Test
        @DisplayName("lid 1 — aangewezen kanaal zonder ontvangstbevestiging: schending")
        void noAcknowledgement() {
            AuditSetup s = new AuditSetup().capability(MAIL, c -> c.withAcknowledgement(AcknowledgementSupport.NONE));
            AuditFinding f = only(s, Kind.NO_RECEIPT_ACKNOWLEDGEMENT);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(basis(Provision.AWB_2_17_LID_1), f.legalBasis());
            assertEquals(List.of(KLACHT), f.messageTypes());
        }

        @Test
        @DisplayName("lid 1 onder a — status in een gedeeld systeem en handmatige bevestiging volstaan")
        void sharedSystemAndManual() {
            AuditSetup s = new AuditSetup()
                    .capability(MAIL, c -> c.withAcknowledgement(AcknowledgementSupport.MANUAL))
                    .capability(FORM, c -> c.withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS));
            assertTrue(s.audit().isClean());
        }

        @Test
        @DisplayName("lid 2 — webformulier geeft niets terug: schending")
        void notReturned() {
            AuditSetup s = new AuditSetup();
            s.caps.put(FORM, ChannelCapabilities.inbound(FORM));
            AuditFinding f = only(s, Kind.ENTERED_DATA_NOT_RETURNED);
            assertEquals(basis(Provision.AWB_2_17_LID_2), f.legalBasis());
            assertEquals(List.of(AANVRAAG, BEZWAAR), f.messageTypes());
        }

        @Test
        @DisplayName("lid 2 — achter DigiD ingevoerd, per gewone e-mail terug: schending")
        void plainMail() {
            AuditSetup s = new AuditSetup().capability(FORM,
                    c -> c.withEnteredDataReturn(new DataReturnPath(ChannelKind.EMAIL, AssuranceLevel.SUBSTANTIAL)));
            AuditFinding f = only(s, Kind.ENTERED_DATA_RETURN_UNRELIABLE);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals("EMAIL/SUBSTANTIAL < SUBSTANTIAL", f.detail());
        }

        @Test
        @DisplayName("lid 2 — teruggave via een zwakkere inlog dan de invoer: schending")
        void weakerPath() {
            AuditSetup s = new AuditSetup().capability(FORM,
                    c -> c.withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.LOW)));
            assertEquals(Kind.ENTERED_DATA_RETURN_UNRELIABLE, only(s, Kind.ENTERED_DATA_RETURN_UNRELIABLE).kind());
        }
    }

    @Nested
    @DisplayName("Awb 2:10, 2:11, 2:25 — berichten in een systeem waarin de geadresseerde toegang heeft")
    class Outbound {
        @Test
        @DisplayName("2:10 lid 1 — geen kennisgeving: schending, met het gevolg van 2:22 lid 1")
        void noNotification() {
            AuditSetup s = new AuditSetup().capability(PORTAL, c -> c.withAddresseeAccess(false, true));
            AuditFinding f = only(s, Kind.NO_NOTIFICATION);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(basis(Provision.AWB_2_10_LID_1, Provision.AWB_2_22_LID_1), f.legalBasis());
            assertEquals(List.of(PORTAL), f.channels());
            assertEquals(List.of(), f.messageTypes());
        }

        @Test
        @DisplayName("2:10 lid 3 — Berichtenbox stuurt kennisgevingen: alleen een risico voor het portaal")
        void wdoCovers() {
            AuditSetup s = new AuditSetup().capability(PORTAL, c -> c.withAddresseeAccess(false, true));
            s.channels.add(Channel.of(BERICHTENBOX, ChannelKind.WDO_MESSAGE_BOX, "mijnoverheid", AssuranceLevel.SUBSTANTIAL));
            s.capability(BERICHTENBOX, c -> c.withAddresseeAccess(true, true));
            AuditFinding f = only(s, Kind.NO_NOTIFICATION);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(basis(Provision.AWB_2_10_LID_1, Provision.AWB_2_10_LID_3, Provision.AWB_2_22_LID_1),
                    f.legalBasis());
        }

        @Test
        @DisplayName("2:11 — mislukte bezorging wordt niet opgepakt: schending")
        void noBounces() {
            AuditSetup s = new AuditSetup().capability(PORTAL, c -> c.withAddresseeAccess(true, false));
            AuditFinding f = only(s, Kind.NO_BOUNCE_HANDLING);
            assertEquals(basis(Provision.AWB_2_11_LID_1, Provision.AWB_2_11_LID_2), f.legalBasis());
        }

        @Test
        @DisplayName("2:25 — geen vastlegging terwijl de gemeente een portaal gebruikt: risico")
        void noLogging() {
            AuditSetup s = new AuditSetup().capability(MAIL, c -> c.withEvidenceLogging(false));
            AuditFinding f = only(s, Kind.NO_EVIDENCE_LOGGING);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(basis(Provision.AWB_2_25), f.legalBasis());
            assertEquals(List.of(KLACHT), f.messageTypes());
        }

        @Test
        @DisplayName("2:25 — zonder systeem waarin de geadresseerde toegang heeft geldt de bewijslastregel niet")
        void noLoggingWithoutAccessSystem() {
            AuditSetup s = new AuditSetup().capability(MAIL, c -> c.withEvidenceLogging(false));
            s.caps.put(PORTAL, ChannelCapabilities.inbound(PORTAL)
                    .withAcknowledgement(AcknowledgementSupport.SHARED_SYSTEM_STATUS)
                    .withEnteredDataReturn(new DataReturnPath(ChannelKind.PORTAL, AssuranceLevel.SUBSTANTIAL)));
            assertTrue(s.audit().isClean(), () -> s.audit().toTsv());
        }
    }

    @Nested
    @DisplayName("Awb 4:4 lid 2 — geen onnodige gegevens in een aanvraagformulier")
    class Forms {
        @Test
        @DisplayName("verplicht veld dat niet nodig is en niet als optioneel vermeld: schending")
        void unnecessary() {
            AuditSetup s = new AuditSetup();
            s.forms.set(0, FormDefinition.of("F-aanvraag", AANVRAAG, FORM,
                    FormField.of("bsn", FieldObligation.REQUIRED, BodyFinding.yes("identificatie")),
                    FormField.of("beroep", FieldObligation.REQUIRED, BodyFinding.no("niet relevant")),
                    FormField.of("hobby", FieldObligation.OPTIONAL_UNMARKED, BodyFinding.no("niet relevant"))));
            AuditFinding f = only(s, Kind.FORM_FIELD_NOT_NECESSARY);
            assertEquals(Severity.VIOLATION, f.severity());
            assertEquals(basis(Provision.AWB_4_4_LID_2), f.legalBasis());
            assertEquals(List.of("beroep", "hobby"), f.fields());
            assertEquals("F-aanvraag", f.detail());
        }

        @Test
        @DisplayName("noodzaak niet beoordeeld: risico, nooit aangenomen")
        void notStated() {
            AuditSetup s = new AuditSetup();
            s.forms.set(0, FormDefinition.of("F-aanvraag", AANVRAAG, FORM,
                    FormField.of("iban", FieldObligation.REQUIRED, BodyFinding.notStated())));
            AuditFinding f = only(s, Kind.FORM_FIELD_NECESSITY_NOT_STATED);
            assertEquals(Severity.RISK, f.severity());
            assertEquals(List.of("iban"), f.fields());
        }

        @Test
        @DisplayName("formulier voor een bezwaarschrift valt buiten 4:4")
        void notAnApplication() {
            AuditSetup s = new AuditSetup();
            s.forms.add(FormDefinition.of("F-bezwaar", BEZWAAR, FORM,
                    FormField.of("beroep", FieldObligation.REQUIRED, BodyFinding.no("niet relevant"))));
            assertTrue(s.audit().isClean());
        }
    }

    @Nested
    @DisplayName("rapport — volgorde, dekking en weergaven")
    class Report {
        private AuditReport mixed() {
            AuditSetup s = new AuditSetup();
            s.designations.removeIf(d -> d.type().equals(KLACHT));                 // VIOLATION 2:13 lid 2
            s.capability(PORTAL, c -> c.withAddresseeAccess(false, true));           // VIOLATION 2:10 lid 1
            s.designation(BEZWAAR, d -> d.withRequirements(
                    FurtherRequirements.NONE.withMinimumAssuranceLevel(AssuranceLevel.SUBSTANTIAL))); // RISK 2:13 lid 3
            s.designations.add(Designation.of(BEZWAAR, Set.of(WHATSAPP), FROM, BESLUIT));            // ADVICE
            s.capability(WHATSAPP, c -> c);
            return s.audit();
        }

        @Test
        @DisplayName("gesorteerd op ernst, dan grondslag, dan onderwerp")
        void sorted() {
            AuditReport r = mixed();
            // bezwaar is too weak via WhatsApp (NONE < LOW): VIOLATION 2:13 lid 2, subject bezwaar/whatsapp.
            assertEquals(List.of(Kind.NO_NOTIFICATION, Kind.CHANNEL_TOO_WEAK, Kind.NO_DESIGNATED_CHANNEL,
                    Kind.DISPROPORTIONATE_REQUIREMENT, Kind.SOCIAL_MEDIA_DESIGNATED),
                    r.findings().stream().map(AuditFinding::kind).toList(), r::toTsv);
        }

        @Test
        @DisplayName("dekking: aanvraag is in orde, bezwaar en klacht niet — 1 van 3 = 33,3 %")
        void coverage() {
            AuditReport r = mixed();
            assertEquals(1, r.compliantFormalTypes());
            assertEquals(3, r.formalTypes());
            assertEquals("33.3", r.coveragePercent().toPlainString());
            assertTrue(r.explain(Locale.ROOT).contains("33,3 %"), r.explain(Locale.ROOT));
            assertTrue(r.explain(Locale.ENGLISH).contains("33.3 %"));
        }

        @Test
        @DisplayName("Markdown in het Nederlands met kopjes per ernst en de handreiking gemarkeerd")
        void markdown() {
            String md = mixed().toMarkdown(Locale.ROOT);
            assertTrue(md.startsWith("# Nalevingsaudit"), md);
            assertTrue(md.contains("## Schending van een wettelijke plicht (3)"), md);
            assertTrue(md.contains("## Risico (1)"), md);
            assertTrue(md.contains("## Advies (1)"), md);
            assertTrue(md.contains("advies uit de handreiking, geen wettelijke plicht"), md);
            assertTrue(md.contains("artikel 2:13, tweede lid, Awb"), md);
            assertTrue(md.contains("Vooruitgekeken tot en met 2026-05-30"), md);
        }

        @Test
        @DisplayName("machineleesbare samenvatting: metaregels, kopregel, één regel per bevinding")
        void tsv() {
            String[] lines = mixed().toTsv().split("\n");
            assertEquals("#body\tgemeente-test", lines[0]);
            assertEquals("#referenceMoment\t2026-03-02T08:00:00Z", lines[1]);
            assertEquals("#coverage\t1\t3\t33.3", lines[3]);
            assertEquals("severity\tkind\tsource\tlegalBasis\tmessageTypes\tchannels\tfields\tdetail", lines[4]);
            assertEquals(10, lines.length);
            assertEquals("VIOLATION\tNO_NOTIFICATION\tSTATUTE\tAwb 2:10 lid 1;Awb 2:22 lid 1\t\tportaal\t\t", lines[5]);
            for (int i = 5; i < lines.length; i++) {
                assertEquals(8, lines[i].split("\t", -1).length, lines[i]);
            }
        }

        @Test
        @DisplayName("lange lijsten worden in de uitleg ingekort, in de samenvatting niet")
        void longLists() {
            AuditSetup s = new AuditSetup();
            for (int i = 0; i < 14; i++) {
                MessageTypeId t = MessageTypeId.of("melding-" + (char) ('a' + i));
                s.types.add(MessageType.of(t, "Melding " + i, LegalRole.STATUTORY_REPORT));
                s.levels.put(t, AssuranceLevel.LOW);
                s.designations.add(Designation.of(t, Set.of(MAIL), FROM, BESLUIT));
            }
            AuditFinding f = only(s, Kind.CHANNEL_TOO_WEAK);
            assertEquals(14, f.messageTypes().size());
            assertTrue(f.explain(Locale.ROOT).contains("(+2)"), f.explain(Locale.ROOT));
            assertTrue(s.audit().toTsv().contains("melding-n"));
        }
    }

    @Nested
    @DisplayName("onjuiste invoer — InvalidInputException met de naam van het veld")
    class BadInput {
        private String field(Runnable r) {
            return org.junit.jupiter.api.Assertions.assertThrows(nl.wmebv.core.InvalidInputException.class, r::run)
                    .field();
        }

        @Test
        @DisplayName("betrouwbaarheidsniveau van een formeel type ontbreekt")
        void missingLevel() {
            AuditSetup s = new AuditSetup();
            s.levels.remove(BEZWAAR);
            assertEquals("requiredAssurance[bezwaar]", field(s::configuration));
        }

        @Test
        @DisplayName("niveau voor een ander bericht of een onbekend type")
        void levelForInformalOrUnknown() {
            AuditSetup s = new AuditSetup();
            s.levels.put(MessageTypeId.of("vraag"), AssuranceLevel.NONE);
            assertEquals("requiredAssurance[vraag]", field(s::configuration));
            AuditSetup u = new AuditSetup();
            u.levels.put(MessageTypeId.of("onbekend"), AssuranceLevel.NONE);
            assertEquals("requiredAssurance[onbekend]", field(u::configuration));
        }

        @Test
        @DisplayName("aangewezen kanaal zonder beschrijving, onbekend kanaal, dubbele beschrijving")
        void capabilities() {
            AuditSetup s = new AuditSetup();
            s.caps.remove(MAIL);
            assertEquals("channelCapabilities", field(s::configuration));
            AuditSetup u = new AuditSetup();
            u.caps.put(ChannelId.of("fax"), ChannelCapabilities.inbound(ChannelId.of("fax")));
            assertEquals("channelCapabilities[3].channel", field(u::configuration));
            AuditSetup d = new AuditSetup();
            var list = new java.util.ArrayList<>(d.caps.values());
            list.add(ChannelCapabilities.inbound(MAIL));
            assertEquals("channelCapabilities[3].channel",
                    field(() -> new AuditConfiguration(d.register(), d.levels, list, d.forms)));
        }

        @Test
        @DisplayName("toegang voor de geadresseerde bij e-mail; teruggave bij een kanaal zonder invoer")
        void kindMismatch() {
            AuditSetup s = new AuditSetup().capability(MAIL, c -> c.withAddresseeAccess(true, true));
            assertEquals("channelCapabilities[2].addresseeAccess", field(s::configuration));
            AuditSetup r = new AuditSetup().capability(MAIL,
                    c -> c.withEnteredDataReturn(new DataReturnPath(ChannelKind.EMAIL, AssuranceLevel.NONE)));
            assertEquals("channelCapabilities[2].enteredDataReturn", field(r::configuration));
        }

        @Test
        @DisplayName("formulieren: onbekend of informeel type, onbekend kanaal, dubbel id, dubbele veldnaam")
        void forms() {
            AuditSetup s = new AuditSetup();
            s.forms.add(FormDefinition.of("F-2", MessageTypeId.of("vraag"), FORM,
                    FormField.of("x", FieldObligation.REQUIRED, BodyFinding.notStated())));
            assertEquals("forms[1].type", field(s::configuration));
            AuditSetup c = new AuditSetup();
            c.forms.add(FormDefinition.of("F-2", AANVRAAG, ChannelId.of("fax"),
                    FormField.of("x", FieldObligation.REQUIRED, BodyFinding.notStated())));
            assertEquals("forms[1].channel", field(c::configuration));
            AuditSetup d = new AuditSetup();
            d.forms.add(d.forms.get(0));
            assertEquals("forms[1].id", field(d::configuration));
            assertEquals("fields[1].name", field(() -> FormDefinition.of("F", AANVRAAG, FORM,
                    FormField.of("x", FieldObligation.REQUIRED, BodyFinding.notStated()),
                    FormField.of("x", FieldObligation.REQUIRED, BodyFinding.notStated()))));
            assertEquals("fields", field(() -> FormDefinition.of("F", AANVRAAG, FORM)));
            assertEquals("name", field(() -> FormField.of(" ", FieldObligation.REQUIRED, BodyFinding.notStated())));
        }

        @Test
        @DisplayName("capaciteiten: kennisgeving zonder plaatsing, misvormd mediatype, niet-positieve grootte")
        void capabilityValues() {
            assertEquals("sendsNotifications", field(() -> new ChannelCapabilities(MAIL, AcknowledgementSupport.AUTOMATIC,
                    java.util.Optional.empty(), Set.of(), java.util.OptionalLong.empty(), false, true, false, true)));
            assertEquals("acceptedMediaTypes", field(() -> ChannelCapabilities.inbound(MAIL).withLimits(Set.of("pdf"), 1)));
            assertEquals("maxTotalSize", field(() -> ChannelCapabilities.inbound(MAIL).withLimits(Set.of(), 0)));
            assertEquals("channel", field(() -> ChannelCapabilities.inbound(null)));
        }

        @Test
        @DisplayName("audit zelf: null-configuratie, null-moment, vooruitblik buiten bereik")
        void audit() {
            AuditConfiguration config = new AuditSetup().configuration();
            assertEquals("configuration", field(() -> ComplianceAudit.of().audit(null, AT)));
            assertEquals("at", field(() -> ComplianceAudit.of().audit(config, null)));
            assertEquals("lookAheadDays", field(() -> ComplianceAudit.withLookAheadDays(0)));
            assertEquals(30, ComplianceAudit.withLookAheadDays(30).lookAheadDays());
            assertEquals("register", field(() -> new AuditConfiguration(null, java.util.Map.of(), List.of(), List.of())));
        }
    }
}
