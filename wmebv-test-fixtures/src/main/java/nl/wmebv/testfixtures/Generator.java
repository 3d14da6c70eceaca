package nl.wmebv.testfixtures;

import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.wmebv.core.internal.Checks;

/**
 * A seeded generator of values (<em>generator</em>): a pure function of a {@link Source}. Generators never
 * read a clock or global randomness, so a printed seed replays a value exactly.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * Generates one value.
     *
     * @param source  the randomness and size, not null
     * @return the value, never null
     */
    T next(Source source);

    /**
     * Returns a generator that applies a function to every value of this one.
     *
     * @param <R>     the new value type
     * @param mapper  the function, not null
     * @return the new generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Checks.notNull(mapper, "mapper");
        return source -> mapper.apply(next(source));
    }

    /**
     * Returns {@code count} values, value {@code i} generated from its own source whose seed is
     * {@link #caseSeed(long, long) caseSeed(seed, i)}, so one value can be replayed on its own.
     *
     * @param seed   the seed of the run
     * @param size   the size, not null
     * @param count  how many values, not negative
     * @return the values, in order
     * @throws nl.wmebv.core.InvalidInputException if {@code size} is null or {@code count} negative
     */
    default Stream<T> samples(long seed, Size size, int count) {
        Checks.notNull(size, "size");
        Checks.require(count >= 0, "count", "notNegative", "must not be negative, was " + count, null);
        return LongStream.range(0, count).mapToObj(i -> next(Source.of(caseSeed(seed, i), size)));
    }

    /**
     * Returns the seed of case {@code index} of a run with seed {@code seed}: a fixed mix (SplitMix64) of both,
     * so neighbouring cases are unrelated.
     *
     * @param seed   the seed of the run
     * @param index  the case number
     * @return the case's own seed
     */
    static long caseSeed(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
