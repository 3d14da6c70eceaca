package nl.wmebv.testfixtures.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.rules.audit.AuditConfiguration;
import nl.wmebv.rules.audit.AuditFinding;
import nl.wmebv.rules.audit.AuditReport;
import nl.wmebv.rules.audit.ComplianceAudit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the compliance audit over seeded variations of the sample municipality: designations are
 * removed at random from the clean configuration. The seed is fixed and printed with every failure.
 */
@DisplayName("Nalevingsaudit — invarianten over gegenereerde inrichtingen")
class AuditProperties {
    private static final long SEED = 0x2_13_44L;
    private static final int CASES = 1_000;
    private static final ComplianceAudit AUDIT = ComplianceAudit.of();
    private static final AuditConfiguration CLEAN = SampleMunicipality.clean();
    private static final AuditReport CLEAN_REPORT = AUDIT.audit(CLEAN, SampleMunicipality.REFERENCE_MOMENT);

    record Case(int index, List<Integer> removed, AuditConfiguration config) {
        @Override
        public String toString() {
            return "seed " + SEED + " case " + index + ": designations removed " + removed;
        }
    }

    static Stream<Case> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Designation> all = CLEAN.register().designations();
        return IntStream.range(0, CASES).mapToObj(i -> {
            SplittableRandom r = random.split();
            List<Integer> removed = new ArrayList<>();
            List<Designation> kept = new ArrayList<>();
            int removals = 1 + r.nextInt(Math.min(12, all.size()));
            for (int k = 0; k < all.size(); k++) {
                if (removed.size() < removals && r.nextInt(all.size()) < removals * 2) {
                    removed.add(k);
                } else {
                    kept.add(all.get(k));
                }
            }
            DesignationRegister register = DesignationRegister.of(CLEAN.register().body(),
                    CLEAN.register().messageTypes(), CLEAN.register().channels(), kept,
                    CLEAN.register().exemptions(), CLEAN.register().openedChannels());
            return new Case(i, removed, new AuditConfiguration(register, CLEAN.requiredAssurance(),
                    CLEAN.channelCapabilities(), CLEAN.forms()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("minder aanwijzingen geven nooit meer dekking; elke bevinding heeft grondslag en uitleg; gesorteerd")
    void invariants(Case c) {
        AuditReport report = AUDIT.audit(c.config(), SampleMunicipality.REFERENCE_MOMENT);
        // Awb 2:13 lid 2: removing designations can only take compliance away, never add it.
        assertTrue(report.compliantFormalTypes() <= CLEAN_REPORT.compliantFormalTypes(), c::toString);
        assertEquals(CLEAN_REPORT.formalTypes(), report.formalTypes(), c::toString);
        // The clean configuration had no finding, so every finding here is caused by a removal.
        assertTrue(!c.removed().isEmpty() || report.findings().isEmpty(), () -> c + "\n" + report.toTsv());
        for (AuditFinding f : report.findings()) {
            assertFalse(f.legalBasis().isEmpty(), c::toString);
            assertFalse(f.explain(Locale.ROOT).isBlank(), c::toString);
            assertFalse(f.remedy(Locale.ENGLISH).isBlank(), c::toString);
        }
        // Findings are sorted by severity first.
        List<AuditFinding> sorted = new ArrayList<>(report.findings());
        sorted.sort(Comparator.comparing(AuditFinding::severity));
        assertEquals(sorted.stream().map(AuditFinding::severity).toList(),
                report.findings().stream().map(AuditFinding::severity).toList(), c::toString);
    }

    @Test
    @DisplayName("de generator is niet leeg: de dekking daalt in de meeste gevallen en er zijn bevindingen")
    void generatorCoversTheAudit() {
        long lower = cases().filter(c -> AUDIT.audit(c.config(), SampleMunicipality.REFERENCE_MOMENT)
                .compliantFormalTypes() < CLEAN_REPORT.compliantFormalTypes()).count();
        assertTrue(lower >= CASES / 2, () -> "seed " + SEED + ": only " + lower + " cases lowered coverage");
    }
}
