package nl.wmebv.core.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;

/**
 * The steps that led to an {@link Outcome}: an ordered list of root {@link Step}s, each a tree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
    private final List<Step> steps;

    private Trace(List<Step> steps) {
        this.steps = steps;
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
        return steps;
    }

    /**
     * Returns every step, depth first, parents before children.
     *
     * @return a stream over all steps
     */
    public Stream<Step> flatten() {
        List<Step> all = new ArrayList<>();
        for (Step s : steps) {
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
        for (Step s : steps) {
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
        return o instanceof Trace t && steps.equals(t.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "Trace" + steps;
    }
}
