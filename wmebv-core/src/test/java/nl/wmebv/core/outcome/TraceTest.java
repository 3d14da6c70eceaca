package nl.wmebv.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
    @DisplayName("a deferred trace builds its steps on first read, once, and equals the trace built at once")
    void deferred() {
        AtomicInteger builds = new AtomicInteger();
        Trace eager = Trace.of(Step.of(L1, "root").withFact("messageId", "m-1").withChild(Step.of(ONDER_B, "child")));
        Trace lazy = Trace.deferred("m-1", id -> {
            builds.incrementAndGet();
            return Trace.of(Step.of(L1, "root").withFact("messageId", id).withChild(Step.of(ONDER_B, "child")));
        });
        assertEquals(0, builds.get(), "nothing is built before somebody reads");
        assertEquals(eager, lazy);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager.render(), lazy.render());
        assertTrue(lazy.cites(ONDER_B));
        assertEquals(eager.toString(), lazy.toString());
        assertEquals(1, builds.get(), "built once, then kept");
        Trace supplied = Trace.deferred(() -> eager);
        assertEquals(eager.steps(), supplied.steps());
    }

    @Test
    @DisplayName("threads racing for the first read all see the same steps")
    void deferredConcurrently() throws Exception {
        Trace lazy = Trace.deferred(7, n -> Trace.of(Step.of(L1, "root").withFact("n", n)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Step>>> reads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                reads.add(pool.submit(lazy::steps));
            }
            for (Future<List<Step>> read : reads) {
                assertEquals(List.of(Step.of(L1, "root").withFact("n", 7)), read.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a deferred trace refuses a missing builder at once and a builder that returns nothing on read")
    void deferredBadInput() {
        assertEquals("builder", assertThrows(InvalidInputException.class,
                () -> Trace.deferred((java.util.function.Supplier<Trace>) null)).field());
        assertEquals("builder", assertThrows(InvalidInputException.class, () -> Trace.deferred("x", null)).field());
        assertEquals("input", assertThrows(InvalidInputException.class,
                () -> Trace.deferred(null, x -> Trace.of(Step.of(L1, "x")))).field());
        Trace broken = Trace.deferred("x", x -> null);
        assertEquals("trace", assertThrows(InvalidInputException.class, broken::steps).field());
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
