package nl.wmebv.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.wmebv.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("LegalBasis — citaten van artikel, lid, onderdeel en volzin")
class LegalBasisTest {

    static Stream<Arguments> citations() {
        // compact form, Dutch citation (Aanwijzingen voor de regelgeving, written out by hand), English form
        return Stream.of(
                Arguments.of("Awb 2:16 lid 1 onder b",
                        "artikel 2:16, eerste lid, onder b, van de Algemene wet bestuursrecht",
                        "Article 2:16(1)(b) of the General Administrative Law Act (Awb)"),
                Arguments.of("Awb 6:7", "artikel 6:7 van de Algemene wet bestuursrecht",
                        "Article 6:7 of the General Administrative Law Act (Awb)"),
                Arguments.of("Awb 2:19 onder c", "artikel 2:19, onder c, van de Algemene wet bestuursrecht",
                        "Article 2:19(c) of the General Administrative Law Act (Awb)"),
                Arguments.of("Awb 2:21 lid 3 zin 2",
                        "artikel 2:21, derde lid, tweede volzin, van de Algemene wet bestuursrecht",
                        "Article 2:21(3), sentence 2 of the General Administrative Law Act (Awb)"),
                Arguments.of("ATW 3 lid 2", "artikel 3, tweede lid, van de Algemene termijnenwet",
                        "Article 3(2) of the General Time Limits Act (ATW)"),
                Arguments.of("Awb 4:5 lid 5", "artikel 4:5, vijfde lid, van de Algemene wet bestuursrecht",
                        "Article 4:5(5) of the General Administrative Law Act (Awb)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citations")
    @DisplayName("parse ↔ toString, en de Nederlandse en Engelse weergave")
    void roundTripsAndRenders(String compact, String dutch, String english) {
        LegalBasis basis = LegalBasis.parse(compact);
        assertEquals(compact, basis.toString());
        assertEquals(basis, LegalBasis.parse(basis.toString()));
        assertEquals(dutch, basis.toDutchCitation());
        assertEquals(english, basis.toEnglishCitation());
        assertEquals(dutch, basis.toCitation(Locale.ROOT));
        assertEquals(dutch, basis.toCitation(Locale.forLanguageTag("nl-NL")));
        assertEquals(english, basis.toCitation(Locale.UK));
    }

    @Test
    @DisplayName("of(...) builds the same value as parse(...)")
    void factoriesAgreeWithParse() {
        assertEquals(LegalBasis.parse("Awb 2:16 lid 1 onder b"), LegalBasis.of(Law.AWB, "2:16", 1, "b"));
        assertEquals(LegalBasis.parse("Awb 2:17 lid 2"), LegalBasis.of(Law.AWB, "2:17", 2));
        assertEquals(LegalBasis.parse("Awb 2:20"), LegalBasis.of(Law.AWB, "2:20"));
        assertEquals(LegalBasis.parse("Awb 2:19 onder a"), LegalBasis.ofOnderdeel(Law.AWB, "2:19", "a"));
        assertEquals(LegalBasis.parse("Awb 2:21 lid 3 zin 2"), LegalBasis.of(Law.AWB, "2:21", 3).withSentence(2));
    }

    @Test
    @DisplayName("components are exposed as optionals")
    void components() {
        LegalBasis b = LegalBasis.parse("Awb 2:16 lid 1 onder b");
        assertEquals(Law.AWB, b.law());
        assertEquals("2:16", b.article());
        assertEquals(OptionalInt.of(1), b.lid());
        assertEquals("b", b.onderdeel().orElseThrow());
        assertEquals(OptionalInt.empty(), b.sentence());
        assertTrue(LegalBasis.parse("Awb 2:20").lid().isEmpty());
    }

    @Test
    @DisplayName("parse accepts the law abbreviation in any case and surrounding space")
    void lenientLawCase() {
        assertEquals(LegalBasis.parse("Awb 2:20"), LegalBasis.parse("  AWB 2:20 "));
        assertEquals(LegalBasis.parse("ATW 1 lid 1"), LegalBasis.parse("atw 1 lid 1"));
    }

    @Test
    @DisplayName("the URL points at the article anchor on wetten.overheid.nl")
    void url() {
        assertEquals("https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel216",
                LegalBasis.parse("Awb 2:16 lid 1 onder b").url());
        assertEquals("https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel1",
                LegalBasis.parse("ATW 1 lid 2").url());
    }

    @Nested
    @DisplayName("isWithin — a part lies within the whole")
    class Within {
        @Test
        void onderdeelWithinLidWithinArticle() {
            LegalBasis onderB = LegalBasis.parse("Awb 2:16 lid 1 onder b");
            assertTrue(onderB.isWithin(LegalBasis.parse("Awb 2:16 lid 1")));
            assertTrue(onderB.isWithin(LegalBasis.parse("Awb 2:16")));
            assertTrue(onderB.isWithin(onderB));
            assertFalse(LegalBasis.parse("Awb 2:16 lid 1").isWithin(onderB));
            assertFalse(onderB.isWithin(LegalBasis.parse("Awb 2:16 lid 2")));
            assertFalse(onderB.isWithin(LegalBasis.parse("Awb 2:17")));
            assertFalse(LegalBasis.parse("ATW 2").isWithin(LegalBasis.parse("Awb 2:2")));
        }
    }

    @Test
    @DisplayName("ordering follows law, chapter and article number numerically, then lid and onderdeel")
    void ordering() {
        List<LegalBasis> sorted = new ArrayList<>(Stream.of("Awb 6:7", "Awb 2:16 lid 2", "Awb 2:16 lid 1 onder b",
                "Awb 2:16 lid 1", "Awb 2:3 lid 3", "ATW 1 lid 1", "Awb 2:10 lid 1").map(LegalBasis::parse).toList());
        sorted.sort(null);
        assertEquals(List.of("Awb 2:3 lid 3", "Awb 2:10 lid 1", "Awb 2:16 lid 1", "Awb 2:16 lid 1 onder b",
                "Awb 2:16 lid 2", "Awb 6:7", "ATW 1 lid 1"), sorted.stream().map(LegalBasis::toString).toList());
    }

    @Nested
    @DisplayName("bad input names the field")
    class BadInput {
        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "Awb", "2:16", "Awb 2:16 lid", "Awb 2:16 lid x", "Awb 2:16 lid 0",
            "Awb 2:16 lid 21", "Xyz 2:16", "Awb 216", "Awb 2:16 onder B", "Awb 2:16 lid 1 onder",
            "Awb 2:16 lid 99999999999", "Awb 2:16 zin 0", "Awb 2:16 lid 1 onder b extra"})
        @DisplayName("a malformed citation → field \"citation\"")
        void malformed(String text) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> LegalBasis.parse(text));
            assertEquals("citation", e.field());
        }

        @Test
        void nullCitation() {
            assertEquals("citation", assertThrows(InvalidInputException.class, () -> LegalBasis.parse(null)).field());
        }

        @Test
        void factories() {
            assertEquals("law", assertThrows(InvalidInputException.class, () -> LegalBasis.of(null, "2:16")).field());
            assertEquals("article", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, null)).field());
            assertEquals("article", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "16")).field());
            assertEquals("lid", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "2:16", 0)).field());
            assertEquals("onderdeel", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "2:16", 1, null)).field());
            assertEquals("onderdeel", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "2:16", 1, "B")).field());
            assertEquals("sentence", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "2:21", 3).withSentence(0)).field());
            assertEquals("other", assertThrows(InvalidInputException.class,
                    () -> LegalBasis.of(Law.AWB, "2:21").isWithin(null)).field());
        }
    }

    @ParameterizedTest
    @EnumSource(Provision.class)
    @DisplayName("every Provision round-trips through its compact citation")
    void everyProvisionRoundTrips(Provision p) {
        assertEquals(p.basis(), LegalBasis.parse(p.basis().toString()));
        assertEquals(p, Provision.of(p.basis()).orElseThrow());
    }
}
