package nl.wmebv.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.wmebv.rules.channel.WrongChannelOutcome;
import nl.wmebv.rules.inbound.InboundAssessment;
import nl.wmebv.rules.inbound.InboundFacts;
import nl.wmebv.rules.outbound.NotificationDuty;
import nl.wmebv.rules.timelimit.SubmissionAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the three scenario spaces satisfies every invariant of its kind; the spaces are complete. */
@DisplayName("Scenarioruimtes — elke cel voldoet aan de invarianten")
class ScenarioSpacesTest {

    static Stream<ScenarioSpaces.Cell<InboundFacts>> inbound() {
        return ScenarioSpaces.inboundGrid();
    }

    static Stream<ScenarioSpaces.Cell<LedgerCase>> terms() {
        return ScenarioSpaces.termAdjustmentGrid();
    }

    static Stream<ScenarioSpaces.Cell<OutboundCase>> outbound() {
        return ScenarioSpaces.outboundLifecycleGrid();
    }

    private static <C> void allHold(java.util.List<Invariant<C>> invariants, ScenarioSpaces.Cell<C> cell) {
        for (Invariant<C> i : invariants) {
            Optional<String> v = i.check(cell.value());
            assertTrue(v.isEmpty(), () -> i.name() + " [" + i.basis() + "] in cell '" + cell + "': " + v.orElse(""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inbound")
    @DisplayName("inkomend beslisraster")
    void inboundCell(ScenarioSpaces.Cell<InboundFacts> cell) {
        allHold(Invariants.inbound(), cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("terms")
    @DisplayName("raster van termijnaanpassingen")
    void termCell(ScenarioSpaces.Cell<LedgerCase> cell) {
        allHold(Invariants.ledger(), cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outbound")
    @DisplayName("raster van de uitgaande levensloop")
    void outboundCell(ScenarioSpaces.Cell<OutboundCase> cell) {
        allHold(Invariants.outbound(), cell);
    }

    @Test
    @DisplayName("de rasters hebben de beloofde omvang en bereiken elke uitkomst")
    void complete() {
        assertEquals(180, ScenarioSpaces.inboundGrid().count());
        assertEquals(192, ScenarioSpaces.termAdjustmentGrid().count());
        assertEquals(48, ScenarioSpaces.outboundLifecycleGrid().count());
        Set<WrongChannelOutcome.Kind> kinds = EnumSet.noneOf(WrongChannelOutcome.Kind.class);
        ScenarioSpaces.inboundGrid().forEach(c -> InboundAssessment.of().assess(c.value()).wrongChannel()
                .ifPresent(w -> kinds.add(w.kind())));
        assertEquals(EnumSet.complementOf(EnumSet.of(WrongChannelOutcome.Kind.NOT_FORMAL)), kinds);
        Set<SubmissionAssessment.Kind> terms = EnumSet.noneOf(SubmissionAssessment.Kind.class);
        ScenarioSpaces.termAdjustmentGrid().forEach(c -> terms.add(c.value().ledger().assess(c.value().submission())
                .kind()));
        assertEquals(EnumSet.allOf(SubmissionAssessment.Kind.class), terms);
        Set<NotificationDuty.Status> duties = EnumSet.noneOf(NotificationDuty.Status.class);
        ScenarioSpaces.outboundLifecycleGrid().forEach(c -> c.value().probes().forEach(at -> c.value().lifecycle()
                .statusAt(at).notificationDuties().forEach(d -> duties.add(d.status()))));
        assertTrue(duties.containsAll(EnumSet.of(NotificationDuty.Status.DUE, NotificationDuty.Status.MET,
                NotificationDuty.Status.LATE, NotificationDuty.Status.MISSED, NotificationDuty.Status.COVERED_BY_LID_3)),
                duties::toString);
    }
}
