package nl.wmebv.testfixtures;

import java.util.Optional;
import java.util.function.Function;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;

/**
 * A named legal invariant (<em>wettelijke invariant</em>): a statement that must hold for every case, with the
 * provision it rests on and the generator of its cases. Framework-neutral: {@link #check} returns a
 * description of the violation or nothing, and {@link Invariants#run} runs it over generated cases, so any
 * test runner (JUnit, TestNG, a main method) can use it.
 *
 * @param <C> the type of the cases
 */
public interface Invariant<C> {

    /**
     * Returns the name, unique in the catalogue, e.g. {@code "2:16.designatedChannelNeverReacts"}.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the provision the invariant rests on.
     *
     * @return the legal basis
     */
    LegalBasis basis();

    /**
     * Returns the invariant in one line, as a lawyer would state it.
     *
     * @return the statement
     */
    String statement();

    /**
     * Returns the generator of the cases the invariant is checked on.
     *
     * @return the generator
     */
    Generator<C> cases();

    /**
     * Checks one case.
     *
     * @param c  the case, not null
     * @return a description of the violation, or empty when the invariant holds
     */
    Optional<String> check(C c);

    /**
     * Creates an invariant.
     *
     * @param <C>        the type of the cases
     * @param name       the name, not blank
     * @param provision  the provision, not null
     * @param statement  the one-line statement, not blank
     * @param cases      the generator of cases, not null
     * @param check      the check: a violation description or empty, not null
     * @return the invariant
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or blank
     */
    static <C> Invariant<C> of(String name, Provision provision, String statement, Generator<C> cases,
            Function<? super C, Optional<String>> check) {
        Checks.notBlank(name, "name");
        Checks.notNull(provision, "provision");
        Checks.notBlank(statement, "statement");
        Checks.notNull(cases, "cases");
        Checks.notNull(check, "check");
        LegalBasis basis = provision.basis();
        return new Invariant<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public LegalBasis basis() {
                return basis;
            }

            @Override
            public String statement() {
                return statement;
            }

            @Override
            public Generator<C> cases() {
                return cases;
            }

            @Override
            public Optional<String> check(C c) {
                return check.apply(Checks.notNull(c, "case"));
            }

            @Override
            public String toString() {
                return name + " [" + basis + "]: " + statement;
            }
        };
    }
}
