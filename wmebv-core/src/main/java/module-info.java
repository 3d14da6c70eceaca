/**
 * The core of wmebv: citations of law, the outcome vocabulary, the domain model of electronic
 * administrative communication (Awb afdeling 2.3) and the legal calendar (Algemene termijnenwet).
 */
module nl.wmebv.core {
    requires transitive jakarta.validation;

    exports nl.wmebv.core;
    exports nl.wmebv.core.law;
    exports nl.wmebv.core.outcome;
    exports nl.wmebv.core.message;
    exports nl.wmebv.core.channel;
    exports nl.wmebv.core.designation;
    exports nl.wmebv.core.time;
    exports nl.wmebv.core.evidence;
    exports nl.wmebv.core.internal to nl.wmebv.rules, nl.wmebv.testfixtures;
}
