/**
 * Framework-neutral test fixtures of wmebv for legal testers: seeded generators of every domain type, scenario
 * builders with legal defaults, scenario spaces, the catalogue of named legal invariants, hand-checked
 * legal-day tables, and a sample municipality for the compliance audit. Main code depends on no test framework.
 */
module nl.wmebv.testfixtures {
    requires transitive nl.wmebv.rules;

    exports nl.wmebv.testfixtures;
    exports nl.wmebv.testfixtures.audit;
}
