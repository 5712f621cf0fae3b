package io.stancegraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout rules: the engines are plain Java that any feature may call and that call no feature, and features do
 * not depend on each other in circles.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.stancegraph");

    private static final String[] FRAMEWORKS = { "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..",
            "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..", "io.micrometer.." };

    private static final String[] FEATURES = { "io.stancegraph.actor..", "io.stancegraph.article..",
            "io.stancegraph.audit..", "io.stancegraph.event..", "io.stancegraph.gateway..", "io.stancegraph.ingest..",
            "io.stancegraph.importer..", "io.stancegraph.platform..", "io.stancegraph.position..",
            "io.stancegraph.readpath..", "io.stancegraph.security..", "io.stancegraph.statement..",
            "io.stancegraph.topic.." };

    @Test
    void extractionEngineUsesNoFramework() {
        noClasses().that().resideInAPackage("io.stancegraph.extraction..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the extraction engine is plain Java: it unit-tests in milliseconds and compiles natively as is").check(CLASSES);
    }

    @Test
    void stanceEngineUsesNoFramework() {
        noClasses().that().resideInAPackage("io.stancegraph.stance..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the stance engine is plain Java: it unit-tests in milliseconds and compiles natively as is").check(CLASSES);
    }

    @Test
    void enginesCallNoFeature() {
        noClasses().that()
            .resideInAnyPackage("io.stancegraph.extraction..", "io.stancegraph.stance..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features call the engines, never the other way round").check(CLASSES);
    }

    @Test
    void stanceIsIndependentOfExtraction() {
        noClasses().that().resideInAPackage("io.stancegraph.stance..")
            .should().dependOnClassesThat().resideInAPackage("io.stancegraph.extraction..")
            .because("a statement's stance is judged from its text, whoever found the statement").check(CLASSES);
    }

    @Test
    void featuresFormNoCycles() {
        slices().matching("io.stancegraph.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
