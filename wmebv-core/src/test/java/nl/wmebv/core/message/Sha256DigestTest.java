package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SHA-256 digests of content")
class Sha256DigestTest {

    @Test
    @DisplayName("digest of \"abc\" is the FIPS 180-2 known answer")
    void knownAnswer() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256Digest.digestOf("abc".getBytes(StandardCharsets.US_ASCII)).hex());
    }

    @Test
    @DisplayName("the bytes round-trip through the hex form")
    void bytesRoundTrip() {
        Sha256Digest d = Sha256Digest.digestOf(new byte[] {1, 2, 3});
        assertArrayEquals(d.toBytes(), Sha256Digest.of(d.hex()).toBytes());
        assertEquals(32, d.toBytes().length);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adx",
        "za7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    @DisplayName("anything but 64 lower-case hex digits is rejected naming hex, as the annotations say")
    void rejected(String hex) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Sha256Digest.of(hex));
        assertEquals("hex", e.field());
        ValidationAgreement.assertAgree(Sha256Digest.class, hex);
    }

    @Test
    @DisplayName("a valid digest passes both checks")
    void accepted() {
        ValidationAgreement.assertAgree(Sha256Digest.class,
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
