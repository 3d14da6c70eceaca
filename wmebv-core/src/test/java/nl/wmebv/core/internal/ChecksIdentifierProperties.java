package nl.wmebv.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import nl.wmebv.core.Constraints;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checks.identifier: the ASCII fast path answers exactly as the full check")
class ChecksIdentifierProperties {
    private static final long SEED = 0x1D_2026L;

    /** The full check as it was before the fast path (issue 8), kept as the oracle. */
    private static String oracle(String value, String field) {
        if (value.isBlank()) {
            throw new InvalidInputException(field, "notBlank", "must not be empty or blank");
        }
        if (value.length() > Constraints.IDENTIFIER_MAX_LENGTH) {
            throw new InvalidInputException(field, "size", "must be at most " + Constraints.IDENTIFIER_MAX_LENGTH
                    + " characters, was " + value.length());
        }
        if (!value.strip().equals(value)) {
            throw new InvalidInputException(field, "noSurroundingSpace", "must not start or end with white space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, "noControlCharacters",
                        "must not contain control characters (at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "noUnpairedSurrogates",
                        "must not contain an unpaired surrogate, which has no UTF-8 form (at index " + i + ")");
            }
        }
        return value;
    }

    private static String outcome(java.util.function.Supplier<String> check) {
        try {
            return "ok:" + check.get();
        } catch (InvalidInputException e) {
            return e.field() + "/" + e.constraint() + "/" + e.getMessage();
        }
    }

    @Test
    @DisplayName("20.000 strings of ASCII, spaces, controls, tabs, non-ASCII and surrogates (seed 0x1D2026)")
    void agreesWithTheFullCheck() {
        SplittableRandom random = new SplittableRandom(SEED);
        char[] alphabet = {'a', 'Z', '0', '-', '.', ':', '~', ' ', '\t', '\n', '\u0000', '\u007f', '\u0085', '\u00e9',
            '\u2003', '\u00a0', '\ud83d', '\ude00', '\u20ac'};
        int valid = 0;
        int asciiValid = 0;
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(10) == 0 ? 195 + random.nextInt(10) : random.nextInt(8);
            StringBuilder sb = new StringBuilder(length);
            boolean asciiOnly = random.nextBoolean();
            for (int k = 0; k < length; k++) {
                sb.append(asciiOnly ? alphabet[random.nextInt(8)] : alphabet[random.nextInt(alphabet.length)]);
            }
            String value = sb.toString();
            String expected = outcome(() -> oracle(value, "f"));
            assertEquals(expected, outcome(() -> Checks.identifier(value, "f")), "seed " + SEED + ", case " + i
                    + ": " + value.chars().mapToObj(Integer::toHexString).toList());
            if (expected.startsWith("ok:")) {
                valid++;
                asciiValid += value.chars().allMatch(c -> c >= ' ' && c <= '~') ? 1 : 0;
            }
        }
        // Both paths are exercised: valid ASCII identifiers (fast path) and valid others (full path), and refusals.
        assertTrue(asciiValid > 1_000 && valid - asciiValid > 100 && valid < 19_000,
                "seed " + SEED + ": " + valid + " valid, " + asciiValid + " plain ASCII");
    }
}
