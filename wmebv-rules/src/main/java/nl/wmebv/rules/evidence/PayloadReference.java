package nl.wmebv.rules.evidence;

import nl.wmebv.core.internal.Checks;

/**
 * The embedder's pointer to the content a record is about, e.g. a document URN in the body's document store
 * (DMS) or a storage key, such as {@code "urn:dms:gemeente-voorbeeld:doc:88123"}. A record holds only the
 * digest of the content (P26); the reference says where the content itself lies.
 *
 * <p>A reference is attached at append time ({@link EvidenceLog#appendWithPayload(nl.wmebv.core.evidence.EvidenceEvent,
 * PayloadReference)}) and kept <em>beside</em> the record, never in its hashed bytes: removing it under a
 * retention period ({@link EvidenceLog#purgePayloadReferences(java.time.Duration)}) changes no leaf hash, root,
 * checkpoint or proof. It is not evidence and never enters a copy (<em>afschrift</em>, Awb 2:25).
 *
 * <p>A reference is 1 to 200 characters without control characters or surrounding white space. This record is
 * immutable and thread-safe.
 *
 * @param value  the reference
 */
public record PayloadReference(String value) {

    /**
     * Validates the reference.
     *
     * @param value  the reference
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier ({@code field() "value"})
     */
    public PayloadReference {
        Checks.identifier(value, "value");
    }

    /**
     * Creates a reference.
     *
     * @param value  the reference, not blank
     * @return the reference
     * @throws nl.wmebv.core.InvalidInputException if the value is not a valid identifier
     */
    public static PayloadReference of(String value) {
        return new PayloadReference(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
