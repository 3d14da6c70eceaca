package nl.wmebv.rules.inbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the few duties, notices or events of one assessment and hands them out as an unmodifiable list
 * without the array copies of an {@link ArrayList} followed by {@link List#copyOf}: up to three elements
 * become {@link List#of()} lists directly (issue 8: allocation on the intake path). Not thread-safe; lives
 * inside one call of {@link InboundAssessment#assess(InboundFacts)}.
 *
 * @param <T> the element type
 */
final class Accumulator<T> {
    private T first;
    private T second;
    private T third;
    private List<T> more;
    private int size;

    void add(T element) {
        switch (size) {
            case 0 -> first = element;
            case 1 -> second = element;
            case 2 -> third = element;
            default -> {
                if (more == null) {
                    more = new ArrayList<>(4);
                    more.add(first);
                    more.add(second);
                    more.add(third);
                }
                more.add(element);
            }
        }
        size++;
    }

    List<T> toList() {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(first);
            case 2 -> List.of(first, second);
            case 3 -> List.of(first, second, third);
            default -> List.copyOf(more);
        };
    }
}
