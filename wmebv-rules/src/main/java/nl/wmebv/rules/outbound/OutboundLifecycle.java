package nl.wmebv.rules.outbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.ChannelKind;
import nl.wmebv.core.evidence.AddresseeAccessed;
import nl.wmebv.core.evidence.BecameAccessible;
import nl.wmebv.core.evidence.DeliveryFailed;
import nl.wmebv.core.evidence.DeliveryItem;
import nl.wmebv.core.evidence.MessageBoxKind;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.evidence.NotificationSent;
import nl.wmebv.core.evidence.PlacedInMessageBox;
import nl.wmebv.core.evidence.Resent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.ChannelConsent;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.OutboundMessage;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle tracker of one outbound message to one addressee (Awb 2:8&ndash;2:12, 2:19, with the facts
 * of 2:22): an immutable value fed with events, which answers at any moment whether the message may be sent
 * electronically, when it counts as sent, which kennisgevingen and re-sendings are due, and which facts the
 * deadline ledger needs.
 *
 * <p><b>Input.</b> The evidence events of {@code nl.wmebv.core.evidence} ({@link PlacedInMessageBox},
 * {@link BecameAccessible}, {@link NotificationSent}, {@link DeliveryFailed} for the message or its
 * kennisgeving, {@link Resent}, {@link AddresseeAccessed}) and the tracker's own {@link OutboundEvent}s
 * (consent given or revoked, e-mail reached the provider, opt-out, amendment sent). {@link #with} returns a
 * new tracker; on bad input it throws {@link InvalidInputException} naming the field, and the tracker it was
 * called on is unchanged. Each event is checked against the events already known, so an event must come
 * with or after the event it presupposes (a re-sending with or after the failure's record);
 * {@link #withAll} checks a batch as a whole, in any order. An event equal to a known one is ignored.
 *
 * <p><b>Answers</b> ({@link #statusAt(Instant)}) are computed from the events at or before the moment asked
 * about, sorted by their own moments, so they do not depend on the order of arrival. Readings and policies:
 * 2:19 onder c before b before a [TEXT-inf]; after non-delivery the last successful re-sending (2:11 lid 3,
 * P12); a re-placement is a new placement with its own kennisgeving duty (P12); 48 hours as 172,800 s of
 * elapsed time (P2), never extended by the ATW (art. 4 onder a); met when sent in time (P19); late per P1;
 * with the Wdo-voorziening and another system only the Wdo-voorziening's accessibility starts a duty (2:10
 * lid 3, P20); re-sending service level P22; 2:10 lid 2 behind a switch (P17); consent P16; the version in
 * force at the 2:19 moment (P13). A soft failure counts as non-delivery like a hard one: the body learned
 * the message did not arrive (a reading; the failure kind is kept in the trace).
 *
 * <p>A message with several addressees needs a tracker per addressee: the kennisgeving, consent and
 * non-delivery are each addressee's own. This class is immutable and thread-safe.
 */
public final class OutboundLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundLifecycle.class);
    /** The first legal day of the Wmebv version of afdeling 2.3 (P13). */
    static final LocalDate WMEBV = LocalDate.of(2026, 1, 1);

    private static final Comparator<Record> ORDER = Comparator.comparing(OutboundLifecycle::instantOf)
            .thenComparingInt(OutboundLifecycle::rankOf).thenComparing(Record::toString);

    private final OutboundMessage message;
    private final PartyId addressee;
    private final Map<ChannelId, Channel> electronic;
    private final Set<ChannelId> otherWays;
    private final OutboundPolicies policies;
    private final List<Record> events;

    private OutboundLifecycle(OutboundMessage message, PartyId addressee, Map<ChannelId, Channel> electronic,
            Set<ChannelId> otherWays, OutboundPolicies policies, List<Record> events) {
        this.message = message;
        this.addressee = addressee;
        this.electronic = electronic;
        this.otherWays = otherWays;
        this.policies = policies;
        this.events = events;
    }

    /**
     * Starts tracking a message to one of its addressees, with no events yet and the default policies.
     *
     * @param message              the message, not null
     * @param addressee            one of its addressees, not null
     * @param electronicChannels   the body's electronic channels the events may name, not null, unique ids
     * @param otherWays            the ids of non-electronic ways the body may use for a re-sending (post,
     *                             hand delivery), not null, disjoint from the electronic channels
     * @return the tracker
     * @throws InvalidInputException if a value is null ({@code "message"}, {@code "addressee"},
     *         {@code "electronicChannels"}, {@code "otherWays"}), the addressee is not one of the message's
     *         ({@code "addressee"}), a channel id repeats ({@code "electronicChannels[i]"}) or a way is also an
     *         electronic channel ({@code "otherWays"})
     */
    public static OutboundLifecycle start(OutboundMessage message, PartyId addressee,
            Collection<Channel> electronicChannels, Set<ChannelId> otherWays) {
        Checks.notNull(message, "message");
        Checks.notNull(addressee, "addressee");
        Checks.require(message.addressees().contains(addressee), "addressee", "addresseeOfMessage",
                "must be one of the addressees of message " + message.id(), Provision.AWB_2_8.basis());
        List<Channel> channels = Checks.listCopy(electronicChannels, "electronicChannels");
        Map<ChannelId, Channel> byId = new LinkedHashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            Checks.require(byId.put(channels.get(i).id(), channels.get(i)) == null, "electronicChannels[" + i + "]",
                    "unique", "must not repeat channel " + channels.get(i).id(), null);
        }
        Set<ChannelId> ways = Checks.setCopy(otherWays, "otherWays");
        for (ChannelId w : ways) {
            Checks.require(!byId.containsKey(w), "otherWays", "notElectronic",
                    "channel " + w + " is listed as electronic and as another way", null);
        }
        return new OutboundLifecycle(message, addressee, Map.copyOf(byId), ways, OutboundPolicies.defaults(),
                List.of());
    }

    /**
     * Returns this tracker with other policies.
     *
     * @param policies  the policies, not null
     * @return the new tracker
     * @throws InvalidInputException if {@code policies} is null
     */
    public OutboundLifecycle withPolicies(OutboundPolicies policies) {
        return new OutboundLifecycle(message, addressee, electronic, otherWays, Checks.notNull(policies, "policies"),
                events);
    }

    /**
     * Returns a tracker that also knows an evidence event about this message.
     *
     * @param event  a {@link PlacedInMessageBox}, {@link BecameAccessible}, {@link NotificationSent},
     *               {@link DeliveryFailed}, {@link Resent} or {@link AddresseeAccessed}, not null
     * @return the new tracker
     * @throws InvalidInputException naming the field if the event is of another kind ({@code "event"}), about
     *         another message, addressee or body ({@code "messageId"}, {@code "addressee"}, {@code "body"}),
     *         names an unknown or unsuitable channel ({@code "channel"}, {@code "messageBox"}), or presupposes
     *         an event that is not known at or before its moment ({@code "occurredAt"})
     */
    public OutboundLifecycle with(MessageEvent event) {
        Checks.notNull(event, "event");
        return withAll(List.of(event));
    }

    /**
     * Returns a tracker that also knows a tracker-only event.
     *
     * @param event  the event, not null
     * @return the new tracker
     * @throws InvalidInputException naming the field, as for {@link #with(MessageEvent)}
     */
    public OutboundLifecycle with(OutboundEvent event) {
        Checks.notNull(event, "event");
        return withAll(List.of(event));
    }

    /**
     * Returns a tracker that also knows a consent record (P16): its giving and, if present, its revocation.
     *
     * @param consent  the consent, not null, for this tracker's addressee
     * @return the new tracker
     * @throws InvalidInputException naming the field, as for {@link #with(MessageEvent)}
     */
    public OutboundLifecycle with(ChannelConsent consent) {
        Checks.notNull(consent, "consent");
        List<Record> batch = new ArrayList<>();
        batch.add(new ConsentGiven(consent.givenAt(), consent.addressee(), consent.channel(),
                consent.evidenceReference()));
        consent.revokedAt().ifPresent(r -> batch.add(new ConsentRevoked(r, consent.addressee(), consent.channel())));
        return withAll(batch);
    }

    /**
     * Returns a tracker that also knows a batch of events, checked as a whole: the batch may come in any
     * order.
     *
     * @param batch  {@link MessageEvent}s and {@link OutboundEvent}s, not null, no null element
     * @return the new tracker
     * @throws InvalidInputException naming the field, as for {@link #with(MessageEvent)}; an element of another
     *         type gives {@code "events[i]"}
     */
    public OutboundLifecycle withAll(Collection<?> batch) {
        List<?> list = Checks.listCopy(batch, "events");
        List<Record> added = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object o = list.get(i);
            if (!(o instanceof MessageEvent) && !(o instanceof OutboundEvent)) {
                throw new InvalidInputException("events[" + i + "]", "outboundEvent",
                        "must be an evidence event about an outbound message or an OutboundEvent, was "
                                + o.getClass().getSimpleName());
            }
            added.add((Record) o);
        }
        Set<Record> all = new HashSet<>(events);
        List<Record> fresh = new ArrayList<>();
        for (Record r : added) {
            if (all.add(r)) {
                fresh.add(r);
            }
        }
        if (fresh.isEmpty()) {
            return this;
        }
        List<Record> sorted = new ArrayList<>(all);
        sorted.sort(ORDER);
        for (Record r : fresh) {
            validate(r, sorted);
        }
        return new OutboundLifecycle(message, addressee, electronic, otherWays, policies, List.copyOf(sorted));
    }

    /**
     * Returns the message tracked.
     *
     * @return the message
     */
    public OutboundMessage message() {
        return message;
    }

    /**
     * Returns the addressee tracked.
     *
     * @return the addressee
     */
    public PartyId addressee() {
        return addressee;
    }

    /**
     * Returns the policies.
     *
     * @return the policies
     */
    public OutboundPolicies policies() {
        return policies;
    }

    /**
     * Returns every known event, sorted by its own moment (ties in a fixed order of kinds).
     *
     * @return an unmodifiable list of {@link MessageEvent}s and {@link OutboundEvent}s
     */
    public List<Record> events() {
        return events;
    }

    /**
     * Answers where the message stands at a moment, counting only the events at or before it.
     *
     * @param asOf  the moment, not null
     * @return the status
     * @throws InvalidInputException if {@code asOf} is null
     */
    public OutboundStatus statusAt(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        List<Record> known = events.stream().filter(e -> !instantOf(e).isAfter(asOf)).toList();
        OutboundStatus status = new StatusComputation(message, addressee, electronic, policies, known, asOf).compute();
        LOG.debug("Outbound {} to {} at {}: {}", message.id(), addressee, asOf, status.kind());
        return status;
    }

    /**
     * Answers whether the message may be sent electronically through a channel at a moment (Awb 2:8, P16):
     * only with the addressee's express consent for that channel, given before that moment and not revoked
     * before it.
     *
     * @param channel    the channel, not null, one of this tracker's channels
     * @param sendingAt  the intended moment of sending, not null
     * @return the answer; {@code NOT_ELECTRONIC} for a non-electronic way, {@code NOT_IN_FORCE} before 2026
     * @throws InvalidInputException if a value is null or the channel is unknown ({@code "channel"})
     */
    public ConsentOutcome consentFor(ChannelId channel, Instant sendingAt) {
        Checks.notNull(channel, "channel");
        Checks.notNull(sendingAt, "sendingAt");
        Checks.require(electronic.containsKey(channel) || otherWays.contains(channel), "channel", "known",
                "channel " + channel + " is not among the tracker's channels", null);
        Step step = Step.of(Provision.AWB_2_8.basis(), "consent.asked").withFact("messageId", message.id())
                .withFact("channel", channel).withFact("sendingAt", LegalTime.render(sendingAt));
        LegalBasis basis = Provision.AWB_2_8.basis();
        if (LegalTime.legalDay(sendingAt).isBefore(WMEBV)) {
            return new ConsentOutcome(message.id(), ConsentOutcome.Kind.NOT_IN_FORCE, List.of(), List.of(),
                    List.of(basis), Trace.of(step));
        }
        if (!electronic.containsKey(channel)) {
            return new ConsentOutcome(message.id(), ConsentOutcome.Kind.NOT_ELECTRONIC, List.of(), List.of(),
                    List.of(basis), Trace.of(step));
        }
        boolean covered = StatusComputation.consentCovers(events, channel, sendingAt);
        return new ConsentOutcome(message.id(), covered ? ConsentOutcome.Kind.CONSENT_GIVEN
                : ConsentOutcome.Kind.NO_CONSENT, covered ? List.of(channel) : List.of(),
                covered ? List.of() : List.of(channel), List.of(basis), Trace.of(step.withFact("covered", covered)));
    }

    // ---------------------------------------------------------------- validation

    private void validate(Record r, List<Record> all) {
        if (r instanceof MessageEvent e) {
            validateMessageEvent(e, all);
        } else if (r instanceof OutboundEvent e) {
            validateOutboundEvent(e, all);
        }
    }

    private void validateMessageEvent(MessageEvent e, List<Record> all) {
        Checks.require(e.messageId().equals(message.id()), "messageId", "sameMessage",
                "event for message " + e.messageId() + " given to the tracker of " + message.id(), null);
        Checks.require(e.body().equals(message.body()), "body", "sameBody",
                "event recorded by " + e.body() + ", the message is sent by " + message.body(), null);
        Instant at = e.occurredAt();
        if (e instanceof PlacedInMessageBox p) {
            same(p.addressee());
            requireAccessSystem(p.channel());
        } else if (e instanceof BecameAccessible b) {
            same(b.addressee());
            requireAccessSystem(b.channel());
            Checks.require(b.messageBox() != MessageBoxKind.WDO_MESSAGE_BOX
                    || electronic.get(b.channel()).kind() == ChannelKind.WDO_MESSAGE_BOX, "messageBox", "wdoChannel",
                    "accessibility via the Wdo-voorziening needs a channel of kind WDO_MESSAGE_BOX",
                    Provision.AWB_2_19_ONDER_C.basis());
            Checks.require(all.stream().anyMatch(o -> o instanceof PlacedInMessageBox p
                    && p.channel().equals(b.channel()) && !p.occurredAt().isAfter(at)), "occurredAt",
                    "notBeforePlacement", "accessible in " + b.channel() + " before any placement there",
                    Provision.AWB_2_19_ONDER_B.basis());
        } else if (e instanceof NotificationSent n) {
            same(n.addressee());
        } else if (e instanceof DeliveryFailed f) {
            same(f.addressee());
            if (f.item() == DeliveryItem.MESSAGE) {
                requireKnown(f.channel());
            } else {
                Checks.require(all.stream().anyMatch(o -> isNotificationDelivery(o) && !instantOf(o).isAfter(at)),
                        "occurredAt", "afterNotification", "a kennisgeving failed before any was sent",
                        Provision.AWB_2_11_LID_2.basis());
            }
        } else if (e instanceof Resent s) {
            same(s.addressee());
            if (s.item() == DeliveryItem.MESSAGE) {
                requireKnown(s.channel());
            }
            Checks.require(all.stream().anyMatch(o -> o instanceof DeliveryFailed f && f.item() == s.item()
                    && !f.occurredAt().isAfter(at)), "occurredAt", "afterFailure",
                    "a re-sending of the " + s.item().wireName() + " before any failed delivery of it",
                    s.item() == DeliveryItem.MESSAGE ? Provision.AWB_2_11_LID_1.basis()
                            : Provision.AWB_2_11_LID_2.basis());
        } else if (e instanceof AddresseeAccessed a) {
            same(a.addressee());
            Channel c = electronic.get(a.channel());
            if (c != null && c.kind().isAddresseeAccessSystem()) {
                Checks.require(all.stream().anyMatch(o -> o instanceof BecameAccessible b
                        && b.channel().equals(a.channel()) && !b.occurredAt().isAfter(at)), "occurredAt",
                        "afterAccessible", "accessed in " + a.channel() + " before it became accessible there",
                        Provision.AWB_2_25.basis());
            }
        } else {
            throw new InvalidInputException("event", "outboundEvent",
                    "a " + e.type().wireName() + " event is not about an outbound message");
        }
    }

    private void validateOutboundEvent(OutboundEvent e, List<Record> all) {
        same(e.addressee());
        if (e instanceof ConsentGiven g) {
            requireElectronic(g.channel());
        } else if (e instanceof ConsentRevoked r) {
            requireElectronic(r.channel());
            Checks.require(all.stream().anyMatch(o -> o instanceof ConsentGiven g && g.channel().equals(r.channel())
                    && g.occurredAt().isBefore(r.occurredAt())), "occurredAt", "afterConsent",
                    "revoked before any consent for " + r.channel() + " was given", Provision.AWB_2_8.basis());
        } else if (e instanceof ReachedAddresseeSystem s) {
            sameMessage(s.messageId());
            requireElectronic(s.channel());
            Checks.require(!electronic.get(s.channel()).kind().isAddresseeAccessSystem(), "channel", "noPlacement",
                    "a message in a system with access is sent by becoming accessible (2:19 onder b), not by "
                            + "reaching another system", Provision.AWB_2_19_ONDER_A.basis());
        } else if (e instanceof AmendmentSent a) {
            sameMessage(a.messageId());
        }
    }

    private void same(PartyId party) {
        Checks.require(party.equals(addressee), "addressee", "sameAddressee",
                "event for addressee " + party + " given to the tracker for " + addressee, null);
    }

    private void sameMessage(MessageId id) {
        Checks.require(id.equals(message.id()), "messageId", "sameMessage",
                "event for message " + id + " given to the tracker of " + message.id(), null);
    }

    private void requireKnown(ChannelId channel) {
        Checks.require(electronic.containsKey(channel) || otherWays.contains(channel), "channel", "known",
                "channel " + channel + " is not among the tracker's channels", null);
    }

    private void requireElectronic(ChannelId channel) {
        Checks.require(electronic.containsKey(channel), "channel", "electronic",
                "channel " + channel + " is not among the tracker's electronic channels", Provision.AWB_2_8.basis());
    }

    private void requireAccessSystem(ChannelId channel) {
        requireElectronic(channel);
        Checks.require(electronic.get(channel).kind().isAddresseeAccessSystem(), "channel", "accessSystem",
                "channel " + channel + " is not a system in which the addressee has access",
                Provision.AWB_2_10_LID_1.basis());
    }

    static boolean isNotificationDelivery(Record o) {
        return o instanceof NotificationSent || o instanceof Resent r && r.item() == DeliveryItem.NOTIFICATION;
    }

    static Instant instantOf(Record r) {
        if (r instanceof MessageEvent e) {
            return e.occurredAt();
        }
        return ((OutboundEvent) r).occurredAt();
    }

    private static int rankOf(Record r) {
        if (r instanceof ConsentGiven) {
            return 0;
        } else if (r instanceof ConsentRevoked) {
            return 1;
        } else if (r instanceof NotificationOptOut) {
            return 2;
        } else if (r instanceof DeliveryFailed) {
            return 3;
        } else if (r instanceof Resent) {
            return 4;
        } else if (r instanceof PlacedInMessageBox) {
            return 5;
        } else if (r instanceof BecameAccessible) {
            return 6;
        } else if (r instanceof ReachedAddresseeSystem) {
            return 7;
        } else if (r instanceof NotificationSent) {
            return 8;
        } else if (r instanceof AddresseeAccessed) {
            return 9;
        }
        return 10;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutboundLifecycle l && message.equals(l.message) && addressee.equals(l.addressee)
                && electronic.equals(l.electronic) && otherWays.equals(l.otherWays) && policies.equals(l.policies)
                && events.equals(l.events);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(message, addressee, electronic, otherWays, policies, events);
    }

    @Override
    public String toString() {
        return "OutboundLifecycle[message=" + message.id() + ", addressee=" + addressee + ", events=" + events.size()
                + "]";
    }

}
