package nl.wmebv.rules.inbound;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.rules.misaddressed.Misdirection;
import nl.wmebv.rules.receipt.DataReturnPath;
import nl.wmebv.rules.receipt.ReceiptFacts;

/**
 * Everything the inbound assessment needs about one message: the message, the body's designation register,
 * the receipt moments (Awb 2:20) and the facts and findings only the body can supply. Build it with
 * {@link #builder(InboundMessage, DesignationRegister)}; defaults are stated per setter and never assume a
 * judgement of the body. This class is immutable and thread-safe.
 */
public final class InboundFacts {
    private final InboundMessage message;
    private final DesignationRegister register;
    private final ReceiptFacts receipt;
    private final BodyFinding processableWithoutFurtherWork;
    private final boolean sharedSystemSenderSeesArrival;
    private final boolean senderHasElectronicAddress;
    private final DataReturnPath returnPath;
    private final Misdirection misdirection;
    private final BodyFinding recipientDerivable;
    private final boolean statutoryHandlingTerm;
    private final Instant forwardedAt;
    private final Instant senderNotifiedOfForwardingAt;
    private final boolean forwardingNoticeStatesStart;
    private final boolean handledDespiteNoDuty;
    private final Instant acknowledgedAt;
    private final Instant reactedAt;
    private final BodyFinding submissionTermApplies;
    private final BodyFinding reasonablyBelievedCorrect;

    private InboundFacts(Builder b) {
        this.message = b.message;
        this.register = b.register;
        this.receipt = b.receipt;
        this.processableWithoutFurtherWork = b.processableWithoutFurtherWork;
        this.sharedSystemSenderSeesArrival = b.sharedSystemSenderSeesArrival;
        this.senderHasElectronicAddress = b.senderHasElectronicAddress;
        this.returnPath = b.returnPath;
        this.misdirection = b.misdirection;
        this.recipientDerivable = b.recipientDerivable;
        this.statutoryHandlingTerm = b.statutoryHandlingTerm;
        this.forwardedAt = b.forwardedAt;
        this.senderNotifiedOfForwardingAt = b.senderNotifiedOfForwardingAt;
        this.forwardingNoticeStatesStart = b.forwardingNoticeStatesStart;
        this.handledDespiteNoDuty = b.handledDespiteNoDuty;
        this.acknowledgedAt = b.acknowledgedAt;
        this.reactedAt = b.reactedAt;
        this.submissionTermApplies = b.submissionTermApplies;
        this.reasonablyBelievedCorrect = b.reasonablyBelievedCorrect;
    }

    /**
     * Starts the facts of a message received by the body whose register is given.
     *
     * @param message   the inbound message, not null
     * @param register  the designation register of the body the message was sent to, not null
     * @return a builder
     * @throws InvalidInputException if an argument is null, or the register belongs to another body than the
     *         message's ({@code field() "register"})
     */
    public static Builder builder(InboundMessage message, DesignationRegister register) {
        Checks.notNull(message, "message");
        Checks.notNull(register, "register");
        if (!register.body().id().equals(message.body())) {
            throw new InvalidInputException("register", "sameBody", "belongs to body " + register.body().id()
                    + ", but the message was sent to body " + message.body());
        }
        return new Builder(message, register);
    }

    /**
     * Returns the message.
     *
     * @return the message
     */
    public InboundMessage message() {
        return message;
    }

    /**
     * Returns the designation register of the receiving body.
     *
     * @return the register
     */
    public DesignationRegister register() {
        return register;
    }

    /**
     * Returns the receipt moments (2:20).
     *
     * @return the receipt facts
     */
    public ReceiptFacts receipt() {
        return receipt;
    }

    /**
     * Returns the body's finding under 2:16 lid 1 onder a.
     *
     * @return the finding, {@code NOT_STATED} unless set
     */
    public BodyFinding processableWithoutFurtherWork() {
        return processableWithoutFurtherWork;
    }

    /**
     * Returns whether the sender sees the arrival in a shared system (2:17 lid 1 onder a).
     *
     * @return the fact
     */
    public boolean sharedSystemSenderSeesArrival() {
        return sharedSystemSenderSeesArrival;
    }

    /**
     * Returns whether an electronic address of the sender is available (negation of 2:17 lid 1 onder b).
     *
     * @return the fact
     */
    public boolean senderHasElectronicAddress() {
        return senderHasElectronicAddress;
    }

    /**
     * Returns how the body gives entered data back (2:17 lid 2), if decided.
     *
     * @return the return path
     */
    public Optional<DataReturnPath> returnPath() {
        return Optional.ofNullable(returnPath);
    }

    /**
     * Returns why the message reached the wrong body, if it did (2:3).
     *
     * @return the misdirection, empty for a message meant for this body
     */
    public Optional<Misdirection> misdirection() {
        return Optional.ofNullable(misdirection);
    }

    /**
     * Returns the body's finding under 2:3 lid 3.
     *
     * @return the finding
     */
    public BodyFinding recipientDerivable() {
        return recipientDerivable;
    }

