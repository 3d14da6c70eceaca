/**
 * JMH benchmarks of wmebv (issue 8), built only with the {@code benchmarks} profile and never published:
 * the inbound assessment against DMN baselines and a bare-logic floor, the calendar against a precomputed
 * floor and jollyday, and scaling with register size.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws {@link NullPointerException}; benchmark
 * state is built once per trial from fixed seeds. Moments are {@code Instant}s and legal days
 * {@code LocalDate}s in Europe/Amsterdam, exactly as in the library.
 */
package nl.wmebv.benchmarks;
