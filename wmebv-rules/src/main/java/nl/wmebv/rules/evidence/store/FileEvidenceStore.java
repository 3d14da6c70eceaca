package nl.wmebv.rules.evidence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.rules.evidence.Checkpoint;
import nl.wmebv.rules.evidence.EvidenceStore;
import nl.wmebv.rules.evidence.EvidenceStoreException;
import nl.wmebv.rules.evidence.PayloadPurge;
import nl.wmebv.rules.evidence.PayloadReference;
import nl.wmebv.rules.evidence.StoreDamage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable evidence store of an embedded log: append-only segment files in a directory of its own.
 *
 * <p>Layout: {@code segment-NNNNNNNN.log} files, each a sequence of frames
 * {@code "WEV1" length(4) entry crc32c(4)} (the checksum covers length and entry); a new segment starts when
 * the current one exceeds the segment size. {@code checkpoints.log} holds the saved checkpoints in the same
 * frames. {@code lock} is held while the store is open, so one process at a time writes.
 *
 * <p>Payload references and the traces of their purges live in the sidecar {@code payload-references}, the
 * only file that is ever rewritten, and never in the segments. Its text is the line
 * {@code wmebv-payload-references/1}, a line {@code ref <index> <reference>} per reference, a line
 * {@code purge <purged at> <logged before> <count>} per purge (ISO-8601 instants), and a last line
 * {@code end <crc32c>} over all preceding octets. Each change writes the whole file to
 * {@code payload-references.tmp}, forces it to disk and renames it over the sidecar atomically, so a crash
 * leaves the old or the new sidecar; a torn temporary file is ignored on open and overwritten by the next
 * change. A sidecar that fails its checksum is damage and the store does not open.
 *
 * <p>Durability: an {@link #append(long, List)} writes all its frames in one write and forces them to disk
 * ({@code fsync}) before it returns, so the log acknowledges a record only when it is durable; the log's group
 * commit makes that one fsync per batch of concurrent appends.
 *
 * <p>Recovery on open: frames are read back and checked. A frame in the last segment that runs past the end
 * of the file is a <em>torn tail</em> of an append that never returned: its bytes are moved to a
 * {@code .torn} file next to the segment (nothing is deleted) and the segment is truncated. Any other bad
 * frame is <em>damage</em> ({@link #damage()}): the store serves the records before it and refuses appends,
 * and the log's verification names the damaged record. Nothing is ever overwritten.
 *
 * <p>This class is thread-safe.
 */
public final class FileEvidenceStore implements EvidenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileEvidenceStore.class);
    private static final byte[] MAGIC = {'W', 'E', 'V', '1'};
    private static final int OVERHEAD = 12;
    /** The default segment size: 64 MiB. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;

    private final Path dir;
    private final long segmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<FileChannel> segments = new ArrayList<>();
    /** Per record: segment number, offset of the entry, length of the entry. */
    private final List<long[]> locations = new ArrayList<>();
    private FileChannel checkpoints;
    private Checkpoint latest;
    private StoreDamage damage;
    private Map<Long, PayloadReference> references = new TreeMap<>();
    private List<PayloadPurge> purges = new ArrayList<>();

    private static final String SIDECAR = "payload-references";
    private static final String SIDECAR_HEADER = "wmebv-payload-references/1";

    private FileEvidenceStore(Path dir, long segmentBytes, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) a store with the default segment size, recovering from a crash.
     *
     * @param dir  the store's directory, not null; created if missing
     * @return the open store
     * @throws InvalidInputException if {@code dir} is null
     * @throws EvidenceStoreException if the directory cannot be used or another process has it open
     */
    public static FileEvidenceStore open(Path dir) {
        return open(dir, DEFAULT_SEGMENT_BYTES);
    }

    /**
     * Opens (or creates) a store, recovering from a crash.
     *
     * @param dir           the store's directory, not null; created if missing
     * @param segmentBytes  the size after which a new segment starts, at least 1024
     * @return the open store
     * @throws InvalidInputException if {@code dir} is null or the size too small
     * @throws EvidenceStoreException if the directory cannot be used, or it is open already (in this process or
     *         another)
     */
    public static FileEvidenceStore open(Path dir, long segmentBytes) {
        Checks.notNull(dir, "dir");
        Checks.require(segmentBytes >= 1024, "segmentBytes", "min", "must be at least 1024", null);
        try {
            Files.createDirectories(dir);
            FileChannel lc = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = lc.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // This JVM holds the lock already: the store is open here, and two writers would corrupt it.
                lc.close();
                throw new EvidenceStoreException("the evidence store " + dir + " is already open in this process", e);
            }
            if (l == null) {
                lc.close();
                throw new EvidenceStoreException("the evidence store " + dir + " is open in another process");
            }
            FileEvidenceStore s = new FileEvidenceStore(dir, segmentBytes, lc, l);
            try {
                s.recover();
            } catch (IOException | RuntimeException e) {
                s.close();
                throw e;
            }
            return s;
        } catch (IOException e) {
            throw new EvidenceStoreException("cannot open the evidence store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path segmentPath(Path dir, int n) {
        return dir.resolve(String.format("segment-%08d.log", n));
    }

    private void recover() throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.getFileName().toString().matches("segment-\\d{8}\\.log")).sorted().toList();
        }
        for (int n = 0; n < paths.size(); n++) {
            if (!paths.get(n).equals(segmentPath(dir, n))) {
                damage = new StoreDamage(locations.size(), "segment " + n + " is missing");
                break;
            }
            FileChannel ch = FileChannel.open(paths.get(n), StandardOpenOption.READ, StandardOpenOption.WRITE);
            segments.add(ch);
            boolean last = n == paths.size() - 1;
            List<byte[]> unused = new ArrayList<>();
            String problem = scan(ch, n, last, paths.get(n), unused, true);
            if (problem != null) {
                damage = new StoreDamage(locations.size(), "segment " + n + ": " + problem);
                break;
            }
        }
        if (segments.isEmpty()) {
            segments.add(FileChannel.open(segmentPath(dir, 0), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
            syncDir();
        }
        Path cp = dir.resolve("checkpoints.log");
        checkpoints = FileChannel.open(cp, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        List<byte[]> texts = new ArrayList<>();
        String problem = scan(checkpoints, -1, true, cp, texts, false);
        if (problem != null) {
            throw new EvidenceStoreException("the checkpoints of " + dir + " are damaged: " + problem);
        }
        if (!texts.isEmpty()) {
            try {
                latest = Checkpoint.parse(new String(texts.get(texts.size() - 1), StandardCharsets.UTF_8));
            } catch (InvalidInputException e) {
                throw new EvidenceStoreException("the last checkpoint of " + dir + " does not parse: " + e.getMessage(), e);
            }
        }
        readSidecar();
        LOG.debug("opened evidence store {} with {} records", dir, locations.size());
    }

    private void readSidecar() throws IOException {
        Path p = dir.resolve(SIDECAR);
        if (!Files.exists(p)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("end ");
        String problem = null;
        if (!text.startsWith(SIDECAR_HEADER + "\n") || end < 0 || !text.endsWith("\n")
                || !text.substring(end + 4, text.length() - 1).equals(sidecarCrc(text.substring(0, end)))) {
            problem = "the checksum does not match";
        }
        Map<Long, PayloadReference> refs = new TreeMap<>();
        List<PayloadPurge> ps = new ArrayList<>();
        if (problem == null) {
            String[] lines = text.substring(0, end).split("\n");
            for (int i = 1; i < lines.length && problem == null; i++) {
                String[] f = lines[i].split(" ", lines[i].startsWith("ref ") ? 3 : -1);
                try {
                    if (f.length == 3 && f[0].equals("ref")) {
                        refs.put(Long.parseLong(f[1]), PayloadReference.of(f[2]));
                    } else if (f.length == 4 && f[0].equals("purge")) {
                        ps.add(new PayloadPurge(Instant.parse(f[1]), Instant.parse(f[2]), Long.parseLong(f[3])));
                    } else {
                        problem = "line " + (i + 1) + " is not a reference or a purge";
                    }
                } catch (NumberFormatException | DateTimeException | InvalidInputException e) {
                    problem = "line " + (i + 1) + ": " + e.getMessage();
                }
            }
        }
        if (problem != null) {
            throw new EvidenceStoreException("the payload references of " + dir + " are damaged: " + problem);
        }
        references = refs;
        purges = ps;
    }

    private static String sidecarCrc(String body) {
        CRC32C c = new CRC32C();
        c.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) c.getValue());
    }

    /** Writes the whole sidecar: temporary file, fsync, atomic rename, directory sync. */
    private void writeSidecar(Map<Long, PayloadReference> refs, List<PayloadPurge> ps) {
        StringBuilder b = new StringBuilder(SIDECAR_HEADER).append('\n');
        for (Map.Entry<Long, PayloadReference> e : refs.entrySet()) {
            b.append("ref ").append(e.getKey()).append(' ').append(e.getValue().value()).append('\n');
        }
        for (PayloadPurge pp : ps) {
            b.append("purge ").append(pp.purgedAt()).append(' ').append(pp.loggedBefore()).append(' ')
                    .append(pp.count()).append('\n');
        }
        String body = b.toString();
        byte[] bytes = (body + "end " + sidecarCrc(body) + "\n").getBytes(StandardCharsets.UTF_8);
        Path tmp = dir.resolve(SIDECAR + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, dir.resolve(SIDECAR), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDir();
        } catch (IOException e) {
            throw new EvidenceStoreException("cannot write the payload references of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads frames; returns a problem, or null. Truncates a torn tail when {@code last}. */
    private String scan(FileChannel ch, int segment, boolean last, Path path, List<byte[]> out, boolean record)
            throws IOException {
        long size = ch.size();
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(8);
        while (pos < size) {
            if (size - pos < 8) {
                return torn(ch, pos, last, path, "a frame header is cut off");
            }
            header.clear();
            readFully(ch, header, pos);
            header.flip();
            byte[] magic = new byte[4];
            header.get(magic);
            int length = header.getInt();
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                return "bad frame marker at offset " + pos;
            }
            if (length < 0 || pos + OVERHEAD + (long) length > size) {
                return torn(ch, pos, last, path, "a frame runs past the end of the file");
            }
            ByteBuffer body = ByteBuffer.allocate(length + 4);
            readFully(ch, body, pos + 8);
            body.flip();
            byte[] entry = new byte[length];
            body.get(entry);
            int crc = body.getInt();
            if (crc != crc(length, entry)) {
                return "checksum mismatch at offset " + pos;
            }
            if (record) {
                locations.add(new long[] {segment, pos + 8, length});
            } else {
                out.add(entry);
            }
            pos += OVERHEAD + length;
        }
        return null;
    }

    private String torn(FileChannel ch, long pos, boolean last, Path path, String what) throws IOException {
        if (!last) {
            return what + " at offset " + pos + " of a segment that is not the last";
        }
        long size = ch.size();
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - pos));
        readFully(ch, tail, pos);
        Path quarantine = path.resolveSibling(path.getFileName() + "." + pos + ".torn");
        Files.write(quarantine, java.util.Arrays.copyOf(tail.array(), tail.position()),
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        ch.truncate(pos);
        ch.force(true);
        syncDir();
        LOG.warn("evidence store {}: torn tail of {} bytes at offset {} of {} moved to {}", dir, size - pos, pos,
                path.getFileName(), quarantine.getFileName());
        return null;
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        long p = pos;
        while (b.hasRemaining()) {
            int n = ch.read(b, p);
            if (n < 0) {
                throw new IOException("unexpected end of file at " + p);
            }
            p += n;
        }
    }

    private static int crc(int length, byte[] entry) {
        CRC32C c = new CRC32C();
        c.update(ByteBuffer.allocate(4).putInt(length).array());
        c.update(entry);
        return (int) c.getValue();
    }

    private static byte[] frames(List<byte[]> entries) {
        int total = 0;
        for (byte[] e : entries) {
            total += OVERHEAD + e.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total);
        for (byte[] e : entries) {
            b.put(MAGIC).putInt(e.length).put(e).putInt(crc(e.length, e));
        }
        return b.array();
    }

    private void syncDir() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("evidence store {}: directory sync not supported", dir);
        }
    }

    /**
     * Returns the directory of this store.
     *
     * @return the directory
     */
    public Path directory() {
        return dir;
    }

    @Override
    public synchronized long size() {
        return locations.size();
    }

    @Override
    public synchronized void append(long firstIndex, List<byte[]> entries) {
        Checks.notNull(entries, "entries");
        Checks.require(!entries.isEmpty(), "entries", "notEmpty", "must not be empty", null);
        Checks.require(damage == null, "store", "undamaged", "a damaged store refuses appends", null);
        Checks.require(firstIndex == locations.size(), "firstIndex", "equalsSize",
                "must be " + locations.size() + ", is " + firstIndex, null);
        for (byte[] e : entries) {
            Checks.notNull(e, "entries[]");
        }
        FileChannel ch = segments.get(segments.size() - 1);
        long start;
        try {
            start = ch.size();
            if (start >= segmentBytes) {
                ch = FileChannel.open(segmentPath(dir, segments.size()), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                segments.add(ch);
                syncDir();
                start = 0;
            }
        } catch (IOException e) {
            throw new EvidenceStoreException("cannot append to the evidence store " + dir + ": " + e.getMessage(), e);
        }
        ByteBuffer b = ByteBuffer.wrap(frames(entries));
        try {
            long p = start;
            while (b.hasRemaining()) {
                p += ch.write(b, p);
            }
            ch.force(false);
        } catch (IOException e) {
            try {
                ch.truncate(start);
                ch.force(true);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new EvidenceStoreException("cannot append to the evidence store " + dir + ": " + e.getMessage(), e);
        }
        long pos = start;
        for (byte[] e : entries) {
            locations.add(new long[] {segments.size() - 1, pos + 8, e.length});
            pos += OVERHEAD + e.length;
        }
    }

    @Override
    public synchronized byte[] read(long index) {
        Checks.require(index >= 0 && index < locations.size(), "index", "range",
                "must be in [0, " + locations.size() + "), is " + index, null);
        long[] loc = locations.get((int) index);
        ByteBuffer b = ByteBuffer.allocate((int) loc[2]);
        try {
            readFully(segments.get((int) loc[0]), b, loc[1]);
        } catch (IOException e) {
            throw new EvidenceStoreException("cannot read record " + index + " of " + dir + ": " + e.getMessage(), e);
        }
        return b.array();
    }

    @Override
    public synchronized Optional<StoreDamage> damage() {
        return Optional.ofNullable(damage);
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        Checks.notNull(checkpoint, "checkpoint");
        try {
            long start = checkpoints.size();
            ByteBuffer b = ByteBuffer.wrap(frames(List.of(checkpoint.toText().getBytes(StandardCharsets.UTF_8))));
            long p = start;
            while (b.hasRemaining()) {
                p += checkpoints.write(b, p);
            }
            checkpoints.force(false);
            latest = checkpoint;
        } catch (IOException e) {
            throw new EvidenceStoreException("cannot save a checkpoint in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Checkpoint> latestCheckpoint() {
        return Optional.ofNullable(latest);
    }

    @Override
    public synchronized Map<Long, PayloadReference> payloadReferences() {
        return Map.copyOf(references);
    }

    @Override
    public synchronized void putPayloadReferences(Map<Long, PayloadReference> refs) {
        PayloadChecks.put(refs, locations.size(), references);
        Map<Long, PayloadReference> next = new TreeMap<>(references);
        next.putAll(new HashMap<>(refs));
        writeSidecar(next, purges);
        references = next;
    }

    @Override
    public synchronized void purgePayloadReferences(Set<Long> indexes, PayloadPurge purge) {
        PayloadChecks.purge(indexes, purge, references);
        Map<Long, PayloadReference> next = new TreeMap<>(references);
        next.keySet().removeAll(indexes);
        List<PayloadPurge> ps = new ArrayList<>(purges);
        ps.add(purge);
        writeSidecar(next, ps);
        references = next;
        purges = ps;
    }

    @Override
    public synchronized List<PayloadPurge> payloadPurges() {
        return List.copyOf(purges);
    }

    @Override
    public synchronized void close() {
        IOException first = null;
        List<FileChannel> all = new ArrayList<>(segments);
        if (checkpoints != null) {
            all.add(checkpoints);
        }
        for (FileChannel c : all) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw new EvidenceStoreException("cannot close the evidence store " + dir + ": " + first.getMessage(), first);
        }
    }
}
