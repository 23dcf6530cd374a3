package org.wardstat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The packages are the pipeline's capabilities, and they depend on each other in one direction:
 * the faces (command line, web) on the engine (jobs), the engine on the reports, the reports on
 * the analysis, everything on system. No cycles between them, none inside the report module.
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/benchmark-classes/") && !location.contains("/org/wardstat/benchmark/"))
            .importPackages("org.wardstat");

    @Test
    void theCapabilitiesHaveNoCycles() {
        slices().matching("org.wardstat.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theReportModuleHasNoCyclesInside() {
        slices().matching("org.wardstat.report.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theFacesAreUsedByNothingElse() {
        noClasses().that().resideOutsideOfPackages("org.wardstat.cli..", "org.wardstat.web..", "org.wardstat")
                .should().dependOnClassesThat().resideInAnyPackage("org.wardstat.cli..", "org.wardstat.web..")
                .check(PRODUCTION);
    }

    @Test
    void theEngineIsUsedOnlyByTheFaces() {
        noClasses().that().resideOutsideOfPackages("org.wardstat.jobs..", "org.wardstat.cli..", "org.wardstat.web..", "org.wardstat")
                .should().dependOnClassesThat().resideInAPackage("org.wardstat.jobs..")
                .check(PRODUCTION);
    }

    @Test
    void theCalculationsAndTheLoadsDoNotKnowTheReports() {
        noClasses().that().resideInAnyPackage("org.wardstat.analytics..", "org.wardstat.catalog..", "org.wardstat.criteria..",
                        "org.wardstat.ingest..", "org.wardstat.rollout..", "org.wardstat.system..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wardstat.report..", "org.wardstat.jobs..")
                .check(PRODUCTION);
    }

    @Test
    void systemDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage("org.wardstat.system..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wardstat.analytics..", "org.wardstat.catalog..",
                        "org.wardstat.criteria..", "org.wardstat.ingest..", "org.wardstat.rollout..", "org.wardstat.report..",
                        "org.wardstat.jobs..", "org.wardstat.users..", "org.wardstat.entry..", "org.wardstat.template..")
                .check(PRODUCTION);
    }
}
