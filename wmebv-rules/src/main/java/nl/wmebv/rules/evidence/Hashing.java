package nl.wmebv.rules.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 with the RFC 9162 domain separation: leaves are prefixed 0x00, interior nodes 0x01. */
final class Hashing {
    static final int HASH_LENGTH = 32;

    private Hashing() {
    }

    /**
     * One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call (4 % of the
     * allocation of an append; JFR, issue 8). {@code digest()} resets it, and nothing here is re-entrant.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hashing::sha256);

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    static byte[] leaf(byte[] entry) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x00);
        md.update(entry);
        return md.digest();
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest md = SHA256.get();
        md.update((byte) 0x01);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    static byte[] empty() {
        return sha256().digest();
    }

    /** The largest power of two strictly smaller than {@code n}, for {@code n > 1}. */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }
}
