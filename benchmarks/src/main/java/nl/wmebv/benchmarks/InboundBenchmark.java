package nl.wmebv.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.inbound.InboundOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Part 1 of issue 8: the library's entry point, {@link InboundAssessment}, on a register of 400 message types
 * &times; 20 channels and the {@link Workload} mix, against the bare floor in the same run. The DMN baselines
 * are {@link DmnBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InboundBenchmark {
    /** Message types in the register of parts 1 and (a), (b). */
    public static final int TYPES = 400;

    private InboundFacts[] facts;
    private int[] bits;
    private InboundAssessment assessment;
    private int next;

    /** Builds the register, the mix and the precomputed facts. */
    @Setup
    public void setUp() {
        Workload w = Workload.of(TYPES);
        facts = w.facts().toArray(new InboundFacts[0]);
        bits = new int[facts.length];
        assessment = InboundAssessment.of();
        for (int i = 0; i < facts.length; i++) {
            bits[i] = DecisionFacts.lookUp(facts[i]);
            int library = Verdict.of(assessment.assess(facts[i]));
            if (library != DecisionFacts.decide(bits[i])) {
                throw new IllegalStateException("floor and library disagree on message " + i);
            }
        }
    }

    private int next() {
        next = (next + 1) & (Workload.MIX - 1);
        return next;
    }

    /**
     * The entry point: outcome with duties, notices, term effects, evidence, legal basis and trace steps.
     *
     * @return the outcome
     */
    @Benchmark
    public InboundOutcome wmebvAssess() {
        return assessment.assess(facts[next()]);
    }

    /**
     * The entry point plus reading the combined legal basis and trace, as an embedder that stores them does.
     *
     * @param bh  the blackhole
     */
    @Benchmark
    public void wmebvAssessBasisAndTrace(Blackhole bh) {
        InboundOutcome o = assessment.assess(facts[next()]);
        List<LegalBasis> basis = o.legalBasis();
        Trace trace = o.trace();
        bh.consume(basis);
        bh.consume(trace);
    }

    /**
     * The entry point plus rendering the Dutch explanation.
     *
     * @return the explanation
     */
    @Benchmark
    public String wmebvAssessAndExplain() {
        return assessment.assess(facts[next()]).explain(Locale.ROOT);
    }

    /**
     * The floor: the decision as plain ifs over the ten precomputed booleans.
     *
     * @return the verdict code
     */
    @Benchmark
    public int bareLogic() {
        return DecisionFacts.decide(bits[next()]);
    }

    /**
     * The floor with the register lookups: what the DMN baselines are fed, plus the plain ifs.
     *
     * @return the verdict code
     */
    @Benchmark
    public int bareLookupAndLogic() {
        return DecisionFacts.decide(DecisionFacts.lookUp(facts[next()]));
    }
}
