package nl.wmebv.rules.evidence;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.outcome.Outcome;
import nl.wmebv.core.outcome.Step;
import nl.wmebv.core.outcome.Trace;
import nl.wmebv.core.time.LegalTime;

/**
 * A copy of the evidence for the afzender or geadresseerde (<em>afschrift</em>, Awb 2:25, second sentence;
 * P14): his records, each with an inclusion proof against a signed {@link Checkpoint}; as a machine-readable
 * export ({@link #toJson()}, format {@value #FORMAT}, checked offline by {@link EvidenceCopyVerifier}) and as
 * a human-readable summary in Dutch ({@link #explain(Locale)}).
 *
 * <p>The copy holds only records of messages of which the requesting party is afzender or geadresseerde;
 * records of other parties in the same case never appear. Records hold digests of content, never content.
 * This record is immutable and thread-safe.
 *
 * @param request     the request it answers
 * @param checkpoint  the signed checkpoint the proofs lead to
 * @param entries     the records with their proofs, in log order
 * @param legalBasis  the provisions, primary first: Awb 2:25
 */
public record EvidenceCopy(EvidenceCopyRequest request, Checkpoint checkpoint, List<Entry> entries,
        List<LegalBasis> legalBasis) implements Outcome {

    /** The name and version of the export format. */
    public static final String FORMAT = "wmebv-evidence-copy/1";

    /**
     * One record of a copy with its inclusion proof. This record is immutable and thread-safe.
     *
     * @param record  the evidence record
     * @param proof   its inclusion proof in the tree of the checkpoint's size
     */
    public record Entry(EvidenceRecord record, InclusionProof proof) {
        /**
         * Validates the entry.
         *
         * @param record  not null, about a message
         * @param proof   not null, for the record's index
         * @throws nl.wmebv.core.InvalidInputException naming the field if a value is null or they disagree
         */
        public Entry {
            Checks.notNull(record, "record");
            Checks.notNull(proof, "proof");
            Checks.require(record.event() instanceof MessageEvent, "record", "messageEvent",
                    "a copy holds records about messages", Provision.AWB_2_25.basis());
            Checks.require(proof.leafIndex() == record.index(), "proof", "matchesRecord",
                    "must be the proof of record " + record.index(), null);
        }
    }

    /**
     * Validates the copy.
     *
     * @param request     not null
     * @param checkpoint  not null
     * @param entries     not null, no null elements, each within the request and the checkpoint
     * @param legalBasis  not empty
     * @throws nl.wmebv.core.InvalidInputException naming the field if a value is missing, or a record is not
     *         the requester's ({@code constraint() "requestersRecord"})
     */
    public EvidenceCopy {
        Checks.notNull(request, "request");
        Checks.notNull(checkpoint, "checkpoint");
        entries = Checks.listCopy(entries, "entries");
        legalBasis = Checks.nonEmptyListCopy(legalBasis, "legalBasis");
        for (Entry e : entries) {
            Checks.require(request.covers((MessageEvent) e.record().event()), "entries", "requestersRecord",
                    "record " + e.record().index() + " is not a record of the requester within the request",
                    Provision.AWB_2_25.basis());
            Checks.require(e.proof().treeSize() == checkpoint.treeSize(), "entries", "matchesCheckpoint",
                    "the proof of record " + e.record().index() + " is not for the checkpoint's size", null);
        }
    }

    /**
     * Returns the messages the copy is about, in order of first appearance.
     *
     * @return an unmodifiable set
     */
    public Set<MessageId> messages() {
        Set<MessageId> ids = new LinkedHashSet<>();
        for (Entry e : entries) {
            ids.add(((MessageEvent) e.record().event()).messageId());
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    @Override
    public Trace trace() {
        Step step = Step.of(Provision.AWB_2_25.basis(), entries.isEmpty() ? "copy.empty" : "copy.records")
                .withFact("party", request.party())
                .withFact("records", entries.size())
                .withFact("treeSize", checkpoint.treeSize());
        return Trace.of(step);
    }

    /**
     * Returns the human-readable summary: who asked, what the copy covers, one line per record (moment in
     * Europe/Amsterdam time, what happened, the message, the provision), and how to verify it.
     *
     * @param locale  {@code Locale.ROOT} or Dutch for Dutch, {@code Locale.ENGLISH} for English; not null
     * @return the summary, several lines
     */
    @Override
    public String explain(Locale locale) {
        Checks.notNull(locale, "locale");
        StringBuilder sb = new StringBuilder();
        sb.append(Text.render(locale, "copy.heading", request.party(), LegalTime.render(checkpoint.signedAt())));
        request.representative().ifPresent(r -> sb.append('\n').append(Text.render(locale, "copy.representative", r)));
        if (request.message().isPresent()) {
            sb.append('\n').append(Text.render(locale, "copy.scope.message", request.message().get()));
        } else {
            sb.append('\n').append(Text.render(locale, "copy.scope.period",
                    LegalTime.render(request.from().orElseThrow()), LegalTime.render(request.to().orElseThrow())));
        }
        if (entries.isEmpty()) {
            sb.append('\n').append(Text.render(locale, "copy.empty"));
        } else {
            sb.append('\n').append(Text.render(locale, "copy.count", entries.size(), messages().size()));
            for (Entry e : entries) {
                MessageEvent ev = (MessageEvent) e.record().event();
                String basis = ev.legalBasis().stream().map(LegalBasis::toString).collect(Collectors.joining("; "));
                sb.append('\n').append(Text.render(locale, "copy.line", LegalTime.render(ev.occurredAt()),
                        Text.render(locale, "type." + ev.type().wireName()), ev.messageId(), basis, e.record().index()));
            }
        }
        sb.append('\n').append(Text.render(locale, "copy.verify", checkpoint.treeSize(), checkpoint.rootHash().hex()));
        return sb.toString();
    }

    /**
     * Returns the machine-readable export, format {@value #FORMAT}: a JSON object (RFC 8259, UTF-8) with the
     * members {@code format}, {@code legalBasis}, {@code party}, {@code representative} (string or null),
     * {@code scope} (an object with {@code message}, or {@code from} and {@code to}), {@code checkpoint} (the
     * text of {@link Checkpoint#toText()}) and {@code records}: an array of objects with {@code index},
     * {@code type}, {@code occurredAt}, {@code messageId}, {@code legalBasis} (array), {@code entry} (the
     * record's canonical bytes, base64) and {@code proof} (the inclusion path, hex). The descriptive members
     * repeat what {@code entry} attests; the verifier checks that they agree. {@code docs/evidence.md}
     * documents the format.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": ").append(Json.quote(FORMAT));
        sb.append(",\n  \"legalBasis\": ").append(Json.quote(Provision.AWB_2_25.basis().toString()));
        sb.append(",\n  \"party\": ").append(Json.quote(request.party().value()));
        sb.append(",\n  \"representative\": ").append(request.representative().map(p -> Json.quote(p.value())).orElse("null"));
        sb.append(",\n  \"scope\": ");
        if (request.message().isPresent()) {
            sb.append("{\"message\": ").append(Json.quote(request.message().get().value())).append('}');
        } else {
            sb.append("{\"from\": ").append(Json.quote(request.from().orElseThrow().toString()))
                    .append(", \"to\": ").append(Json.quote(request.to().orElseThrow().toString())).append('}');
        }
        sb.append(",\n  \"checkpoint\": ").append(Json.quote(checkpoint.toText()));
        sb.append(",\n  \"records\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            MessageEvent ev = (MessageEvent) e.record().event();
            List<String> basis = new ArrayList<>();
            ev.legalBasis().forEach(b -> basis.add(Json.quote(b.toString())));
            List<String> proof = new ArrayList<>();
            e.proof().path().forEach(h -> proof.add(Json.quote(h.hex())));
            sb.append(i == 0 ? "\n" : ",\n");
            sb.append("    {\"index\": ").append(e.record().index())
                    .append(", \"type\": ").append(Json.quote(ev.type().wireName()))
                    .append(", \"occurredAt\": ").append(Json.quote(ev.occurredAt().toString()))
                    .append(", \"messageId\": ").append(Json.quote(ev.messageId().value()))
                    .append(",\n     \"legalBasis\": [").append(String.join(", ", basis)).append(']')
                    .append(",\n     \"entry\": ").append(Json.quote(Base64.getEncoder().encodeToString(e.record().encode())))
                    .append(",\n     \"proof\": [").append(String.join(", ", proof)).append("]}");
        }
        sb.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }
}
