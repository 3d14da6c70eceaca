package nl.wmebv.rules.channel;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.wmebv.core.BodyFinding;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;

/**
 * The facts the wrong-channel rule (<em>verkeerde wijze van verzending</em>, Awb 2:16) needs, established at
 * the receipt moment (2:20) against the designations valid then.
 *
 * <p>{@code processableWithoutFurtherWork} is the body's own judgement (2:16 lid 1 onder a) and is never
 * assumed. Cross-field rule, checked by the constructor only: the channel used is among
 * {@code correctChannels} exactly when {@code channelStatus} says it is designated for the type. This
 * record is immutable and thread-safe.
 *
 * @param messageId                      the message
 * @param formal                         whether it is a message of 2:13 lid 1 (else 2:14 applies)
 * @param objectionOrAppeal              whether it is a bezwaarschrift or administratief beroepschrift
 * @param application                    whether it is an aanvraag (for the note on 4:5 lid 5)
 * @param channelUsed                    the channel it came in through
 * @param channelStatus                  how that channel stood against the designations
 * @param correctChannels                the channels designated for its type then; empty when none is
 * @param processableWithoutFurtherWork  the body's finding under 2:16 lid 1 onder a
 */
public record WrongChannelFacts(
        @NotNull MessageId messageId,
        boolean formal,
        boolean objectionOrAppeal,
        boolean application,
        @NotNull ChannelId channelUsed,
        @NotNull ChannelStatus channelStatus,
        @NotNull List<@NotNull ChannelId> correctChannels,
        @NotNull BodyFinding processableWithoutFurtherWork) {

    /**
     * Validates the facts.
     *
     * @param messageId                      the message
     * @param formal                         whether it is a message of 2:13 lid 1
     * @param objectionOrAppeal              whether it is a bezwaarschrift or administratief beroepschrift
     * @param application                    whether it is an aanvraag
     * @param channelUsed                    the channel it came in through
     * @param channelStatus                  how that channel stood against the designations
     * @param correctChannels                the channels designated for its type
     * @param processableWithoutFurtherWork  the body's finding under 2:16 lid 1 onder a
     * @throws nl.wmebv.core.InvalidInputException if a value is null, or the channel status contradicts
     *         {@code correctChannels} ({@code field() "channelStatus"})
     */
    public WrongChannelFacts(@NotNull MessageId messageId, boolean formal, boolean objectionOrAppeal,
            boolean application, @NotNull ChannelId channelUsed, @NotNull ChannelStatus channelStatus,
            @NotNull List<@NotNull ChannelId> correctChannels, @NotNull BodyFinding processableWithoutFurtherWork) {
        // An explicit canonical constructor: javac 17 records the type-argument annotation of a compact
        // constructor's implicit parameter as a field annotation, so validators would not see it.
        Checks.notNull(messageId, "messageId");
        Checks.notNull(channelUsed, "channelUsed");
        Checks.notNull(channelStatus, "channelStatus");
        List<ChannelId> correct = Checks.listCopy(correctChannels, "correctChannels");
        Checks.notNull(processableWithoutFurtherWork, "processableWithoutFurtherWork");
        boolean designatedForType = channelStatus == ChannelStatus.DESIGNATED_FOR_TYPE
                || channelStatus == ChannelStatus.DESIGNATED_FOR_TYPE_REQUIREMENT_BROKEN;
        Checks.require(designatedForType == correct.contains(channelUsed), "channelStatus", "consistent",
                designatedForType ? "says designated for the type, but correctChannels lacks channelUsed"
                        : "says not designated for the type, but correctChannels holds channelUsed",
                Provision.AWB_2_13_LID_2.basis());
        Checks.require(!objectionOrAppeal || formal, "objectionOrAppeal", "formal",
                "a bezwaar- or beroepschrift is a formal message", Provision.AWB_2_13_LID_1.basis());
        Checks.require(!application || formal, "application", "formal",
                "an aanvraag is a formal message", Provision.AWB_2_13_LID_1.basis());
        Checks.require(!(application && objectionOrAppeal), "application", "oneRole",
                "a message is an aanvraag or a bezwaar- or beroepschrift, not both", null);
        this.messageId = messageId;
        this.formal = formal;
        this.objectionOrAppeal = objectionOrAppeal;
        this.application = application;
        this.channelUsed = channelUsed;
        this.channelStatus = channelStatus;
        this.correctChannels = correct;
        this.processableWithoutFurtherWork = processableWithoutFurtherWork;
    }
}
