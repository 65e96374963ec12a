package org.energydiag.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layers of core (ARCHITECTURE.md, "one evaluation"), after Sweet Home 3D's
 * PackageDependenciesTest: each package may use only the packages listed for it, and the
 * packages are free of cycles. Adding a dependency means adding it here, on purpose.
 *
 * <pre>
 * ground      text (user texts, for every package), unit, validation, progress
 * reference   packs with source and edition
 * parts       energy, benchmark, carbon, meter, catalogue, management, process, evidence, equipment
 * plan data   retrofit (tasks, key projects, targets as the engineer set them); footprint (product
 *             carbon-footprint studies and their calculator, on the evaluation's energy and carbon parts)
 * project     the aggregate; workspace (its repository)
 * analysis    energy and carbon results of a project
 * diagnosis   rules, findings, evaluation, targets, 表3-1 report
 * evaluation  ProjectEvaluation.of: the one function every surface reads; the plan check
 * verification the follow-up after the plan read with the evaluation: M&V of savings (followup: its records)
 * io, demo    project files; sample projects
 * report      documents and report.plan.Chapter, the one list of the plan's chapters (each with its
 *             section of the plan and its completeness); sync (submissions) on top
 * </pre>
 */
class PackageDependenciesTest {

    static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.energydiag.core");

    /** Package → the core packages it may use (besides itself). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("text", Set.of());
        ALLOWED.put("unit", Set.of());
        ALLOWED.put("validation", Set.of());
        ALLOWED.put("progress", Set.of());
        ALLOWED.put("reference", Set.of("unit"));
        ALLOWED.put("energy", Set.of("reference", "unit", "validation"));
        ALLOWED.put("benchmark", Set.of("energy", "reference"));
        ALLOWED.put("carbon", Set.of("energy", "reference", "unit", "validation"));
        ALLOWED.put("meter", Set.of("progress", "reference"));
        ALLOWED.put("catalogue", Set.of());
        ALLOWED.put("management", Set.of());
        ALLOWED.put("process", Set.of("reference"));
        ALLOWED.put("evidence", Set.of());
        ALLOWED.put("followup", Set.of());
        ALLOWED.put("equipment", Set.of("carbon", "catalogue", "reference", "validation"));
        ALLOWED.put("retrofit", Set.of("management"));
        ALLOWED.put("footprint", Set.of("carbon", "energy", "reference"));
        ALLOWED.put("project", Set.of("carbon", "energy", "equipment", "evidence", "followup", "footprint", "process", "reference", "retrofit",
                "validation"));
        ALLOWED.put("workspace", Set.of("evidence", "project"));
        ALLOWED.put("analysis", Set.of("benchmark", "carbon", "energy", "project", "reference", "validation"));
        ALLOWED.put("diagnosis", Set.of("analysis", "benchmark", "carbon", "catalogue", "energy", "equipment", "management", "meter",
                "project", "reference", "retrofit", "validation"));
        ALLOWED.put("evaluation", Set.of("analysis", "benchmark", "catalogue", "diagnosis", "energy", "equipment", "followup", "management", "meter",
                "progress", "project", "reference", "retrofit", "validation"));
        ALLOWED.put("verification", Set.of("carbon", "diagnosis", "energy", "evaluation", "followup", "meter", "progress", "project", "reference",
                "retrofit", "unit"));
        ALLOWED.put("io", Set.of("energy", "evidence", "project", "retrofit"));
        ALLOWED.put("demo", Set.of("carbon", "diagnosis", "energy", "equipment", "followup", "footprint", "management", "meter", "process",
                "project", "reference", "retrofit"));
        ALLOWED.put("report", Set.of("analysis", "benchmark", "carbon", "diagnosis", "energy", "equipment", "evaluation", "evidence",
                "followup", "footprint", "io", "management", "meter", "process", "project", "reference", "retrofit", "validation",
                "verification"));
        ALLOWED.put("sync", Set.of("evaluation", "evidence", "followup", "footprint", "io", "project", "report", "workspace"));
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("org.energydiag.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void eachPackageUsesOnlyWhatItsLayerAllows() {
        List<String> violations = new ArrayList<>();
        for (var e : ALLOWED.entrySet()) {
            List<String> allowed = new ArrayList<>();
            allowed.add("org.energydiag.core." + e.getKey() + "..");
            allowed.add("org.energydiag.core.text.."); // user texts: every package may use them
            e.getValue().forEach(p -> allowed.add("org.energydiag.core." + p + ".."));
            noClasses().that().resideInAPackage("org.energydiag.core." + e.getKey() + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.energydiag.core..")
                            .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAnyPackage(allowed.toArray(String[]::new)))))
                    .as(e.getKey() + " uses only " + e.getValue())
                    .evaluate(CORE).getFailureReport().getDetails().forEach(violations::add);
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("dependencies outside the allow-list").isEmpty();
    }

    @Test
    void everyPackageOfCoreIsListed() {
        Set<String> packages = new java.util.TreeSet<>();
        CORE.forEach(c -> {
            String rest = c.getPackageName().substring("org.energydiag.core".length());
            if (rest.startsWith(".")) {
                packages.add(rest.substring(1).split("\\.")[0]);
            }
        });
        org.assertj.core.api.Assertions.assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(packages);
    }
}
