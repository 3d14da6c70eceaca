package nl.wmebv.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import nl.wmebv.benchmarks.dmn.FeelEngines;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baselines (a) and (b) of part 1: the same decision as a DMN 1.3 table (hit policy FIRST) in Camunda 7 and
 * Operaton, each with its default FEEL engine and with the pinned one, on the same 400 &times; 20 register and
 * message mix as {@link InboundBenchmark}. {@code table=facts} is fed the ten booleans of the library's own
 * register lookup (precomputed; the lookup itself costs what {@code bareLookupAndLogic} minus
 * {@code bareLogic} shows); {@code table=register} encodes the register as rules. The setup checks the table
 * against the library on a sample of the mix, so a baseline that decides something else cannot be measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DmnBenchmark {
    /** Messages of the mix the setup checks against the library. */
    static final int CHECKED = 32;

    /** The DMN engine. */
    @Param({"CAMUNDA", "OPERATON"})
    public FeelEngines.Engine engine;

    /** The FEEL engine version. */
    @Param({"DEFAULT", "PINNED"})
    public FeelEngines.Feel feel;

    /** Which table: {@code facts} (a) or {@code register} (b). */
    @Param({"facts", "register"})
    public String table;

    private ToIntFunction<Object[]> dmn;
    private Object[][] inputs;
    private int next;

    /** Loads the engine and the table, precomputes the inputs and checks a sample against the library. */
    @Setup
    public void setUp() {
        Workload w = Workload.of(InboundBenchmark.TYPES);
        boolean register = "register".equals(table);
        dmn = FeelEngines.load(engine, feel, register ? DmnTables.registerTable(InboundBenchmark.TYPES)
                : DmnTables.factsTable(), DmnTables.DECISION, register ? DmnTables.REGISTER_INPUTS : DecisionFacts.NAMES);
        inputs = inputs(w, register);
        InboundAssessment assessment = InboundAssessment.of();
        for (int i = 0; i < CHECKED; i++) {
            int library = Verdict.of(assessment.assess(w.facts().get(i)));
            int table = dmn.applyAsInt(inputs[i]);
            if (library != table) {
                throw new IllegalStateException(dmn + ": message " + i + " gives " + table + ", the library " + library);
            }
        }
    }

    /**
     * The inputs of either table for every message of the mix.
     *
     * @param w         the workload
     * @param register  true for the register table
     * @return per message, the input values
     */
    static Object[][] inputs(Workload w, boolean register) {
        Object[][] inputs = new Object[Workload.MIX][];
        for (int i = 0; i < Workload.MIX; i++) {
            InboundFacts f = w.facts().get(i);
            int bits = DecisionFacts.lookUp(f);
            if (!register) {
                inputs[i] = DecisionFacts.values(bits);
                continue;
            }
            InboundMessage m = f.message();
            inputs[i] = new Object[] {m.type().value(), m.channel().value(),
                (bits & DecisionFacts.REQUIREMENT_BROKEN) == 0, (bits & DecisionFacts.FINDING_YES) != 0,
                (bits & DecisionFacts.FINDING_NO) != 0, (bits & DecisionFacts.SHARED_SYSTEM) != 0,
                (bits & DecisionFacts.SENDER_HAS_ADDRESS) != 0};
        }
        return inputs;
    }

    /**
     * One evaluation of the table.
     *
     * @return the verdict code
     */
    @Benchmark
    public int dmnEvaluate() {
        next = (next + 1) & (Workload.MIX - 1);
        return dmn.applyAsInt(inputs[next]);
    }
}
