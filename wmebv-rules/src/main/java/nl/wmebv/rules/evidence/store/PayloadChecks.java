package nl.wmebv.rules.evidence.store;

import java.util.Map;
import java.util.Set;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.evidence.PayloadPurge;
import nl.wmebv.rules.evidence.PayloadReference;

/** The argument checks of the payload-reference methods, shared by the stores. */
final class PayloadChecks {
    private PayloadChecks() {
    }

    static void put(Map<Long, PayloadReference> references, long size, Map<Long, PayloadReference> held) {
        Checks.notNull(references, "references");
        Checks.require(!references.isEmpty(), "references", "notEmpty", "must not be empty", null);
        for (Map.Entry<Long, PayloadReference> e : references.entrySet()) {
            Checks.notNull(e.getKey(), "references[]");
            Checks.notNull(e.getValue(), "references[]");
            Checks.require(e.getKey() >= 0 && e.getKey() < size, "references[]", "range",
                    "index " + e.getKey() + " is not in [0, " + size + ")", null);
            Checks.require(held == null || !held.containsKey(e.getKey()), "references[]", "notYetReferenced",
                    "record " + e.getKey() + " already has a payload reference", null);
        }
    }

    static void purge(Set<Long> indexes, PayloadPurge purge, Map<Long, PayloadReference> held) {
        Checks.notNull(indexes, "indexes");
        Checks.notNull(purge, "purge");
        Checks.require(!indexes.isEmpty(), "indexes", "notEmpty", "must not be empty", null);
        for (Long i : indexes) {
            Checks.notNull(i, "indexes[]");
            Checks.require(held == null || held.containsKey(i), "indexes[]", "referenced",
                    "record " + i + " has no payload reference", null);
        }
        Checks.require(purge.count() == indexes.size(), "purge", "countMatches",
                "counts " + purge.count() + " references, " + indexes.size() + " are removed", null);
    }
}
