package nl.wmebv.core.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes the items of the canonical encoding: texts as a 4-byte big-endian length and UTF-8 bytes,
 * moments as {@link InstantText}, optionals with a presence byte, lists and sets with a 4-byte count.
 * Not part of the API.
 */
final class LegacyEncodingWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    LegacyEncodingWriter u8(int value) {
        out.write(value);
        return this;
    }

    void u32(int value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value).array());   // big-endian
    }

    LegacyEncodingWriter text(String value) {
        return bytes(EventChecks.utf8(value));
    }

    LegacyEncodingWriter instant(Instant value) {
        return text(InstantText.format(value));
    }

    LegacyEncodingWriter wire(WireNamed value) {
        return text(value.wireName());
    }

    LegacyEncodingWriter optional(Optional<String> value) {
        if (value.isEmpty()) {
            return u8(0);
        }
        return u8(1).text(value.get());
    }

    /** Writes a list of texts in the given order. */
    LegacyEncodingWriter list(List<String> values) {
        u32(values.size());
        values.forEach(this::text);
        return this;
    }

    /** Writes a set of texts in ascending order of their UTF-8 bytes, the only order the reader accepts. */
    LegacyEncodingWriter set(Collection<String> values) {
        byte[][] sorted = values.stream().map(EventChecks::utf8).sorted(Arrays::compareUnsigned)
                .toArray(byte[][]::new);
        u32(sorted.length);
        for (byte[] value : sorted) {
            bytes(value);
        }
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private LegacyEncodingWriter bytes(byte[] value) {
        u32(value.length);
        out.writeBytes(value);
        return this;
    }
}