    /**
     * Returns whether a statutory handling term applies (2:24).
     *
     * @return the fact
     */
    public boolean statutoryHandlingTerm() {
        return statutoryHandlingTerm;
    }

    /**
     * Returns the moment of internal forwarding (2:24), if it happened.
     *
     * @return the moment
     */
    public Optional<Instant> forwardedAt() {
        return Optional.ofNullable(forwardedAt);
    }

    /**
     * Returns when the sender was told of the forwarding (2:24), if he was.
     *
     * @return the moment
     */
    public Optional<Instant> senderNotifiedOfForwardingAt() {
        return Optional.ofNullable(senderNotifiedOfForwardingAt);
    }

    /**
     * Returns whether that notice states both the forwarding and the start of the term.
     *
     * @return the fact
     */
    public boolean forwardingNoticeStatesStart() {
        return forwardingNoticeStatesStart;
    }

    /**
     * Returns whether the body handles a message it need not react to (2:16 lid 2, policy P7).
     *
     * @return the body's choice
     */
    public boolean handledDespiteNoDuty() {
        return handledDespiteNoDuty;
    }

    /**
     * Returns when the <em>ontvangstbevestiging</em> was sent, if it was.
     *
     * @return the moment
     */
    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    /**
     * Returns when the body reacted under 2:16 lid 1 by pointing the sender to the correct channel, if it
     * did; the reaction on which the 2:23 extension builds.
     *
     * @return the moment
     */
    public Optional<Instant> reactedAt() {
        return Optional.ofNullable(reactedAt);
    }

    /**
     * Returns the body's finding whether the submission of the message is bound to a term (2:23).
     *
     * @return the finding, {@code NOT_STATED} unless set
     */
    public BodyFinding submissionTermApplies() {
        return submissionTermApplies;
    }

    /**
     * Returns the body's finding whether the sender could reasonably believe he could submit the message as
     * he did (<em>redelijkerwijs kon menen</em>, 2:23).
     *
     * @return the finding, {@code NOT_STATED} unless set
     */
    public BodyFinding reasonablyBelievedCorrect() {
        return reasonablyBelievedCorrect;
    }

    @Override
    public String toString() {
        return "InboundFacts[message=" + message.id() + ", body=" + message.body() + "]";
    }

    /** Builds {@link InboundFacts}. Not thread-safe; build once per message. */
    public static final class Builder {
        private final InboundMessage message;
        private final DesignationRegister register;
        private ReceiptFacts receipt;
        private BodyFinding processableWithoutFurtherWork = BodyFinding.notStated();
        private boolean sharedSystemSenderSeesArrival;
        private boolean senderHasElectronicAddress = true;
        private DataReturnPath returnPath;
        private Misdirection misdirection;
        private BodyFinding recipientDerivable = BodyFinding.notStated();
        private boolean statutoryHandlingTerm;
        private Instant forwardedAt;
        private Instant senderNotifiedOfForwardingAt;
        private boolean forwardingNoticeStatesStart;
        private boolean handledDespiteNoDuty;
        private Instant acknowledgedAt;
        private Instant reactedAt;
        private BodyFinding submissionTermApplies = BodyFinding.notStated();
        private BodyFinding reasonablyBelievedCorrect = BodyFinding.notStated();

        private Builder(InboundMessage message, DesignationRegister register) {
            this.message = message;
            this.register = register;
            this.receipt = ReceiptFacts.reachedOwnSystem(message.id(), message.receivedAt());
        }

        /**
         * Sets the receipt moments; by default the message's {@code receivedAt} counts as reaching the body's
         * own system.
         *
         * @param receipt  the receipt facts of this message, not null
         * @return this builder
         * @throws InvalidInputException if null or about another message ({@code field() "receipt"})
         */
        public Builder receipt(ReceiptFacts receipt) {
            Checks.notNull(receipt, "receipt");
            Checks.require(receipt.messageId().equals(message.id()), "receipt", "sameMessage",
                    "is about message " + receipt.messageId() + ", not " + message.id(), null);
            this.receipt = receipt;
            return this;
        }

        /**
         * Sets the body's finding under 2:16 lid 1 onder a; by default not stated.
         *
         * @param finding  the finding, not null
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder processableWithoutFurtherWork(BodyFinding finding) {
            this.processableWithoutFurtherWork = Checks.notNull(finding, "processableWithoutFurtherWork");
            return this;
        }

        /**
         * Sets whether the sender can see in a shared system that the message is available to the body
         * (2:17 lid 1 onder a); by default false.
         *
         * @param value  the fact
         * @return this builder
         */
        public Builder sharedSystemSenderSeesArrival(boolean value) {
            this.sharedSystemSenderSeesArrival = value;
            return this;
        }

        /**
         * Sets whether an electronic address of the sender is available (2:17 lid 1 onder b); by default
         * true, which keeps the acknowledgement duty.
         *
         * @param value  the fact
         * @return this builder
         */
        public Builder senderHasElectronicAddress(boolean value) {
            this.senderHasElectronicAddress = value;
            return this;
        }

