package nl.wmebv.core.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.message.Sha256Digest;

/**
 * Reads the items of the canonical encoding strictly: every deviation from the one form
 * {@link EncodingWriter} produces is rejected with an {@link InvalidInputException} that names the field
 * and the offset of the field's first byte. Not part of the API.
 */
final class EncodingReader {
    private final byte[] bytes;
    private int position;
    /**
     * The name and offset of each field read so far, to place the constructor's cross-field errors: two small
     * arrays searched linearly (an event has at most 12 fields) instead of a map (issue 8 part 4).
     */
    private String[] fieldNames = new String[16];
    private int[] fieldOffsets = new int[16];
    private int fields;
    /** A strict UTF-8 decoder, made for the first text that is not ASCII. */
    private CharsetDecoder utf8;

    EncodingReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int position() {
        return position;
    }

    int u8(String field) {
        int start = begin(field);
        need(field, start, 1);
        return bytes[position++] & 0xFF;
    }

    String text(String field) {
        int start = begin(field);
        return textAt(field, start);
    }

    Instant instant(String field) {
        int start = begin(field);
        String text = textAt(field, start);
        Instant value = InstantText.parse(text);
        if (value == null) {
            throw error(field, "instant", start, "must be a UTC moment of the form uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ"
                    + " (30 characters), was " + quoted(text));
        }
        return value;
    }

    <T> T id(String field, Function<String, T> constructor) {
        int start = begin(field);
        String text = textAt(field, start);
        return convert(field, start, () -> constructor.apply(text));
    }

    Sha256Digest digest(String field) {
        return id(field, Sha256Digest::of);
    }

    <E extends Enum<E> & WireNamed> E wire(String field, Class<E> type) {
        int start = begin(field);
        String text = textAt(field, start);
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(text)) {
                return constant;
            }
        }
        throw error(field, "knownValue", start, "names no " + type.getSimpleName() + ": " + quoted(text));
    }

    <T> Optional<T> optional(String field, Function<String, T> constructor) {
        int start = begin(field);
        need(field, start, 1);
        int presence = bytes[position++] & 0xFF;
        if (presence == 0) {
            return Optional.empty();
        }
        if (presence != 1) {
            throw error(field, "presence", start, "must start with 0 (absent) or 1 (present), was " + presence);
        }
        String text = textAt(field, start);
        return Optional.of(convert(field, start, () -> constructor.apply(text)));
    }

    List<String> list(String field) {
        int start = begin(field);
        int count = count(field, start);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(textAt(field, position));
        }
        return values;
    }

    <T> Set<T> set(String field, Function<String, T> constructor) {
        int start = begin(field);
        int count = count(field, start);
        Set<T> values = new LinkedHashSet<>();
        byte[] previous = null;
        for (int i = 0; i < count; i++) {
            int elementStart = position;
            String text = textAt(field, elementStart);
            byte[] current = Arrays.copyOfRange(bytes, elementStart + 4, position);
            if (previous != null && Arrays.compareUnsigned(previous, current) >= 0) {
                throw error(field, "ascendingUnique", elementStart,
                        "elements must be in strictly ascending order of their UTF-8 bytes");
            }
            previous = current;
            values.add(convert(field, elementStart, () -> constructor.apply(text)));
        }
        return values;
    }

    /**
     * Runs an event's constructor, placing any error it throws at the offset of the field it names.
     */
    EvidenceEvent build(Supplier<EvidenceEvent> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            String base = e.field().split("[.\\[]")[0];
            throw relocated(e, e.field(), offsetOf(base));
        }
    }

    void end() {
        if (position != bytes.length) {
            throw error("encoding", "noTrailingBytes", position,
                    (bytes.length - position) + " bytes follow the last field");
        }
    }

    /**
     * Quotes text read from the input for an error message, cut to 40 characters: the input is untrusted and
     * may be long.
     */
    static String quoted(String text) {
        return "\"" + (text.length() <= 40 ? text : text.substring(0, 40) + "\u2026") + "\"";
    }

    InvalidInputException error(String field, String constraint, int offset, String detail) {
        return new InvalidInputException(field, constraint, "at offset " + offset + ": " + detail);
    }

    private int begin(String field) {
        for (int i = 0; i < fields; i++) {
            if (fieldNames[i].equals(field)) {
                fieldOffsets[i] = position;
                return position;
            }
        }
        if (fields == fieldNames.length) {
            fieldNames = Arrays.copyOf(fieldNames, 2 * fields);
            fieldOffsets = Arrays.copyOf(fieldOffsets, 2 * fields);
        }
        fieldNames[fields] = field;
        fieldOffsets[fields++] = position;
        return position;
    }

    /** The offset where a field began, or 0 if no field of that name was read. */
    private int offsetOf(String field) {
        for (int i = 0; i < fields; i++) {
            if (fieldNames[i].equals(field)) {
                return fieldOffsets[i];
            }
        }
        return 0;
    }

    private int count(String field, int start) {
        long count = u32(field, start);
        if (count > (bytes.length - position) / 4) {
            throw error(field, "truncated", start, "counts " + count + " elements, more than the "
                    + (bytes.length - position) + " remaining bytes can hold");
        }
        return (int) count;
    }

    private String textAt(String field, int start) {
        long length = u32(field, start);
        need(field, start, length);
        int from = position;
        int n = (int) length;
        position += n;
        // ASCII is well-formed UTF-8 that decodes byte for byte to the same chars: no decoder needed (a fresh
        // strict decoder per text was most of the garbage of a verification; issue 8 part 4).
        boolean ascii = true;
        for (int i = from; i < from + n; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, n, StandardCharsets.ISO_8859_1);
        }
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, from, n)).toString();
        } catch (CharacterCodingException e) {
            throw error(field, "utf8", start, "is not well-formed UTF-8");
        }
    }

    private long u32(String field, int start) {
        need(field, start, 4);
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    private void need(String field, int start, long length) {
        if (length > bytes.length - position) {
            throw error(field, "truncated", start, "needs " + length + " more bytes, "
                    + (bytes.length - position) + " remain");
        }
    }

    private <T> T convert(String field, int start, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            throw relocated(e, field, start);
        }
    }

    /** Rethrows an error of a constructor with the encoding's field name and offset, keeping its detail. */
    private InvalidInputException relocated(InvalidInputException e, String field, int offset) {
        // InvalidInputException's message is "field: detail", followed by " (basis)" when it has one.
        String message = e.getMessage();
        int end = message.length() - e.legalBasis().map(b -> b.toString().length() + 3).orElse(0);
        String detail = message.substring(e.field().length() + 2, end);
        InvalidInputException moved = new InvalidInputException(field, e.constraint(),
                "at offset " + offset + ": " + detail, e.legalBasis().orElse(null));
        moved.initCause(e);
        return moved;
    }
}
