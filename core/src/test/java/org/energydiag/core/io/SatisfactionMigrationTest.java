package org.energydiag.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model version 5 added 企业满意度调查表 answers; older files still open. */
class SatisfactionMigrationTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @TempDir
    Path dir;

    @Test
    void versionFourFileReadsWithEmptySatisfaction() throws Exception {
        String v4 = "{\"format\":\"energydiag-project\",\"formatVersion\":4,\"project\":{\"id\":\"p4\","
                + "\"createdAt\":\"2026-05-01T00:00:00Z\",\"updatedAt\":\"2026-05-02T00:00:00Z\","
                + "\"enterprise\":{\"name\":\"乙公司\",\"sector\":\"CEMENT\"},"
                + "\"energy\":{\"baseYear\":2025},\"carbon\":{},\"equipment\":{\"items\":[]},"
                + "\"plan\":{\"lifeYears\":10,\"discountRate\":0.08}}}";
        DiagnosisProject p = ProjectFile.parse(v4.getBytes(StandardCharsets.UTF_8));
        assertThat(p.enterprise().name()).isEqualTo("乙公司");
        assertThat(p.satisfaction()).isEqualTo(Satisfaction.empty());
        assertThat(p.satisfaction().ratings()).hasSize(7).containsOnlyNulls();
    }

    @Test
    void migrationAddsAnEmptySatisfactionObject() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) ProjectJson.mapper().readTree("{\"id\":\"x\"}");
        ProjectJson.MIGRATIONS.get(3).apply(node);
        assertThat(node.get("satisfaction").isObject()).isTrue();
        assertThat(ProjectJson.MIGRATIONS).as("4 → 5 is the fourth step").hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void answersRoundTripThroughTheFileAndSurviveCopies() throws Exception {
        Satisfaction s = Satisfaction.empty()
                .withRatings(SatisfactionLevel.SATISFIED, SatisfactionLevel.FAIRLY, null, SatisfactionLevel.NEUTRAL,
                        SatisfactionLevel.DISSATISFIED, SatisfactionLevel.SATISFIED, null)
                .withRequests("希望提供\n余热利用的后续服务").withFillerUnit("某水泥有限公司").withContact("张工")
                .withPhone("0571-88888888").withDateReturned(LocalDate.of(2026, 11, 3));
        DiagnosisProject p = DemoProjects.cementPlant(T, "某诊断机构").withSatisfaction(s, T);
        Path f = dir.resolve("s.edproj");
        ProjectFile.write(p, f, "EnergyDiag test", T);
        DiagnosisProject back = ProjectFile.read(f);
        assertThat(back).isEqualTo(p);
        assertThat(back.satisfaction().rating(2)).isNull();
        assertThat(back.satisfaction().rating(4)).isEqualTo(SatisfactionLevel.DISSATISFIED);
        assertThat(p.copyAsNew(T).satisfaction()).isEqualTo(s);
        assertThat(p.withPlan(p.plan(), T).satisfaction()).isEqualTo(s);
    }

    @Test
    void nullSatisfactionBecomesEmpty() {
        DiagnosisProject p = new DiagnosisProject("id", T, T, null, null, null, null, null, null);
        assertThat(p.satisfaction().isEmpty()).isTrue();
        assertThat(Satisfaction.empty().withRating(6, SatisfactionLevel.FAIRLY).rating(6)).isEqualTo(SatisfactionLevel.FAIRLY);
    }
}
