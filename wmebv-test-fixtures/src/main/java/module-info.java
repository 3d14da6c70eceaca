/**
 * Framework-neutral test fixtures of wmebv for legal testers.
 */
module nl.wmebv.testfixtures {
    requires transitive nl.wmebv.rules;

    exports nl.wmebv.testfixtures.audit;
}
