package org.energydiag.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ARCHITECTURE.md layering: swing → controller → core, cli → core, store/sync → core; only
 * {@code app.swing} touches Swing, AWT, FlatLaf, MigLayout or JFreeChart.
 */
@AnalyzeClasses(packages = "org.energydiag", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] UI = {"javax.swing..", "java.awt..", "com.formdev..", "net.miginfocom..", "org.jfree.."};

    @ArchTest
    static final ArchRule onlySwingPackageTouchesUi = noClasses()
            .that().resideOutsideOfPackage("org.energydiag.app.swing..")
            .should().dependOnClassesThat().resideInAnyPackage(UI);

    /**
     * One evaluation (issue 15): the diagnosis report is built only inside ProjectEvaluation.of,
     * and the energy/carbon analysis only there and in the open project's session (which hands it
     * to the evaluation); every other class reads the evaluation.
     */
    @ArchTest
    static final ArchRule onlyTheEvaluationAssemblesTheReport = noClasses()
            .that().resideOutsideOfPackage("org.energydiag.core.evaluation..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("RetrofitReport.of or DiagnosisInput.of", t ->
                            t.getName().equals("of") && (t.getOwner().getName().equals("org.energydiag.core.diagnosis.RetrofitReport")
                                    || t.getOwner().getName().equals("org.energydiag.core.diagnosis.DiagnosisInput")))));

    @ArchTest
    static final ArchRule onlyTheEvaluationAndTheSessionAnalyse = noClasses()
            .that().resideOutsideOfPackage("org.energydiag.core.evaluation..")
            .and().doNotHaveFullyQualifiedName("org.energydiag.app.controller.ProjectSession")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("ProjectAnalysis.of", t ->
                            t.getName().equals("of") && t.getOwner().getName().equals("org.energydiag.core.analysis.ProjectAnalysis"))));

    @ArchTest
    static final ArchRule coreNeverKnowsApp = noClasses().that().resideInAPackage("org.energydiag.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.energydiag.app..", "java.sql..", "javax.sql..",
                    "java.net.http..");

    @ArchTest
    static final ArchRule controllersUseCoreOnly = noClasses().that().resideInAPackage("org.energydiag.app.controller..")
            .should().dependOnClassesThat().resideInAnyPackage("org.energydiag.app.store..", "org.energydiag.app.cli..",
                    "org.energydiag.app.swing..", "java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule cliUsesCoreOnly = noClasses().that().resideInAPackage("org.energydiag.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.energydiag.app.store..", "org.energydiag.app.swing..",
                    "org.energydiag.app.controller..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule storeDoesNotKnowScreens = noClasses().that().resideInAPackage("org.energydiag.app.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.energydiag.app.swing..", "org.energydiag.app.controller..",
                    "org.energydiag.app.cli..");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackage("org.energydiag.app.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule syncDoesNotKnowScreensOrTheDatabase = noClasses().that().resideInAPackage("org.energydiag.app.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("org.energydiag.app.swing..", "org.energydiag.app.controller..",
                    "org.energydiag.app.cli..", "org.energydiag.app.store..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule httpOnlyInSync = noClasses().that().resideOutsideOfPackage("org.energydiag.app.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..");
}
