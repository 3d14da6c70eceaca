package nl.wmebv.rules.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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

    private static final int LOGGED_AT_LENGTH = 30;
    /** A strict UTF-8 decoder per thread ({@code decode(ByteBuffer)} resets it before use). */
    private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
            .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));

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
        Checks.require(isSalt(salt), "salt", "format", "must be 32 lower-case hexadecimal digits", null);
        Checks.notNull(caseReference, "caseReference");
        Checks.notNull(event, "event");
    }

    /**
     * Returns the canonical bytes of this record: what the log hashes, stores and exports.
     *
     * @return a fresh array
     */
    public byte[] encode() {
        // Written straight into an array of the exact size: no stream, no ByteBuffer per prefix (issue 8 part 4).
        byte[] ev = EvidenceEncoding.encode(event);
        byte[] caseBytes = caseReference.isPresent() ? caseReference.get().value().getBytes(StandardCharsets.UTF_8)
                : null;
        int length = 1 + 8 + SALT_LENGTH + 4 + LOGGED_AT_LENGTH + 1 + (caseBytes == null ? 0 : 4 + caseBytes.length)
                + 4 + ev.length;
        byte[] out = new byte[length];
        out[0] = FORMAT_VERSION;
        int at = putLong(out, 1, index);
        at = putSalt(out, at, salt);
        at = putInt(out, at, LOGGED_AT_LENGTH);
        at = putLoggedAt(out, at, loggedAt);
        if (caseBytes == null) {
            out[at++] = 0;
        } else {
            out[at++] = 1;
            at = putInt(out, at, caseBytes.length);
            System.arraycopy(caseBytes, 0, out, at, caseBytes.length);
            at += caseBytes.length;
        }
        at = putInt(out, at, ev.length);
        System.arraycopy(ev, 0, out, at, ev.length);
        return out;
    }

    private static int putLong(byte[] out, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            out[at + i] = (byte) value;
            value >>>= 8;
        }
        return at + 8;
    }

    private static int putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >>> 24);
        out[at + 1] = (byte) (value >>> 16);
        out[at + 2] = (byte) (value >>> 8);
        out[at + 3] = (byte) value;
        return at + 4;
    }

    /** The salt's 16 octets from its 32 lower-case hexadecimal digits (the constructor admits nothing else). */
    private static int putSalt(byte[] out, int at, String hex) {
        for (int i = 0; i < SALT_LENGTH; i++) {
            out[at + i] = (byte) (nibble(hex.charAt(2 * i)) << 4 | nibble(hex.charAt(2 * i + 1)));
        }
        return at + SALT_LENGTH;
    }

    /** The ASCII octets of {@link #formatLoggedAt}, written without the intermediate string. */
    private static int putLoggedAt(byte[] out, int at, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        putDigits(out, at, t.getYear(), 4);
        out[at + 4] = '-';
        putDigits(out, at + 5, t.getMonthValue(), 2);
        out[at + 7] = '-';
        putDigits(out, at + 8, t.getDayOfMonth(), 2);
        out[at + 10] = 'T';
        putDigits(out, at + 11, t.getHour(), 2);
        out[at + 13] = ':';
        putDigits(out, at + 14, t.getMinute(), 2);
        out[at + 16] = ':';
        putDigits(out, at + 17, t.getSecond(), 2);
        out[at + 19] = '.';
        putDigits(out, at + 20, t.getNano(), 9);
        out[at + 29] = 'Z';
        return at + LOGGED_AT_LENGTH;
    }

    private static void putDigits(byte[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Returns the RFC 9162 leaf hash of this record.
     *
     * @return {@code SHA-256(0x00 || encode())}
     */
    public Sha256Digest leafHash() {
        return MerkleTree.leafHash(encode());
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
        Instant loggedAt = parseLoggedAt(readText(in, "loggedAt"));
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

    /** 32 lower-case hexadecimal digits; a loop, not a stream (16 % of an append's time was this constructor). */
    private static boolean isSalt(String salt) {
        if (salt.length() != 2 * SALT_LENGTH) {
            return false;
        }
        for (int i = 0; i < salt.length(); i++) {
            char c = salt.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static int nibble(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }

    /**
     * {@code uuuu-MM-ddTHH:mm:ss.SSSSSSSSSZ} in UTC, written by hand: the same characters as the
     * {@code DateTimeFormatter} of that pattern for the years 0000 to 9999, at a fraction of its cost (its formatting was
     * 11 % of the time and 22 % of the allocation of an append, its parsing 10 % of a verification; JFR, issue 8).
     */
    static String formatLoggedAt(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        char[] c = new char[LOGGED_AT_LENGTH];
        digits(c, 0, t.getYear(), 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, t.getNano(), 9);
        c[29] = 'Z';
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The inverse of {@link #formatLoggedAt}: accepts exactly the strings it writes (ASCII digits in place, a
     * valid date and time), as the formatter's parse followed by a round-trip check did.
     */
    static Instant parseLoggedAt(String s) {
        if (s.length() != LOGGED_AT_LENGTH || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != '.' || s.charAt(29) != 'Z') {
            throw notFixedForm();
        }
        try {
            return LocalDateTime.of(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2), number(s, 11, 2),
                    number(s, 14, 2), number(s, 17, 2), number(s, 20, 9)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw notFixedForm();
        }
    }

    private static int number(String s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                throw notFixedForm();
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private static InvalidInputException notFixedForm() {
        return new InvalidInputException("loggedAt", "instant", "is not a moment in the fixed form");
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
        // ASCII is valid UTF-8 that decodes octet for octet: skip the decoder (55 % of the allocation of a
        // verification went to it; JFR, issue 8). Anything else goes through the strict decoder as before.
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, StandardCharsets.US_ASCII);
        }
        try {
            return UTF8.get().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "utf8", "is not well-formed UTF-8");
        }
    }
}
