package nl.wmebv.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.wmebv.core.outcome.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Architecture of wmebv-rules")
class ArchitectureTest {
    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wmebv.rules");

    @Test
    @DisplayName("the rule packages form no cycles")
    void noCycles() {
        slices().matching("nl.wmebv.rules.(*)..").should().beFreeOfCycles().check(RULES);
    }

    @Test
    @DisplayName("rules depend on no framework and log only through SLF4J")
    void noFrameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.inject..",
                "javax.inject..", "java.util.logging..", "org.apache.logging..", "ch.qos.logback..",
                "nl.wmebv.testfixtures..").check(RULES);
    }

    @Test
    @DisplayName("time is explicit: no system clock, no default zone or locale, no java.util.Date")
    void timeIsExplicit() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Locale.class, "getDefault")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .check(RULES);
    }

    @Test
    @DisplayName("legal results are values: outcome types are records or sealed interfaces")
    void outcomesAreValues() {
        classes().that().areAssignableTo(Outcome.class).and().areNotInterfaces()
                .should().beRecords().check(RULES);
    }
}
