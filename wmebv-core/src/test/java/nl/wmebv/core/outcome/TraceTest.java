package nl.wmebv.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.wmebv.core.InvalidInputException;
import nl.wmebv.core.law.LegalBasis;
import nl.wmebv.core.law.Provision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Trace, Step and Texts — the outcome vocabulary")
class TraceTest {
    private static final LegalBasis L1 = Provision.AWB_2_16_LID_1.basis();
    private static final LegalBasis ONDER_B = Provision.AWB_2_16_LID_1_ONDER_B.basis();

    @Test
    @DisplayName("a step keeps facts in insertion order and replaces a fact of the same name")
    void facts() {
        Step s = Step.of(L1, "channel.wrong").withFact("messageId", "m-1").withFact("channel", "c-9")
                .withFact("messageId", "m-2");
        assertEquals(List.of("messageId", "channel"), List.copyOf(s.facts().keySet()));
        assertEquals("m-2", s.facts().get("messageId"));
        assertThrows(UnsupportedOperationException.class, () -> s.facts().put("x", "y"));
    }

    @Test
    @DisplayName("with… returns a new step and leaves the original unchanged")
    void immutable() {
        Step s = Step.of(L1, "a");
        Step t = s.withFact("k", 1).withChild(Step.of(ONDER_B, "b"));
        assertTrue(s.facts().isEmpty());
        assertTrue(s.children().isEmpty());
        assertNotEquals(s, t);
        assertEquals(t, Step.of(L1, "a").withFact("k", "1").withChild(Step.of(ONDER_B, "b")));
        assertEquals(t.hashCode(), Step.of(L1, "a").withFact("k", "1").withChild(Step.of(ONDER_B, "b")).hashCode());
    }

    @Test
    @DisplayName("flatten walks depth first; cites finds a part within a cited whole")
    void flattenAndCites() {
        Trace trace = Trace.of(Step.of(L1, "root").withChild(Step.of(ONDER_B, "child")),
                Step.of(Provision.AWB_6_14_LID_1.basis(), "second"));
        assertEquals(List.of("root", "child", "second"), trace.flatten().map(Step::finding).toList());
        assertTrue(trace.cites(LegalBasis.parse("Awb 2:16")));
        assertTrue(trace.cites(ONDER_B));
        assertFalse(trace.cites(Provision.AWB_2_16_LID_1_ONDER_A.basis()));
        assertEquals("- Awb 2:16 lid 1 root\n  - Awb 2:16 lid 1 onder b child\n- Awb 6:14 lid 1 second\n",
                trace.render());
    }

    @Test
    @DisplayName("bad input names the field")
    void badInput() {
        assertEquals("basis", assertThrows(InvalidInputException.class, () -> Step.of(null, "x")).field());
        assertEquals("finding", assertThrows(InvalidInputException.class, () -> Step.of(L1, " ")).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> Step.of(L1, "x").withFact("", 1))
                .field());
        assertEquals("k", assertThrows(InvalidInputException.class, () -> Step.of(L1, "x").withFact("k", null))
                .field());
        assertEquals("child", assertThrows(InvalidInputException.class, () -> Step.of(L1, "x").withChild(null))
                .field());
        assertEquals("steps", assertThrows(InvalidInputException.class, () -> Trace.of(List.of())).field());
        assertEquals("steps[1]", assertThrows(InvalidInputException.class,
                () -> Trace.of(Step.of(L1, "x"), null)).field());
    }

    @Test
    @DisplayName("Texts: any non-English locale reads the Dutch base bundle, English reads _en")
    void bundleLocale() {
        assertEquals(Locale.ROOT, Texts.bundleLocale(Locale.forLanguageTag("nl-NL")));
        assertEquals(Locale.ROOT, Texts.bundleLocale(Locale.GERMAN));
        assertEquals(Locale.ENGLISH, Texts.bundleLocale(Locale.US));
    }

    @Test
    @DisplayName("Texts.format fills arguments and fails loudly on a missing key")
    void format() {
        ResourceBundle bundle = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"k", "laatste dag {0}, {1}"}};
            }
        };
        assertEquals("laatste dag 2026-03-23, 7", Texts.format(bundle, "k", "2026-03-23", 7));
        assertThrows(IllegalStateException.class, () -> Texts.format(bundle, "missing"));
    }
}
