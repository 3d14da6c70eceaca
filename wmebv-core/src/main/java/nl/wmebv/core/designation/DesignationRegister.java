package nl.wmebv.core.designation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.AdministrativeBody;
import nl.wmebv.core.message.InboundMessage;
import nl.wmebv.core.message.MessageType;
import nl.wmebv.core.message.MessageTypeId;

/**
 * The designation register of one administrative body: its message types and channels, the designations of
 * channels per formal type (<em>aanwijzingen</em>, Awb 2:13 lid 2) with their further requirements (2:13
 * lid 3), the temporary exemptions that apply to it (2:13 lid 4) and the channels it opened for other
 * messages (2:14).
 *
 * <p><b>Validation.</b> The register is checked as a whole when built; an {@link InvalidInputException}
 * names the offending element, e.g. {@code designations[3].channels}:
 * <ul>
 *   <li>no two message types or channels share an identifier ({@code messageTypes[i].id},
 *       {@code channels[i].id});</li>
 *   <li>every designation names a registered formal type ({@code designations[i].type}: only formal messages
 *       get designated channels, 2:13 lid 2) and registered channels ({@code designations[i].channels});</li>
 *   <li>no two designations designate the same channel for the same type at the same moment
 *       ({@code designations[i].channels}, {@code "noOverlap"}), so the further requirements that apply are
 *       never ambiguous; several designations may designate different channels for one type;</li>
 *   <li>every exemption names this body ({@code exemptions[i].body}) and registered formal types
 *       ({@code exemptions[i].types}), and no type has two exemptions at the same moment;</li>
 *   <li>every opened channel is registered ({@code openedChannels[i].channel}) and no channel has two
 *       openings at the same moment.</li>
 * </ul>
 * A valid-to after valid-from is checked by each element itself. Every channel through which messages
 * reach the body is registered, designated or not, so that lookups about an unknown identifier are errors
 * ({@code field() "channel"} or {@code "messageType"}) rather than silent answers.
 *
 * <p><b>Time.</b> Every period is half-open, {@code [validFrom, validTo)}: a designation applies to a message
 * received exactly at its {@code validFrom} and not to one received exactly at its {@code validTo}. Rules ask
 * about the moment of receipt (2:20). The register records designations as made: whether a temporary
 * exemption changes their effect is for the rules to decide, using {@link #exemption}.
 *
 * <p><b>Complexity.</b> Lookups run for every inbound message and never scan the designations. The register
 * keeps, per message type, the sorted distinct boundaries of that type's designations and, per segment
 * between two boundaries, a bit set of the designated channels, the designation per channel and the list of
 * designated channels; it keeps the same for "designated for any formal type" over all designations, and
 * per type or channel the exemptions and openings. A lookup is a hash lookup of each identifier (O(1)
 * expected), a binary search over the boundaries involved (O(log s), s at most twice the number of
 * designations, exemptions or openings concerned plus one) and a bit test or array read (O(1)). Building is
 * O(n log n) in the number of elements plus O(s &times; c / 64) words of bit sets and O(s &times; c)
 * references per type with designations, for c channels. For 400 types &times; 20 channels this is a few
 * hundred kilobytes at most.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DesignationRegister {

    private static final long[] NO_BITS = new long[0];
    private static final TypeSegment NO_DESIGNATION = new TypeSegment(NO_BITS, new Designation[0], List.of());

    private final AdministrativeBody body;
    private final List<MessageType> messageTypes;
    private final List<Channel> channels;
    private final List<Designation> designations;
    private final List<TemporaryExemption> exemptions;
    private final List<OpenedChannel> openedChannels;

    private final Map<MessageTypeId, Integer> typeIndex;
    private final Map<ChannelId, Integer> channelIndex;
    private final List<Timeline<TypeSegment>> designationsByType;
    private final Timeline<long[]> designatedForAnyType;
    private final List<Timeline<TemporaryExemption>> exemptionsByType;
    private final List<Timeline<OpenedChannel>> openingsByChannel;

    private DesignationRegister(AdministrativeBody body, List<MessageType> messageTypes, List<Channel> channels,
            List<Designation> designations, List<TemporaryExemption> exemptions, List<OpenedChannel> openedChannels) {
        this.body = body;
        this.messageTypes = messageTypes;
        this.channels = channels;
        this.designations = designations;
        this.exemptions = exemptions;
        this.openedChannels = openedChannels;
        this.typeIndex = index(messageTypes, MessageType::id, "messageTypes");
        this.channelIndex = index(channels, Channel::id, "channels");
        validateDesignations();
        validateExemptions();
        validateOpenings();
        this.designationsByType = buildDesignationTimelines();
        this.designatedForAnyType = buildAnyTypeTimeline();
        this.exemptionsByType = buildExemptionTimelines();
        this.openingsByChannel = buildOpeningTimelines();
    }

    /**
     * Creates and validates a register.
     *
     * @param body            the body whose register it is, not null
     * @param messageTypes    the body's message types, formal and informal, not null, no null elements
     * @param channels        every channel of the body, designated or not, not null, no null elements
     * @param designations    the designations (Awb 2:13 lid 2), not null, no null elements
     * @param exemptions      the temporary exemptions for this body (2:13 lid 4), not null, no null elements
     * @param openedChannels  the channels opened for other messages (2:14), not null, no null elements
     * @return the register
     * @throws InvalidInputException if an argument or element is null ({@code field()} e.g.
     *         {@code "designations[2]"}) or the register is inconsistent, as listed in the class documentation
     */
    public static DesignationRegister of(AdministrativeBody body, Collection<MessageType> messageTypes,
            Collection<Channel> channels, Collection<Designation> designations,
            Collection<TemporaryExemption> exemptions, Collection<OpenedChannel> openedChannels) {
        return new DesignationRegister(Checks.notNull(body, "body"), Checks.listCopy(messageTypes, "messageTypes"),
                Checks.listCopy(channels, "channels"), Checks.listCopy(designations, "designations"),
                Checks.listCopy(exemptions, "exemptions"), Checks.listCopy(openedChannels, "openedChannels"));
    }

    /**
     * Starts a builder for a body's register.
     *
     * @param body  the body whose register it is, not null
     * @return an empty builder
     * @throws InvalidInputException if {@code body} is null ({@code field() "body"})
     */
    public static Builder builder(AdministrativeBody body) {
        return new Builder(Checks.notNull(body, "body"));
    }

    /**
     * Returns the body whose register this is.
     *
     * @return the body
     */
    public AdministrativeBody body() {
        return body;
    }

    /**
     * Returns the body's message types, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<MessageType> messageTypes() {
        return messageTypes;
    }

    /**
     * Returns the body's channels, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Channel> channels() {
        return channels;
    }

    /**
     * Returns the designations, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<Designation> designations() {
        return designations;
    }

    /**
     * Returns the temporary exemptions, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<TemporaryExemption> exemptions() {
        return exemptions;
    }

    /**
     * Returns the channels opened for other messages, in the order given.
     *
     * @return an unmodifiable list
     */
    public List<OpenedChannel> openedChannels() {
        return openedChannels;
    }

    /**
     * Returns a registered message type.
     *
     * @param messageType  the type's identifier, not null
     * @return the type
     * @throws InvalidInputException if {@code messageType} is null or not registered
     *         ({@code field() "messageType"})
     */
    public MessageType messageType(MessageTypeId messageType) {
        return messageTypes.get(typeIndexOf(messageType));
    }

    /**
     * Returns a registered channel.
     *
     * @param channel  the channel's identifier, not null
     * @return the channel
     * @throws InvalidInputException if {@code channel} is null or not registered ({@code field() "channel"})
     */
    public Channel channel(ChannelId channel) {
        return channels.get(channelIndexOf(channel));
    }

    /**
     * Looks up at once everything the register says about one message type and one channel at one moment: the
     * answers of {@link #messageType}, {@link #channel}, {@link #isDesignated}, {@link #furtherRequirements},
     * {@link #isDesignatedForAnyFormalType}, {@link #designatedChannels}, {@link #exemption} and
     * {@link #isOpenedForInformal}, with one look-up of each identifier and of each timeline instead of one
     * per question (the intake path asks all of them for every message).
     *
     * @param messageType  the message type, registered
     * @param channel      the channel, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return the answers
     * @throws InvalidInputException if an argument is null or an identifier is not registered
     *         ({@code field()} {@code "messageType"}, {@code "channel"} or {@code "at"}, in that order)
     */
    public Lookup lookup(MessageTypeId messageType, ChannelId channel, Instant at) {
        int t = typeIndexOf(messageType);
        int c = channelIndexOf(channel);
        Checks.notNull(at, "at");
        MessageType type = messageTypes.get(t);
        TypeSegment segment = designationsByType.get(t).at(at);
        boolean designated = test(segment.bits, c);
        OpenedChannel opening = openingsByChannel.get(c).at(at);
        FurtherRequirements requirements;
        if (type.isFormal()) {
            requirements = designated ? segment.byChannel[c].requirements() : null;
        } else {
            requirements = opening == null ? null : opening.requirements();
        }
        return new Lookup(type, channels.get(c), designated, designated || test(designatedForAnyType.at(at), c),
                segment, requirements, exemptionsByType.get(t).at(at), opening != null);
    }

    /**
     * Returns whether a channel is designated for a message type at a moment (Awb 2:13 lid 2; 2:16 lid 1,
     * 2:17 lid 1). Always false for an informal type.
     *
     * @param channel      the channel, registered
     * @param messageType  the message type, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return true if a designation valid at {@code at} designates {@code channel} for {@code messageType}
     * @throws InvalidInputException if an argument is null or an identifier is not registered
     *         ({@code field()} {@code "channel"}, {@code "messageType"} or {@code "at"})
     */
    public boolean isDesignated(ChannelId channel, MessageTypeId messageType, Instant at) {
        int c = channelIndexOf(channel);
        int t = typeIndexOf(messageType);
        Checks.notNull(at, "at");
        return test(designationsByType.get(t).at(at).bits, c);
    }

    /**
     * Returns whether a channel is designated for at least one formal message type at a moment. If not, a
     * formal message that came in through it need not be reacted to (Awb 2:16 lid 2). A channel only opened
     * for other messages (2:14) does not count.
     *
     * @param channel  the channel, registered
     * @param at       the moment, usually of receipt (2:20), not null
     * @return true if some designation valid at {@code at} designates {@code channel}
     * @throws InvalidInputException if an argument is null or the channel is not registered
     *         ({@code field()} {@code "channel"} or {@code "at"})
     */
    public boolean isDesignatedForAnyFormalType(ChannelId channel, Instant at) {
        int c = channelIndexOf(channel);
        Checks.notNull(at, "at");
        return test(designatedForAnyType.at(at), c);
    }

    /**
     * Returns whether at least one channel is designated for a message type at a moment. If not, a formal
     * message of that type sent another way must be handled (Awb 2:16 lid 1 onder c).
     *
     * @param messageType  the message type, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return true if a designation of the type is valid at {@code at}
     * @throws InvalidInputException if an argument is null or the type is not registered
     *         ({@code field()} {@code "messageType"} or {@code "at"})
     */
    public boolean hasDesignatedChannel(MessageTypeId messageType, Instant at) {
        int t = typeIndexOf(messageType);
        Checks.notNull(at, "at");
        return !designationsByType.get(t).at(at).channels.isEmpty();
    }

    /**
     * Returns the channels designated for a message type at a moment: the correct ways of sending the body
     * may point the sender to (<em>de juiste wijze van verzending</em>, Awb 2:16 lid 1).
     *
     * @param messageType  the message type, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return the designated channels in the order of {@link #channels()}, empty if none
     * @throws InvalidInputException if an argument is null or the type is not registered
     *         ({@code field()} {@code "messageType"} or {@code "at"})
     */
    public List<Channel> designatedChannels(MessageTypeId messageType, Instant at) {
        int t = typeIndexOf(messageType);
        Checks.notNull(at, "at");
        return designationsByType.get(t).at(at).channels;
    }

    /**
     * Returns the identifiers of the channels designated for a message type at a moment, in the order of
     * {@link #designatedChannels(MessageTypeId, Instant)}; precomputed, so asking costs no allocation.
     *
     * @param messageType  the message type, registered
     * @param at           the moment, not null
     * @return an unmodifiable list, empty if none is designated
     * @throws InvalidInputException if an argument is null or the type is not registered
     *         ({@code field()} {@code "messageType"} or {@code "at"})
     */
    public List<ChannelId> designatedChannelIds(MessageTypeId messageType, Instant at) {
        int t = typeIndexOf(messageType);
        Checks.notNull(at, "at");
        return designationsByType.get(t).at(at).channelIds;
    }

    /**
     * Returns the further requirements that apply to messages of a type through a channel at a moment: for a
     * formal type, those of the designation of that channel for that type (<em>nadere eisen</em>, Awb 2:13
     * lid 3); for an informal type, those of the opening of that channel (2:14, second sentence).
     *
     * @param messageType  the message type, registered
     * @param channel      the channel, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return the requirements, or empty if the channel is not designated (formal type) or not opened
     *         (informal type) at {@code at}
     * @throws InvalidInputException if an argument is null or an identifier is not registered
     *         ({@code field()} {@code "messageType"}, {@code "channel"} or {@code "at"})
     */
    public Optional<FurtherRequirements> furtherRequirements(MessageTypeId messageType, ChannelId channel, Instant at) {
        int t = typeIndexOf(messageType);
        int c = channelIndexOf(channel);
        Checks.notNull(at, "at");
        if (messageTypes.get(t).isFormal()) {
            TypeSegment segment = designationsByType.get(t).at(at);
            return test(segment.bits, c) ? Optional.of(segment.byChannel[c].requirements()) : Optional.empty();
        }
        return Optional.ofNullable(openingsByChannel.get(c).at(at)).map(OpenedChannel::requirements);
    }

    /**
     * Returns the temporary exemption that applies to a message type at a moment (Awb 2:13 lid 4), if any.
     *
     * @param messageType  the message type, registered
     * @param at           the moment, usually of receipt (2:20), not null
     * @return the exemption valid at {@code at} covering the type, or empty
     * @throws InvalidInputException if an argument is null or the type is not registered
     *         ({@code field()} {@code "messageType"} or {@code "at"})
     */
    public Optional<TemporaryExemption> exemption(MessageTypeId messageType, Instant at) {
        int t = typeIndexOf(messageType);
        Checks.notNull(at, "at");
        return Optional.ofNullable(exemptionsByType.get(t).at(at));
    }

    /**
     * Returns whether a channel is opened for other than formal messages at a moment (Awb 2:14). Opening a
     * channel does not designate it under 2:13 lid 2.
     *
     * @param channel  the channel, registered
     * @param at       the moment, usually of receipt (2:20), not null
     * @return true if an opening of the channel is valid at {@code at}
     * @throws InvalidInputException if an argument is null or the channel is not registered
     *         ({@code field()} {@code "channel"} or {@code "at"})
     */
    public boolean isOpenedForInformal(ChannelId channel, Instant at) {
        int c = channelIndexOf(channel);
        Checks.notNull(at, "at");
        return openingsByChannel.get(c).at(at) != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesignationRegister r && body.equals(r.body) && messageTypes.equals(r.messageTypes)
                && channels.equals(r.channels) && designations.equals(r.designations)
                && exemptions.equals(r.exemptions) && openedChannels.equals(r.openedChannels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, messageTypes, channels, designations, exemptions, openedChannels);
    }

    @Override
    public String toString() {
        return "DesignationRegister[body=" + body.id() + ", messageTypes=" + messageTypes.size() + ", channels="
                + channels.size() + ", designations=" + designations.size() + ", exemptions=" + exemptions.size()
                + ", openedChannels=" + openedChannels.size() + "]";
    }

    // ---------------------------------------------------------------------------------------------- lookups

    private int typeIndexOf(MessageTypeId messageType) {
        Checks.notNull(messageType, "messageType");
        Integer t = typeIndex.get(messageType);
        if (t == null) {
            throw new InvalidInputException("messageType", "known",
                    "no message type " + messageType + " in the register of body " + body.id());
        }
        return t;
    }

    private int channelIndexOf(ChannelId channel) {
        Checks.notNull(channel, "channel");
        Integer c = channelIndex.get(channel);
        if (c == null) {
            throw new InvalidInputException("channel", "known",
                    "no channel " + channel + " in the register of body " + body.id());
        }
        return c;
    }

    private static boolean test(long[] bits, int index) {
        int word = index >>> 6;
        return word < bits.length && (bits[word] & (1L << index)) != 0;
    }

    // ------------------------------------------------------------------------------------------- validation

    private static <T, K> Map<K, Integer> index(List<T> elements, Function<T, K> key, String field) {
        Map<K, Integer> index = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            K k = key.apply(elements.get(i));
            Integer earlier = index.putIfAbsent(k, i);
            if (earlier != null) {
                throw new InvalidInputException(field + "[" + i + "].id", "unique",
                        "repeats identifier " + k + " of " + field + "[" + earlier + "]");
            }
        }
        return Map.copyOf(index);
    }

    private void validateDesignations() {
        LegalBasis basis = Provision.AWB_2_13_LID_2.basis();
        Map<Long, List<Span>> byTypeAndChannel = new TreeMap<>();
        for (int i = 0; i < designations.size(); i++) {
            Designation d = designations.get(i);
            String field = "designations[" + i + "]";
            int t = known(typeIndex, d.type(), field + ".type", "message type", basis);
            Checks.require(messageTypes.get(t).isFormal(), field + ".type", "formalType",
                    "designates channels for " + d.type() + ", which is not a formal message type", basis);
            for (ChannelId channel : d.channels()) {
                int c = known(channelIndex, channel, field + ".channels", "channel", basis);
                byTypeAndChannel.computeIfAbsent((long) t * channels.size() + c, k -> new ArrayList<>())
                        .add(new Span(d.validFrom(), d.validTo(), i));
            }
        }
        for (List<Span> spans : byTypeAndChannel.values()) {
            int[] pair = firstOverlap(spans);
            if (pair.length > 0) {
                Designation d = designations.get(pair[1]);
                throw new InvalidInputException("designations[" + pair[1] + "].channels", "noOverlap",
                        "designates a channel for " + d.type() + " that designations[" + pair[0]
                        + "] designates for it in an overlapping period", basis);
            }
        }
    }

    private void validateExemptions() {
        LegalBasis basis = Provision.AWB_2_13_LID_4.basis();
        Map<Integer, List<Span>> byType = new TreeMap<>();
        for (int i = 0; i < exemptions.size(); i++) {
            TemporaryExemption e = exemptions.get(i);
            String field = "exemptions[" + i + "]";
            Checks.require(e.body().equals(body.id()), field + ".body", "sameBody",
                    "names body " + e.body() + ", not " + body.id(), basis);
            for (MessageTypeId type : e.types()) {
                int t = known(typeIndex, type, field + ".types", "message type", basis);
                Checks.require(messageTypes.get(t).isFormal(), field + ".types", "formalType",
                        "exempts " + type + ", which is not a formal message type", basis);
                byType.computeIfAbsent(t, k -> new ArrayList<>())
                        .add(new Span(e.validFrom(), Optional.of(e.validTo()), i));
            }
        }
        for (List<Span> spans : byType.values()) {
            int[] pair = firstOverlap(spans);
            if (pair.length > 0) {
                throw new InvalidInputException("exemptions[" + pair[1] + "].types", "noOverlap",
                        "exempts a message type that exemptions[" + pair[0] + "] exempts in an overlapping period",
                        basis);
            }
        }
    }

    private void validateOpenings() {
        LegalBasis basis = Provision.AWB_2_14.basis();
        Map<Integer, List<Span>> byChannel = new TreeMap<>();
        for (int i = 0; i < openedChannels.size(); i++) {
            OpenedChannel o = openedChannels.get(i);
            int c = known(channelIndex, o.channel(), "openedChannels[" + i + "].channel", "channel", basis);
            byChannel.computeIfAbsent(c, k -> new ArrayList<>()).add(new Span(o.validFrom(), o.validTo(), i));
        }
        for (List<Span> spans : byChannel.values()) {
            int[] pair = firstOverlap(spans);
            if (pair.length > 0) {
                throw new InvalidInputException("openedChannels[" + pair[1] + "].channel", "noOverlap",
                        "opens a channel that openedChannels[" + pair[0] + "] opens in an overlapping period", basis);
            }
        }
    }

    private <K> int known(Map<K, Integer> index, K key, String field, String what, LegalBasis basis) {
        Integer i = index.get(key);
        if (i == null) {
            throw new InvalidInputException(field, "known",
                    "names " + what + " " + key + ", which is not in the register of body " + body.id(), basis);
        }
        return i;
    }

    /**
     * Returns the list indices of two overlapping spans, the earlier-listed first, or an empty array: after
     * sorting by start, a span overlaps an earlier one exactly when it starts before the latest end so far.
     */
    private static int[] firstOverlap(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from).thenComparingInt(Span::index));
        Span latest = null;
        for (Span s : sorted) {
            if (latest != null && (latest.to().isEmpty() || s.from().isBefore(latest.to().get()))) {
                return new int[] {Math.min(latest.index(), s.index()), Math.max(latest.index(), s.index())};
            }
            if (latest == null || endsLater(s, latest)) {
                latest = s;
            }
        }
        return new int[0];
    }

    private static boolean endsLater(Span a, Span b) {
        return b.to().isPresent() && (a.to().isEmpty() || a.to().get().isAfter(b.to().get()));
    }

    // -------------------------------------------------------------------------------------------- timelines

    private List<Timeline<TypeSegment>> buildDesignationTimelines() {
        List<List<Designation>> byType = new ArrayList<>();
        for (int t = 0; t < messageTypes.size(); t++) {
            byType.add(new ArrayList<>());
        }
        for (Designation d : designations) {
            byType.get(typeIndex.get(d.type())).add(d);
        }
        List<Timeline<TypeSegment>> timelines = new ArrayList<>(messageTypes.size());
        for (List<Designation> ds : byType) {
            if (ds.isEmpty()) {
                timelines.add(Timeline.empty(NO_DESIGNATION));
                continue;
            }
            Instant[] bounds = boundaries(ds, Designation::validFrom, Designation::validTo);
            Designation[][] byChannel = new Designation[bounds.length][channels.size()];
            for (Designation d : ds) {
                int end = end(bounds, d.validTo());
                for (int k = Arrays.binarySearch(bounds, d.validFrom()); k < end; k++) {
                    for (ChannelId channel : d.channels()) {
                        byChannel[k][channelIndex.get(channel)] = d;
                    }
                }
            }
            List<TypeSegment> segments = new ArrayList<>(bounds.length);
            for (Designation[] segment : byChannel) {
                segments.add(segment(segment));
            }
            timelines.add(new Timeline<>(bounds, segments, NO_DESIGNATION));
        }
        return List.copyOf(timelines);
    }

    private TypeSegment segment(Designation[] byChannel) {
        long[] bits = new long[(channels.size() + 63) >>> 6];
        List<Channel> designated = new ArrayList<>();
        for (int c = 0; c < byChannel.length; c++) {
            if (byChannel[c] != null) {
                bits[c >>> 6] |= 1L << c;
                designated.add(channels.get(c));
            }
        }
        return designated.isEmpty() ? NO_DESIGNATION : new TypeSegment(bits, byChannel, List.copyOf(designated));
    }

    private Timeline<long[]> buildAnyTypeTimeline() {
        if (designations.isEmpty()) {
            return Timeline.empty(NO_BITS);
        }
        Instant[] bounds = boundaries(designations, Designation::validFrom, Designation::validTo);
        int[][] delta = new int[bounds.length + 1][channels.size()];
        for (Designation d : designations) {
            int start = Arrays.binarySearch(bounds, d.validFrom());
            int end = end(bounds, d.validTo());
            for (ChannelId channel : d.channels()) {
                int c = channelIndex.get(channel);
                delta[start][c]++;
                delta[end][c]--;
            }
        }
        int[] count = new int[channels.size()];
        List<long[]> segments = new ArrayList<>(bounds.length);
        for (int k = 0; k < bounds.length; k++) {
            long[] bits = new long[(channels.size() + 63) >>> 6];
            for (int c = 0; c < count.length; c++) {
                count[c] += delta[k][c];
                if (count[c] > 0) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            segments.add(bits);
        }
        return new Timeline<>(bounds, segments, NO_BITS);
    }

    private List<Timeline<TemporaryExemption>> buildExemptionTimelines() {
        List<List<TemporaryExemption>> byType = new ArrayList<>();
        for (int t = 0; t < messageTypes.size(); t++) {
            byType.add(new ArrayList<>());
        }
        for (TemporaryExemption e : exemptions) {
            for (MessageTypeId type : e.types()) {
                byType.get(typeIndex.get(type)).add(e);
            }
        }
        List<Timeline<TemporaryExemption>> timelines = new ArrayList<>(byType.size());
        for (List<TemporaryExemption> es : byType) {
            timelines.add(disjointTimeline(es, TemporaryExemption::validFrom, e -> Optional.of(e.validTo())));
        }
        return List.copyOf(timelines);
    }

    private List<Timeline<OpenedChannel>> buildOpeningTimelines() {
        List<List<OpenedChannel>> byChannel = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            byChannel.add(new ArrayList<>());
        }
        for (OpenedChannel o : openedChannels) {
            byChannel.get(channelIndex.get(o.channel())).add(o);
        }
        List<Timeline<OpenedChannel>> timelines = new ArrayList<>(byChannel.size());
        for (List<OpenedChannel> os : byChannel) {
            timelines.add(disjointTimeline(os, OpenedChannel::validFrom, OpenedChannel::validTo));
        }
        return List.copyOf(timelines);
    }

    /** A timeline of intervals known not to overlap; {@code null} where none applies. */
    private static <T> Timeline<T> disjointTimeline(List<T> items, Function<T, Instant> from,
            Function<T, Optional<Instant>> to) {
        if (items.isEmpty()) {
            return Timeline.empty(null);
        }
        Instant[] bounds = boundaries(items, from, to);
        List<T> segments = new ArrayList<>(bounds.length);
        for (int k = 0; k < bounds.length; k++) {
            segments.add(null);
        }
        for (T item : items) {
            int end = end(bounds, to.apply(item));
            for (int k = Arrays.binarySearch(bounds, from.apply(item)); k < end; k++) {
                segments.set(k, item);
            }
        }
        return new Timeline<>(bounds, segments, null);
    }

    private static <T> Instant[] boundaries(List<T> items, Function<T, Instant> from,
            Function<T, Optional<Instant>> to) {
        TreeSet<Instant> bounds = new TreeSet<>();
        for (T item : items) {
            bounds.add(from.apply(item));
            to.apply(item).ifPresent(bounds::add);
        }
        return bounds.toArray(new Instant[0]);
    }

    private static int end(Instant[] bounds, Optional<Instant> to) {
        return to.isPresent() ? Arrays.binarySearch(bounds, to.get()) : bounds.length;
    }

    /** A validity interval of one element, with the element's index in its list. */
    private record Span(Instant from, Optional<Instant> to, int index) {
    }

    /** The designations of one type between two boundaries. */
    private static final class TypeSegment {
        private final long[] bits;
        private final Designation[] byChannel;
        private final List<Channel> channels;
        private final List<ChannelId> channelIds;

        TypeSegment(long[] bits, Designation[] byChannel, List<Channel> channels) {
            this.bits = bits;
            this.byChannel = byChannel;
            this.channels = channels;
            this.channelIds = List.copyOf(channels.stream().map(Channel::id).toList());
        }
    }

    /**
     * What the register says about one message type and one channel at one moment; see
     * {@link DesignationRegister#lookup(MessageTypeId, ChannelId, Instant)}. Immutable and thread-safe.
     */
    public static final class Lookup {
        private final MessageType messageType;
        private final Channel channel;
        private final boolean designated;
        private final boolean designatedForAnyFormalType;
        private final TypeSegment segment;
        private final FurtherRequirements requirements;
        private final TemporaryExemption exemption;
        private final boolean openedForInformal;

        private Lookup(MessageType messageType, Channel channel, boolean designated, boolean designatedForAnyFormalType,
                TypeSegment segment, FurtherRequirements requirements, TemporaryExemption exemption,
                boolean openedForInformal) {
            this.messageType = messageType;
            this.channel = channel;
            this.designated = designated;
            this.designatedForAnyFormalType = designatedForAnyFormalType;
            this.segment = segment;
            this.requirements = requirements;
            this.exemption = exemption;
            this.openedForInformal = openedForInformal;
        }

        /**
         * Returns the message type.
         *
         * @return the registered type
         */
        public MessageType messageType() {
            return messageType;
        }

        /**
         * Returns the channel.
         *
         * @return the registered channel
         */
        public Channel channel() {
            return channel;
        }

        /**
         * Returns whether the channel is designated for the type (Awb 2:13 lid 2); false for an informal type.
         *
         * @return as {@link DesignationRegister#isDesignated}
         */
        public boolean isDesignated() {
            return designated;
        }

        /**
         * Returns whether the channel is designated for at least one formal type (Awb 2:16 lid 2).
         *
         * @return as {@link DesignationRegister#isDesignatedForAnyFormalType}
         */
        public boolean isDesignatedForAnyFormalType() {
            return designatedForAnyFormalType;
        }

        /**
         * Returns the channels designated for the type.
         *
         * @return as {@link DesignationRegister#designatedChannels}
         */
        public List<Channel> designatedChannels() {
            return segment.channels;
        }

        /**
         * Returns the identifiers of the channels designated for the type.
         *
         * @return as {@link DesignationRegister#designatedChannelIds}
         */
        public List<ChannelId> designatedChannelIds() {
            return segment.channelIds;
        }

        /**
         * Returns the further requirements for the type through the channel (Awb 2:13 lid 3, 2:14).
         *
         * @return as {@link DesignationRegister#furtherRequirements}
         */
        public Optional<FurtherRequirements> furtherRequirements() {
            return Optional.ofNullable(requirements);
        }

        /**
         * Returns whether the further requirements exist and the message breaks one of them, without building
         * the list of unmet requirements.
         *
         * @param message  the message, not null
         * @return true if a requirement applies and is not met
         * @throws InvalidInputException if {@code message} is null
         */
        public boolean requirementBrokenBy(InboundMessage message) {
            Checks.notNull(message, "message");
            return requirements != null && !requirements.isMetBy(message);
        }

        /**
         * Returns the temporary exemption for the type (Awb 2:13 lid 4), if any.
         *
         * @return as {@link DesignationRegister#exemption}
         */
        public Optional<TemporaryExemption> exemption() {
            return Optional.ofNullable(exemption);
        }

        /**
         * Returns whether the channel is opened for other than formal messages (Awb 2:14).
         *
         * @return as {@link DesignationRegister#isOpenedForInformal}
         */
        public boolean isOpenedForInformal() {
            return openedForInformal;
        }
    }

    /**
     * Values on the segments between sorted boundaries: value {@code k} applies on
     * {@code [bounds[k], bounds[k + 1])}, the last one from its boundary on; before the first boundary, and
     * where a value is null, {@code none} applies.
     */
    private static final class Timeline<T> {
        /** The boundaries as epoch seconds and nanoseconds: compared as numbers, not through Comparable. */
        private final long[] seconds;
        private final int[] nanos;
        private final List<T> values;
        private final T none;

        Timeline(Instant[] bounds, List<T> values, T none) {
            this.seconds = new long[bounds.length];
            this.nanos = new int[bounds.length];
            for (int i = 0; i < bounds.length; i++) {
                seconds[i] = bounds[i].getEpochSecond();
                nanos[i] = bounds[i].getNano();
            }
            this.values = values;
            this.none = none;
        }

        static <T> Timeline<T> empty(T none) {
            return new Timeline<>(new Instant[0], List.of(), none);
        }

        T at(Instant t) {
            long s = t.getEpochSecond();
            int n = t.getNano();
            // The last boundary at or before t: binary search over (seconds, nanos).
            int low = 0;
            int high = seconds.length - 1;
            int k = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (seconds[mid] < s || seconds[mid] == s && nanos[mid] <= n) {
                    k = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            if (k < 0) {
                return none;
            }
            T value = values.get(k);
            return value == null ? none : value;
        }
    }

    /**
     * Collects the elements of a register. A builder is mutable and not thread-safe; {@link #build()}
     * validates the whole and may be called more than once.
     */
    public static final class Builder {
        private final AdministrativeBody body;
        private final List<MessageType> messageTypes = new ArrayList<>();
        private final List<Channel> channels = new ArrayList<>();
        private final List<Designation> designations = new ArrayList<>();
        private final List<TemporaryExemption> exemptions = new ArrayList<>();
        private final List<OpenedChannel> openedChannels = new ArrayList<>();

        private Builder(AdministrativeBody body) {
            this.body = body;
        }

        /**
         * Adds a message type.
         *
         * @param type  the type, not null
         * @return this builder
         * @throws InvalidInputException if {@code type} is null ({@code field() "messageTypes[i]"})
         */
        public Builder messageType(MessageType type) {
            messageTypes.add(Checks.notNull(type, "messageTypes[" + messageTypes.size() + "]"));
            return this;
        }

        /**
         * Adds a channel.
         *
         * @param channel  the channel, not null
         * @return this builder
         * @throws InvalidInputException if {@code channel} is null ({@code field() "channels[i]"})
         */
        public Builder channel(Channel channel) {
            channels.add(Checks.notNull(channel, "channels[" + channels.size() + "]"));
            return this;
        }

        /**
         * Adds a designation (Awb 2:13 lid 2).
         *
         * @param designation  the designation, not null
         * @return this builder
         * @throws InvalidInputException if {@code designation} is null ({@code field() "designations[i]"})
         */
        public Builder designation(Designation designation) {
            designations.add(Checks.notNull(designation, "designations[" + designations.size() + "]"));
            return this;
        }

        /**
         * Adds a temporary exemption (Awb 2:13 lid 4).
         *
         * @param exemption  the exemption, not null
         * @return this builder
         * @throws InvalidInputException if {@code exemption} is null ({@code field() "exemptions[i]"})
         */
        public Builder exemption(TemporaryExemption exemption) {
            exemptions.add(Checks.notNull(exemption, "exemptions[" + exemptions.size() + "]"));
            return this;
        }

        /**
         * Adds a channel opened for other messages (Awb 2:14).
         *
         * @param opened  the opening, not null
         * @return this builder
         * @throws InvalidInputException if {@code opened} is null ({@code field() "openedChannels[i]"})
         */
        public Builder openedChannel(OpenedChannel opened) {
            openedChannels.add(Checks.notNull(opened, "openedChannels[" + openedChannels.size() + "]"));
            return this;
        }

        /**
         * Validates and builds the register.
         *
         * @return the register
         * @throws InvalidInputException if the register is inconsistent, as listed in the documentation of
         *         {@link DesignationRegister}
         */
        public DesignationRegister build() {
            return of(body, messageTypes, channels, designations, exemptions, openedChannels);
        }
    }
}
