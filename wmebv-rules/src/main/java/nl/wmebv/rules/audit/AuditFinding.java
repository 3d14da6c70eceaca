package nl.wmebv.rules.audit;

import java.util.List;
import java.util.Locale;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.message.MessageTypeId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Trace;

/**
 * One finding of the compliance audit (<em>bevinding</em>): what is wrong or at risk in the configuration,
 * how serious it is, on which provision it rests, which message types, channels and form fields it affects,
 * and what to do about it ({@link #remedy(Locale)}).
 *
 * <p>A finding whose {@link #source()} is {@link FindingSource#HANDREIKING} is the advice of the BZK
 * handreiking, never a statutory violation; its legal basis names the provision the advice protects. The
 * detail holds identifiers, levels and dates only. This record is immutable and thread-safe.
 *
 * @param kind          what was found
 * @param severity      how serious it is
 * @param legalBasis    the provisions, primary first
 * @param messageTypes  the affected message types, in register order; may be empty (outbound findings)
 * @param channels      the affected channels, in register order; may be empty (form findings without one)
 * @param fields        the affected form fields; empty unless a form finding
 * @param detail        identifiers, levels or dates that make the finding concrete; may be empty
 * @param trace         the steps that led to the finding
 */
public record AuditFinding(Kind kind, Severity severity, List<LegalBasis> legalBasis,
        List<MessageTypeId> messageTypes, List<ChannelId> channels, List<String> fields, String detail,
        Trace trace) implements Outcome {

    /** The kinds of finding, each with the source of its norm. */
    public enum Kind {
        /** A formal type has no designated channel (Awb 2:13 lid 2); 2:16 lid 1 onder c follows. */
        NO_DESIGNATED_CHANNEL(FindingSource.STATUTE),
        /** A designation ends soon and leaves its type without a channel (2:13 lid 2). */
        DESIGNATION_ENDS(FindingSource.STATUTE),
        /** A designation starts soon: its channels must be ready then (2:13 lid 2). */
        DESIGNATION_STARTS(FindingSource.STATUTE),
        /** A temporary exemption (2:13 lid 4) lapses soon. */
        EXEMPTION_LAPSES(FindingSource.STATUTE),
        /** A designated channel authenticates below the level the type needs (2:13 lid 2). */
        CHANNEL_TOO_WEAK(FindingSource.STATUTE),
        /** A further requirement asks more than the type needs and may hinder disproportionately (2:13 lid 3). */
        DISPROPORTIONATE_REQUIREMENT(FindingSource.STATUTE),
        /** The channel rejects formats or sizes that the published further requirements allow (2:13 lid 3). */
        REQUIREMENTS_EXCEED_CHANNEL(FindingSource.STATUTE),
        /** A designated channel cannot acknowledge receipt (2:17 lid 1). */
        NO_RECEIPT_ACKNOWLEDGEMENT(FindingSource.STATUTE),
        /** A designated direct-data-entry channel does not give entered data back (2:17 lid 2). */
        ENTERED_DATA_NOT_RETURNED(FindingSource.STATUTE),
        /** Entered data is given back in a way not reliable and confidential enough (2:17 lid 2). */
        ENTERED_DATA_RETURN_UNRELIABLE(FindingSource.STATUTE),
        /** Social media or chat designated for formal messages (handreiking; protects 2:13 lid 2). */
        SOCIAL_MEDIA_DESIGNATED(FindingSource.HANDREIKING),
        /** A generic channel designated for all types, including those with a specific channel (handreiking). */
        CATCH_ALL_CHANNEL(FindingSource.HANDREIKING),
        /** A system in which the addressee has access sends no 48-hour kennisgeving (2:10 lid 1). */
        NO_NOTIFICATION(FindingSource.STATUTE),
        /** Failed deliveries of messages or kennisgevingen are not acted on (2:11 lid 1 and 2). */
        NO_BOUNCE_HANDLING(FindingSource.STATUTE),
        /** The events the body must prove under 2:25 are not logged. */
        NO_EVIDENCE_LOGGING(FindingSource.STATUTE),
        /** A form asks data not necessary for the beschikking without saying it is optional (4:4 lid 2). */
        FORM_FIELD_NOT_NECESSARY(FindingSource.STATUTE),
        /** The body has not judged whether compulsory form fields are necessary (4:4 lid 2). */
        FORM_FIELD_NECESSITY_NOT_STATED(FindingSource.STATUTE);

        private final FindingSource source;

        Kind(FindingSource source) {
            this.source = source;
        }

        /**
         * Returns where the norm behind findings of this kind comes from.
         *
         * @return the statute or the handreiking
         */
        public FindingSource source() {
            return source;
        }
    }

    /**
     * Validates the finding and copies the lists.
     *
     * @param kind          the kind, not null
     * @param severity      the severity, not null
     * @param legalBasis    the provisions, not empty
     * @param messageTypes  the types, not null, no null elements
     * @param channels      the channels, not null, no null elements
     * @param fields        the form fields, not null, no null elements
     * @param detail        the detail, not null (may be empty)
     * @param trace         the trace, not null
     * @throws nl.wmebv.core.InvalidInputException if a value is null or {@code legalBasis} is empty
     *         ({@code field()} naming it)
     */
    public AuditFinding {
        Checks.notNull(kind, "kind");
        Checks.notNull(severity, "severity");
        legalBasis = LegalBasis.nonEmptyCopy(legalBasis, "legalBasis");
        messageTypes = Checks.listCopy(messageTypes, "messageTypes");
        channels = Checks.listCopy(channels, "channels");
        fields = Checks.listCopy(fields, "fields");
        Checks.notNull(detail, "detail");
        Checks.notNull(trace, "trace");
    }

    /**
     * Returns where the norm behind this finding comes from.
     *
     * @return {@code kind().source()}
     */
    public FindingSource source() {
        return kind.source();
    }

    /**
     * Returns the subject the report sorts on after severity and legal basis: the first affected type,
     * channel and field.
     *
     * @return the subject, e.g. {@code "bezwaar-wmo/info-mail/"}
     */
    public String subject() {
        return first(messageTypes) + "/" + first(channels) + "/" + first(fields);
    }

    @Override
    public String explain(Locale locale) {
        return render(locale, "audit." + kind);
    }

    /**
     * Returns the concrete remedy in plain language: English for an English locale, Dutch for every other.
     *
     * @param locale  the locale, not null
     * @return what the project team or vendor should do
     * @throws nl.wmebv.core.InvalidInputException if {@code locale} is null
     */
    public String remedy(Locale locale) {
        return render(locale, "audit." + kind + ".remedy");
    }

    private String render(Locale locale, String key) {
        Checks.notNull(locale, "locale");
        return Text.render(locale, key, Text.join(messageTypes), Text.join(channels), Text.join(fields), detail);
    }

    private static String first(List<?> values) {
        return values.isEmpty() ? "" : String.valueOf(values.get(0));
    }
}
