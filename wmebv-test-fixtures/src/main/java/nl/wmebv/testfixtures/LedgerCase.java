package nl.wmebv.testfixtures;

import java.util.List;
import java.util.Optional;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.timelimit.LedgerPolicies;
import nl.wmebv.rules.timelimit.NotificationFacts;
import nl.wmebv.rules.timelimit.OutageExtension;
import nl.wmebv.rules.timelimit.OutageRegister;
import nl.wmebv.rules.timelimit.Submission;
import nl.wmebv.rules.timelimit.SubmissionTermLedger;
import nl.wmebv.rules.timelimit.SubmissionTimeLimit;
import nl.wmebv.rules.timelimit.WrongChannelSubmission;

/**
 * One generated case of the submission term ledger (Awb 2:21&ndash;2:23, 6:9): a base term, the adjustments in
 * recording order, the outages, what happened to the kennisgeving, the policies and the submission.
 *
 * @param base          the base term
 * @param extensions    the 2:21 lid 1 extensions, in recording order
 * @param wrongChannel  the 2:23 wrong-channel messages, in recording order
 * @param outages       the outages of the body's channels (2:21 lid 3)
 * @param notification  the kennisgeving facts (2:22), if recorded
 * @param policies      the policies
 * @param register      the designation register the outages are judged against
 * @param submission    the submission whose timeliness is asked
 */
public record LedgerCase(SubmissionTimeLimit base, List<OutageExtension> extensions,
        List<WrongChannelSubmission> wrongChannel, List<Outage> outages, Optional<NotificationFacts> notification,
        LedgerPolicies policies, DesignationRegister register, Submission submission) {

    /**
     * Validates and copies the case.
     *
     * @param base          the base term, not null
     * @param extensions    the extensions, not null
     * @param wrongChannel  the wrong-channel messages, not null
     * @param outages       the outages, not null
     * @param notification  the kennisgeving facts, not null
     * @param policies      the policies, not null
     * @param register      the register, not null
     * @param submission    the submission, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null
     */
    public LedgerCase {
        Checks.notNull(base, "base");
        extensions = Checks.listCopy(extensions, "extensions");
        wrongChannel = Checks.listCopy(wrongChannel, "wrongChannel");
        outages = Checks.listCopy(outages, "outages");
        Checks.notNull(notification, "notification");
        Checks.notNull(policies, "policies");
        Checks.notNull(register, "register");
        Checks.notNull(submission, "submission");
    }

    /**
     * Builds the ledger with every adjustment recorded in the case's order.
     *
     * @return the ledger
     */
    public SubmissionTermLedger ledger() {
        return ledger(extensions, wrongChannel, outages);
    }

    /**
     * Builds the ledger with other adjustments (for example reordered, or with an extra outage).
     *
     * @param extensions    the extensions, not null
     * @param wrongChannel  the wrong-channel messages, not null
     * @param outages       the outages, not null
     * @return the ledger
     */
    public SubmissionTermLedger ledger(List<OutageExtension> extensions, List<WrongChannelSubmission> wrongChannel,
            List<Outage> outages) {
        SubmissionTermLedger l = SubmissionTermLedger.of(base).withPolicies(policies);
        for (OutageExtension x : extensions) {
            l = l.withExtension(x);
        }
        for (WrongChannelSubmission w : wrongChannel) {
            l = l.withWrongChannelSubmission(w);
        }
        if (notification.isPresent()) {
            l = l.withNotification(notification.get());
        }
        return l.withOutages(OutageRegister.of(outages), register);
    }
}
