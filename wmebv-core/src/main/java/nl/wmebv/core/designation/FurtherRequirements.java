package nl.wmebv.core.designation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.Attachment;
import nl.wmebv.core.message.InboundMessage;

/**
 * Further requirements on electronic sending (<em>nadere eisen</em>, Awb 2:13 lid 3; 2:14, second sentence):
 * the file formats allowed for attachments, the maximum size of a message and the minimum assurance level
 * of the sender's authentication.
 *
 * <p>Each requirement is optional: an empty set of media types allows every format, an empty maximum size
 * allows every size and {@link AssuranceLevel#NONE} asks for no authentication. Media types are matched
 * exactly, in lower case, against each attachment's media type; the size limit applies to the content plus
 * all attachments. Whether a requirement hinders electronic sending disproportionately (2:13 lid 3) is for
 * the body to judge, not the library. This record is immutable and thread-safe.
 *
 * @param allowedMediaTypes      the media types allowed for attachments, in lower case; empty allows all
 * @param maxTotalSize           the maximum size of content plus attachments in bytes, or empty for no limit
 * @param minimumAssuranceLevel  the minimum assurance level of the sender's authentication
 */
public record FurtherRequirements(Set<String> allowedMediaTypes, OptionalLong maxTotalSize,
        AssuranceLevel minimumAssuranceLevel) {

    private static final java.util.regex.Pattern MEDIA_TYPE =
            java.util.regex.Pattern.compile(Attachment.MEDIA_TYPE_PATTERN);

    /** No further requirements: every format, every size, no authentication. */
    public static final FurtherRequirements NONE =
            new FurtherRequirements(Set.of(), OptionalLong.empty(), AssuranceLevel.NONE);

    /**
     * Validates the requirements and copies the media types in lower case.
     *
     * @param allowedMediaTypes      the allowed media types, not null, each matching
     *                               {@link Attachment#MEDIA_TYPE_PATTERN}
     * @param maxTotalSize           the maximum total size, not null; if present, positive
     * @param minimumAssuranceLevel  the minimum assurance level, not null
     * @throws InvalidInputException if an argument is null, a media type is null or malformed
     *         ({@code field() "allowedMediaTypes"}) or the maximum size is not positive ({@code "maxTotalSize"})
     */
    public FurtherRequirements(
            @NotNull Set<@NotNull @Pattern(regexp = Attachment.MEDIA_TYPE_PATTERN) String> allowedMediaTypes,
            @NotNull(payload = Unwrapping.Skip.class) @Positive OptionalLong maxTotalSize,
            @NotNull AssuranceLevel minimumAssuranceLevel) {
        // An explicit canonical constructor: javac 17 records the type-argument annotations of a compact
        // constructor's implicit parameters as field annotations, so validators would not see them.
        Set<String> types = Checks.setCopy(allowedMediaTypes, "allowedMediaTypes");
        Set<String> lowerCase = new TreeSet<>();
        for (String type : types) {
            if (!MEDIA_TYPE.matcher(type).matches()) {
                throw new InvalidInputException("allowedMediaTypes", "mediaType",
                        "must hold media types such as application/pdf, without parameters",
                        Provision.AWB_2_13_LID_3.basis());
            }
            lowerCase.add(type.toLowerCase(Locale.ROOT));
        }
        this.allowedMediaTypes = Set.copyOf(lowerCase);
        this.maxTotalSize = Checks.notNull(maxTotalSize, "maxTotalSize");
        maxTotalSize.ifPresent(max -> Checks.require(max > 0, "maxTotalSize", "positive",
                "must be positive, was " + max, Provision.AWB_2_13_LID_3.basis()));
        this.minimumAssuranceLevel = Checks.notNull(minimumAssuranceLevel, "minimumAssuranceLevel");
    }

    /**
     * Returns a copy with these allowed media types.
     *
     * @param mediaTypes  the allowed media types, not null; empty allows all
     * @return the new requirements
     * @throws InvalidInputException if the set is null or holds a null or malformed media type
     */
    public FurtherRequirements withAllowedMediaTypes(Set<String> mediaTypes) {
        return new FurtherRequirements(mediaTypes, maxTotalSize, minimumAssuranceLevel);
    }

    /**
     * Returns a copy with this maximum total size.
     *
     * @param bytes  the maximum size of content plus attachments, positive
     * @return the new requirements
     * @throws InvalidInputException if {@code bytes} is not positive ({@code field() "maxTotalSize"})
     */
    public FurtherRequirements withMaxTotalSize(long bytes) {
        return new FurtherRequirements(allowedMediaTypes, OptionalLong.of(bytes), minimumAssuranceLevel);
    }

    /**
     * Returns a copy with this minimum assurance level.
     *
     * @param level  the minimum level, not null
     * @return the new requirements
     * @throws InvalidInputException if {@code level} is null ({@code field() "minimumAssuranceLevel"})
     */
    public FurtherRequirements withMinimumAssuranceLevel(AssuranceLevel level) {
        return new FurtherRequirements(allowedMediaTypes, maxTotalSize, level);
    }

    /**
     * Returns whether a message meets every requirement: the same answer as {@code unmetBy(message).isEmpty()},
     * without building the list (the intake path asks this for every message).
     *
     * @param message  the message, not null
     * @return true if no requirement is unmet
     * @throws InvalidInputException if {@code message} is null
     */
    public boolean isMetBy(InboundMessage message) {
        Checks.notNull(message, "message");
        if (!allowedMediaTypes.isEmpty()) {
            List<Attachment> attachments = message.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                if (!allowedMediaTypes.contains(attachments.get(i).mediaType())) {
                    return false;
                }
            }
        }
        if (maxTotalSize.isPresent() && message.totalSize() > maxTotalSize.getAsLong()) {
            return false;
        }
        return message.assuranceLevel().isAtLeast(minimumAssuranceLevel);
    }

    /**
     * Returns the requirements an inbound message does not meet: first each attachment with a media type
     * that is not allowed, in attachment order, then the total size, then the assurance level.
     *
     * @param message  the message, not null
     * @return the unmet requirements, empty if the message meets them all
     * @throws InvalidInputException if {@code message} is null ({@code field() "message"})
     */
    public List<UnmetRequirement> unmetBy(InboundMessage message) {
        Checks.notNull(message, "message");
        List<UnmetRequirement> unmet = new ArrayList<>();
        if (!allowedMediaTypes.isEmpty()) {
            List<Attachment> attachments = message.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                String type = attachments.get(i).mediaType();
                if (!allowedMediaTypes.contains(type)) {
                    unmet.add(new UnmetRequirement(UnmetRequirement.Kind.MEDIA_TYPE,
                            "attachments[" + i + "].mediaType", String.join(", ", new TreeSet<>(allowedMediaTypes)),
                            type));
                }
            }
        }
        if (maxTotalSize.isPresent() && message.totalSize() > maxTotalSize.getAsLong()) {
            unmet.add(new UnmetRequirement(UnmetRequirement.Kind.TOTAL_SIZE, "totalSize",
                    "at most " + maxTotalSize.getAsLong() + " bytes", message.totalSize() + " bytes"));
        }
        if (!message.assuranceLevel().isAtLeast(minimumAssuranceLevel)) {
            unmet.add(new UnmetRequirement(UnmetRequirement.Kind.ASSURANCE_LEVEL, "assuranceLevel",
                    "at least " + minimumAssuranceLevel, message.assuranceLevel().name()));
        }
        return List.copyOf(unmet);
    }
}