        /**
         * Sets how the body gives entered data back (2:17 lid 2); by default not decided.
         *
         * @param path  the path, not null
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder returnPath(DataReturnPath path) {
            this.returnPath = Checks.notNull(path, "returnPath");
            return this;
        }

        /**
         * Marks the message as having reached the wrong body (2:3, 6:15).
         *
         * @param misdirection        why, not null
         * @param recipientDerivable  the body's finding under 2:3 lid 3, not null
         * @return this builder
         * @throws InvalidInputException if an argument is null
         */
        public Builder misaddressed(Misdirection misdirection, BodyFinding recipientDerivable) {
            this.misdirection = Checks.notNull(misdirection, "misdirection");
            this.recipientDerivable = Checks.notNull(recipientDerivable, "recipientDerivable");
            return this;
        }

        /**
         * Sets whether a statutory handling term applies to the message (2:24); by default false.
         *
         * @param value  the fact
         * @return this builder
         */
        public Builder statutoryHandlingTerm(boolean value) {
            this.statutoryHandlingTerm = value;
            return this;
        }

        /**
         * Records the internal forwarding (2:24).
         *
         * @param at  the moment of forwarding, not null
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder forwardedAt(Instant at) {
            this.forwardedAt = Checks.notNull(at, "forwardedAt");
            return this;
        }

        /**
         * Records the notice to the sender of the forwarding (2:24).
         *
         * @param at           when the sender was told, not null
         * @param statesStart  whether the notice states both the forwarding and the start of the term
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder senderNotifiedOfForwarding(Instant at, boolean statesStart) {
            this.senderNotifiedOfForwardingAt = Checks.notNull(at, "senderNotifiedOfForwardingAt");
            this.forwardingNoticeStatesStart = statesStart;
            return this;
        }

        /**
         * Records the body's choice to handle a message it need not react to (2:16 lid 2, P7); by default
         * false.
         *
         * @param value  the choice
         * @return this builder
         */
        public Builder handledDespiteNoDuty(boolean value) {
            this.handledDespiteNoDuty = value;
            return this;
        }

        /**
         * Records when the <em>ontvangstbevestiging</em> was sent, for the service level of P10.
         *
         * @param at  the moment, not null
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder acknowledgedAt(Instant at) {
            this.acknowledgedAt = Checks.notNull(at, "acknowledgedAt");
            return this;
        }

        /**
         * Records when the body pointed the sender to the correct channel (2:16 lid 1), the reaction the
         * 2:23 extension runs to.
         *
         * @param at  the moment, not null
         * @return this builder
         * @throws InvalidInputException if null
         */
        public Builder reactedAt(Instant at) {
            this.reactedAt = Checks.notNull(at, "reactedAt");
            return this;
        }

        /**
         * Sets the body's findings for the 2:23 extension: whether the submission is bound to a term, and
         * whether the sender could reasonably believe he could submit as he did; by default not stated, and
         * then a 2:23 extension needs assessment.
         *
         * @param termApplies         whether a submission term applies, not null
         * @param reasonablyBelieved  whether the sender could reasonably believe his way was right, not null
         * @return this builder
         * @throws InvalidInputException if an argument is null
         */
        public Builder extensionFindings(BodyFinding termApplies, BodyFinding reasonablyBelieved) {
            this.submissionTermApplies = Checks.notNull(termApplies, "submissionTermApplies");
            this.reasonablyBelievedCorrect = Checks.notNull(reasonablyBelieved, "reasonablyBelievedCorrect");
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         * @throws InvalidInputException if the acknowledgement, forwarding or reaction precedes receipt, or the
         *         notice of forwarding precedes the forwarding or comes without one
         */
        public InboundFacts build() {
            Instant earliest = earliest(receipt);
            Checks.require(acknowledgedAt == null || !acknowledgedAt.isBefore(earliest), "acknowledgedAt",
                    "notBeforeReceipt", "must not be before the message was received", null);
            Checks.require(forwardedAt == null || !forwardedAt.isBefore(earliest), "forwardedAt",
                    "notBeforeReceipt", "must not be before the message was received", null);
            Checks.require(reactedAt == null || !reactedAt.isBefore(earliest), "reactedAt",
                    "notBeforeReceipt", "must not be before the message was received", null);
            Checks.require(senderNotifiedOfForwardingAt == null || forwardedAt != null,
                    "senderNotifiedOfForwardingAt", "afterForwarding", "a notice of forwarding needs forwardedAt",
                    null);
            Checks.require(senderNotifiedOfForwardingAt == null || !senderNotifiedOfForwardingAt.isBefore(forwardedAt),
                    "senderNotifiedOfForwardingAt", "notBeforeForwarding", "must not be before forwardedAt", null);
            return new InboundFacts(this);
        }

        private static Instant earliest(ReceiptFacts r) {
            return java.util.stream.Stream.of(r.reachedOwnSystemAt(), r.reachedOtherDesignatedSystemAt(),
                    r.becameOtherwiseAccessibleAt()).filter(Objects::nonNull).min(Instant::compareTo).orElseThrow();
        }
    }
}
