package nl.wmebv.rules.audit;

import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.AssuranceLevel;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;

/**
 * A body's configuration as the compliance audit reads it (<em>inrichting</em>): the designation register
 * (Awb 2:13 lid 2&ndash;4, 2:14), the assurance level each formal type needs given its nature and content
 * (<em>gelet op de aard en de inhoud</em>, 2:13 lid 2), the capabilities of its channels, and its forms
 * (4:4).
 *
 * <p><b>Validation</b>, each error naming the element:
 * <ul>
 *   <li>{@code requiredAssurance} has an entry for every formal type of the register and for no other key
 *       ({@code requiredAssurance[<type>]}); the level is the body's judgement and is never defaulted;</li>
 *   <li>every capability names a registered channel, once ({@code channelCapabilities[i].channel}); every
 *       channel that any designation names has capabilities ({@code channelCapabilities});</li>
 *   <li>{@code addresseeAccess} is claimed only for a portal or message box
 *       ({@code channelCapabilities[i].addresseeAccess}); a return path of entered data only for direct data
 *       entry ({@code channelCapabilities[i].enteredDataReturn});</li>
 *   <li>every form names a registered formal type and a registered channel, and no two forms share an id
 *       ({@code forms[i].type}, {@code forms[i].channel}, {@code forms[i].id}).</li>
 * </ul>
 * This record is immutable and thread-safe.
 *
 * @param register             the designation register
 * @param requiredAssurance    per formal type, the assurance level its channels must offer
 * @param channelCapabilities  the capabilities per channel, in a stable order
 * @param forms                the forms
 */
public record AuditConfiguration(@NotNull DesignationRegister register,
        @NotNull Map<MessageTypeId, AssuranceLevel> requiredAssurance,
        @NotNull List<ChannelCapabilities> channelCapabilities, @NotNull List<FormDefinition> forms) {

    /**
     * Validates the configuration as a whole and copies it.
     *
     * @param register             the register, not null
     * @param requiredAssurance    the levels per formal type, complete, not null
     * @param channelCapabilities  the capabilities, not null, no null elements
     * @param forms                the forms, not null, no null elements
     * @throws InvalidInputException as listed in the class documentation
     */
    public AuditConfiguration {
        Checks.notNull(register, "register");
        requiredAssurance = copyLevels(register, requiredAssurance);
        channelCapabilities = Checks.listCopy(channelCapabilities, "channelCapabilities");
        forms = Checks.listCopy(forms, "forms");
        Map<ChannelId, ChannelCapabilities> byChannel = new HashMap<>();
        for (int i = 0; i < channelCapabilities.size(); i++) {
            ChannelCapabilities c = channelCapabilities.get(i);
            String at = "channelCapabilities[" + i + "]";
            Channel channel = registered(register, c.channel(), at + ".channel");
            Checks.require(byChannel.put(c.channel(), c) == null, at + ".channel", "unique",
                    "channel " + c.channel() + " is described twice", null);
            Checks.require(!c.addresseeAccess() || channel.kind().isAddresseeAccessSystem(), at + ".addresseeAccess",
                    "kind", "a " + channel.kind() + " channel is no system in which the addressee has access",
                    Provision.AWB_2_10_LID_1.basis());
            Checks.require(c.enteredDataReturn().isEmpty() || channel.kind().isDirectDataEntry(),
                    at + ".enteredDataReturn", "kind", "a " + channel.kind() + " channel is no direct data entry",
                    Provision.AWB_2_17_LID_2.basis());
        }
        for (Designation d : register.designations()) {
            for (ChannelId ch : d.channels()) {
                Checks.require(byChannel.containsKey(ch), "channelCapabilities", "complete",
                        "missing for channel " + ch + ", designated for " + d.type(), Provision.AWB_2_13_LID_2.basis());
            }
        }
        Map<String, Integer> formIds = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            FormDefinition f = forms.get(i);
            String at = "forms[" + i + "]";
            Checks.require(formIds.put(f.id(), i) == null, at + ".id", "unique", "another form has id " + f.id(),
                    null);
            MessageType type = registeredType(register, f.type(), at + ".type");
            Checks.require(type.isFormal(), at + ".type", "formal", "type " + f.type() + " is not a formal message",
                    Provision.AWB_2_13_LID_1.basis());
            registered(register, f.channel(), at + ".channel");
        }
    }

    /**
     * Returns the capabilities of a channel.
     *
     * @param channel  the channel, not null
     * @return the capabilities, or empty if the channel is not described
     * @throws InvalidInputException if {@code channel} is null
     */
    public java.util.Optional<ChannelCapabilities> capabilities(ChannelId channel) {
        Checks.notNull(channel, "channel");
        return channelCapabilities.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    private static Map<MessageTypeId, AssuranceLevel> copyLevels(DesignationRegister register,
            Map<MessageTypeId, AssuranceLevel> levels) {
        Map<MessageTypeId, AssuranceLevel> copy = Checks.mapCopy(levels, "requiredAssurance");
        Map<MessageTypeId, AssuranceLevel> ordered = new LinkedHashMap<>();
        for (MessageType t : register.messageTypes()) {
            AssuranceLevel level = copy.get(t.id());
            if (t.isFormal()) {
                Checks.require(level != null, "requiredAssurance[" + t.id() + "]", "complete",
                        "the body must state the assurance level formal type " + t.id() + " needs",
                        Provision.AWB_2_13_LID_2.basis());
                ordered.put(t.id(), level);
            } else {
                Checks.require(level == null, "requiredAssurance[" + t.id() + "]", "formal",
                        "type " + t.id() + " is not a formal message", Provision.AWB_2_13_LID_1.basis());
            }
        }
        for (MessageTypeId key : copy.keySet()) {
            registeredType(register, key, "requiredAssurance[" + key + "]");
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private static Channel registered(DesignationRegister register, ChannelId channel, String field) {
        try {
            return register.channel(channel);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, "registered", "channel " + channel + " is not in the register");
        }
    }

    private static MessageType registeredType(DesignationRegister register, MessageTypeId type, String field) {
        try {
            return register.messageType(type);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, "registered", "type " + type + " is not in the register");
        }
    }
}
