package nl.wmebv.core.message;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;

/**
 * A SHA-256 digest of content (a message body, an attachment, entered form data), as 64 lower-case hex
 * digits.
 *
 * <p>The library stores digests, never content: content can be erased (AVG) while the evidence stays
 * verifiable (Awb 2:25, P9, P26). This record is immutable and thread-safe.
 *
 * @param hex  the digest as 64 lower-case hexadecimal digits
 */
public record Sha256Digest(@NotNull @Pattern(regexp = "[0-9a-f]{64}") String hex) {

    /**
     * Validates the digest.
     *
     * @param hex  the digest as 64 lower-case hexadecimal digits
     * @throws InvalidInputException if {@code hex} is null or not 64 lower-case hex digits
     *         ({@code field() "hex"})
     */
    public Sha256Digest {
        Checks.notNull(hex, "hex");
        if (hex.length() != 64 || !lowerHex(hex)) {
            throw new InvalidInputException("hex", "format", "must be 64 lower-case hexadecimal digits");
        }
    }

    /**
     * Creates a digest from its hex form.
     *
     * @param hex  64 lower-case hexadecimal digits
     * @return the digest
     * @throws InvalidInputException if {@code hex} is not a SHA-256 digest
     */
    public static Sha256Digest of(String hex) {
        return new Sha256Digest(hex);
    }

    /**
     * Computes the digest of some bytes.
     *
     * @param content  the bytes, not null
     * @return their SHA-256 digest
     * @throws InvalidInputException if {@code content} is null
     */
    public static Sha256Digest digestOf(byte[] content) {
        Checks.notNull(content, "content");
        try {
            return new Sha256Digest(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /**
     * Returns the 32 bytes of the digest.
     *
     * @return a fresh copy of the bytes
     */
    public byte[] toBytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return "sha256:" + hex;
    }

    /** Whether every character is 0-9 or a-f: a loop, not a stream (every decoded evidence record checks two). */
    private static boolean lowerHex(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
