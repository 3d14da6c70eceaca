/**
 * The DMN baselines of the benchmarks: the 2:16/2:17 decision as DMN 1.3 tables run in Camunda 7 and
 * Operaton, each with its default and with a pinned FEEL engine, loaded in isolated class loaders.
 *
 * <p>Unless a parameter says "may be null", {@code null} throws {@link NullPointerException}. The tables are
 * fed the same facts as the library (no {@code Instant} or {@code LocalDate} crosses into DMN; moments are
 * resolved to booleans by the library's own lookups first).
 */
package nl.wmebv.benchmarks.dmn;
