package nl.wmebv.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import nl.wmebv.benchmarks.dmn.FeelEngines;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The baselines decide what the library decides: the bare floor and both DMN tables give the library's
 * {@link Verdict} on every message of the mix, in each engine with the pinned FEEL engine, and the isolated
 * loaders really run the FEEL version they claim.
 */
class DmnAgreementTest {

    @ParameterizedTest
    @EnumSource(FeelEngines.Engine.class)
    @DisplayName("Awb 2:16/2:17: de DMN-tabellen en de vloer beslissen als de bibliotheek, voor de hele mix")
    void tablesAgreeWithTheLibrary(FeelEngines.Engine engine) {
        Workload w = Workload.of(InboundBenchmark.TYPES);
        ToIntFunction<Object[]> facts = FeelEngines.load(engine, FeelEngines.Feel.PINNED, DmnTables.factsTable(),
                DmnTables.DECISION, DecisionFacts.NAMES);
        ToIntFunction<Object[]> register = FeelEngines.load(engine, FeelEngines.Feel.PINNED,
                DmnTables.registerTable(InboundBenchmark.TYPES), DmnTables.DECISION, DmnTables.REGISTER_INPUTS);
        Object[][] factsInputs = DmnBenchmark.inputs(w, false);
        Object[][] registerInputs = DmnBenchmark.inputs(w, true);
        InboundAssessment assessment = InboundAssessment.of();
        Set<Integer> seen = new java.util.TreeSet<>();
        List<InboundFacts> mix = w.facts();
        for (int i = 0; i < mix.size(); i++) {
            int library = Verdict.of(assessment.assess(mix.get(i)));
            seen.add(library);
            String where = engine + ", message " + i + " (seed " + Workload.SEED + ")";
            assertEquals(library, DecisionFacts.decide(DecisionFacts.lookUp(mix.get(i))), "floor, " + where);
            assertEquals(library, facts.applyAsInt(factsInputs[i]), "facts table, " + where);
            assertEquals(library, register.applyAsInt(registerInputs[i]), "register table, " + where);
        }
        // The mix covers every verdict: without and with acknowledgement, and each 2:16 outcome.
        assertEquals(Set.of(Verdict.NOT_FORMAL, Verdict.DESIGNATED_CHANNEL, Verdict.DESIGNATED_CHANNEL + 1,
                Verdict.NO_DUTY_TO_REACT, Verdict.MUST_PROCESS, Verdict.NEEDS_ASSESSMENT,
                Verdict.MAY_POINT_TO_CORRECT_CHANNEL), seen, "seed " + Workload.SEED);
    }

    @ParameterizedTest
    @EnumSource(FeelEngines.Engine.class)
    @DisplayName("de geïsoleerde class loaders draaien de FEEL-versie die ze noemen, en beslissen hetzelfde")
    void loadersRunTheirFeelVersion(FeelEngines.Engine engine) {
        for (FeelEngines.Feel feel : EnumSet.allOf(FeelEngines.Feel.class)) {
            ToIntFunction<Object[]> table = FeelEngines.load(engine, feel, DmnTables.factsTable(), DmnTables.DECISION,
                    DecisionFacts.NAMES);
            assertTrue(table.toString().contains("feel-" + feel.version() + "-"), table + " for " + feel);
            // Every combination of the ten facts a register can produce: the table gives what the plain ifs give.
            int checked = 0;
            for (int bits = 0; bits < 1 << DecisionFacts.NAMES.length; bits += feel == FeelEngines.Feel.PINNED ? 1 : 7) {
                if (!possible(bits)) {
                    continue;
                }
                checked++;
                assertEquals(DecisionFacts.decide(bits), table.applyAsInt(DecisionFacts.values(bits)),
                        table + ", facts " + Integer.toBinaryString(bits));
            }
            // By hand: 6 of the 16 designation combinations, 3 of the 4 finding ones, 16 of the other four bits.
            assertTrue(feel == FeelEngines.Feel.PINNED ? checked == 6 * 3 * 16 : checked > 30, checked + " checked");
        }
    }

    /**
     * Whether a register lookup can yield these facts: a designated channel is designated for some type, a
     * broken requirement needs a designation, a type with a designated channel has one, and a finding is yes or
     * no, not both.
     */
    private static boolean possible(int bits) {
        boolean designated = (bits & DecisionFacts.DESIGNATED) != 0;
        return (!designated || (bits & DecisionFacts.DESIGNATED_FOR_ANY) != 0)
                && (designated || (bits & DecisionFacts.REQUIREMENT_BROKEN) == 0)
                && (!designated || (bits & DecisionFacts.TYPE_HAS_CHANNEL) != 0)
                && (bits & (DecisionFacts.FINDING_YES | DecisionFacts.FINDING_NO))
                        != (DecisionFacts.FINDING_YES | DecisionFacts.FINDING_NO);
    }
}
