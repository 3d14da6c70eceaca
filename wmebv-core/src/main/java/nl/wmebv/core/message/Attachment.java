package nl.wmebv.core.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Locale;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;

/**
 * An attachment (<em>bijlage</em>) of a message: its file name, media type, SHA-256 digest and size, never
 * its content.
 *
 * <p>The digest lets the body give the sender a verifiable list of what he uploaded (Awb 2:17 lid 2, P9)
 * and keeps the evidence (2:25) checkable after the content is erased. The media type is what further
 * requirements on formats (2:13 lid 3) are checked against; it is stored in lower case. The file name can
 * hold personal data, so {@code toString} never shows it. This record is immutable and thread-safe.
 *
 * @param fileName   the file name as the sender gave it, stripped
 * @param mediaType  the media type without parameters, e.g. {@code "application/pdf"}, in lower case
 * @param digest     the SHA-256 digest of the content
 * @param size       the size of the content in bytes, zero or more
 */
public record Attachment(@NotBlank String fileName, @NotNull @Pattern(regexp = Attachment.MEDIA_TYPE_PATTERN) String mediaType,
        @NotNull Sha256Digest digest, @PositiveOrZero long size) {

    /**
     * A media type without parameters, {@code type "/" subtype}, each a restricted name of RFC 6838 section
     * 4.2, in either case.
     */
    public static final String MEDIA_TYPE_PATTERN =
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";

    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern.compile(MEDIA_TYPE_PATTERN);

    /**
     * Validates the attachment.
     *
     * @param fileName   the file name, not blank
     * @param mediaType  the media type, matching {@link #MEDIA_TYPE_PATTERN}
     * @param digest     the digest of the content, not null
     * @param size       the size in bytes, zero or more
     * @throws InvalidInputException if {@code fileName} is null or blank ({@code field() "fileName"}),
     *         {@code mediaType} is null or malformed ({@code "mediaType"}), {@code digest} is null
     *         ({@code "digest"}) or {@code size} is negative ({@code "size"})
     */
    public Attachment {
        fileName = Checks.notBlank(fileName, "fileName");
        mediaType = mediaType(mediaType, "mediaType");
        Checks.notNull(digest, "digest");
        Checks.require(size >= 0, "size", "positiveOrZero", "must not be negative, was " + size, null);
    }

    /**
     * Creates an attachment.
     *
     * @param fileName   the file name, not blank
     * @param mediaType  the media type, e.g. {@code "application/pdf"}
     * @param digest     the digest of the content, not null
     * @param size       the size in bytes, zero or more
     * @return the attachment
     * @throws InvalidInputException if an argument is invalid
     */
    public static Attachment of(String fileName, String mediaType, Sha256Digest digest, long size) {
        return new Attachment(fileName, mediaType, digest, size);
    }

    /**
     * Validates a media type and returns it in lower case.
     *
     * @param value  the media type
     * @param field  the field name for the exception
     * @return the media type in lower case
     * @throws InvalidInputException if the value is null or does not match {@link #MEDIA_TYPE_PATTERN}
     */
    static String mediaType(String value, String field) {
        Checks.notNull(value, field);
        if (!MEDIA_TYPE.matcher(value).matches()) {
            throw new InvalidInputException(field, "mediaType",
                    "must be a media type such as application/pdf, without parameters");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Attachment[fileName=***, mediaType=" + mediaType + ", digest=" + digest + ", size=" + size + "]";
    }
}
