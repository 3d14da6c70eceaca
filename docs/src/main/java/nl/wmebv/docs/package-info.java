/**
 * The demo and compiled documentation examples of wmebv.
 *
 * <p>The examples follow the library's policies: {@code null} is never passed or returned (the library
 * throws {@link nl.wmebv.core.InvalidInputException} naming the field), and every moment is a fixed
 * {@code Instant} or comes from a fixed {@code java.time.Clock}, so the demo prints the same day every run.
 */
package nl.wmebv.docs;
