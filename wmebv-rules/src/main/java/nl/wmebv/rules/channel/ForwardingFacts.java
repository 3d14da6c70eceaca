package nl.wmebv.rules.channel;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;

/**
 * The facts about the internal forwarding (<em>interne doorgeleiding</em>, Awb 2:24) of a message handled
 * under 2:16 lid 1 onder a. Cross-field rules, checked by the constructor only: the forwarding is not before
 * receipt, and the notice to the sender is not before the forwarding. This record is immutable and
 * thread-safe.
 *
 * @param messageId               the message
 * @param handledUnderOnderA      whether it is handled under 2:16 lid 1 onder a (2:24 applies only then)
 * @param statutoryHandlingTerm   whether a statutory handling term (<em>behandeltermijn</em>) applies to it
 * @param receivedAt              the moment of receipt (2:20)
 * @param forwardedAt             the moment of internal forwarding, may be null while it has not happened
 * @param senderNotifiedAt        when the sender was told, may be null while he has not been
 * @param noticeStatesStartMoment whether that notice states both the forwarding and the moment the term
 *                                starts
 */
public record ForwardingFacts(@NotNull MessageId messageId, boolean handledUnderOnderA, boolean statutoryHandlingTerm,
        @NotNull Instant receivedAt, Instant forwardedAt, Instant senderNotifiedAt, boolean noticeStatesStartMoment) {

    /**
     * Validates the facts.
     *
     * @param messageId                the message
     * @param handledUnderOnderA       whether 2:16 lid 1 onder a applied
     * @param statutoryHandlingTerm    whether a statutory handling term applies
     * @param receivedAt               the moment of receipt
     * @param forwardedAt              the moment of forwarding, may be null
     * @param senderNotifiedAt         the moment of the notice, may be null
     * @param noticeStatesStartMoment  whether the notice names the forwarding and the start moment
     * @throws nl.wmebv.core.InvalidInputException if a required value is null, the forwarding precedes
     *         receipt ({@code "forwardedAt"}), or the notice precedes the forwarding or is given without one
     *         ({@code "senderNotifiedAt"})
     */
    public ForwardingFacts {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.require(forwardedAt == null || !forwardedAt.isBefore(receivedAt), "forwardedAt", "notBeforeReceipt",
                "must not be before receivedAt", Provision.AWB_2_24.basis());
        Checks.require(senderNotifiedAt == null || forwardedAt != null, "senderNotifiedAt", "afterForwarding",
                "a notice of forwarding needs forwardedAt", Provision.AWB_2_24.basis());
        Checks.require(senderNotifiedAt == null || !senderNotifiedAt.isBefore(forwardedAt), "senderNotifiedAt",
                "notBeforeForwarding", "must not be before forwardedAt", Provision.AWB_2_24.basis());
    }
}
