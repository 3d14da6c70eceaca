package nl.wmebv.rules.receipt;

import jakarta.validation.constraints.NotNull;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.rules.channel.ChannelStatus;

/**
 * The facts the receipt duties (Awb 2:17; 6:14 lid 1) depend on. This record is immutable and thread-safe.
 *
 * @param messageId                      the message
 * @param formal                         whether it is a message of 2:13 lid 1
 * @param channelStatus                  how the channel used stood against the designations (2:13 lid 2&ndash;3)
 * @param objectionOrAppeal              whether it is a bezwaar- or beroepschrift (6:14 lid 1)
 * @param objectionHandled               whether the body handles it (false only where 2:16 lid 2 lets it not
 *                                       react and it chose not to, P7)
 * @param sharedSystemSenderSeesArrival  whether body and sender use the same system and the sender can see
 *                                       there that the message is available to the body (2:17 lid 1 onder a)
 * @param senderHasElectronicAddress     whether an electronic address of the sender is available (onder b)
 * @param directDataEntry                whether it was sent by entering data into the body's system (lid 2)
 * @param enteredWithAssurance           the authentication level behind which the data was entered
 * @param returnPath                     how the body gives the data back, may be null when not (yet) decided
 */
public record ReceiptDutyFacts(
        @NotNull MessageId messageId,
        boolean formal,
        @NotNull ChannelStatus channelStatus,
        boolean objectionOrAppeal,
        boolean objectionHandled,
        boolean sharedSystemSenderSeesArrival,
        boolean senderHasElectronicAddress,
        boolean directDataEntry,
        @NotNull AssuranceLevel enteredWithAssurance,
        DataReturnPath returnPath) {

    /**
     * Validates the facts.
     *
     * @param messageId                      the message
     * @param formal                         whether formal
     * @param channelStatus                  the channel's status
     * @param objectionOrAppeal              whether a bezwaar- or beroepschrift
     * @param objectionHandled               whether the body handles it
     * @param sharedSystemSenderSeesArrival  onder a
     * @param senderHasElectronicAddress     negation of onder b
     * @param directDataEntry                lid 2
     * @param enteredWithAssurance           the input's authentication level
     * @param returnPath                     the return path, may be null
     * @throws nl.wmebv.core.InvalidInputException if a required value is null, or a bezwaarschrift is
     *         marked informal ({@code field() "objectionOrAppeal"}) or an informal message is said to use a
     *         channel designated for its type ({@code "channelStatus"})
     */
    public ReceiptDutyFacts {
        Checks.notNull(messageId, "messageId");
        Checks.notNull(channelStatus, "channelStatus");
        Checks.notNull(enteredWithAssurance, "enteredWithAssurance");
        Checks.require(!objectionOrAppeal || formal, "objectionOrAppeal", "formal",
                "a bezwaar- or beroepschrift is a formal message", null);
        Checks.require(formal || channelStatus == ChannelStatus.DESIGNATED_FOR_OTHER_TYPE
                        || channelStatus == ChannelStatus.DESIGNATED_FOR_NO_FORMAL_TYPE, "channelStatus", "formal",
                "channels are designated only for formal message types (2:13 lid 2)",
                nl.wmebv.core.law.Provision.AWB_2_13_LID_2.basis());
    }
}
