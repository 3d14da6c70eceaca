package nl.wmebv.core.evidence;

import java.util.List;
import nl.wmebv.core.law.Provision;

/**
 * How far a channel of the body was out of reach (<em>storing</em>, Awb 2:21): not reachable at all
 * (lid 3), or reachable but degraded (<em>verminderde elektronische bereikbaarheid</em>, lid 1).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OutageKind implements WireNamed {
    /**
     * The channel was not reachable (Awb 2:21 lid 3, and reduced reachability in the sense of lid 1);
     * wire name {@code "unavailable"}.
     */
    UNAVAILABLE("unavailable", List.of(Provision.AWB_2_21_LID_3, Provision.AWB_2_21_LID_1)),
    /** The channel was reachable but degraded (Awb 2:21 lid 1 only); wire name {@code "degraded"}. */
    DEGRADED("degraded", List.of(Provision.AWB_2_21_LID_1));

    private final String wireName;
    private final List<Provision> provisions;

    OutageKind(String wireName, List<Provision> provisions) {
        this.wireName = wireName;
        this.provisions = provisions;
    }

    /**
     * Returns the stable name of this constant in the canonical encoding.
     *
     * @return the wire name, e.g. {@code "unavailable"}
     */
    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the provisions an outage of this kind is evidence for, primary first.
     *
     * @return the provisions
     */
    List<Provision> provisions() {
        return provisions;
    }
}
