package nl.wmebv.core.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.wmebv.core.law.LegalBasis;

/**
 * Writes the items of the canonical encoding straight into one growable byte array: texts as a 4-byte
 * big-endian length and UTF-8 bytes, moments as {@link InstantText} (written digit by digit), optionals with a
 * presence byte, lists and sets with a 4-byte count. One writer per thread is reused ({@link #reset()}), so
 * an encoding allocates only its result (issue 8 part 4: the stream, a {@code ByteBuffer} per length prefix
 * and the legal basis as a stream were 43 % of the allocation of an append). The bytes are those of the
 * previous writer, kept verbatim as the test oracle {@code LegacyEncodingWriter}. Not part of the API.
 */
final class EncodingWriter {
    /** The most distinct citations whose encoded form is kept; events cite a few dozen provisions. */
    private static final int CITATION_CACHE_LIMIT = 256;
    /** Each citation's length prefix and compact form in UTF-8, as {@link #text} would write it. */
    private static final Map<LegalBasis, byte[]> CITATIONS = new ConcurrentHashMap<>();

    /** The capacity of a new writer: more than most events need. */
    static final int INITIAL_CAPACITY = 512;
    private static final int MAX_KEPT = 1 << 16;

    private byte[] buf;
    private int size;

    EncodingWriter() {
        buf = new byte[INITIAL_CAPACITY];
    }

    /** Empties the writer for the next encoding, keeping its array. */
    EncodingWriter reset() {
        if (buf.length > MAX_KEPT) {
            buf = new byte[INITIAL_CAPACITY];   // do not keep the array of an unusually large event per thread
        }
        size = 0;
        return this;
    }

    EncodingWriter u8(int value) {
        ensure(1);
        buf[size++] = (byte) value;
        return this;
    }

    void u32(int value) {
        ensure(4);
        put32(size, value);
        size += 4;
    }

    /** Writes a text; ASCII is copied char by char, anything else through {@code String.getBytes(UTF_8)}. */
    EncodingWriter text(String value) {
        int n = value.length();
        ensure(4 + n);
        int at = size + 4;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                return bytes(EventChecks.utf8(value));
            }
            buf[at + i] = (byte) c;
        }
        put32(size, n);
        size = at + n;
        return this;
    }

    /** Writes a moment as the 30-character text {@link InstantText#format} produces, without a string. */
    EncodingWriter instant(Instant value) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
        ensure(4 + InstantText.LENGTH);
        put32(size, InstantText.LENGTH);
        int at = size + 4;
        digits(at, d.getYear(), 4);
        buf[at + 4] = '-';
        digits(at + 5, d.getMonthValue(), 2);
        buf[at + 7] = '-';
        digits(at + 8, d.getDayOfMonth(), 2);
        buf[at + 10] = 'T';
        digits(at + 11, d.getHour(), 2);
        buf[at + 13] = ':';
        digits(at + 14, d.getMinute(), 2);
        buf[at + 16] = ':';
        digits(at + 17, d.getSecond(), 2);
        buf[at + 19] = '.';
        digits(at + 20, d.getNano(), 9);
        buf[at + 29] = 'Z';
        size = at + InstantText.LENGTH;
        return this;
    }

    EncodingWriter wire(WireNamed value) {
        return text(value.wireName());
    }

    <T> EncodingWriter optional(Optional<T> value, Function<T, String> text) {
        if (value.isEmpty()) {
            return u8(0);
        }
        return u8(1).text(text.apply(value.get()));
    }

    /** Writes the citations in the given order, each in its compact form ({@link LegalBasis#toString()}). */
    EncodingWriter citations(List<LegalBasis> values) {
        u32(values.size());
        for (int i = 0; i < values.size(); i++) {
            LegalBasis basis = values.get(i);
            byte[] encoded = CITATIONS.get(basis);
            if (encoded == null) {
                int start = size;
                text(basis.toString());
                encoded = Arrays.copyOfRange(buf, start, size);
                if (CITATIONS.size() < CITATION_CACHE_LIMIT) {
                    CITATIONS.putIfAbsent(basis, encoded);
                }
            } else {
                raw(encoded);
            }
        }
        return this;
    }

    /**
     * Writes a set of texts in ascending order of their UTF-8 bytes, the only order the reader accepts. The
     * events' constructors already keep their sets in that order ({@link EventChecks#idSet}); the order is
     * checked here and the elements sorted only if it does not hold.
     */
    <T> EncodingWriter set(Set<T> values, Function<T, String> text) {
        int countAt = size;
        u32(values.size());
        int previousStart = -1;
        int previousEnd = -1;
        for (T value : values) {
            int start = size;
            text(text.apply(value));
            if (previousStart >= 0 && Arrays.compareUnsigned(buf, previousStart + 4, previousEnd, buf, start + 4,
                    size) > 0) {
                size = countAt;   // not in that order: write the set again, sorted
                return sortedSet(values, text);
            }
            previousStart = start;
            previousEnd = size;
        }
        return this;
    }

    private <T> EncodingWriter sortedSet(Set<T> values, Function<T, String> text) {
        byte[][] sorted = new byte[values.size()][];
        int i = 0;
        for (T value : values) {
            sorted[i++] = EventChecks.utf8(text.apply(value));
        }
        Arrays.sort(sorted, Arrays::compareUnsigned);
        u32(sorted.length);
        for (byte[] value : sorted) {
            bytes(value);
        }
        return this;
    }

    /** A fresh array holding what was written since the last {@link #reset()}. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private EncodingWriter bytes(byte[] value) {
        u32(value.length);
        return raw(value);
    }

    private EncodingWriter raw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buf, size, value.length);
        size += value.length;
        return this;
    }

    private void put32(int at, int value) {
        buf[at] = (byte) (value >>> 24);
        buf[at + 1] = (byte) (value >>> 16);
        buf[at + 2] = (byte) (value >>> 8);
        buf[at + 3] = (byte) value;
    }

    private void digits(int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, size + more));
        }
    }
}
