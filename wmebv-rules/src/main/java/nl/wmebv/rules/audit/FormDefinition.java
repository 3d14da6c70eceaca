package nl.wmebv.rules.audit;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageTypeId;

/**
 * A form the body set for a message type on a channel (<em>formulier</em>, Awb 4:4 lid 1), with its fields.
 *
 * <p>No two fields share a name. This record is immutable and thread-safe.
 *
 * @param id       the form's identifier, e.g. {@code "F-aanvraag-parkeervergunning"}
 * @param type     the message type sent with the form
 * @param channel  the channel the form is offered on
 * @param fields   the fields, at least one, in form order
 */
public record FormDefinition(String id, MessageTypeId type, ChannelId channel, List<FormField> fields) {

    /**
     * Validates the form and copies the fields.
     *
     * @param id       the identifier, a valid identifier
     * @param type     the message type, not null
     * @param channel  the channel, not null
     * @param fields   the fields, not empty, no null, unique names
     * @throws nl.wmebv.core.InvalidInputException if a value is null ({@code field()} naming it), the id is
     *         not a valid identifier ({@code "id"}), there are no fields ({@code "fields"}) or two fields share
     *         a name ({@code "fields[i].name"})
     */
    public FormDefinition(@NotBlank @Size(max = Constraints.IDENTIFIER_MAX_LENGTH)
            @Pattern(regexp = Constraints.IDENTIFIER_PATTERN) String id, @NotNull MessageTypeId type,
            @NotNull ChannelId channel, @NotEmpty List<@NotNull FormField> fields) {
        // An explicit canonical constructor: javac 17 records the type-argument annotation of a compact
        // constructor's implicit parameter as a field annotation, so validators would not see it.
        Checks.identifier(id, "id");
        Checks.notNull(type, "type");
        Checks.notNull(channel, "channel");
        List<FormField> copy = Checks.nonEmptyListCopy(fields, "fields");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            Checks.require(names.add(copy.get(i).name()), "fields[" + i + "].name", "unique",
                    "another field already has the name " + copy.get(i).name(), Provision.AWB_4_4_LID_2.basis());
        }
        this.id = id;
        this.type = type;
        this.channel = channel;
        this.fields = copy;
    }

    /**
     * Creates a form.
     *
     * @param id       the identifier
     * @param type     the message type
     * @param channel  the channel
     * @param fields   the fields
     * @return the form
     * @throws nl.wmebv.core.InvalidInputException as the constructor
     */
    public static FormDefinition of(String id, MessageTypeId type, ChannelId channel, FormField... fields) {
        Checks.notNull(fields, "fields");
        return new FormDefinition(id, type, channel, java.util.Arrays.asList(fields));
    }
}
