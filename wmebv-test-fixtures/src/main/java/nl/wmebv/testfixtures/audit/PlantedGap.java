package nl.wmebv.testfixtures.audit;

import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.audit.AuditFinding;
import nl.wmebv.rules.audit.Severity;

/**
 * A gap planted in the sample configuration that the compliance audit must find: the kind and severity of
 * the expected finding and the message type or channel it names.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind      the kind of finding expected
 * @param severity  its severity
 * @param subject   the identifier of a message type or channel the finding names
 * @param why       how the gap was planted, for the tester
 */
public record PlantedGap(AuditFinding.Kind kind, Severity severity, String subject, String why) {

    /**
     * Validates the gap.
     *
     * @param kind      the kind, not null
     * @param severity  the severity, not null
     * @param subject   the type or channel identifier, not blank
     * @param why       the explanation, not blank
     * @throws nl.wmebv.core.InvalidInputException if a value is null or blank, naming it
     */
    public PlantedGap {
        Checks.notNull(kind, "kind");
        Checks.notNull(severity, "severity");
        Checks.notBlank(subject, "subject");
        Checks.notBlank(why, "why");
    }

    /**
     * Returns whether a finding is this gap: same kind and severity, naming the subject as a message type or
     * channel.
     *
     * @param finding  the finding, not null
     * @return true if the finding matches
     * @throws nl.wmebv.core.InvalidInputException if {@code finding} is null
     */
    public boolean matches(AuditFinding finding) {
        Checks.notNull(finding, "finding");
        return finding.kind() == kind && finding.severity() == severity
                && (finding.messageTypes().stream().anyMatch(t -> t.value().equals(subject))
                || finding.channels().stream().anyMatch(c -> c.value().equals(subject)));
    }
}
