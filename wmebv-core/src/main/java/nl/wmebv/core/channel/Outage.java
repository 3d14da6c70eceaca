package nl.wmebv.core.channel;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.internal.Intervals;
import nl.wmebv.core.law.Provision;

/**
 * A period in which a channel of the body was not reachable (<em>storing</em>, <em>niet bereikbaar</em>, Awb
 * 2:21 lid 3; compare <em>verminderde elektronische bereikbaarheid</em>, 2:21 lid 1), from a start to an end
 * or still ongoing, and whether the body announced it.
 *
 * <p>The period is the half-open interval {@code [start, end)}; an open-ended outage is still ongoing. The
 * overlap helpers measure how much of a window {@code [from, to)} the outage covers, e.g. of a term before
 * its end (P6). Whether the outage was announced (e.g. planned maintenance on the body's website) is a fact
 * for the judgement of <em>verzuim</em> (2:21 lid 3, P18); the library records it and does not weigh it. This
 * record is immutable and thread-safe.
 *
 * @param channel    the channel that was down
 * @param start      the first moment of the outage, inclusive
 * @param end        the moment the channel was reachable again, exclusive, or empty while ongoing
 * @param announced  whether the body announced the outage
 */
public record Outage(@NotNull ChannelId channel, @NotNull Instant start, @NotNull Optional<Instant> end,
        boolean announced) {

    /**
     * Validates the outage.
     *
     * @param channel    the channel, not null
     * @param start      the start, not null
     * @param end        the end, not null; if present, after {@code start}
     * @param announced  whether the body announced the outage
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code end} is not after
     *         {@code start} ({@code field() "end"})
     */
    public Outage {
        Checks.notNull(channel, "channel");
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Intervals.requireEndAfterStart(start, end, "start", "end", Provision.AWB_2_21_LID_3.basis());
    }

    /**
     * Creates an outage that has ended.
     *
     * @param channel    the channel, not null
     * @param start      the start, not null
     * @param end        the end, exclusive, after {@code start}
     * @param announced  whether the body announced it
     * @return the outage
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code end} is not after
     *         {@code start}
     */
    public static Outage of(ChannelId channel, Instant start, Instant end, boolean announced) {
        return new Outage(channel, start, Optional.of(Checks.notNull(end, "end")), announced);
    }

    /**
     * Creates an outage that is still ongoing.
     *
     * @param channel    the channel, not null
     * @param start      the start, not null
     * @param announced  whether the body announced it
     * @return the outage
     * @throws nl.wmebv.core.InvalidInputException if an argument is null
     */
    public static Outage ofOpenEnded(ChannelId channel, Instant start, boolean announced) {
        return new Outage(channel, start, Optional.empty(), announced);
    }

    /**
     * Returns whether the outage is still ongoing (has no end).
     *
     * @return true if open-ended
     */
    public boolean isOpenEnded() {
        return end.isEmpty();
    }

    /**
     * Returns whether the channel was down at a moment: {@code start <= at < end}.
     *
     * @param at  the moment, not null
     * @return true if the moment lies in the outage
     * @throws nl.wmebv.core.InvalidInputException if {@code at} is null ({@code field() "at"})
     */
    public boolean covers(Instant at) {
        Checks.notNull(at, "at");
        return Intervals.contains(start, end, at);
    }

    /**
     * Returns whether the outage shares at least one moment with the window {@code [from, to)}.
     *
     * @param from  the window's start, inclusive, not null
     * @param to    the window's end, exclusive, not before {@code from}
     * @return true if they overlap; false for an empty window
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code to} is before
     *         {@code from} ({@code field() "to"})
     */
    public boolean overlaps(Instant from, Instant to) {
        requireWindow(from, to);
        return from.isBefore(to) && Intervals.overlap(start, end, from, Optional.of(to));
    }

    /**
     * Returns whether this outage and another share at least one moment, whatever their channels.
     *
     * @param other  the other outage, not null
     * @return true if their periods overlap
     * @throws nl.wmebv.core.InvalidInputException if {@code other} is null ({@code field() "other"})
     */
    public boolean overlaps(Outage other) {
        Checks.notNull(other, "other");
        return Intervals.overlap(start, end, other.start, other.end);
    }

    /**
     * Returns how much of the window {@code [from, to)} the outage covers: the length of their intersection
     * in elapsed time.
     *
     * @param from  the window's start, inclusive, not null
     * @param to    the window's end, exclusive, not before {@code from}
     * @return the overlap, {@link Duration#ZERO} if none
     * @throws nl.wmebv.core.InvalidInputException if an argument is null or {@code to} is before
     *         {@code from} ({@code field() "to"})
     */
    public Duration overlap(Instant from, Instant to) {
        requireWindow(from, to);
        Instant lo = start.isAfter(from) ? start : from;
        Instant hi = end.isPresent() && end.get().isBefore(to) ? end.get() : to;
        return lo.isBefore(hi) ? Duration.between(lo, hi) : Duration.ZERO;
    }

    private static void requireWindow(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.require(!to.isBefore(from), "to", "notBeforeFrom", "must not be before from (" + from + "), was " + to,
                null);
    }
}
