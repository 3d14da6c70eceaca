package nl.wmebv.testfixtures;

import java.util.List;
import java.util.Locale;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.outcome.Outcome;

/**
 * What a scenario gave: the library's outcome and every expectation it did not meet. Framework-neutral:
 * {@link #assertHolds()} throws a plain {@link AssertionError} with the explanation and the trace.
 *
 * @param <O>       the outcome type
 * @param name      the scenario's name
 * @param outcome   the outcome
 * @param failures  the expectations not met, empty when the library agrees with the scenario
 */
public record ScenarioResult<O extends Outcome>(String name, O outcome, List<String> failures) {

    /**
     * Validates and copies the result.
     *
     * @param name      not blank
     * @param outcome   not null
     * @param failures  not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
     */
    public ScenarioResult {
        Checks.notBlank(name, "name");
        Checks.notNull(outcome, "outcome");
        failures = Checks.listCopy(failures, "failures");
    }

    /**
     * Returns whether every expectation was met.
     *
     * @return true without failures
     */
    public boolean holds() {
        return failures.isEmpty();
    }

    /**
     * Throws an {@link AssertionError} naming the failed expectations, the outcome's legal basis, its Dutch
     * explanation and its trace, unless every expectation was met.
     *
     * @return this result, for chaining
     * @throws AssertionError if an expectation was not met
     */
    public ScenarioResult<O> assertHolds() {
        if (!holds()) {
            throw new AssertionError("scenario '" + name + "': " + String.join("; ", failures) + "\nbasis: "
                    + outcome.legalBasis() + "\nuitleg: " + outcome.explain(Locale.ROOT) + "\ntrace:\n"
                    + outcome.trace().render());
        }
        return this;
    }
}
