package nl.wmebv.core.evidence;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * The body announced that it extends statutory submission terms because of reduced electronic
 * reachability (<em>mededeling van de verlenging</em>, Awb 2:21, tweede lid, of a <em>verlenging</em>
 * under the eerste lid).
 *
 * <p>{@link #occurredAt()} is the moment of the announcement; {@link #extendedUntil()} the new end, which
 * the body chooses and the library takes as given (P15). An extension concerns no party. Legal basis:
 * {@link Provision#AWB_2_21_LID_2}, then {@link Provision#AWB_2_21_LID_1}. Besides the null and empty
 * checks, the constructor alone checks the encodable range and well-formed identifiers. This record is
 * immutable and thread-safe.
 *
 * @param occurredAt     the moment of the announcement
 * @param body           the announcing body
 * @param channels       the channels with reduced reachability; iterates ascending by the UTF-8 bytes of
 *                       the identifiers
 * @param messageTypes   the message types whose submission terms are extended; iterates ascending by the
 *                       UTF-8 bytes of the identifiers
 * @param extendedUntil  the new end of the extended terms
 * @param payloadDigest  the SHA-256 digest of the announcement as published
 */
public record ExtensionAnnounced(@NotNull Instant occurredAt, @NotNull BodyId body,
        @NotEmpty Set<@NotNull ChannelId> channels, @NotEmpty Set<@NotNull MessageTypeId> messageTypes,
        @NotNull Instant extendedUntil, @NotNull Sha256Digest payloadDigest) implements EvidenceEvent {

    private static final List<LegalBasis> BASIS = EventChecks.bases(Provision.AWB_2_21_LID_2, Provision.AWB_2_21_LID_1);

    /**
     * Validates the event and copies the sets.
     *
     * @param occurredAt     the moment of the announcement, in the encodable range
     * @param body           the announcing body, not null
     * @param channels       the channels, not empty, not holding null
     * @param messageTypes   the message types, not empty, not holding null
     * @param extendedUntil  the new end, in the encodable range
     * @param payloadDigest  the digest of the announcement, not null
     * @throws nl.wmebv.core.InvalidInputException naming the field if an argument is null or empty, a moment
     *         is out of range or an identifier holds an unpaired surrogate
     */
    public ExtensionAnnounced(@NotNull Instant occurredAt, @NotNull BodyId body,
            @NotEmpty Set<@NotNull ChannelId> channels, @NotEmpty Set<@NotNull MessageTypeId> messageTypes,
            @NotNull Instant extendedUntil, @NotNull Sha256Digest payloadDigest) {
        // A canonical rather than a compact constructor: javac 17 drops the type annotation on a set's
        // element type from a compact constructor's parameters, where Jakarta Validation looks for it.
        this.occurredAt = EventChecks.instant(occurredAt, "occurredAt");
        this.body = EventChecks.id(body, BodyId::value, "body");
        this.channels = EventChecks.idSet(channels, ChannelId::value, "channels");
        this.messageTypes = EventChecks.idSet(messageTypes, MessageTypeId::value, "messageTypes");
        this.extendedUntil = EventChecks.instant(extendedUntil, "extendedUntil");
        this.payloadDigest = EventChecks.id(payloadDigest, Sha256Digest::hex, "payloadDigest");
    }

    @Override
    public EvidenceEventType type() {
        return EvidenceEventType.EXTENSION_ANNOUNCED;
    }

    @Override
    public List<LegalBasis> legalBasis() {
        return BASIS;
    }

    @Override
    public Set<PartyId> parties() {
        return Set.of();
    }
}
