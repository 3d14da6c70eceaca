package nl.wmebv.benchmarks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.AtwCalendar;
import nl.wmebv.core.time.ObjectionTimeLimit;
import nl.wmebv.core.time.TermEnd;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Part 2 of issue 8: the last day of a bezwaartermijn (Awb 6:7, 6:8, ATW art. 1 and 2) and werkdag arithmetic,
 * in wmebv and against a precomputed per-year holiday set (the floor) and jollyday 2.19 cached per year, over
 * 1,024 announcement days drawn from 2014&ndash;2099 with a fixed seed.
 *
 * <p>The bezwaartermijn is measured at four depths: the last day alone ({@code TimeLimit.lastDay}); the
 * {@link TermEnd} outcome, which carries its explanation as structured data (moves with article, from and to;
 * the reasons per skipped day are one calendar read away), what an intake path pays; the same with its legal
 * basis and end moment read; with its {@code Trace} built; and with its Dutch text rendered. Each runs next to
 * the floor and cached jollyday in the same run, so the ratios hold under load.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {
    /** Werkdagen added in the arithmetic benchmarks. */
    static final int WORKING_DAYS = 5;

    private LocalDate[] days;
    private AtwCalendar atw;
    private HolidaySetCalendar floor;
    private HolidaySetCalendar jollyday;
    private int next;

    /** Draws the days and builds the calendars (jollyday's cache is filled here, not measured). */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(Workload.SEED);
        long first = LocalDate.of(2014, 1, 1).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        days = new LocalDate[1024];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
        }
        atw = AtwCalendar.standard();
        floor = HolidaySetCalendar.precomputedAtw();
        jollyday = HolidaySetCalendar.jollyday(false);
    }

    private LocalDate day() {
        next = (next + 1) & 1023;
        return days[next];
    }

    /** @return the last day: wmebv's allocation-free path, {@code TimeLimit.lastDay} */
    @Benchmark
    public LocalDate wmebvObjectionLastDay() {
        return ObjectionTimeLimit.TIME_LIMIT.lastDay(day(), atw);
    }

    /** @return (a) the term as an outcome: last day and moves (article, from, to), trace and texts not built */
    @Benchmark
    public TermEnd wmebvObjectionTermEnd() {
        return ObjectionTimeLimit.afterAnnouncement(day(), atw).termEnd();
    }

    /**
     * (a&prime;) The outcome as an intake path reads it: last day, moves, legal basis and the end moment.
     *
     * @param bh  the blackhole
     */
    @Benchmark
    public void wmebvObjectionBasisAndEnd(Blackhole bh) {
        TermEnd end = ObjectionTimeLimit.afterAnnouncement(day(), atw).termEnd();
        bh.consume(end.lastDay());
        bh.consume(end.moves());
        bh.consume(end.legalBasis());
        bh.consume(end.endExclusive());
    }

    /** @return (b) the term with its trace built */
    @Benchmark
    public Trace wmebvObjectionTrace() {
        return ObjectionTimeLimit.afterAnnouncement(day(), atw).termEnd().trace();
    }

    /** @return (c) the term with its Dutch explanation rendered (the trace is not needed for it) */
    @Benchmark
    public String wmebvObjectionExplained() {
        return ObjectionTimeLimit.afterAnnouncement(day(), atw).termEnd().explain(Locale.ROOT);
    }

    /** @return the term with its trace built and its Dutch explanation rendered: everything */
    @Benchmark
    public String wmebvObjectionTraceAndExplained() {
        TermEnd end = ObjectionTimeLimit.afterAnnouncement(day(), atw).termEnd();
        return end.trace().steps().size() + end.explain(Locale.ROOT);
    }

    /** @return the floor's last day */
    @Benchmark
    public LocalDate floorObjectionLastDay() {
        return floor.objectionLastDay(day());
    }

    /** @return jollyday's last day (every holiday type, the correct filter) */
    @Benchmark
    public LocalDate jollydayObjectionLastDay() {
        return jollyday.objectionLastDay(day());
    }

    /** @return five werkdagen later, wmebv */
    @Benchmark
    public LocalDate wmebvPlusWorkingDays() {
        return atw.plusWorkingDays(day(), WORKING_DAYS);
    }

    /** @return five werkdagen later, floor */
    @Benchmark
    public LocalDate floorPlusWorkingDays() {
        return floor.plusWorkingDays(day(), WORKING_DAYS);
    }

    /** @return five werkdagen later, jollyday */
    @Benchmark
    public LocalDate jollydayPlusWorkingDays() {
        return jollyday.plusWorkingDays(day(), WORKING_DAYS);
    }
}
