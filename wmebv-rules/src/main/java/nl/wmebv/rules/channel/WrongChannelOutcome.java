package nl.wmebv.rules.channel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Texts;
import nl.wmebv.core.outcome.Trace;

/**
 * What a body must or may do with a formal message that did not come in the designated way
 * (<em>verkeerde wijze van verzending</em>, Awb 2:16). Switch on {@link #kind()}; every implementation is
 * immutable and thread-safe.
 */
public sealed interface WrongChannelOutcome extends Outcome {

    /** The kinds of outcome, one per branch of the decision tree. */
    enum Kind {
        /** Not a message of 2:13 lid 1: 2:14 applies, not 2:16. */
        NOT_FORMAL,
        /** Came in through a channel designated for its type with the further requirements met: 2:16 does not apply. */
        DESIGNATED_CHANNEL,
        /** Sent through a channel designated for no formal type: no duty to react (2:16 lid 2). */
        NO_DUTY_TO_REACT,
        /** The body may suffice with pointing the sender to the correct channel (2:16 lid 1 aanhef). */
        MAY_POINT_TO_CORRECT_CHANNEL,
        /** The body must process the message (2:16 lid 1 onder a, b or c). */
        MUST_PROCESS,
        /** The body's finding under 2:16 lid 1 onder a is needed before the library can say more. */
        NEEDS_ASSESSMENT
    }

    /**
     * Returns the kind of outcome.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Returns the message the outcome is about.
     *
     * @return the message id
     */
    MessageId messageId();

    /**
     * Not a formal message: Awb 2:14 governs it, 2:16 does not apply.
     *
     * @param messageId   the message
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record NotFormal(MessageId messageId, List<LegalBasis> legalBasis, Trace trace) implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId   the message
         * @param legalBasis  the provisions, not empty
         * @param trace       the steps
         */
        public NotFormal {
            Checks.notNull(messageId, "messageId");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_FORMAL;
        }

