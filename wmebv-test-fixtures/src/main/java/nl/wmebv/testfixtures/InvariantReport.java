package nl.wmebv.testfixtures;

import java.util.List;
import java.util.stream.Collectors;
import nl.wmebv.core.internal.Checks;

/**
 * The result of running one invariant over generated cases: how many cases ran and every violation, each with
 * the seed that replays it.
 *
 * @param invariant   the invariant's name
 * @param basis       its legal basis, rendered
 * @param seed        the seed of the run
 * @param size        the size of the run
 * @param cases       how many cases ran
 * @param violations  the violations, in case order
 */
public record InvariantReport(String invariant, String basis, long seed, Size size, int cases,
        List<Violation> violations) {

    /**
     * One violated case.
     *
     * @param index     the case number in the run
     * @param caseSeed  the case's own seed: {@code invariant.cases().next(Source.of(caseSeed, size))} replays it
     * @param caseText  the case, rendered
     * @param message   what was violated
     */
    public record Violation(int index, long caseSeed, String caseText, String message) {
        /**
         * Validates the violation.
         *
         * @param index     not negative
         * @param caseSeed  the seed
         * @param caseText  not null
         * @param message   not null
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
         */
        public Violation {
            Checks.notNull(caseText, "caseText");
            Checks.notNull(message, "message");
        }
    }

    /**
     * Validates and copies the report.
     *
     * @param invariant   not blank
     * @param basis       not blank
     * @param seed        the seed
     * @param size        not null
     * @param cases       not negative
     * @param violations  not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
     */
    public InvariantReport {
        Checks.notBlank(invariant, "invariant");
        Checks.notBlank(basis, "basis");
        Checks.notNull(size, "size");
        violations = Checks.listCopy(violations, "violations");
    }

    /**
     * Returns whether the invariant held in every case.
     *
     * @return true without violations
     */
    public boolean holds() {
        return violations.isEmpty();
    }

    /**
     * Throws an {@link AssertionError} listing the first violations (with their seeds) unless the invariant held.
     * Works with any test runner.
     *
     * @throws AssertionError if a case violated the invariant
     */
    public void assertHolds() {
        if (!holds()) {
            throw new AssertionError(toString());
        }
    }

    /**
     * Renders the report: name, basis, seed, and the first five violations with their case seeds.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String head = invariant + " [" + basis + "] seed 0x" + Long.toHexString(seed) + " size " + size + ": "
                + (holds() ? "held in " + cases + " cases" : violations.size() + " of " + cases + " cases violated");
        return head + violations.stream().limit(5).map(v -> "\n  case " + v.index() + " (case seed 0x"
                + Long.toHexString(v.caseSeed()) + "): " + v.message() + "\n    " + v.caseText())
                .collect(Collectors.joining());
    }
}
