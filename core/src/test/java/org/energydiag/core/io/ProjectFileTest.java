package org.energydiag.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryField() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某诊断机构");
        Path f = dir.resolve("demo.edproj");
        ProjectFile.write(p, f, "EnergyDiag test", T);
        DiagnosisProject back = ProjectFile.read(f);
        assertThat(back).isEqualTo(p);
        assertThat(back.enterprise().energyConsumption2025()).hasToString("33.97");
        // and the DB document form
        assertThat(ProjectJson.fromJson(ProjectJson.toJson(p), ProjectJson.MODEL_VERSION)).isEqualTo(p);
    }

    /** A project with a full plan (accepted tasks, key projects, safeguards) through the file and back. */
    @Test
    void planWithDecisionsRoundTripsThroughTheFile() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某诊断机构");
        var ref = org.energydiag.core.reference.EnergyReference.load();
        var report = org.energydiag.core.diagnosis.RetrofitReport.of(org.energydiag.core.diagnosis.DiagnosisInput.of(p,
                org.energydiag.core.analysis.ProjectAnalysis.of(p, ref),
                new org.energydiag.core.equipment.rating.EfficiencyRater(
                        org.energydiag.core.equipment.rating.GradeTables.loadBundled()),
                org.energydiag.core.equipment.SavingsEstimator.forProject(p.carbon(), p.equipment(), p.energy().baseYear(), ref),
                org.energydiag.core.catalogue.Catalogue.loadBundled(), java.util.List.of()));
        DiagnosisProject decided = DemoProjects.withDecisions(p, report, T);
        assertThat(decided.plan().tasks()).hasSize(report.candidates().size() + 1); // and the energy management centre
        assertThat(decided.plan().keyProjects()).hasSize(3);

        Path f = dir.resolve("decided.edproj");
        ProjectFile.write(decided, f, "EnergyDiag test", T);
        DiagnosisProject back = ProjectFile.read(f);

        assertThat(back.plan()).isEqualTo(decided.plan());
        assertThat(back).isEqualTo(decided);
        assertThat(Files.readString(f)).contains("\"keyProjects\"").contains("\"rejectedCandidates\"");
    }

    /*
     * The confirmed references travel with the file; a file written before confirmation existed (no
     * "confirmedRefs") opens with every reference a suggestion again, to be confirmed before it is printed.
     */
    @Test
    void confirmedReferencesRoundTripAndOlderFilesStartUnconfirmed() throws Exception {
        var t = org.energydiag.core.retrofit.RetrofitTask.manual(org.energydiag.core.retrofit.TaskCategory.PROCESS, "篦冷机改造")
                .withCatalogueRefs(java.util.List.of("甲", "乙")).withConfirmedRefs(java.util.List.of("乙", "丙"));
        assertThat(t.confirmedRefs()).containsExactly("乙"); // only among its references
        assertThat(t.unconfirmedRefs()).containsExactly("甲");
        DiagnosisProject p = DemoProjects.cementPlant(T, "某诊断机构");
        p = p.withPlan(p.plan().withTasks(java.util.List.of(t)), T);
        Path f = dir.resolve("refs.edproj");
        ProjectFile.write(p, f, "EnergyDiag test", T);
        assertThat(ProjectFile.read(f).plan().tasks().get(0).confirmedRefs()).containsExactly("乙");

        String older = Files.readString(f).replaceAll(",\\s*\"confirmedRefs\"\\s*:\\s*\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("confirmedRefs");
        Path g = dir.resolve("older.edproj");
        Files.writeString(g, older);
        var back = ProjectFile.read(g).plan().tasks().get(0);
        assertThat(back.catalogueRefs()).containsExactly("甲", "乙");
        assertThat(back.confirmedRefs()).isEmpty();
    }

    @Test
    void fileCarriesFormatAndVersion() throws Exception {
        Path f = dir.resolve("a.edproj");
        ProjectFile.write(DiagnosisProject.create(T), f, "EnergyDiag test", T);
        String s = Files.readString(f);
        assertThat(s).contains("\"format\" : \"energydiag-project\"").contains("\"formatVersion\" : " + ProjectJson.MODEL_VERSION);
        try (var list = Files.list(dir)) {
            assertThat(list).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void versionOneFileIsUpgraded() throws Exception {
        // as EnergyDiag 0.1 wrote it: no energy and carbon parts yet
        String v1 = "{\"format\":\"energydiag-project\",\"formatVersion\":1,\"project\":{\"id\":\"p1\","
                + "\"createdAt\":\"2026-05-01T00:00:00Z\",\"updatedAt\":\"2026-05-02T00:00:00Z\","
                + "\"enterprise\":{\"name\":\"甲公司\",\"sector\":\"CEMENT\"}}}";
        DiagnosisProject p = ProjectFile.parse(v1.getBytes(StandardCharsets.UTF_8));
        assertThat(p.enterprise().name()).isEqualTo("甲公司");
        assertThat(p.energy().consumption()).isEmpty();
        assertThat(p.energy().baseYear()).isEqualTo(2025);
        assertThat(p.carbon().processEmissions()).isEmpty();
    }

    @Test
    void truncatedFileSaysWhere() throws Exception {
        byte[] full = ProjectFile.toBytes(DemoProjects.cementPlant(T, ""), "t", T);
        Path f = dir.resolve("cut.edproj");
        Files.write(f, java.util.Arrays.copyOf(full, full.length / 2));
        assertThatThrownBy(() -> ProjectFile.read(f))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("cut.edproj")
                .hasMessageContaining("文件内容损坏")
                .hasMessageMatching("(?s).*第 \\d+ 行第 \\d+ 列.*");
    }

    @Test
    void newerFormatIsRefused() {
        String json = "{\"format\":\"energydiag-project\",\"formatVersion\":99,\"project\":{}}";
        assertThatThrownBy(() -> ProjectFile.parse(json.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("较新版本").hasMessageContaining("99");
    }

    @Test
    void otherJsonAndBinaryAreRefused() {
        assertThatThrownBy(() -> ProjectFile.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("不是 EnergyDiag 项目文件");
        assertThatThrownBy(() -> ProjectFile.parse(new byte[] {(byte) 0x50, 0x4b, 3, 4, (byte) 0xff, (byte) 0xfe}))
                .hasMessageContaining("不是 EnergyDiag 项目文件");
    }

    @Test
    void wrongTypeNamesTheField() {
        String json = "{\"format\":\"energydiag-project\",\"formatVersion\":1,\"project\":{\"id\":\"x\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"enterprise\":{\"products\":[{\"name\":\"熟料\",\"annualOutput\":\"很多\"}]}}}";
        assertThatThrownBy(() -> ProjectFile.parse(json.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("project.enterprise.products[0].annualOutput")
                .hasMessageContaining("很多");
    }

    @Test
    void missingIdIsRefused() {
        String json = "{\"format\":\"energydiag-project\",\"formatVersion\":1,\"project\":{\"createdAt\":\"2026-01-01T00:00:00Z\"}}";
        assertThatThrownBy(() -> ProjectFile.parse(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProjectFileException.class);
    }
}