        @Override
        public String explain(Locale locale) {
            return Text.render(locale, "wrongChannel.notFormal", messageId);
        }
    }

    /**
     * Came in the designated way: 2:16 does not apply; the receipt duties of 2:17 follow.
     *
     * @param messageId   the message
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record DesignatedChannel(MessageId messageId, List<LegalBasis> legalBasis, Trace trace)
            implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId   the message
         * @param legalBasis  the provisions, not empty
         * @param trace       the steps
         */
        public DesignatedChannel {
            Checks.notNull(messageId, "messageId");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.DESIGNATED_CHANNEL;
        }

        @Override
        public String explain(Locale locale) {
            return Text.render(locale, "wrongChannel.designated", messageId);
        }
    }

    /**
     * No duty to react (Awb 2:16 lid 2): the channel is designated for no formal message. Whether the message
     * counts as filed is left to the body; if it handles it anyway, it records that choice (policy P7).
     *
     * @param messageId   the message
     * @param channel     the channel it came in through
     * @param legalBasis  the provisions, primary first
     * @param trace       the steps
     */
    record NoDutyToReact(MessageId messageId, ChannelId channel, List<LegalBasis> legalBasis, Trace trace)
            implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId   the message
         * @param channel     the channel used
         * @param legalBasis  the provisions, not empty
         * @param trace       the steps
         */
        public NoDutyToReact {
            Checks.notNull(messageId, "messageId");
            Checks.notNull(channel, "channel");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.NO_DUTY_TO_REACT;
        }

        @Override
        public String explain(Locale locale) {
            return Text.render(locale, "wrongChannel.noDuty", messageId, channel);
        }
    }

    /**
     * The body may suffice with pointing the sender to the correct channel(s) (Awb 2:16 lid 1 aanhef). That
     * pointing is the reaction on which the extension of 2:23 builds. For an aanvraag the body may then skip
     * the opportunity to repair (4:5 lid 5). Where the channel was designated but a further requirement was
     * broken, the body may instead refuse the message under 2:15 (policy P8).
     *
     * @param messageId              the message
     * @param correctChannels        the channels designated for its type, not empty
     * @param application            whether 4:5 lid 5 applies because the message is an aanvraag
     * @param refusalIsAlternative   whether 2:15 refusal is an alternative route (a further requirement broken)
     * @param legalBasis             the provisions, primary first
     * @param trace                  the steps
     */
    record MayPointToCorrectChannel(MessageId messageId, List<ChannelId> correctChannels, boolean application,
            boolean refusalIsAlternative, List<LegalBasis> legalBasis, Trace trace) implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId             the message
         * @param correctChannels       the channels to point to, not empty
         * @param application           whether 4:5 lid 5 applies
         * @param refusalIsAlternative  whether 2:15 refusal is an alternative
         * @param legalBasis            the provisions, not empty
         * @param trace                 the steps
         */
        public MayPointToCorrectChannel {
            Checks.notNull(messageId, "messageId");
            correctChannels = Checks.nonEmptyListCopy(correctChannels, "correctChannels");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.MAY_POINT_TO_CORRECT_CHANNEL;
        }

        @Override
        public String explain(Locale locale) {
            StringBuilder sb = new StringBuilder(Text.render(locale, "wrongChannel.mayPoint", messageId,
                    Text.join(correctChannels)));
            if (application) {
                sb.append(' ').append(Text.render(locale, "wrongChannel.mayPoint.application"));
            }
            if (refusalIsAlternative) {
                sb.append(' ').append(Text.render(locale, "wrongChannel.mayPoint.refusal"));
            }
            return sb.toString();
        }
    }

    /**
     * The body must process the message (Awb 2:16 lid 1 onder a, b or c), for every reason listed. Where the
     * channel was designated but a further requirement was broken, the body may instead refuse it under 2:15
     * (policy P8), after which 4:5 lid 1 onder b or 6:6 onder b require an opportunity to repair.
     *
     * @param messageId             the message
     * @param reasons               every exception that applies, in the order of the onderdelen, not empty
     * @param refusalIsAlternative  whether 2:15 refusal is an alternative route (a further requirement broken)
     * @param legalBasis            the provisions, primary first
     * @param trace                 the steps
     */
    record MustProcess(MessageId messageId, List<ProcessReason> reasons, boolean refusalIsAlternative,
            List<LegalBasis> legalBasis, Trace trace) implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId             the message
         * @param reasons               the reasons, not empty
         * @param refusalIsAlternative  whether 2:15 refusal is an alternative
         * @param legalBasis            the provisions, not empty
         * @param trace                 the steps
         */
        public MustProcess {
            Checks.notNull(messageId, "messageId");
            reasons = Checks.nonEmptyListCopy(reasons, "reasons");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.MUST_PROCESS;
        }

        @Override
        public String explain(Locale locale) {
            String because = reasons.stream().map(r -> Text.render(locale, "wrongChannel.reason." + r.name()))
                    .collect(Collectors.joining("; "));
            String text = Text.render(locale, "wrongChannel.mustProcess", messageId, because);
            return refusalIsAlternative ? text + " " + Text.render(locale, "wrongChannel.mayPoint.refusal") : text;
        }
    }

    /**
     * The body has not stated whether it can handle the message without further processing (Awb 2:16
     * lid 1 onder a), and no other exception applies: the library does not assume an answer.
     *
     * @param messageId        the message
     * @param correctChannels  the channels the body may point to if its answer is no
     * @param legalBasis       the provisions, primary first
     * @param trace            the steps
     */
    record NeedsAssessment(MessageId messageId, List<ChannelId> correctChannels, List<LegalBasis> legalBasis,
            Trace trace) implements WrongChannelOutcome {
        /**
         * Validates the outcome.
         *
         * @param messageId        the message
         * @param correctChannels  the channels to point to, not empty
         * @param legalBasis       the provisions, not empty
         * @param trace            the steps
         */
        public NeedsAssessment {
            Checks.notNull(messageId, "messageId");
            correctChannels = Checks.nonEmptyListCopy(correctChannels, "correctChannels");
            legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
            Checks.notNull(trace, "trace");
        }

        @Override
        public Kind kind() {
            return Kind.NEEDS_ASSESSMENT;
        }

        @Override
        public String explain(Locale locale) {
            return Text.render(locale, "wrongChannel.needsAssessment", messageId, Text.join(correctChannels));
        }
    }
}
