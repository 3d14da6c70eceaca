package nl.wmebv.core.designation;

import nl.wmebv.core.internal.Checks;

/**
 * A further requirement (<em>nadere eis</em>, Awb 2:13 lid 3, 2:14) that a message does not meet: which kind,
 * which part of the message, what was required and what the message had.
 *
 * <p>Breaking a further requirement never creates a duty to acknowledge receipt (2:17 lid 1); the body may
 * point to the requirement (2:16) or refuse the message (2:15), P8. The values are media types, sizes and
 * assurance levels, never content or file names. This record is immutable and thread-safe.
 *
 * @param kind      the kind of requirement
 * @param subject   the part of the message concerned, e.g. {@code "attachments[2].mediaType"},
 *                  {@code "totalSize"} or {@code "assuranceLevel"}
 * @param required  what the requirement allows, e.g. {@code "application/pdf, image/png"}
 * @param actual    what the message had, e.g. {@code "text/html"}
 */
public record UnmetRequirement(Kind kind, String subject, String required, String actual) {

    /** The kind of further requirement. */
    public enum Kind {
        /** The media type (file format) of an attachment is not among the allowed ones. */
        MEDIA_TYPE,
        /** The content plus attachments exceed the maximum total size. */
        TOTAL_SIZE,
        /** The sender was authenticated below the minimum assurance level. */
        ASSURANCE_LEVEL
    }

    /**
     * Validates the finding.
     *
     * @param kind      the kind, not null
     * @param subject   the part of the message, not blank
     * @param required  what was required, not blank
     * @param actual    what the message had, not blank
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or blank, naming it
     */
    public UnmetRequirement {
        Checks.notNull(kind, "kind");
        Checks.notBlank(subject, "subject");
        Checks.notBlank(required, "required");
        Checks.notBlank(actual, "actual");
    }
}
