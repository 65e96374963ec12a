package org.energydiag.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ARCHITECTURE.md: core is pure Java — no Swing/AWT, no JDBC, no HTTP, and never the app. */
@AnalyzeClasses(packages = "org.energydiag.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule noUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..", "net.miginfocom..", "org.jfree..");

    @ArchTest
    static final ArchRule noJdbcNoHttp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule neverTheApp = noClasses().should().dependOnClassesThat().resideInAPackage("org.energydiag.app..");
}
