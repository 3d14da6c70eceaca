package nl.wmebv.testfixtures;

import java.util.List;
import java.util.SplittableRandom;
import nl.wmebv.core.internal.Checks;

/**
 * The randomness a {@link Generator} draws from: a seeded {@link SplittableRandom} plus a {@link Size}. The
 * same seed and size always give the same values, so a failure is replayed by printing {@link #toString()}
 * (for example {@code seed 0x2d6f… size MEDIUM}) and calling {@code generator.next(Source.of(seed, size))}.
 *
 * <p>A source is not thread-safe; {@link #split()} gives an independent one.
 */
public final class Source {
    private final long seed;
    private final Size size;
    private final SplittableRandom random;

    private Source(long seed, Size size) {
        this.seed = seed;
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Creates a source.
     *
     * @param seed  the seed
     * @param size  the size, not null
     * @return the source
     * @throws nl.wmebv.core.InvalidInputException if {@code size} is null
     */
    public static Source of(long seed, Size size) {
        return new Source(seed, Checks.notNull(size, "size"));
    }

    /**
     * Creates a source of {@link Size#MEDIUM} size.
     *
     * @param seed  the seed
     * @return the source
     */
    public static Source of(long seed) {
        return new Source(seed, Size.MEDIUM);
    }

    /**
     * Returns the seed this source started from.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the size.
     *
     * @return the size
     */
    public Size size() {
        return size;
    }

    /**
     * Returns a new, independent source whose seed is drawn from this one.
     *
     * @return the new source, same size
     */
    public Source split() {
        return new Source(random.nextLong(), size);
    }

    /**
     * Returns a whole number in the closed range {@code [from, to]}.
     *
     * @param from  the smallest value
     * @param to    the largest value, at least {@code from}
     * @return the number
     * @throws nl.wmebv.core.InvalidInputException if {@code to < from} ({@code "to"})
     */
    public int between(int from, int to) {
        Checks.require(to >= from, "to", "notBeforeFrom", "must be at least " + from + ", was " + to, null);
        return (int) (from + random.nextLong((long) to - from + 1));
    }

    /**
     * Returns a whole number in the closed range {@code [from, to]}.
     *
     * @param from  the smallest value
     * @param to    the largest value, at least {@code from}
     * @return the number
     * @throws nl.wmebv.core.InvalidInputException if {@code to < from} ({@code "to"})
     */
    public long between(long from, long to) {
        Checks.require(to >= from, "to", "notBeforeFrom", "must be at least " + from + ", was " + to, null);
        return to == Long.MAX_VALUE && from == Long.MIN_VALUE ? random.nextLong() : from + random.nextLong(to - from + 1);
    }

    /**
     * Returns true with probability one in {@code n}.
     *
     * @param n  at least 1
     * @return whether the chance hit
     * @throws nl.wmebv.core.InvalidInputException if {@code n < 1} ({@code "n"})
     */
    public boolean oneIn(int n) {
        Checks.require(n >= 1, "n", "positive", "must be at least 1, was " + n, null);
        return random.nextInt(n) == 0;
    }

    /**
     * Returns true or false with equal probability.
     *
     * @return a coin flip
     */
    public boolean coin() {
        return random.nextBoolean();
    }

    /**
     * Picks one element, each with equal probability.
     *
     * @param <T>      the element type
     * @param choices  the choices, not null, not empty
     * @return one of them
     * @throws nl.wmebv.core.InvalidInputException if {@code choices} is null or empty ({@code "choices"})
     */
    public <T> T oneOf(List<T> choices) {
        List<T> list = Checks.nonEmptyListCopy(choices, "choices");
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Picks one constant of an enum, each with equal probability.
     *
     * @param <E>   the enum type
     * @param type  the enum class, not null
     * @return one of its constants
     */
    public <E extends Enum<E>> E oneOf(Class<E> type) {
        E[] values = Checks.notNull(type, "type").getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /**
     * Renders the seed and size, to print with every failure.
     *
     * @return for example {@code seed 0x2d6f0a1b2c3d4e5f size MEDIUM}
     */
    @Override
    public String toString() {
        return "seed 0x" + Long.toHexString(seed) + " size " + size;
    }
}
