package nl.wmebv.rules.evidence;

import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;

/**
 * Verifies a copy of the evidence (<em>afschrift</em>, Awb 2:25) offline, from its export alone and the body's
 * public key: the checkpoint's Ed25519 signature; for every record, that its bytes decode, that it is the
 * requesting party's and within the request's scope, that the descriptive members agree with the bytes, and
 * that its inclusion proof leads to the signed root. It needs no access to the log.
 *
 * <p>A party (or his lawyer, or a court) who keeps the copy can later show that the body's log held these
 * records when it signed the checkpoint. This class is immutable and thread-safe.
 */
public final class EvidenceCopyVerifier {
    private static final Set<String> TOP = Set.of("format", "legalBasis", "party", "representative", "scope",
            "checkpoint", "records");
    private static final Set<String> RECORD = Set.of("index", "type", "occurredAt", "messageId", "legalBasis",
            "entry", "proof");

    private EvidenceCopyVerifier() {
    }

    /**
     * Verifies an export of {@link EvidenceCopy#toJson()}.
     *
     * @param json  the export, not null
     * @param key   the body's Ed25519 public key, not null
     * @return valid, or the first failure: {@code "malformed"} (not a copy of this format),
     *         {@code "badSignature"} or {@code "wrongKey"} (checkpoint), or, naming the record,
     *         {@code "undecodable"}, {@code "foreignRecord"} (not the party's or outside the scope),
     *         {@code "descriptionMismatch"}, {@code "duplicateRecord"} or a proof failure ({@code "rootMismatch"}, ...)
     * @throws InvalidInputException if an argument is null
     */
    public static Verification verify(String json, PublicKey key) {
        Checks.notNull(json, "json");
        Checks.notNull(key, "key");
        Map<String, Object> top;
        Checkpoint checkpoint;
        EvidenceCopyRequest request;
        List<Object> records;
        try {
            top = object(Json.parse(json), "export", TOP);
            if (!FORMATS.contains(string(top, "format"))) {
                return Verification.failed("malformed", "format is not " + EvidenceCopy.FORMAT);
            }
            if (!Provision.AWB_2_25.basis().toString().equals(string(top, "legalBasis"))) {
                return Verification.failed("malformed", "legalBasis is not " + Provision.AWB_2_25.basis());
            }
            PartyId party = PartyId.of(string(top, "party"));
            Object rep = top.get("representative");
            Map<String, Object> scope = object(top.get("scope"), "scope", Set.of("message", "from", "to"));
            if (scope.containsKey("message")) {
                request = EvidenceCopyRequest.forMessage(party, MessageId.of(string(scope, "message")));
            } else {
                request = EvidenceCopyRequest.forPeriod(party, instant(string(scope, "from")), instant(string(scope, "to")));
            }
            if (rep != Json.NULL) {
                if (!(rep instanceof String)) {
                    throw new InvalidInputException("representative", "type", "must be a string or null");
                }
                request = request.byRepresentative(PartyId.of((String) rep));
            }
            checkpoint = Checkpoint.parse(string(top, "checkpoint"));
            records = list(top.get("records"), "records");
        } catch (InvalidInputException e) {
            return Verification.failed("malformed", e.getMessage());
        }
        Verification sig = checkpoint.verify(key);
        if (!sig.valid()) {
            return sig;
        }
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            long index = -1;
            try {
                Map<String, Object> r = object(records.get(i), "records[" + i + "]", RECORD);
                index = number(r, "index");
                if (!seen.isEmpty() && index <= seen.get(seen.size() - 1)) {
                    return Verification.failedAt("duplicateRecord", index, "records are not in strictly ascending order");
                }
                seen.add(index);
                byte[] entry = base64(string(r, "entry"));
                EvidenceRecord rec;
                try {
                    rec = EvidenceRecord.decode(entry);
                } catch (InvalidInputException e) {
                    return Verification.failedAt("undecodable", index, "the entry is not a record: " + e.getMessage());
                }
                if (rec.index() != index) {
                    return Verification.failedAt("descriptionMismatch", index, "the entry is record " + rec.index());
                }
                if (!(rec.event() instanceof MessageEvent) || !request.covers((MessageEvent) rec.event())) {
                    return Verification.failedAt("foreignRecord", index,
                            "the record is not the party's or lies outside the request");
                }
                MessageEvent ev = (MessageEvent) rec.event();
                List<String> basis = new ArrayList<>();
                for (Object o : list(r.get("legalBasis"), "legalBasis")) {
                    if (!(o instanceof String)) {
                        throw new InvalidInputException("legalBasis", "type", "must hold strings");
                    }
                    basis.add((String) o);
                }
                if (!ev.type().wireName().equals(string(r, "type"))
                        || !ev.occurredAt().toString().equals(string(r, "occurredAt"))
                        || !ev.messageId().value().equals(string(r, "messageId"))
                        || !ev.legalBasis().stream().map(LegalBasis::toString).toList().equals(basis)) {
                    return Verification.failedAt("descriptionMismatch", index,
                            "type, occurredAt, messageId or legalBasis differs from the attested entry");
                }
                List<Sha256Digest> path = new ArrayList<>();
                for (Object o : list(r.get("proof"), "proof")) {
                    if (!(o instanceof String)) {
                        throw new InvalidInputException("proof", "type", "must hold strings");
                    }
                    path.add(Sha256Digest.of((String) o));
                }
                Verification v = new InclusionProof(index, checkpoint.treeSize(), path)
                        .verify(MerkleTree.leafHash(entry), checkpoint.rootHash());
                if (!v.valid()) {
                    return Verification.failedAt(v.reason(), index, v.detail());
                }
            } catch (InvalidInputException e) {
                return index < 0 ? Verification.failed("malformed", "records[" + i + "]: " + e.getMessage())
                        : Verification.failedAt("malformed", index, e.getMessage());
            }
        }
        return Verification.ok("the copy for " + request.party() + " holds " + records.size()
                + " records, each in the log of size " + checkpoint.treeSize() + " signed by the key");
    }

    private static final Set<String> FORMATS = Set.of(EvidenceCopy.FORMAT);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, String field, Set<String> allowed) {
        if (!(o instanceof Map)) {
            throw new InvalidInputException(field, "type", "must be an object");
        }
        Map<String, Object> m = (Map<String, Object>) o;
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new InvalidInputException(field, "knownMember", "has an unknown member \"" + k + "\"");
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String field) {
        if (!(o instanceof List)) {
            throw new InvalidInputException(field, "type", "must be an array");
        }
        return (List<Object>) o;
    }

    private static String string(Map<String, Object> m, String field) {
        Object o = m.get(field);
        if (!(o instanceof String)) {
            throw new InvalidInputException(field, "type", "must be a string");
        }
        return (String) o;
    }

    private static long number(Map<String, Object> m, String field) {
        Object o = m.get(field);
        if (!(o instanceof Long)) {
            throw new InvalidInputException(field, "type", "must be an integer");
        }
        return (Long) o;
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("scope", "instant", "is not an ISO instant");
        }
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getDecoder().decode(Objects.requireNonNull(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("entry", "base64", "is not base64");
        }
    }
}
