package nl.wmebv.core.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;

/**
 * The steps that led to an {@link Outcome}: an ordered list of root {@link Step}s, each a tree.
 *
 * <p>A trace is either built at once ({@link #of(Step...)}) or {@linkplain #deferred(Supplier) deferred}: the
 * rules on the intake path decide first and build their steps only when somebody reads the trace, so an
 * embedder that stores only the outcome's kind and legal basis does not pay for rendering facts (issue 8). Both
 * forms behave the same to every reader. This class is immutable and thread-safe.
 */
public final class Trace {
    /** The steps once known; for a deferred trace written once, on first read. */
    private volatile List<Step> steps;
    /** What a deferred trace is built from; null for a trace built at once. */
    private final Object input;
    /** Builds the steps of a deferred trace from {@link #input}; null for a trace built at once. */
    private final Function<Object, Trace> builder;

    private Trace(List<Step> steps) {
        this.steps = steps;
        this.input = null;
        this.builder = null;
    }

    @SuppressWarnings("unchecked")
    private Trace(Object input, Function<?, Trace> builder) {
        this.input = input;
        this.builder = (Function<Object, Trace>) builder;
    }

    private static final Function<Supplier<Trace>, Trace> GET = Supplier::get;

    /**
     * Creates a trace whose steps are built on first read by {@code builder}, which must be a pure function of
     * values it captured (it may run more than once when threads race for the first read; every run must give
     * the same steps).
     *
     * @param builder  builds the trace, not null; must not return null
     * @return the deferred trace
     * @throws nl.wmebv.core.InvalidInputException if {@code builder} is null; on first read, if it returns
     *         null ({@code field() "trace"})
     */
    public static Trace deferred(Supplier<Trace> builder) {
        return new Trace(Checks.notNull(builder, "builder"), GET);
    }

    /**
     * Creates a trace whose steps are built on first read by applying {@code builder} to {@code input}. With a
     * method reference to a static method as builder nothing but the trace itself is allocated, which is why
     * the rules on the intake path use this form. The same purity rule as for {@link #deferred(Supplier)}
     * applies.
     *
     * @param <T>      the type of the input
     * @param input    what the steps are built from, usually the rule's facts, not null
     * @param builder  builds the trace from the input, not null; must not return null
     * @return the deferred trace
     * @throws nl.wmebv.core.InvalidInputException if an argument is null; on first read, if the builder returns
     *         null ({@code field() "trace"})
     */
    public static <T> Trace deferred(T input, Function<? super T, Trace> builder) {
        return new Trace(Checks.notNull(input, "input"), Checks.notNull(builder, "builder"));
    }

    /**
     * Creates a trace from one or more root steps.
     *
     * @param steps  the steps, at least one, none null
     * @return the trace
     * @throws nl.wmebv.core.InvalidInputException if there is no step or a step is null
     */
    public static Trace of(Step... steps) {
        Checks.notNull(steps, "steps");
        return new Trace(Checks.nonEmptyListCopy(Arrays.asList(steps), "steps"));
    }

    /**
     * Creates a trace from a list of root steps.
     *
     * @param steps  the steps, at least one, none null
     * @return the trace
     * @throws nl.wmebv.core.InvalidInputException if there is no step or a step is null
     */
    public static Trace of(List<Step> steps) {
        return new Trace(Checks.nonEmptyListCopy(steps, "steps"));
    }

    /**
     * Returns the root steps.
     *
     * @return an unmodifiable list
     */
    public List<Step> steps() {
        List<Step> known = steps;
        if (known == null) {
            known = Checks.notNull(builder.apply(input), "trace").steps();
            steps = known;
        }
        return known;
    }

    /**
     * Returns every step, depth first, parents before children.
     *
     * @return a stream over all steps
     */
    public Stream<Step> flatten() {
        List<Step> all = new ArrayList<>();
        for (Step s : steps()) {
            collect(s, all);
        }
        return all.stream();
    }

    private static void collect(Step step, List<Step> into) {
        into.add(step);
        for (Step c : step.children()) {
            collect(c, into);
        }
    }

    /**
     * Returns whether any step cites the given provision or a part of it.
     *
     * @param basis  the provision, not null
     * @return true if a step's basis lies within {@code basis}
     */
    public boolean cites(LegalBasis basis) {
        Checks.notNull(basis, "basis");
        return flatten().anyMatch(s -> s.basis().isWithin(basis));
    }

    /**
     * Renders the trace as indented lines, one a step: basis, finding and facts.
     *
     * @return the rendering
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps()) {
            render(s, 0, sb);
        }
        return sb.toString();
    }

    private static void render(Step step, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append("- ").append(step).append('\n');
        for (Step c : step.children()) {
            render(c, depth + 1, sb);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && steps().equals(t.steps());
    }

    @Override
    public int hashCode() {
        return steps().hashCode();
    }

    @Override
    public String toString() {
        return "Trace" + steps();
    }
}
