package org.energydiag.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.footprint.FootprintData;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** Model version 9 added the product carbon-footprint studies; version-8 files read unchanged. */
class FootprintFormatTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @Test
    void theDemoFootprintRoundTripsThroughTheStrictReader() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某机构");
        assertThat(p.footprint().studies()).hasSize(1);
        assertThat(ProjectJson.fromJson(ProjectJson.toJson(p), ProjectJson.MODEL_VERSION)).isEqualTo(p);
        assertThat(ProjectFile.parse(ProjectFile.toBytes(p, "test", T))).isEqualTo(p);
    }

    @Test
    void aVersionEightFileReadsUnchangedWithoutStudies() throws Exception {
        String v8 = "{\"format\":\"energydiag-project\",\"formatVersion\":8,\"project\":{\"id\":\"p8\","
                + "\"createdAt\":\"2026-05-01T00:00:00Z\",\"updatedAt\":\"2026-05-02T00:00:00Z\","
                + "\"enterprise\":{\"name\":\"丙公司\",\"sector\":\"CEMENT\"},"
                + "\"energy\":{\"baseYear\":2025},\"carbon\":{},\"equipment\":{\"items\":[]},"
                + "\"plan\":{\"lifeYears\":10,\"discountRate\":0.08},\"satisfaction\":{},\"site\":{}}}";
        DiagnosisProject p = ProjectFile.parse(v8.getBytes(StandardCharsets.UTF_8));
        assertThat(p.enterprise().name()).isEqualTo("丙公司");
        assertThat(p.footprint()).isEqualTo(FootprintData.empty());
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) ProjectJson.mapper().readTree("{\"id\":\"x\"}");
        ProjectJson.MIGRATIONS.get(7).apply(node);
        assertThat(node.get("footprint").get("studies").isArray()).isTrue();
    }
}
