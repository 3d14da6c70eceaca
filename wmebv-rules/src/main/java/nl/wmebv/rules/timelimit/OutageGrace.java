package nl.wmebv.rules.timelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.wmebv.core.channel.Channel;
import nl.wmebv.core.channel.ChannelId;
import nl.wmebv.core.channel.Outage;
import nl.wmebv.core.designation.Designation;
import nl.wmebv.core.designation.DesignationRegister;
import nl.wmebv.core.message.MessageTypeId;

/**
 * The computation of Awb 2:21 lid 3 for one term (policy P6): which outages of designated channels fall in
 * the term, and the guaranteed grace of the second sentence.
 *
 * <p>Designations can change during a term; the computation uses the channels designated for the type at
 * each moment. It cuts time at every boundary (start or end of an outage, of a designation, of the window);
 * between two boundaries nothing changes, so each segment is either wholly "all designated channels down" or
 * not. A moment at which no channel is designated for the type never counts as down (nothing designated is
 * unreachable).
 */
final class OutageGrace {

    /**
     * The result.
     *
     * @param windowStart       the start of the look-back window
     * @param grace             the total time in the window during which every designated channel was down
     * @param totalAtEnd        whether a total outage was in progress at the end of the term
     * @param graceStart        from when the grace runs: the term's end, or the end of the total outage in
     *                          progress then; empty if that outage has not ended
     * @param relevantOutages   the outages of channels designated (at the time) for the type that overlap the
     *                          term, sorted
     */
    record Result(Instant windowStart, Duration grace, boolean totalAtEnd, Optional<Instant> graceStart,
            List<Outage> relevantOutages) {

        /**
         * Returns whether a receipt falls within the guaranteed grace.
         *
         * @param receivedAt  the receipt
         * @return true if received before the grace start plus the grace, or the grace start is unbounded
         */
        boolean excuses(Instant receivedAt) {
            if (grace.isZero()) {
                return false;
            }
            return graceStart.map(s -> receivedAt.isBefore(s.plus(grace))).orElse(true);
        }

        /**
         * Returns the end of the grace.
         *
         * @return the grace start plus the grace, or empty if unbounded
         */
        Optional<Instant> graceEnd() {
            return graceStart.map(s -> s.plus(grace));
        }
    }

    private OutageGrace() {
    }

    static Result compute(MessageTypeId type, DesignationRegister designations, OutageRegister outages,
            Instant termStart, Instant termEnd, Optional<Duration> lookBack) {
        Instant windowStart = termStart;
        if (lookBack.isPresent()) {
            Instant w = termEnd.minus(lookBack.get());
            windowStart = w.isAfter(termStart) ? w : termStart;
        }
        if (windowStart.isAfter(termEnd)) {
            windowStart = termEnd;
        }
        TreeSet<Instant> all = new TreeSet<>();
        for (OutageRegister.Entry e : outages.entries()) {
            all.add(e.outage().start());
            e.outage().end().ifPresent(all::add);
        }
        for (Designation d : designations.designations()) {
            if (d.type().equals(type)) {
                all.add(d.validFrom());
                d.validTo().ifPresent(all::add);
            }
        }
        // The guaranteed grace: all-down time within [windowStart, termEnd).
        Duration grace = Duration.ZERO;
        boolean downBeforeEnd = false;
        for (Segment s : segments(all, windowStart, termEnd)) {
            boolean down = allDown(type, designations, outages, s.from());
            if (down) {
                grace = grace.plus(Duration.between(s.from(), s.to()));
            }
            downBeforeEnd = down;
        }
        // A total outage in progress at the end: the grace runs from its end.
        boolean totalAtEnd = downBeforeEnd && allDown(type, designations, outages, termEnd);
        Optional<Instant> graceStart = Optional.of(termEnd);
        if (totalAtEnd) {
            graceStart = Optional.empty();
            for (Instant b : all.tailSet(termEnd, false)) {
                if (!allDown(type, designations, outages, b)) {
                    graceStart = Optional.of(b);
                    break;
                }
            }
        }
        // The first sentence: outages of channels designated at the time, anywhere in the term.
        Set<Outage> relevant = new LinkedHashSet<>();
        for (Segment s : segments(all, termStart, termEnd)) {
            for (Channel c : designations.designatedChannels(type, s.from())) {
                for (Outage o : outages.unavailable(c.id())) {
                    if (o.covers(s.from())) {
                        relevant.add(o);
                    }
                }
            }
        }
        List<Outage> sorted = new ArrayList<>(relevant);
        sorted.sort((a, b) -> a.start().equals(b.start()) ? a.channel().value().compareTo(b.channel().value())
                : a.start().compareTo(b.start()));
        return new Result(windowStart, grace, totalAtEnd, graceStart, List.copyOf(sorted));
    }

    private record Segment(Instant from, Instant to) {
    }

    /** The segments of [from, to), cut at the boundaries; {@code from} is before {@code to} (a term is never empty). */
    private static List<Segment> segments(TreeSet<Instant> boundaries, Instant from, Instant to) {
        List<Segment> list = new ArrayList<>();
        Instant cur = from;
        for (Instant b : boundaries.subSet(from, false, to, false)) {
            list.add(new Segment(cur, b));
            cur = b;
        }
        list.add(new Segment(cur, to));
        return list;
    }

    private static boolean allDown(MessageTypeId type, DesignationRegister designations, OutageRegister outages,
            Instant at) {
        List<Channel> designated = designations.designatedChannels(type, at);
        if (designated.isEmpty()) {
            return false;
        }
        for (Channel c : designated) {
            if (!outages.isUnavailable(c.id(), at)) {
                return false;
            }
        }
        return true;
    }

    static Set<ChannelId> channels(List<Outage> outages) {
        Set<ChannelId> set = new LinkedHashSet<>();
        outages.forEach(o -> set.add(o.channel()));
        return set;
    }
}
