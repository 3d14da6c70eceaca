/**
 * The rule engines of wmebv: each rule applies provisions of Awb afdeling 2.3 to facts and returns an
 * outcome carrying its legal basis, a trace and an explanation.
 */
module nl.wmebv.rules {
    requires transitive nl.wmebv.core;
    requires org.slf4j;
    requires transitive java.sql;   // JdbcEvidenceStore takes a java.sql.Connection

    exports nl.wmebv.rules.channel;
    exports nl.wmebv.rules.receipt;
    exports nl.wmebv.rules.misaddressed;
    exports nl.wmebv.rules.inbound;
    exports nl.wmebv.rules.timelimit;
    exports nl.wmebv.rules.outbound;
    exports nl.wmebv.rules.evidence;
    exports nl.wmebv.rules.evidence.store;
    exports nl.wmebv.rules.audit;
}
