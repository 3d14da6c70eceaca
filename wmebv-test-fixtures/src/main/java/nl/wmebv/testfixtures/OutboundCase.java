package nl.wmebv.testfixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.outbound.OutboundLifecycle;

/**
 * One generated outbound case (Awb 2:8&ndash;2:12, 2:19): the events of a besluit sent to one addressee, in
 * the order they happened, plus the moments worth asking about.
 *
 * @param events  the events ({@link nl.wmebv.core.evidence.MessageEvent}s and
 *                {@link nl.wmebv.rules.outbound.OutboundEvent}s), in order of occurrence
 */
public record OutboundCase(List<Record> events) {

    /**
     * Validates and copies the case.
     *
     * @param events  the events, not null
     * @throws nl.wmebv.core.InvalidInputException if {@code events} is null or holds null
     */
    public OutboundCase {
        events = Checks.listCopy(events, "events");
    }

    /**
     * Returns the tracker after all events, fed in one batch.
     *
     * @return the tracker
     */
    public OutboundLifecycle lifecycle() {
        return OutboundCases.tracker().withAll(events);
    }

    /**
     * Returns the moments worth asking about: every event's moment and 172,800 s after it.
     *
     * @return the moments, ascending, without repeats
     */
    public List<Instant> probes() {
        TreeSet<Instant> set = new TreeSet<>();
        for (Record e : events) {
            Instant t = OutboundCases.instantOf(e);
            set.add(t);
            set.add(t.plusSeconds(172_800));
        }
        return new ArrayList<>(set);
    }
}
