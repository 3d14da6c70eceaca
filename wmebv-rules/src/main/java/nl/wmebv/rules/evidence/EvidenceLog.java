package nl.wmebv.rules.evidence;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.evidence.MessageEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.law.Provision;
import nl.wmebv.core.message.MessageId;
import nl.wmebv.core.message.PartyId;
import nl.wmebv.core.message.Sha256Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tamper-evident evidence log of a body (<em>bewijslast</em>, Awb 2:25; P26): an append-only sequence
 * of {@link EvidenceRecord}s in an RFC 9162 Merkle tree, with Ed25519-signed {@link Checkpoint}s, inclusion
 * and consistency proofs, queries, and the party-scoped copy (<em>afschrift</em>, Awb 2:25 second sentence;
 * P14).
 *
 * <p>Appends are <em>group-committed</em>: concurrent callers queue; one of them writes the whole queue to
 * the store in one durable append while the others wait, so each append returns only once its record is
 * durable, and the log's order is the order of the store. The log stamps {@link EvidenceRecord#loggedAt()}
 * and checkpoints from the injected {@link Clock}; salts come from a {@link SecureRandom}, drawn 64 salts
 * (1,024 octets) per call and each used once; the signing key is the embedder's. Opening a log re-reads every record, rebuilds the tree and checks it against the
 * checkpoint saved last in the store.
 *
 * <p><b>Retention.</b> A record may carry the embedder's {@link PayloadReference} to its content, kept beside
 * the record and outside its hashed bytes. {@link #purgePayloadReferences(Duration)} removes the references of
 * records older than a retention period the embedder configures; the records, the tree, the checkpoints and
 * every proof and copy stay valid, and the store keeps a {@link PayloadPurge} trace of each purge. Records
 * themselves are never purged.
 *
 * <p>The records are held in memory for the queries (about 1 KB each); the indexes by message, party and
 * case are brought up to date by the first query after appends, not by each append. This class is thread-safe.
 */
public final class EvidenceLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceLog.class);
    private static final int SALTS_PER_DRAW = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final String logId;
    private final EvidenceStore store;
    private final Clock clock;
    private final KeyPair key;
    private final SecureRandom random = new SecureRandom();
    /**
     * Salts drawn ahead from {@link #random}, {@value #SALTS_PER_DRAW} at a time: one {@code nextBytes} call per
     * {@value #SALTS_PER_DRAW} records instead of one per record (issue 8 part 4). The octets are the same
     * {@code SecureRandom} output, only fetched in larger pieces; each is used for one salt and then
     * overwritten by the next draw. Used only by the thread that holds the group commit ({@code writing}).
     */
    private final byte[] saltBuffer = new byte[SALTS_PER_DRAW * EvidenceRecord.SALT_LENGTH];
    private int saltsLeft;

    private final Object lock = new Object();
    private final MerkleTree tree = MerkleTree.create();
    private final List<EvidenceRecord> records = new ArrayList<>();
    private final Map<MessageId, List<EvidenceRecord>> byMessage = new HashMap<>();
    private final Map<PartyId, List<EvidenceRecord>> byParty = new HashMap<>();
    private final Map<CaseReference, List<EvidenceRecord>> byCase = new HashMap<>();
    /**
     * The query indexes above hold the records before this place; {@link #indexes()} brings them up to date
     * when a query needs them, so an append only adds its record to {@link #records} (issue 8 part 4: the
     * indexes were 14 % of an append). Guarded by {@link #lock}, like the indexes.
     */
    private int indexed;
    private final Map<Long, PayloadReference> payloadReferences = new HashMap<>();
    private final Object purgeLock = new Object();
    private final List<Pending> queue = new ArrayList<>();
    private boolean writing;
    private RuntimeException broken;

    private static final class Pending {
        final EvidenceEvent event;
        final Optional<CaseReference> caseReference;
        final Optional<PayloadReference> payloadReference;
        EvidenceRecord result;
        RuntimeException error;

        Pending(EvidenceEvent event, Optional<CaseReference> caseReference, Optional<PayloadReference> payloadReference) {
            this.event = event;
            this.caseReference = caseReference;
            this.payloadReference = payloadReference;
        }

        boolean done() {
            return result != null || error != null;
        }
    }

    private EvidenceLog(String logId, EvidenceStore store, Clock clock, KeyPair key) {
        this.logId = logId;
        this.store = store;
        this.clock = clock;
        this.key = key;
    }

    /**
     * Opens a log on a store: reads and decodes every entry, rebuilds the Merkle tree and checks it against the
     * checkpoint saved last in the store (its signature and its root).
     *
     * @param logId  the identifier of this log, signed into every checkpoint, e.g. the body's identifier
     * @param store  the store, not null
     * @param clock  the clock that stamps records and checkpoints, not null
     * @param key    the body's Ed25519 key pair, not null
     * @return the open log
     * @throws InvalidInputException if an argument is null or invalid
     * @throws EvidenceStoreException if the store is damaged, an entry does not decode or sits at the wrong
     *         index, or the tree does not match the saved checkpoint; the message names the first bad record
     */
    public static EvidenceLog open(String logId, EvidenceStore store, Clock clock, KeyPair key) {
        Checks.identifier(logId, "logId");
        Checks.notNull(store, "store");
        Checks.notNull(clock, "clock");
        Checks.notNull(key, "key");
        Checks.notNull(key.getPublic(), "key.public");
        Checks.notNull(key.getPrivate(), "key.private");
        EvidenceLog log = new EvidenceLog(logId, store, clock, key);
        Verification v = log.load(store.latestCheckpoint(), key.getPublic(), true);
        if (!v.valid()) {
            throw new EvidenceStoreException("the evidence log " + logId + " fails verification: " + v.reason() + ": " + v.detail());
        }
        for (Map.Entry<Long, PayloadReference> e : store.payloadReferences().entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= log.records.size()) {
                throw new EvidenceStoreException("the evidence log " + logId + " has a payload reference of record "
                        + e.getKey() + ", which does not exist");
            }
            log.payloadReferences.put(e.getKey(), e.getValue());
        }
        LOG.debug("opened evidence log {} with {} records", logId, log.records.size());
        return log;
    }

    /**
     * Verifies a store against a checkpoint kept outside it: every entry decodes and sits at its index, the
     * store is undamaged, the checkpoint is signed by {@code key} and the root of the first
     * {@code checkpoint.treeSize()} entries equals the signed root. This is the check that defeats rewriting
     * and truncation; run it with the checkpoint published last.
     *
     * @param store       the store, not null; it is only read
     * @param checkpoint  the trusted checkpoint, not null
     * @param key         the body's Ed25519 public key, not null
     * <p>The log is the one the checkpoint names: a store holds no identity of its own to compare it with, so
     * pick the checkpoint of the log you mean ({@code open} does compare the checkpoint saved in the store,
     * and answers {@code "wrongLog"}).
     *
     * @return valid, or why not with the first bad record where it can be named ({@code "damaged"},
     *         {@code "undecodable"}, {@code "wrongIndex"}, {@code "truncated"}, {@code "rootMismatch"},
     *         {@code "badSignature"}, {@code "wrongKey"})
     * @throws InvalidInputException if an argument is null
     */
    public static Verification verify(EvidenceStore store, Checkpoint checkpoint, PublicKey key) {
        Checks.notNull(store, "store");
        Checks.notNull(checkpoint, "checkpoint");
        Checks.notNull(key, "key");
        EvidenceLog probe = new EvidenceLog(checkpoint.logId(), store, Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC), null);
        return probe.load(Optional.of(checkpoint), key, false);
    }

    /**
     * Reads, decodes and hashes every entry and checks the result; {@code index} false skips building the
     * in-memory record list and query indexes, which {@link #verify} throws away (10 % of a verification; JFR,
     * issue 8).
     */
    private Verification load(Optional<Checkpoint> checkpoint, PublicKey publicKey, boolean index) {
        if (checkpoint.isPresent()) {
            Verification sig = checkpoint.get().verify(publicKey);
            if (!sig.valid()) {
                return sig;
            }
            if (!checkpoint.get().logId().equals(logId)) {
                return Verification.failed("wrongLog", "the checkpoint is of log " + checkpoint.get().logId());
            }
        }
        long size = store.size();
        for (long i = 0; i < size; i++) {
            EvidenceRecord r;
            byte[] bytes = store.read(i);
            try {
                r = EvidenceRecord.decode(bytes);
            } catch (InvalidInputException e) {
                return Verification.failedAt("undecodable", i, "the entry is not a record: " + e.getMessage());
            }
            if (r.index() != i) {
                return Verification.failedAt("wrongIndex", i, "the entry says it is record " + r.index());
            }
            // decode accepts only the bytes encode writes, so the stored bytes are the record's canonical bytes:
            // hash them instead of encoding the record again.
            tree.appendEntry(bytes);
            if (index) {
                index(r);
            }
        }
        Optional<StoreDamage> damage = store.damage();
        if (damage.isPresent()) {
            return Verification.failedAt("damaged", damage.get().recordIndex(), damage.get().detail());
        }
        if (checkpoint.isPresent()) {
            Checkpoint c = checkpoint.get();
            if (c.treeSize() > size) {
                return Verification.failedAt("truncated", size, "the store holds " + size
                        + " records, the checkpoint vouches for " + c.treeSize());
            }
            if (!tree.rootAt(c.treeSize()).equals(c.rootHash())) {
                return Verification.failed("rootMismatch", "the first " + c.treeSize()
                        + " records do not have the signed root: a record was changed, removed or reordered");
            }
        }
        return Verification.ok("the log of " + size + " records verifies"
                + checkpoint.map(c -> " against the checkpoint of size " + c.treeSize()).orElse(""));
    }

    private void index(EvidenceRecord r) {
        records.add(r);
    }

    /**
     * The next salt from {@link #saltBuffer}, drawing {@value #SALTS_PER_DRAW} new ones from {@link #random}
     * when it is used up; as 32 lower-case hexadecimal digits. Only the group-commit writer calls this.
     */
    private String nextSalt() {
        if (saltsLeft == 0) {
            random.nextBytes(saltBuffer);
            saltsLeft = SALTS_PER_DRAW;
        }
        int at = (SALTS_PER_DRAW - saltsLeft) * EvidenceRecord.SALT_LENGTH;
        saltsLeft--;
        char[] hex = new char[2 * EvidenceRecord.SALT_LENGTH];
        for (int i = 0; i < EvidenceRecord.SALT_LENGTH; i++) {
            int b = saltBuffer[at + i] & 0xff;
            hex[2 * i] = HEX[b >>> 4];
            hex[2 * i + 1] = HEX[b & 0xf];
            saltBuffer[at + i] = 0;   // used once: do not keep it in memory longer than the record does
        }
        return new String(hex);
    }

    /** Brings the query indexes up to date with {@link #records}; the caller holds {@link #lock}. */
    private void indexes() {
        for (; indexed < records.size(); indexed++) {
            addToIndexes(records.get(indexed));
        }
    }

    private void addToIndexes(EvidenceRecord r) {
        if (r.event() instanceof MessageEvent) {
            byMessage.computeIfAbsent(((MessageEvent) r.event()).messageId(), k -> new ArrayList<>()).add(r);
        }
        for (PartyId p : r.event().parties()) {
            byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
        }
        r.caseReference().ifPresent(c -> byCase.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
    }

    /**
     * Returns the log's identifier.
     *
     * @return the identifier signed into its checkpoints
     */
    public String logId() {
        return logId;
    }

    /**
     * Appends an event without a case reference; returns once it is durable.
     *
     * @param event  the event, not null
     * @return the record as logged
     * @throws InvalidInputException if {@code event} is null
     * @throws EvidenceStoreException if the store failed; the record was not logged, and the log refuses
     *         further appends until reopened
     */
    public EvidenceRecord append(EvidenceEvent event) {
        return append(event, Optional.empty(), Optional.empty());
    }

    /**
     * Appends an event of a case; returns once it is durable.
     *
     * @param event          the event, not null
     * @param caseReference  the case, not null
     * @return the record as logged
     * @throws InvalidInputException if an argument is null
     * @throws EvidenceStoreException if the store failed
     */
    public EvidenceRecord append(EvidenceEvent event, CaseReference caseReference) {
        Checks.notNull(caseReference, "caseReference");
        return append(event, Optional.of(caseReference), Optional.empty());
    }

    /**
     * Appends an event with the embedder's reference to its content; returns once the record and the reference
     * are durable. The reference is kept beside the record, not in its hashed bytes, and may later be purged
     * ({@link #purgePayloadReferences(Duration)}).
     *
     * @param event             the event, not null
     * @param payloadReference  where the content lies, not null
     * @return the record as logged
     * @throws InvalidInputException if an argument is null
     * @throws EvidenceStoreException if the store failed; if it failed after the record became durable, the
     *         record is logged without its reference
     */
    public EvidenceRecord appendWithPayload(EvidenceEvent event, PayloadReference payloadReference) {
        Checks.notNull(payloadReference, "payloadReference");
        return append(event, Optional.empty(), Optional.of(payloadReference));
    }

    /**
     * Appends an event of a case with the embedder's reference to its content; returns once the record and
     * the reference are durable.
     *
     * @param event             the event, not null
     * @param caseReference     the case, not null
     * @param payloadReference  where the content lies, not null
     * @return the record as logged
     * @throws InvalidInputException if an argument is null
     * @throws EvidenceStoreException if the store failed; if it failed after the record became durable, the
     *         record is logged without its reference
     */
    public EvidenceRecord appendWithPayload(EvidenceEvent event, CaseReference caseReference,
            PayloadReference payloadReference) {
        Checks.notNull(caseReference, "caseReference");
        Checks.notNull(payloadReference, "payloadReference");
        return append(event, Optional.of(caseReference), Optional.of(payloadReference));
    }

    private EvidenceRecord append(EvidenceEvent event, Optional<CaseReference> caseReference,
            Optional<PayloadReference> payloadReference) {
        Checks.notNull(event, "event");
        Pending me = new Pending(event, caseReference, payloadReference);
        List<Pending> batch;
        long first;
        synchronized (lock) {
            if (broken != null) {
                throw new EvidenceStoreException("the evidence log refuses appends after a store failure", broken);
            }
            queue.add(me);
            boolean interrupted = false;
            while (writing && !me.done()) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    if (queue.remove(me)) {
                        // Still queued: nobody will log it, so the caller may retry without a duplicate record.
                        Thread.currentThread().interrupt();
                        throw new EvidenceStoreException("interrupted while waiting for the group commit; the event"
                                + " was not logged", e);
                    }
                    // Already taken into a writer's batch: it will be logged, so wait for that result.
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (me.done()) {
                return result(me);
            }
            writing = true;
            batch = new ArrayList<>(queue);
            queue.clear();
            first = records.size();
        }
        List<EvidenceRecord> made = new ArrayList<>(batch.size());
        Map<Long, PayloadReference> refs = new HashMap<>();
        RuntimeException failure = null;
        RuntimeException refFailure = null;
        List<byte[]> entries = new ArrayList<>(batch.size());
        try {
            for (int i = 0; i < batch.size(); i++) {
                EvidenceRecord r = new EvidenceRecord(first + i, clock.instant(), nextSalt(),
                        batch.get(i).caseReference, batch.get(i).event);
                made.add(r);
                entries.add(r.encode());
                Optional<PayloadReference> ref = batch.get(i).payloadReference;
                if (ref.isPresent()) {
                    refs.put(first + i, ref.get());
                }
            }
            store.append(first, entries);
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure == null && !refs.isEmpty()) {
            try {
                store.putPayloadReferences(refs);
            } catch (RuntimeException e) {
                refFailure = e;
            }
        }
        synchronized (lock) {
            if (failure == null) {
                for (int i = 0; i < batch.size(); i++) {
                    EvidenceRecord r = made.get(i);
                    tree.appendEntry(entries.get(i));
                    index(r);
                    batch.get(i).result = r;
                    if (refFailure != null && batch.get(i).payloadReference.isPresent()) {
                        batch.get(i).error = refFailure;
                    }
                }
                if (refFailure == null) {
                    payloadReferences.putAll(refs);
                }
                if (LOG.isDebugEnabled()) {
                    LOG.debug("evidence log {}: appended records {} to {}", logId, first, first + batch.size() - 1);
                }
            } else {
                broken = failure;
                for (Pending p : batch) {
                    p.error = failure;
                }
                for (Pending p : queue) {
                    p.error = failure;
                }
                queue.clear();
            }
            writing = false;
            lock.notifyAll();
            return result(me);
        }
    }

    private static EvidenceRecord result(Pending p) {
        if (p.error != null && p.result != null) {
            throw new EvidenceStoreException("record " + p.result.index() + " was logged, but its payload reference"
                    + " was not kept: " + p.error.getMessage(), p.error);
        }
        if (p.error != null) {
            if (p.error instanceof InvalidInputException) {
                throw p.error;
            }
            throw new EvidenceStoreException("the record was not logged: " + p.error.getMessage(), p.error);
        }
        return p.result;
    }

    /**
     * Returns the payload reference of a record, unless there was none or it was purged.
     *
     * @param index  from 0 to {@code size() - 1}
     * @return the reference, or empty
     * @throws InvalidInputException if the index is out of range ({@code field() "index"})
     */
    public Optional<PayloadReference> payloadReference(long index) {
        synchronized (lock) {
            Checks.require(index >= 0 && index < records.size(), "index", "range",
                    "must be in [0, " + records.size() + "), is " + index, null);
            return Optional.ofNullable(payloadReferences.get(index));
        }
    }

    /**
     * Removes the payload references of the records logged more than a retention period ago: those whose
     * {@link EvidenceRecord#loggedAt()} is before the log clock's now minus {@code retention}. A reference
     * logged exactly at that moment stays. Records, the tree, checkpoints, proofs and copies are unaffected.
     * The store records a {@link PayloadPurge} when at least one reference went. Repeating a purge is
     * harmless: what is gone stays gone and nothing else changes.
     *
     * <p>The period is the embedder's configuration: Awb 2:25 sets none, and Awb 2:27 only enables a
     * ministerial regulation for the Wdo-voorziening; the Archiefwet and the body's selectielijst govern,
     * e.g. {@code Duration.ofDays(7 * 365 + 2)} for a term of seven years.
     *
     * @param retention  how long references are kept, not null, not negative
     * @return the number of references removed
     * @throws InvalidInputException if {@code retention} is null or negative
     * @throws EvidenceStoreException if the store could not make the purge durable; then nothing was removed
     */
    public long purgePayloadReferences(Duration retention) {
        Checks.notNull(retention, "retention");
        Checks.require(!retention.isNegative(), "retention", "notNegative", "must not be negative, is " + retention, null);
        Instant now = clock.instant();
        Instant before;
        try {
            before = now.minus(retention);
        } catch (DateTimeException | ArithmeticException e) {
            return 0;   // a period longer than the time line: nothing is that old
        }
        return purge(now, before);
    }

    /**
     * Removes the payload references of the records logged before a moment; otherwise as
     * {@link #purgePayloadReferences(Duration)}.
     *
     * @param before  the cut-off, not null, not after the log clock's now
     * @return the number of references removed
     * @throws InvalidInputException if {@code before} is null or in the future ({@code field() "before"})
     * @throws EvidenceStoreException if the store could not make the purge durable; then nothing was removed
     */
    public long purgePayloadReferencesLoggedBefore(Instant before) {
        Checks.notNull(before, "before");
        Instant now = clock.instant();
        Checks.require(!before.isAfter(now), "before", "notInFuture",
                "must not be after now (" + now + "): a reference cannot be older than that", null);
        return purge(now, before);
    }

    private long purge(Instant now, Instant before) {
        synchronized (purgeLock) {
            Set<Long> due = new TreeSet<>();
            synchronized (lock) {
                for (Map.Entry<Long, PayloadReference> e : payloadReferences.entrySet()) {
                    if (records.get(e.getKey().intValue()).loggedAt().isBefore(before)) {
                        due.add(e.getKey());
                    }
                }
            }
            if (due.isEmpty()) {
                return 0;
            }
            store.purgePayloadReferences(due, new PayloadPurge(now, before, due.size()));
            synchronized (lock) {
                payloadReferences.keySet().removeAll(due);
            }
            LOG.debug("evidence log {}: purged {} payload references logged before {}", logId, due.size(), before);
            return due.size();
        }
    }

    /**
     * Returns the purges of payload references recorded in the store, oldest first.
     *
     * @return an unmodifiable list, possibly empty
     * @throws EvidenceStoreException if the store could not read them
     */
    public List<PayloadPurge> payloadPurges() {
        return store.payloadPurges();
    }

    /**
     * Returns the number of records.
     *
     * @return the size of the log
     */
    public long size() {
        synchronized (lock) {
            return records.size();
        }
    }

    /**
     * Returns the current root hash.
     *
     * @return the RFC 9162 root of all records
     */
    public Sha256Digest root() {
        synchronized (lock) {
            return tree.root();
        }
    }

    /**
     * Returns the record at an index.
     *
     * @param index  from 0 to {@code size() - 1}
     * @return the record
     * @throws InvalidInputException if the index is out of range ({@code field() "index"})
     */
    public EvidenceRecord record(long index) {
        synchronized (lock) {
            Checks.require(index >= 0 && index < records.size(), "index", "range",
                    "must be in [0, " + records.size() + "), is " + index, null);
            return records.get((int) index);
        }
    }

    /**
     * Signs a checkpoint of the current log with the body's key, saves it in the store and returns it. Publish
     * the result outside the store (see {@link Checkpoint}).
     *
     * @return the checkpoint
     * @throws EvidenceStoreException if the store could not save it
     */
    public Checkpoint checkpoint() {
        Checkpoint c;
        synchronized (lock) {
            c = Checkpoint.sign(logId, records.size(), tree.root(), clock.instant(), key.getPrivate());
        }
        store.saveCheckpoint(c);
        LOG.debug("evidence log {}: checkpoint at size {}", logId, c.treeSize());
        return c;
    }

    /**
     * Returns the inclusion proof of a record in the tree of a given size.
     *
     * @param index     the record, from 0 to {@code treeSize - 1}
     * @param treeSize  the size, from 1 to {@link #size()}
     * @return the proof
     * @throws InvalidInputException if a number is out of range
     */
    public InclusionProof inclusionProof(long index, long treeSize) {
        synchronized (lock) {
            return tree.inclusionProof(index, treeSize);
        }
    }

    /**
     * Returns the consistency proof between two sizes of the log.
     *
     * @param oldSize  the earlier size
     * @param newSize  the later size, up to {@link #size()}
     * @return the proof
     * @throws InvalidInputException if a size is out of range
     */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        synchronized (lock) {
            return tree.consistencyProof(oldSize, newSize);
        }
    }

    /**
     * Returns the records about a message, in log order.
     *
     * @param message  the message, not null
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if {@code message} is null
     */
    public List<EvidenceRecord> byMessage(MessageId message) {
        Checks.notNull(message, "message");
        synchronized (lock) {
            indexes();
            return List.copyOf(byMessage.getOrDefault(message, Collections.emptyList()));
        }
    }

    /**
     * Returns the records that concern a party (as afzender or geadresseerde), in log order.
     *
     * @param party  the party, not null
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if {@code party} is null
     */
    public List<EvidenceRecord> byParty(PartyId party) {
        Checks.notNull(party, "party");
        synchronized (lock) {
            indexes();
            return List.copyOf(byParty.getOrDefault(party, Collections.emptyList()));
        }
    }

    /**
     * Returns the records of a case, in log order.
     *
     * @param caseReference  the case, not null
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if {@code caseReference} is null
     */
    public List<EvidenceRecord> byCase(CaseReference caseReference) {
        Checks.notNull(caseReference, "caseReference");
        synchronized (lock) {
            indexes();
            return List.copyOf(byCase.getOrDefault(caseReference, Collections.emptyList()));
        }
    }

    /**
     * Returns the records whose fact happened in a period ({@link EvidenceEvent#occurredAt()} in
     * {@code [from, to)}), in log order.
     *
     * @param from  the start, inclusive, not null
     * @param to    the end, exclusive, not before {@code from}
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if an argument is null or {@code to} is before {@code from}
     */
    public List<EvidenceRecord> between(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.require(!to.isBefore(from), "to", "notBeforeFrom", "must not be before from", null);
        return select(r -> !r.event().occurredAt().isBefore(from) && r.event().occurredAt().isBefore(to));
    }

    /**
     * Returns the evidence of one kind about a message, e.g. its receipt (2:20), acknowledgement (2:17), sending
     * (2:19), kennisgeving (2:10), bounces (2:11) or the addressee's kennisneming (2:25).
     *
     * @param message  the message, not null
     * @param topic    the kind of evidence, not null
     * @return an unmodifiable list in log order, possibly empty
     * @throws InvalidInputException if an argument is null
     */
    public List<EvidenceRecord> evidenceOf(MessageId message, EvidenceTopic topic) {
        Checks.notNull(topic, "topic");
        return byMessage(message).stream().filter(r -> EvidenceTopic.of(r.event().type()) == topic).toList();
    }

    /**
     * Returns all records of one kind, in log order.
     *
     * @param topic  the kind of evidence, not null
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if {@code topic} is null
     */
    public List<EvidenceRecord> byTopic(EvidenceTopic topic) {
        Checks.notNull(topic, "topic");
        return select(r -> EvidenceTopic.of(r.event().type()) == topic);
    }

    private List<EvidenceRecord> select(Predicate<EvidenceRecord> p) {
        synchronized (lock) {
            return records.stream().filter(p).toList();
        }
    }

    /**
     * Makes the copy (<em>afschrift</em>) a party asked for (Awb 2:25, second sentence; P14): the records of
     * the messages of which he is afzender or geadresseerde, within the request's scope, each with an
     * inclusion proof against a checkpoint signed now. Records of other parties never appear; a party who
     * is not afzender or geadresseerde of the requested message gets an empty copy.
     *
     * @param request  the request, not null
     * @return the copy
     * @throws InvalidInputException if {@code request} is null
     * @throws EvidenceStoreException if the checkpoint could not be saved
     */
    public EvidenceCopy copy(EvidenceCopyRequest request) {
        Checks.notNull(request, "request");
        Checkpoint c;
        List<EvidenceCopy.Entry> entries = new ArrayList<>();
        synchronized (lock) {
            c = Checkpoint.sign(logId, records.size(), tree.root(), clock.instant(), key.getPrivate());
            indexes();
            for (EvidenceRecord r : byParty.getOrDefault(request.party(), Collections.emptyList())) {
                if (r.event() instanceof MessageEvent && request.covers((MessageEvent) r.event())) {
                    entries.add(new EvidenceCopy.Entry(r, tree.inclusionProof(r.index(), c.treeSize())));
                }
            }
        }
        store.saveCheckpoint(c);
        LOG.debug("evidence log {}: copy with {} records at size {}", logId, entries.size(), c.treeSize());
        return new EvidenceCopy(request, c, entries, List.of(Provision.AWB_2_25.basis()));
    }

    /**
     * Closes the store.
     *
     * @throws EvidenceStoreException if closing failed
     */
    @Override
    public void close() {
        store.close();
    }
}
