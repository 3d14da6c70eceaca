package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.evidence.ExtensionAnnounced;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageTypeId;

/**
 * A body's discretionary extension of statutory submission terms because of reduced electronic reachability
 * (<em>verlenging wegens verminderde elektronische bereikbaarheid</em>, Awb 2:21 lid 1), with its
 * announcement (<em>mededeling</em>, lid 2).
 *
 * <p>The new end is the body's choice and is taken as given: the ATW does not move it (P15). The extension
 * applies only to statutory terms (lid 1: "een wettelijke termijn") for the listed message types; it never
 * shortens a term. Until it is announced, the ledger flags "announcement due as soon as possible" (lid 2).
 * This record is immutable and thread-safe.
 *
 * @param instrumentRef        the reference of the body's extension decision, e.g. a Gemeenteblad number
 * @param messageTypes         the message types whose submission terms are extended, at least one
 * @param channels             the channels with reduced reachability, at least one
 * @param newEnd               the new end of the extended terms, exclusive (e.g. 24:00 of the new last day)
 * @param announcedAt          when the extension was announced, or empty while it is not
 * @param announcementChannel  how it was announced (e.g. "banner op www.voorbeeld.nl"), or empty while it is not
 */
public record OutageExtension(String instrumentRef, Set<MessageTypeId> messageTypes, Set<ChannelId> channels,
        Instant newEnd, Optional<Instant> announcedAt, Optional<String> announcementChannel) {

    /**
     * Validates the extension and copies the sets.
     *
     * @param instrumentRef        the reference, not blank
     * @param messageTypes         the types, not empty, no null
     * @param channels             the channels, not empty, no null
     * @param newEnd               the new end, not null
     * @param announcedAt          the announcement moment, not null (may be empty)
     * @param announcementChannel  the announcement means, not null (may be empty); present exactly when
     *                             {@code announcedAt} is
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null, blank or empty, or only
     *         one of the announcement facts is given ({@code "announcementChannel"})
     */
    public OutageExtension {
        instrumentRef = Checks.notBlank(instrumentRef, "instrumentRef");
        Checks.notNull(messageTypes, "messageTypes");
        Checks.require(!messageTypes.isEmpty(), "messageTypes", "notEmpty", "must hold at least one type",
                Provision.AWB_2_21_LID_1.basis());
        messageTypes = Checks.setCopy(messageTypes, "messageTypes");
        Checks.notNull(channels, "channels");
        Checks.require(!channels.isEmpty(), "channels", "notEmpty", "must hold at least one channel",
                Provision.AWB_2_21_LID_1.basis());
        channels = Checks.setCopy(channels, "channels");
        Checks.notNull(newEnd, "newEnd");
        Checks.notNull(announcedAt, "announcedAt");
        Checks.notNull(announcementChannel, "announcementChannel");
        announcementChannel = announcementChannel.map(s -> Checks.notBlank(s, "announcementChannel"));
        Checks.require(announcedAt.isPresent() == announcementChannel.isPresent(), "announcementChannel",
                "withAnnouncedAt", "must be given exactly when announcedAt is", Provision.AWB_2_21_LID_2.basis());
    }

    /**
     * Records an extension that has not been announced yet.
     *
     * @param instrumentRef  the reference of the decision, not blank
     * @param messageTypes   the types, not empty
     * @param channels       the channels, not empty
     * @param newEnd         the new end, not null
     * @return the extension
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public static OutageExtension unannounced(String instrumentRef, Set<MessageTypeId> messageTypes,
            Set<ChannelId> channels, Instant newEnd) {
        return new OutageExtension(instrumentRef, messageTypes, channels, newEnd, Optional.empty(), Optional.empty());
    }

    /**
     * Records an extension from the evidence event of its announcement.
     *
     * @param event                the announcement, not null
     * @param instrumentRef        the reference of the decision, not blank
     * @param announcementChannel  how it was announced, not blank
     * @return the extension, announced at the event's moment
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public static OutageExtension fromEvent(ExtensionAnnounced event, String instrumentRef,
            String announcementChannel) {
        Checks.notNull(event, "event");
        return new OutageExtension(instrumentRef, event.messageTypes(), event.channels(), event.extendedUntil(),
                Optional.of(event.occurredAt()), Optional.of(Checks.notBlank(announcementChannel,
                        "announcementChannel")));
    }

    /**
     * Returns this extension, announced (Awb 2:21 lid 2).
     *
     * @param at       the moment of the announcement, not null
     * @param channel  how it was announced, not blank
     * @return the new extension
     * @throws nl.wmebv.core.InvalidInputException naming the field for bad input
     */
    public OutageExtension withAnnouncement(Instant at, String channel) {
        return new OutageExtension(instrumentRef, messageTypes, channels, newEnd,
                Optional.of(Checks.notNull(at, "announcedAt")), Optional.of(Checks.notBlank(channel,
                        "announcementChannel")));
    }

    /**
     * Returns whether the extension has been announced (Awb 2:21 lid 2).
     *
     * @return true once announced
     */
    public boolean announced() {
        return announcedAt.isPresent();
    }
}
