package nl.wmebv.rules.timelimit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.OutageEnded;
import nl.wmebv.core.evidence.OutageKind;
import nl.wmebv.core.evidence.OutageStarted;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.BodyId;

/**
 * The outages of a body's channels (<em>storingen</em>, Awb 2:21): each a period in which a channel was not
 * reachable ({@link OutageKind#UNAVAILABLE}, which counts for 2:21 lid 3) or only degraded
 * ({@link OutageKind#DEGRADED}, <em>verminderde bereikbaarheid</em> of lid 1, which does not make a channel
 * "niet bereikbaar" under lid 3 and is kept for the record).
 *
 * <p>Built from {@link Outage} values (which describe unavailability) or from an evidence stream of
 * {@link OutageStarted} and {@link OutageEnded} events, processed in the order given (the order of the log):
 * a start opens an outage of its channel and kind, the matching end closes it, and a start without an end is
 * an outage still in progress (open-ended). Inconsistent streams are refused. Overlapping outages of one
 * channel are allowed; what counts is whether a channel was down at a moment. Entries are kept sorted by
 * start, channel and end, so the register does not depend on the order outages were added. This class is
 * immutable and thread-safe.
 */
public final class OutageRegister {
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.outage().start())
            .thenComparing(e -> e.outage().channel().value())
            .thenComparing(e -> e.outage().end().orElse(Instant.MAX))
            .thenComparing(Entry::kind)
            .thenComparing(e -> e.outage().announced());
    private static final OutageRegister EMPTY = new OutageRegister(List.of());

    /**
     * One recorded outage with its kind. This record is immutable and thread-safe.
     *
     * @param outage  the period and channel
     * @param kind    unreachable (2:21 lid 3) or degraded (lid 1 only)
     */
    public record Entry(Outage outage, OutageKind kind) {
        /**
         * Validates the entry.
         *
         * @param outage  the outage, not null
         * @param kind    the kind, not null
         * @throws InvalidInputException if a value is null
         */
        public Entry {
            Checks.notNull(outage, "outage");
            Checks.notNull(kind, "kind");
        }
    }

    private final List<Entry> entries;

    private OutageRegister(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Returns the empty register.
     *
     * @return a register without outages
     */
    public static OutageRegister empty() {
        return EMPTY;
    }

    /**
     * Creates a register of outages in which the channels were not reachable (Awb 2:21 lid 3).
     *
     * @param outages  the outages, not null, no null
     * @return the register
     * @throws InvalidInputException if the collection is null or holds null ({@code "outages"})
     */
    public static OutageRegister of(Collection<Outage> outages) {
        List<Outage> copy = Checks.listCopy(outages, "outages");
        List<Entry> list = new ArrayList<>(copy.size());
        copy.forEach(o -> list.add(new Entry(o, OutageKind.UNAVAILABLE)));
        return sorted(list);
    }

    /**
     * Builds a register from an evidence stream, in the order given. Events other than {@link OutageStarted}
     * and {@link OutageEnded} are skipped. A start without an end yields an open-ended outage.
     *
     * @param events  the events of one body, not null, no null
     * @return the register
     * @throws InvalidInputException naming the event, e.g. {@code events[3]}: an end without an open start of
     *         the same channel and kind ({@code "endWithoutStart"}); an end at or before the start it closes
     *         ({@code events[i].occurredAt}, {@code "endBeforeStart"}); an end whose {@code startedAt} is not
     *         the open start's moment ({@code events[i].startedAt}, {@code "matchesStart"}); a second start
     *         while one is open ({@code "alreadyStarted"}); events of different bodies ({@code events[i].body})
     */
    public static OutageRegister fromEvents(List<? extends EvidenceEvent> events) {
        List<? extends EvidenceEvent> list = Checks.listCopy(events, "events");
        Map<String, OutageStarted> open = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        BodyId body = null;
        for (int i = 0; i < list.size(); i++) {
            EvidenceEvent e = list.get(i);
            String field = "events[" + i + "]";
            if (!(e instanceof OutageStarted) && !(e instanceof OutageEnded)) {
                continue;
            }
            if (body == null) {
                body = e.body();
            }
            Checks.require(body.equals(e.body()), field + ".body", "sameBody",
                    "must be " + body + " like the earlier outage events, was " + e.body(), null);
            if (e instanceof OutageStarted s) {
                String key = key(s.channel(), s.kind());
                Checks.require(!open.containsKey(key), field, "alreadyStarted", "an outage of " + s.channel()
                        + " (" + s.kind() + ") is already in progress since " + (open.containsKey(key)
                        ? open.get(key).occurredAt() : null), Provision.AWB_2_21_LID_3.basis());
                open.put(key, s);
            } else {
                OutageEnded end = (OutageEnded) e;
                OutageStarted start = open.get(key(end.channel(), end.kind()));
                if (start == null) {
                    throw new InvalidInputException(field, "endWithoutStart", "no outage of " + end.channel()
                            + " (" + end.kind() + ") is in progress", Provision.AWB_2_21_LID_3.basis());
                }
                Checks.require(end.occurredAt().isAfter(start.occurredAt()), field + ".occurredAt", "endBeforeStart",
                        "must be after the start " + start.occurredAt() + ", was " + end.occurredAt(),
                        Provision.AWB_2_21_LID_3.basis());
                Checks.require(end.startedAt().equals(start.occurredAt()), field + ".startedAt", "matchesStart",
                        "must be the moment of the open start " + start.occurredAt() + ", was " + end.startedAt(),
                        Provision.AWB_2_21_LID_3.basis());
                open.remove(key(end.channel(), end.kind()));
                entries.add(new Entry(Outage.of(end.channel(), start.occurredAt(), end.occurredAt(), false),
                        end.kind()));
            }
        }
        for (OutageStarted s : open.values()) {
            entries.add(new Entry(Outage.ofOpenEnded(s.channel(), s.occurredAt(), false), s.kind()));
        }
        return sorted(entries);
    }

    private static String key(ChannelId channel, OutageKind kind) {
        return channel.value() + "\u0000" + kind.name();
    }

    private static OutageRegister sorted(List<Entry> list) {
        List<Entry> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return new OutageRegister(List.copyOf(copy));
    }

    /**
     * Returns this register with one more outage in which the channel was not reachable.
     *
     * @param outage  the outage, not null
     * @return the new register
     * @throws InvalidInputException if {@code outage} is null
     */
    public OutageRegister with(Outage outage) {
        return with(outage, OutageKind.UNAVAILABLE);
    }

    /**
     * Returns this register with one more outage of the given kind.
     *
     * @param outage  the outage, not null
     * @param kind    the kind, not null
     * @return the new register
     * @throws InvalidInputException if a value is null
     */
    public OutageRegister with(Outage outage, OutageKind kind) {
        List<Entry> list = new ArrayList<>(entries);
        list.add(new Entry(outage, kind));
        return sorted(list);
    }

    /**
     * Returns every outage, sorted by start, channel and end.
     *
     * @return an unmodifiable list
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the outages in which a channel was not reachable (Awb 2:21 lid 3), sorted by start.
     *
     * @param channel  the channel, not null
     * @return an unmodifiable list
     * @throws InvalidInputException if {@code channel} is null
     */
    public List<Outage> unavailable(ChannelId channel) {
        Checks.notNull(channel, "channel");
        return entries.stream().filter(e -> e.kind() == OutageKind.UNAVAILABLE && e.outage().channel().equals(channel))
                .map(Entry::outage).toList();
    }

    /**
     * Returns whether a channel was not reachable at a moment.
     *
     * @param channel  the channel, not null
     * @param at       the moment, not null
     * @return true if an unavailability outage of the channel covers the moment
     * @throws InvalidInputException if a value is null
     */
    public boolean isUnavailable(ChannelId channel, Instant at) {
        Checks.notNull(at, "at");
        return unavailable(channel).stream().anyMatch(o -> o.covers(at));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutageRegister r && entries.equals(r.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "OutageRegister[" + entries.size() + " outages]";
    }
}
