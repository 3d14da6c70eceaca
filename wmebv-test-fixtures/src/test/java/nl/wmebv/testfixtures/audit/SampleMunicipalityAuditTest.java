package nl.wmebv.testfixtures.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.rules.audit.AuditConfiguration;
import nl.wmebv.rules.audit.AuditFinding;
import nl.wmebv.rules.audit.AuditReport;
import nl.wmebv.rules.audit.ComplianceAudit;
import nl.wmebv.rules.audit.FindingSource;
import nl.wmebv.rules.audit.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Nalevingsaudit van Gemeente Voorbeeld (114 berichttypen)")
class SampleMunicipalityAuditTest {
    private static final AuditReport PLANTED =
            ComplianceAudit.of().audit(SampleMunicipality.withPlantedGaps(), SampleMunicipality.REFERENCE_MOMENT);

    static List<PlantedGap> gaps() {
        return SampleMunicipality.plantedGaps();
    }

    @Test
    @DisplayName("de voorbeeldgemeente heeft minstens 100 berichttypen, waarvan 112 formeel")
    void size() {
        AuditConfiguration config = SampleMunicipality.withPlantedGaps();
        assertEquals(114, config.register().messageTypes().size());
        assertEquals(112, config.register().messageTypes().stream().filter(MessageType::isFormal).count());
        assertEquals(112, SampleMunicipality.clean().register().messageTypes().stream()
                .filter(MessageType::isFormal).count());
    }

    @Test
    @DisplayName("de schone inrichting geeft nul bevindingen en 100 % dekking")
    void clean() {
        AuditReport report = ComplianceAudit.of().audit(SampleMunicipality.clean(), SampleMunicipality.REFERENCE_MOMENT);
        assertTrue(report.isClean(), report::toTsv);
        assertEquals("100.0", report.coveragePercent().toPlainString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    @DisplayName("elk geplant gebrek wordt gevonden")
    void everyPlantedGapIsFound(PlantedGap gap) {
        assertTrue(PLANTED.findings().stream().anyMatch(gap::matches), () -> gap + "\n" + PLANTED.toTsv());
    }

    @Test
    @DisplayName("geen bevinding zonder geplant gebrek, en elk soort bevinding is geplant")
    void nothingElse() {
        for (AuditFinding f : PLANTED.findings()) {
            assertTrue(gaps().stream().anyMatch(g -> g.matches(f)), () -> "unexpected: " + f.kind() + " "
                    + f.messageTypes() + " " + f.channels());
        }
        Set<AuditFinding.Kind> planted = gaps().stream().map(PlantedGap::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuditFinding.Kind.class)));
        assertEquals(EnumSet.allOf(AuditFinding.Kind.class), planted);
    }

    @Test
    @DisplayName("dekking: 112 − 13 getroffen typen = 99 van 112 = 88,4 % (met de hand en in python nagerekend)")
    void coverage() {
        // 99 / 112 = 0.883928... → 88.4 (python: round(99/112*100, 1) == 88.4)
        assertEquals(99, PLANTED.compliantFormalTypes());
        assertEquals(112, PLANTED.formalTypes());
        assertEquals("88.4", PLANTED.coveragePercent().toPlainString());
        Set<String> affected = new HashSet<>();
        PLANTED.findings().stream()
                .filter(f -> f.severity() != Severity.ADVICE && f.source() == FindingSource.STATUTE)
                .forEach(f -> f.messageTypes().forEach(t -> affected.add(t.value())));
        assertEquals(SampleMunicipality.nonCompliantTypesWithPlantedGaps(), affected);
    }

    @Test
    @DisplayName("het rapport is gesorteerd: eerst schendingen, dan risico, dan advies")
    void sorted() {
        List<Severity> severities = PLANTED.findings().stream().map(AuditFinding::severity).toList();
        List<Severity> sortedCopy = severities.stream().sorted().toList();
        assertEquals(sortedCopy, severities);
        assertEquals(Severity.VIOLATION, severities.get(0));
    }

    @Test
    @DisplayName("Markdown en samenvatting noemen elk gebrek")
    void renderings() {
        String md = PLANTED.toMarkdown(Locale.ROOT);
        String tsv = PLANTED.toTsv();
        for (PlantedGap gap : gaps()) {
            assertTrue(md.contains(gap.subject()), gap::toString);
            assertTrue(tsv.contains(gap.kind().name()), gap::toString);
        }
        assertTrue(tsv.contains("#coverage\t99\t112\t88.4"), tsv);
    }
}
