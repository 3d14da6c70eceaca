package nl.wmebv.core.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;

/**
 * One step of a {@link Trace}: the provision applied, a stable finding key (e.g.
 * {@code "calendar.moved.atw1"}), the facts it used, in the order added, and the steps beneath it.
 *
 * <p>Facts are identifiers, dates, instants and flags rendered as text: never message content or personal
 * data. This class is immutable and thread-safe; {@code with…} methods return a new step.
 */
public final class Step {
    private final LegalBasis basis;
    private final String finding;
    /** Fact names and rendered values, in insertion order: two small arrays, not a map per step (issue 8). */
    private final String[] names;
    private final String[] values;
    private final List<Step> children;

    private Step(LegalBasis basis, String finding, String[] names, String[] values, List<Step> children) {
        this.basis = basis;
        this.finding = finding;
        this.names = names;
        this.values = values;
        this.children = children;
    }

    private static final String[] NONE = new String[0];

    /**
     * Creates a step without facts or children.
     *
     * @param basis    the provision applied, not null
     * @param finding  the finding key, not blank
     * @return the step
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or blank
     */
    public static Step of(LegalBasis basis, String finding) {
        return new Step(Checks.notNull(basis, "basis"), Checks.identifier(finding, "finding"), NONE, NONE,
                List.of());
    }

    /**
     * Returns a step with one more fact; a fact with the same name is replaced.
     *
     * @param name   the fact's name, not blank
     * @param value  the fact's value, not null; rendered with {@code String.valueOf}
     * @return the new step
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or blank
     */
    public Step withFact(String name, Object value) {
        Checks.identifier(name, "name");
        Checks.notNull(value, name);
        String rendered = String.valueOf(value);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                String[] replaced = values.clone();
                replaced[i] = rendered;
                return new Step(basis, finding, names, replaced, children);
            }
        }
        String[] moreNames = Arrays.copyOf(names, names.length + 1);
        String[] moreValues = Arrays.copyOf(values, values.length + 1);
        moreNames[names.length] = name;
        moreValues[values.length] = rendered;
        return new Step(basis, finding, moreNames, moreValues, children);
    }

    /**
     * Returns a step with one more child step.
     *
     * @param child  the child, not null
     * @return the new step
     * @throws nl.wmebv.core.InvalidInputException if the child is null
     */
    public Step withChild(Step child) {
        Checks.notNull(child, "child");
        List<Step> copy = new ArrayList<>(children);
        copy.add(child);
        return new Step(basis, finding, names, values, List.copyOf(copy));
    }

    /**
     * Returns the provision applied in this step.
     *
     * @return the legal basis
     */
    public LegalBasis basis() {
        return basis;
    }

    /**
     * Returns the finding key.
     *
     * @return the finding
     */
    public String finding() {
        return finding;
    }

    /**
     * Returns the facts used, in the order added.
     *
     * @return an unmodifiable map of fact name to rendered value
     */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            facts.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(facts);
    }

    /**
     * Returns the steps beneath this one.
     *
     * @return an unmodifiable list
     */
    public List<Step> children() {
        return children;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Step s && basis.equals(s.basis) && finding.equals(s.finding) && facts().equals(s.facts())
                && children.equals(s.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(basis, finding, facts(), children);
    }

    @Override
    public String toString() {
        return basis + " " + finding + (names.length == 0 ? "" : " " + facts());
    }
}
