package nl.wmebv.rules.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.rules.receipt.DataReturnPath;

/**
 * What a channel of the body can do (<em>kanaaleigenschappen</em>), as the body or its vendor describes it
 * for the audit: receipt acknowledgement (Awb 2:17 lid 1), giving back entered data (2:17 lid 2), the file
 * formats and size it technically accepts (2:13 lid 3), and, for a system in which the addressee has access
 * to messages the body places there, kennisgevingen (2:10), bounce handling (2:11) and the evidence log
 * (2:25). The authentication level is that of the registered {@link nl.wmebv.core.channel.Channel}.
 *
 * <p>Media types are stored in lower case; an empty set means every format. This record is immutable and
 * thread-safe.
 *
 * @param channel              the channel, as registered in the designation register
 * @param acknowledgement      whether and how the channel acknowledges receipt
 * @param enteredDataReturn    how the data a sender entered is given back (2:17 lid 2), empty if it is not
 * @param acceptedMediaTypes   the attachment formats the channel technically accepts; empty accepts all
 * @param maxTotalSize         the largest message the channel technically accepts, in bytes, or empty
 * @param addresseeAccess      whether the body places messages in this channel for addressees to collect
 *                             (<em>systeem waarin de geadresseerde toegang heeft</em>, 2:10 lid 1, 2:25)
 * @param sendsNotifications   whether the channel sends the 48-hour kennisgeving (2:10 lid 1)
 * @param handlesBounces       whether failed deliveries of messages and kennisgevingen reach the body and
 *                             are acted on (2:11)
 * @param logsEvidence         whether the channel logs the events 2:25 makes the body prove (P26)
 */
