package nl.wmebv.rules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The traceability matrix {@code docs/provisions.md} is current, and every provision has a citing rule and
 * a test. Lives in wmebv-rules because its test class path is the only one that holds every class that cites
 * a provision: the main classes of core and rules, the rules tests and (through the core test-jar) the core
 * tests. Run with {@code -Dwmebv.writeDocs=true} to rewrite the file (see {@link ProvisionMatrix#REGENERATE}).
 */
@DisplayName("docs/provisions.md: the traceability matrix")
class ProvisionMatrixTest {
    private static ProvisionMatrix matrix;
    private static List<ProvisionMatrix.Row> rows;

    @BeforeAll
    static void load() {
        matrix = ProvisionMatrix.load();
        rows = matrix.rows();
    }

    @Test
    @DisplayName("the committed file equals the generated one (or is rewritten with -Dwmebv.writeDocs=true)")
    void committedFileIsCurrent() throws IOException {
        String generated = matrix.render();
        if (Boolean.getBoolean(ProvisionMatrix.WRITE_PROPERTY)) {
            Files.writeString(matrix.file(), generated, StandardCharsets.UTF_8);
        }
        String committed = Files.isRegularFile(matrix.file())
                ? Files.readString(matrix.file(), StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "docs/provisions.md is stale; regenerate it from the repository root "
                + "with:\n  " + ProvisionMatrix.REGENERATE + "\nand commit the result");
    }

    @Test
    @DisplayName("every provision is cited by a main class, unless it is listed as referred to, not implemented")
    void everyProvisionHasARule() {
        String missing = rows.stream()
                .filter(r -> r.citedBy().isEmpty() && !ProvisionMatrix.REFERRED_NOT_IMPLEMENTED.containsKey(r.provision()))
                .map(r -> r.provision().name()).collect(Collectors.joining(", "));
        assertEquals("", missing, "provisions no main class reads (cite them in a rule, or add them with the "
                + "LAW.md reason to ProvisionMatrix.REFERRED_NOT_IMPLEMENTED)");
    }

    @Test
    @DisplayName("the allow-list holds only provisions that really are uncited, so it cannot hide a rule")
    void allowListIsExact() {
        String cited = rows.stream()
                .filter(r -> !r.citedBy().isEmpty() && ProvisionMatrix.REFERRED_NOT_IMPLEMENTED.containsKey(r.provision()))
                .map(r -> r.provision().name() + " cited by " + r.citedBy()).collect(Collectors.joining("; "));
        assertEquals("", cited, "remove these from ProvisionMatrix.REFERRED_NOT_IMPLEMENTED: they are implemented");
    }

    @Test
    @DisplayName("every implemented provision is read by at least one test class")
    void everyImplementedProvisionHasATest() {
        String missing = rows.stream()
                .filter(r -> !r.citedBy().isEmpty() && r.tests().isEmpty())
                .map(r -> r.provision().name() + " (cited by " + r.citedBy() + ")").collect(Collectors.joining(", "));
        assertEquals("", missing, "implemented provisions that no *Test or *Properties class reads");
    }

    @Test
    @DisplayName("the matrix has one section per Provision constant, each with its wetten.overheid.nl link")
    void oneSectionPerProvision() {
        String text = matrix.render();
        for (Provision p : Provision.values()) {
            assertTrue(text.contains("\n## " + p.basis() + "\n"), "section for " + p);
            assertTrue(text.contains("(" + p.basis().url() + ")"), "link for " + p);
        }
        assertEquals(Provision.values().length, rows.size());
    }

    @Test
    @DisplayName("the generator sees both sides: main citations of Awb 2:16 lid 2 and the test that reads it")
    void generatorSeesMainAndTestCode() {
        ProvisionMatrix.Row row = rows.stream().filter(r -> r.provision() == Provision.AWB_2_16_LID_2)
                .findFirst().orElseThrow();
        assertTrue(row.citedBy().contains("nl.wmebv.rules.channel.WrongChannelRule"), row.citedBy().toString());
        assertTrue(row.outcomes().contains("WrongChannelOutcome.NoDutyToReact"), row.outcomes().toString());
        assertTrue(row.tests().contains("nl.wmebv.rules.channel.WrongChannelRuleTest"), row.tests().toString());
        assertFalse(row.citedBy().stream().anyMatch(c -> c.endsWith("Test")), "tests are not rules");
    }
}
