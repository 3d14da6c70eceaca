package nl.wmebv.rules.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.internal.Checks;
import nl.wmebv.core.message.Sha256Digest;

/**
 * A signed checkpoint of the evidence log: its size, its RFC 9162 root hash and the moment of signing, signed
 * with Ed25519 by the body's key (Awb 2:25; P26).
 *
 * <p>A checkpoint kept <em>outside</em> the store is what makes the log tamper-evident: whoever rewrites the
 * store and recomputes the tree, or cuts records off its end, cannot produce a log whose root at the
 * checkpoint's size equals the signed root. Publish checkpoints where the log's operator cannot silently
 * change them, e.g. in the zaak's document store, in a copy given to a party, or with an external witness.
 *
 * <p>The signed text is, in UTF-8, each line ending in a line feed:
 * <pre>
 * wmebv-evidence-checkpoint/v1
 * &lt;log identifier&gt;
 * &lt;tree size, decimal&gt;
 * &lt;root hash, 64 lower-case hex digits&gt;
 * &lt;signed at, uuuu-MM-ddTHH:mm:ss.SSSSSSSSSZ&gt;
 * </pre>
 * {@link #toText()} appends a line {@code signature <base64>}. This record is immutable and thread-safe.
 *
 * @param logId      the identifier of the log, e.g. the body's identifier
 * @param treeSize   the number of records the checkpoint covers
 * @param rootHash   the root hash of those records
 * @param signedAt   the moment of signing, from the log's clock
 * @param signature  the Ed25519 signature of {@link #signedText()}, base64
 */
public record Checkpoint(String logId, long treeSize, Sha256Digest rootHash, Instant signedAt, String signature) {

    /** The first line of every checkpoint. */
    public static final String HEADER = "wmebv-evidence-checkpoint/v1";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * Validates the checkpoint (not its signature: see {@link #verify(PublicKey)}).
     *
     * @param logId      an identifier, not blank
     * @param treeSize   not negative
     * @param rootHash   not null
     * @param signedAt   not null
     * @param signature  base64, not null
     * @throws InvalidInputException naming the field if a value is missing or malformed
     */
    public Checkpoint {
        Checks.identifier(logId, "logId");
        Checks.require(treeSize >= 0, "treeSize", "notNegative", "must not be negative, is " + treeSize, null);
        Checks.notNull(rootHash, "rootHash");
        Checks.notNull(signedAt, "signedAt");
        Checks.notNull(signature, "signature");
        try {
            Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("signature", "base64", "is not base64");
        }
    }

    /**
     * Signs a checkpoint.
     *
     * @param logId     the log identifier, not blank
     * @param treeSize  the size, not negative
     * @param rootHash  the root hash at that size, not null
     * @param signedAt  the moment of signing, not null
     * @param key       an Ed25519 private key, not null
     * @return the signed checkpoint
     * @throws InvalidInputException if an argument is null or invalid, or the key is not an Ed25519 key
     *         ({@code field() "key"})
     */
    public static Checkpoint sign(String logId, long treeSize, Sha256Digest rootHash, Instant signedAt, PrivateKey key) {
        Checks.notNull(key, "key");
        Checkpoint unsigned = new Checkpoint(logId, treeSize, rootHash, signedAt, "");
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(logId, treeSize, rootHash, signedAt, Base64.getEncoder().encodeToString(s.sign()));
        } catch (InvalidKeyException e) {
            throw new InvalidInputException("key", "ed25519", "is not an Ed25519 private key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 platform supports Ed25519", e);
        }
    }

    /**
     * Returns the text that is signed.
     *
     * @return five lines, each ending in a line feed
     */
    public String signedText() {
        return HEADER + "\n" + logId + "\n" + treeSize + "\n" + rootHash.hex() + "\n" + INSTANT.format(signedAt) + "\n";
    }

    /**
     * Returns the checkpoint as text to publish: {@link #signedText()} plus a line {@code signature <base64>}.
     *
     * @return six lines
     */
    public String toText() {
        return signedText() + "signature " + signature + "\n";
    }

    /**
     * Parses the text of {@link #toText()}.
     *
     * @param text  the text, not null
     * @return the checkpoint, whose signature is not yet verified
     * @throws InvalidInputException if the text is not a checkpoint ({@code field() "checkpoint"}, or the field
     *         that is malformed)
     */
    public static Checkpoint parse(String text) {
        Checks.notNull(text, "text");
        String[] lines = text.split("\n", -1);
        if (lines.length != 7 || !lines[6].isEmpty() || !lines[0].equals(HEADER) || !lines[5].startsWith("signature ")) {
            throw new InvalidInputException("checkpoint", "format", "is not a " + HEADER + " checkpoint of six lines");
        }
        long size;
        try {
            size = Long.parseLong(lines[2]);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("treeSize", "format", "is not a decimal number");
        }
        Instant at;
        try {
            at = INSTANT.parse(lines[4], Instant::from);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("signedAt", "instant", "is not a moment in the fixed form");
        }
        Checkpoint c = new Checkpoint(lines[1], size, new Sha256Digest(lines[3]), at, lines[5].substring("signature ".length()));
        if (!c.toText().equals(text)) {
            throw new InvalidInputException("checkpoint", "canonical", "is not in canonical form");
        }
        return c;
    }

    /**
     * Verifies the signature with the body's public key.
     *
     * @param key  the Ed25519 public key, not null
     * @return valid, or {@code "badSignature"} or {@code "wrongKey"} (not an Ed25519 key)
     * @throws InvalidInputException if {@code key} is null
     */
    public Verification verify(PublicKey key) {
        Checks.notNull(key, "key");
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(signedText().getBytes(StandardCharsets.UTF_8));
            if (s.verify(Base64.getDecoder().decode(signature))) {
                return Verification.ok("checkpoint of size " + treeSize + " is signed by the key");
            }
            return Verification.failed("badSignature", "the checkpoint of size " + treeSize + " is not signed by this key");
        } catch (InvalidKeyException e) {
            return Verification.failed("wrongKey", "the key is not an Ed25519 public key");
        } catch (SignatureException e) {
            return Verification.failed("badSignature", "the signature is malformed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 platform supports Ed25519", e);
        }
    }
}