public record ChannelCapabilities(ChannelId channel, AcknowledgementSupport acknowledgement,
        Optional<DataReturnPath> enteredDataReturn, Set<String> acceptedMediaTypes, OptionalLong maxTotalSize,
        boolean addresseeAccess, boolean sendsNotifications, boolean handlesBounces, boolean logsEvidence) {

    private static final Pattern MEDIA_TYPE = Pattern.compile(Attachment.MEDIA_TYPE_PATTERN);

    /**
     * Validates the capabilities and copies the media types in lower case.
     *
     * @param channel             the channel, not null
     * @param acknowledgement     the acknowledgement support, not null
     * @param enteredDataReturn   the return path, not null (empty for none)
     * @param acceptedMediaTypes  the accepted media types, not null, each well-formed
     * @param maxTotalSize        the technical size limit, not null; if present, positive
     * @param addresseeAccess     whether the body places messages here for addressees
     * @param sendsNotifications  whether kennisgevingen are sent
     * @param handlesBounces      whether failed deliveries are acted on
     * @param logsEvidence        whether 2:25 events are logged
     * @throws InvalidInputException if a value is null ({@code field()} naming it), a media type is malformed
     *         ({@code "acceptedMediaTypes"}), the size is not positive ({@code "maxTotalSize"}), or
     *         kennisgevingen are claimed for a channel in which the body places nothing
     *         ({@code "sendsNotifications"})
     */
    public ChannelCapabilities(@NotNull ChannelId channel, @NotNull AcknowledgementSupport acknowledgement,
            @NotNull Optional<DataReturnPath> enteredDataReturn,
            @NotNull Set<@NotNull @jakarta.validation.constraints.Pattern(regexp = Attachment.MEDIA_TYPE_PATTERN) String>
                    acceptedMediaTypes,
            @NotNull(payload = Unwrapping.Skip.class) @Positive OptionalLong maxTotalSize, boolean addresseeAccess,
            boolean sendsNotifications, boolean handlesBounces, boolean logsEvidence) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        Checks.notNull(channel, "channel");
        Checks.notNull(acknowledgement, "acknowledgement");
        Checks.notNull(enteredDataReturn, "enteredDataReturn");
        Checks.notNull(acceptedMediaTypes, "acceptedMediaTypes");
        Set<String> lower = new java.util.TreeSet<>();
        for (String type : acceptedMediaTypes) {
            Checks.require(type != null && MEDIA_TYPE.matcher(type.toLowerCase(java.util.Locale.ROOT)).matches(),
                    "acceptedMediaTypes", "mediaType", "must hold well-formed media types only, e.g. application/pdf",
                    Provision.AWB_2_13_LID_3.basis());
            lower.add(type.toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> media = Set.copyOf(lower);
        Checks.notNull(maxTotalSize, "maxTotalSize");
        Checks.require(maxTotalSize.isEmpty() || maxTotalSize.getAsLong() > 0, "maxTotalSize", "positive",
                "must be positive", Provision.AWB_2_13_LID_3.basis());
        Checks.require(addresseeAccess || !sendsNotifications, "sendsNotifications", "addresseeAccess",
                "a kennisgeving is only sent for messages placed in a system in which the addressee has access",
                Provision.AWB_2_10_LID_1.basis());
        this.channel = channel;
        this.acknowledgement = acknowledgement;
        this.enteredDataReturn = enteredDataReturn;
        this.acceptedMediaTypes = media;
        this.maxTotalSize = maxTotalSize;
        this.addresseeAccess = addresseeAccess;
        this.sendsNotifications = sendsNotifications;
        this.handlesBounces = handlesBounces;
        this.logsEvidence = logsEvidence;
    }

    /**
     * Starts capabilities of an inbound channel that acknowledges receipt automatically, gives nothing back,
     * accepts every format and size, places nothing for addressees and logs the 2:25 events; adjust with the
     * {@code with...} methods.
     *
     * @param channel  the channel, not null
     * @return the capabilities
     * @throws InvalidInputException if {@code channel} is null
     */
    public static ChannelCapabilities inbound(ChannelId channel) {
        return new ChannelCapabilities(channel, AcknowledgementSupport.AUTOMATIC, Optional.empty(), Set.of(),
                OptionalLong.empty(), false, false, false, true);
    }

    /**
     * Returns a copy with this acknowledgement support.
     *
     * @param support  the support, not null
     * @return the new capabilities
     * @throws InvalidInputException if {@code support} is null ({@code field() "acknowledgement"})
     */
    public ChannelCapabilities withAcknowledgement(AcknowledgementSupport support) {
        return new ChannelCapabilities(channel, support, enteredDataReturn, acceptedMediaTypes, maxTotalSize,
                addresseeAccess, sendsNotifications, handlesBounces, logsEvidence);
    }

    /**
     * Returns a copy that gives entered data back this way (Awb 2:17 lid 2).
     *
     * @param path  the return path, not null
     * @return the new capabilities
     * @throws InvalidInputException if {@code path} is null ({@code field() "enteredDataReturn"})
     */
    public ChannelCapabilities withEnteredDataReturn(DataReturnPath path) {
        return new ChannelCapabilities(channel, acknowledgement, Optional.of(Checks.notNull(path, "enteredDataReturn")),
                acceptedMediaTypes, maxTotalSize, addresseeAccess, sendsNotifications, handlesBounces, logsEvidence);
    }

    /**
     * Returns a copy that technically accepts only these formats, and messages up to this size.
     *
     * @param mediaTypes  the accepted media types, not null; empty accepts all
     * @param maxBytes    the largest accepted message in bytes, positive
     * @return the new capabilities
     * @throws InvalidInputException if a media type is malformed or the size is not positive
     */
    public ChannelCapabilities withLimits(Set<String> mediaTypes, long maxBytes) {
        return new ChannelCapabilities(channel, acknowledgement, enteredDataReturn, mediaTypes,
                OptionalLong.of(maxBytes), addresseeAccess, sendsNotifications, handlesBounces, logsEvidence);
    }

    /**
     * Returns a copy describing a system in which the body places messages for addressees (Awb 2:10 lid 1).
     *
     * @param notifications  whether it sends the 48-hour kennisgeving (2:10)
     * @param bounces        whether failed deliveries are acted on (2:11)
     * @return the new capabilities
     */
    public ChannelCapabilities withAddresseeAccess(boolean notifications, boolean bounces) {
        return new ChannelCapabilities(channel, acknowledgement, enteredDataReturn, acceptedMediaTypes, maxTotalSize,
                true, notifications, bounces, logsEvidence);
    }

    /**
     * Returns a copy with this evidence logging (Awb 2:25, P26).
     *
     * @param logs  whether the 2:25 events are logged
     * @return the new capabilities
     */
    public ChannelCapabilities withEvidenceLogging(boolean logs) {
        return new ChannelCapabilities(channel, acknowledgement, enteredDataReturn, acceptedMediaTypes, maxTotalSize,
                addresseeAccess, sendsNotifications, handlesBounces, logs);
    }
}
