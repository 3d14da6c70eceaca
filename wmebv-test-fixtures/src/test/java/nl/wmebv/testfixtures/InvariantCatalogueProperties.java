package nl.wmebv.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.core.law.Provision;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.InboundAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every invariant of the catalogue over 1,000 generated cases on plain JUnit. The seed is fixed and
 * printed (with each failing case's own seed) in every failure.
 */
@DisplayName("Invariantencatalogus — elke wettelijke invariant over 1.000 gegenereerde gevallen")
class InvariantCatalogueProperties {
    private static final long SEED = 0x2_13_2_25L;
    private static final int CASES = 1_000;

    static Stream<Named<Invariant<?>>> invariants() {
        return Invariants.all().stream().map(i -> Named.of(i.name() + " [" + i.basis() + "]: " + i.statement(), i));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invariants")
    @DisplayName("de invariant geldt")
    void holds(Invariant<?> invariant) {
        InvariantReport report = Invariants.run(invariant, SEED, Size.MEDIUM, CASES);
        assertEquals(CASES, report.cases(), report::toString);
        report.assertHolds();
    }

    @Test
    @DisplayName("de catalogus telt minstens 30 invarianten met unieke naam, een grondslag en een zin van één regel")
    void catalogueIsComplete() {
        assertTrue(Invariants.all().size() >= 30, "only " + Invariants.all().size());
        Set<String> names = new HashSet<>();
        for (Invariant<?> i : Invariants.all()) {
            assertTrue(names.add(i.name()), "duplicate " + i.name());
            assertFalse(i.statement().contains("\n"), i.name());
            assertTrue(i.statement().length() <= 120, i.name() + " is longer than one line");
            assertEquals(i, Invariants.named(i.name()));
        }
    }

    @Test
    @DisplayName("de runner ziet een schending: een onjuiste 'invariant' faalt, met het zaad van het geval")
    void runnerReportsViolations() {
        Invariant<nl.wmebv.rules.inbound.InboundFacts> wrong = Invariant.of("wrong", Provision.AWB_2_16_LID_2,
                "every message gets no duty to react (false)", InboundCases.any(),
                f -> InboundAssessment.of().assess(f).wrongChannel().map(WrongChannelOutcome::kind)
                        .filter(k -> k != WrongChannelOutcome.Kind.NO_DUTY_TO_REACT).map(k -> "kind " + k));
        InvariantReport report = Invariants.run(wrong, SEED, Size.SMALL, 200);
        assertFalse(report.holds(), report::toString);
        InvariantReport.Violation v = report.violations().get(0);
        // replaying the printed case seed gives the same case and the same violation
        Optional<String> again = wrong.check(wrong.cases().next(Source.of(v.caseSeed(), Size.SMALL)));
        assertEquals(Optional.of(v.message()), again, report::toString);
        AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, report::assertHolds);
        assertTrue(error.getMessage().contains("seed 0x" + Long.toHexString(SEED)), error.getMessage());
        assertTrue(error.getMessage().contains("case seed 0x" + Long.toHexString(v.caseSeed())), error.getMessage());
    }

    @Test
    @DisplayName("een uitzondering van de regels telt als schending, niet als crash van de runner")
    void exceptionIsAViolation() {
        Invariant<Integer> throwing = Invariant.of("throws", Provision.AWB_2_20, "never throws (false)",
                s -> s.between(1, 3), n -> {
                    throw new IllegalStateException("boom " + n);
                });
        InvariantReport report = Invariants.run(throwing, SEED, Size.SMALL, 10);
        assertEquals(10, report.violations().size(), report::toString);
        assertTrue(report.violations().get(0).message().contains("boom"), report::toString);
    }
}
