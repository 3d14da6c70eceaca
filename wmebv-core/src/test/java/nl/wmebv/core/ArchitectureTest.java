package nl.wmebv.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Architecture of wmebv-core")
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wmebv.core");

    @Test
    @DisplayName("core does not depend on rules, fixtures or any logging framework")
    void coreIsIndependent() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.wmebv.rules..", "nl.wmebv.testfixtures..",
                "org.slf4j..", "java.util.logging..", "java.lang.System$Logger").check(CORE);
    }

    @Test
    @DisplayName("the packages of core form no cycles")
    void noCycles() {
        slices().matching("nl.wmebv.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    @DisplayName("time is explicit: no system clock, no default zone, no java.util.Date")
    void timeIsExplicit() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .check(CORE);
    }

    @Test
    @DisplayName("texts never depend on the JVM's default locale")
    void noDefaultLocale() {
        noClasses().should().callMethod(Locale.class, "getDefault")
                .orShould().callMethod(Locale.class, "getDefault", Locale.Category.class)
                .check(CORE);
    }

    @Test
    @DisplayName("only wmebv's own modules use the internal package")
    void internalStaysInternal() {
        noClasses().that().resideOutsideOfPackages("nl.wmebv..")
                .should().dependOnClassesThat().resideInAPackage("nl.wmebv.core.internal..")
                .allowEmptyShould(true)
                .check(CORE);
    }
}
