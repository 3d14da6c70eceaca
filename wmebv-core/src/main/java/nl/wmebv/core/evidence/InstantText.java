package nl.wmebv.core.evidence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The fixed-width ISO-8601 UTC form of a moment in the encoding, {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'}:
 * always 30 ASCII characters, nine fraction digits, never a leap second or an offset other than {@code Z}.
 * Not part of the API.
 */
final class InstantText {
    /** The length of every instant text. */
    static final int LENGTH = 30;
    /** The separators and their positions; every other position holds an ASCII digit. */
    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddddddddZ";

    private InstantText() {
    }

    /**
     * Formats a moment in the encodable range.
     *
     * @param t  the moment, between {@link EvidenceEncoding#MIN_INSTANT} and {@link EvidenceEncoding#MAX_INSTANT}
     * @return its 30-character form
     */
    static String format(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(LENGTH);
        pad(sb, d.getYear(), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        pad(sb, d.getDayOfMonth(), 2).append('T');
        pad(sb, d.getHour(), 2).append(':');
        pad(sb, d.getMinute(), 2).append(':');
        pad(sb, d.getSecond(), 2).append('.');
        return pad(sb, d.getNano(), 9).append('Z').toString();
    }

    /**
     * Parses the 30-character form; anything else, including a valid ISO-8601 text of another shape, is
     * rejected.
     *
     * @param text  the text
     * @return the moment, or null if {@code text} is not exactly the fixed form of a real moment
     */
    static Instant parse(String text) {
        if (text.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char expected = SHAPE.charAt(i);
            char c = text.charAt(i);
            if (expected == 'd' ? c < '0' || c > '9' : c != expected) {
                return null;
            }
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), number(text, 20, 29))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        return sb.append("0".repeat(width - digits.length())).append(digits);
    }
}
