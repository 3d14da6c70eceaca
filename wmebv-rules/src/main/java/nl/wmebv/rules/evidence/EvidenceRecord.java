package nl.wmebv.rules.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.evidence.EvidenceEncoding;
import nl.wmebv.core.evidence.EvidenceEvent;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * One entry of the evidence log (<em>bewijslast</em>, Awb 2:25; P26): an evidence event with its place in the
 * log, the moment it was logged, a random salt and, optionally, the case it belongs to.
 *
 * <p>Everything here is attested: {@link #encode()} writes every component, and the log hashes those bytes
 * as a leaf of its Merkle tree. The salt, 16 random octets per record, makes a record's hash unguessable,
 * so an inclusion proof handed to one party reveals nothing that could be confirmed by guessing another
 * party's record. The event holds a digest of the content, never the content (P26).
 *
 * <p>Format version 1 (all integers unsigned big-endian; {@code text} is a 4-octet length and UTF-8):
 * <pre>
 * record  = %x01 index salt logged-at case event
 * index   = 8OCTET                 ; the zero-based place in the log
 * salt    = 16OCTET
 * logged-at = text                 ; 30 characters, uuuu-MM-ddTHH:mm:ss.SSSSSSSSSZ
 * case    = %x00 / %x01 text       ; absent / present
 * event   = 4OCTET *OCTET          ; length, then EvidenceEncoding of the event
 * </pre>
 * This record is immutable and thread-safe.
 *
 * @param index          the zero-based place in the log
 * @param loggedAt       the moment the log accepted the record (from the log's clock)
 * @param salt           16 random octets as 32 lower-case hexadecimal digits
 * @param caseReference  the case, if the embedder gave one
 * @param event          the evidence event
 */
public record EvidenceRecord(long index, Instant loggedAt, String salt, Optional<CaseReference> caseReference,
        EvidenceEvent event) {

    /** The version octet of the record format. */
    public static final int FORMAT_VERSION = 1;
    /** The number of salt octets. */
    public static final int SALT_LENGTH = 16;

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * Validates the record.
     *
     * @param index          the place, not negative
     * @param loggedAt       the moment, in the years 0000 to 9999 UTC
     * @param salt           32 lower-case hexadecimal digits
     * @param caseReference  the case, not null but may be empty
     * @param event          the event, not null
     * @throws InvalidInputException naming the field if a value is null or out of range
     */
    public EvidenceRecord {
        Checks.require(index >= 0, "index", "notNegative", "must not be negative, is " + index, null);
        Checks.notNull(loggedAt, "loggedAt");
        Checks.require(!loggedAt.isBefore(EvidenceEncoding.MIN_INSTANT) && !loggedAt.isAfter(EvidenceEncoding.MAX_INSTANT),
                "loggedAt", "range", "must lie in the years 0000 to 9999 UTC", null);
        Checks.notNull(salt, "salt");
        Checks.require(salt.length() == 2 * SALT_LENGTH
                && salt.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')),
                "salt", "format", "must be 32 lower-case hexadecimal digits", null);
        Checks.notNull(caseReference, "caseReference");
        Checks.notNull(event, "event");
    }

    /**
     * Returns the canonical bytes of this record: what the log hashes, stores and exports.
     *
     * @return a fresh array
     */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(FORMAT_VERSION);
        out.writeBytes(ByteBuffer.allocate(8).putLong(index).array());
        out.writeBytes(HexFormat.of().parseHex(salt));
        text(out, INSTANT.format(loggedAt));
        if (caseReference.isPresent()) {
            out.write(1);
            text(out, caseReference.get().value());
        } else {
            out.write(0);
        }
        byte[] ev = EvidenceEncoding.encode(event);
        out.writeBytes(ByteBuffer.allocate(4).putInt(ev.length).array());
        out.writeBytes(ev);
        return out.toByteArray();
    }

    /**
     * Returns the RFC 9162 leaf hash of this record.
     *
     * @return {@code SHA-256(0x00 || encode())}
     */
    public Sha256Digest leafHash() {
        return MerkleTree.leafHash(encode());
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    /**
     * Decodes a record; the inverse of {@link #encode()}, accepting only the bytes it produces.
     *
     * @param bytes  the encoded record, not null
     * @return the record
     * @throws InvalidInputException if the bytes are not a record: {@code field()} names the part
     *         ({@code "version"}, {@code "index"}, {@code "salt"}, {@code "loggedAt"}, {@code "caseReference"},
     *         {@code "event"} or {@code "encoding"}), {@code constraint()} the rule
     */
    public static EvidenceRecord decode(byte[] bytes) {
        Checks.notNull(bytes, "bytes");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        need(in, 1, "version");
        int version = in.get() & 0xff;
        if (version != FORMAT_VERSION) {
            throw new InvalidInputException("version", "supportedVersion", "record format " + version + " is not 1");
        }
        need(in, 8, "index");
        long index = in.getLong();
        need(in, SALT_LENGTH, "salt");
        byte[] salt = new byte[SALT_LENGTH];
        in.get(salt);
        String logged = readText(in, "loggedAt");
        Instant loggedAt;
        try {
            loggedAt = INSTANT.parse(logged, Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("loggedAt", "instant", "is not a moment in the fixed form");
        }
        if (logged.length() != 30 || !INSTANT.format(loggedAt).equals(logged)) {
            throw new InvalidInputException("loggedAt", "instant", "is not a moment in the fixed form");
        }
        need(in, 1, "caseReference");
        int presence = in.get() & 0xff;
        Optional<CaseReference> caseReference;
        if (presence == 0) {
            caseReference = Optional.empty();
        } else if (presence == 1) {
            caseReference = Optional.of(new CaseReference(readText(in, "caseReference")));
        } else {
            throw new InvalidInputException("caseReference", "presence", "presence octet is " + presence);
        }
        need(in, 4, "event");
        int length = in.getInt();
        if (length < 0 || length != in.remaining()) {
            throw new InvalidInputException("event", length < 0 || length > in.remaining() ? "truncated" : "noTrailingBytes",
                    "event length " + Integer.toUnsignedString(length) + " does not match the " + in.remaining()
                    + " octets that remain");
        }
        byte[] ev = Arrays.copyOfRange(bytes, in.position(), bytes.length);
        EvidenceEvent event = EvidenceEncoding.decode(ev);
        return new EvidenceRecord(index, loggedAt, HexFormat.of().formatHex(salt), caseReference, event);
    }

    private static void need(ByteBuffer in, int n, String field) {
        if (in.remaining() < n) {
            throw new InvalidInputException(field, "truncated", "the record ends inside this field");
        }
    }

    private static String readText(ByteBuffer in, String field) {
        need(in, 4, field);
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new InvalidInputException(field, "truncated", "the record ends inside this field");
        }
        byte[] b = new byte[n];
        in.get(b);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "utf8", "is not well-formed UTF-8");
        }
    }
}
