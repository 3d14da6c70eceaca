package nl.wmebv.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.wmebv.core.InvalidInputException;
import nl.wmebv.testsupport.ValidationAgreement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Bijlagen: naam, mediatype, digest en grootte, nooit inhoud (Awb 2:17 lid 2, P9)")
class AttachmentTest {

    /** SHA-256("abc"), FIPS 180-2 appendix B.1. */
    static final Sha256Digest ABC = Sha256Digest.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    @Test
    @DisplayName("een geldige bijlage; null in elk veld wordt geweigerd met die veldnaam")
    void validAndNulls() {
        ComponentChecks.assertValidAndEachNullRejected(Attachment.class, "bezwaar.pdf", "application/pdf", ABC, 3L);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"application/pdf", "Application/PDF", "image/svg+xml", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x.y-z_1"})
    @DisplayName("mediatypen volgens RFC 6838 worden aanvaard door constructor en annotaties")
    void mediaTypesAccepted(String mediaType) {
        ValidationAgreement.assertAgree(Attachment.class, "a.pdf", mediaType, ABC, 0L);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "pdf", "application/", "/pdf", " application/pdf", "application/pdf ",
        "application /pdf", "application/pdf; charset=utf-8", "text/*", "*/*", "ápplication/pdf", "a/b/c"})
    @DisplayName("andere mediatypen worden geweigerd met veld mediaType, zoals de annotaties zeggen")
    void mediaTypesRejected(String mediaType) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Attachment.of("a.pdf", mediaType, ABC, 0));
        assertEquals("mediaType", e.field());
        ValidationAgreement.assertAgree(Attachment.class, "a.pdf", mediaType, ABC, 0L);
    }

    @Test
    @DisplayName("het mediatype wordt in kleine letters bewaard, de bestandsnaam zonder omringende witruimte")
    void normalised() {
        Attachment a = Attachment.of("  Bezwaar.PDF ", "Application/PDF", ABC, 3);
        assertEquals("application/pdf", a.mediaType());
        assertEquals("Bezwaar.PDF", a.fileName());
    }

    @ParameterizedTest(name = "grootte {0}")
    @ValueSource(longs = {-1, Long.MIN_VALUE})
    @DisplayName("een negatieve grootte wordt geweigerd met veld size, zoals de annotaties zeggen")
    void negativeSize(long size) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Attachment.of("a.pdf", "application/pdf", ABC, size));
        assertEquals("size", e.field());
        ValidationAgreement.assertAgree(Attachment.class, "a.pdf", "application/pdf", ABC, size);
    }

    @ParameterizedTest(name = "bestandsnaam \"{0}\"")
    @ValueSource(strings = {"", " ", "\t"})
    @DisplayName("een lege bestandsnaam wordt geweigerd met veld fileName")
    void blankFileName(String fileName) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Attachment.of(fileName, "application/pdf", ABC, 0));
        assertEquals("fileName", e.field());
        ValidationAgreement.assertAgree(Attachment.class, fileName, "application/pdf", ABC, 0L);
    }

    @Test
    @DisplayName("toString toont nooit de bestandsnaam, wel digest en grootte")
    void toStringRedactsFileName() {
        String s = Attachment.of("bezwaar-j-jansen-bsn-123456782.pdf", "application/pdf", ABC, 3).toString();
        assertFalse(s.contains("jansen"), s);
        assertFalse(s.contains("123456782"), s);
        assertTrue(s.contains(ABC.hex()) && s.contains("size=3"), s);
    }
}
