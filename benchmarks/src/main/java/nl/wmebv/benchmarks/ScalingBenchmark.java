package nl.wmebv.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;
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
 * Part 5 of issue 8 (assessment half): {@link InboundAssessment} against the size of the register, 10 to 4,000
 * message types &times; 20 channels, with the same mix rules as {@link InboundBenchmark}, and the lookup floor
 * beside it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class ScalingBenchmark {
    /** Message types in the register. */
    @Param({"10", "40", "100", "400", "1000", "4000"})
    public int types;

    private InboundFacts[] facts;
    private InboundAssessment assessment;
    private int next;

    /** Builds the register and the mix. */
    @Setup
    public void setUp() {
        facts = Workload.of(types).facts().toArray(new InboundFacts[0]);
        assessment = InboundAssessment.of();
    }

    private int next() {
        next = (next + 1) & (Workload.MIX - 1);
        return next;
    }

    /**
     * The entry point.
     *
     * @return the outcome
     */
    @Benchmark
    public InboundOutcome wmebvAssess() {
        return assessment.assess(facts[next()]);
    }

    /**
     * The register lookups and plain ifs.
     *
     * @return the verdict code
     */
    @Benchmark
    public int bareLookupAndLogic() {
        return DecisionFacts.decide(DecisionFacts.lookUp(facts[next()]));
    }
}
