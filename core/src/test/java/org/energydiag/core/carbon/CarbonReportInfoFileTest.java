package org.energydiag.core.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * The carbon accounting report's inputs (carbon.report, format 9) survive the project file read by
 * the strict reader; a version-8 file, written before they existed, reads unchanged with none.
 */
class CarbonReportInfoFileTest {

    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void theReportInputsRoundTripThroughTheProjectFile() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某诊断机构");
        CarbonReportInfo info = p.carbon().report().withOrigins(List.of(
                new CarbonReportInfo.SourceOrigin("原煤燃烧", DataOrigin.METERED, "汽车衡"),
                new CarbonReportInfo.SourceOrigin("外购电力", null, "")));
        p = p.withCarbon(p.carbon().withReport(info), T);
        // carbon.report came with version 9 and is written by every later one
        assertThat(ProjectJson.MODEL_VERSION).isGreaterThanOrEqualTo(9);
        byte[] bytes = ProjectFile.toBytes(p, "test", T);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"legalRepresentative\" : \"陈志远\"")
                .contains("\"origin\" : \"METERED\"").contains("\"formatVersion\" : " + ProjectJson.MODEL_VERSION);
        DiagnosisProject back = ProjectFile.parse(bytes);
        assertThat(back.carbon().report()).isEqualTo(info);
        assertThat(back.carbon()).isEqualTo(p.carbon());
        assertThat(ProjectJson.fromJson(ProjectJson.toJson(p), ProjectJson.MODEL_VERSION)).isEqualTo(p);
    }

    @Test
    void aVersion8FileWithoutTheReportInputsReadsUnchanged() throws Exception {
        String v8 = "{\"format\":\"energydiag-project\",\"formatVersion\":8,\"project\":{\"id\":\"p8\","
                + "\"createdAt\":\"2026-05-01T00:00:00Z\",\"updatedAt\":\"2026-05-02T00:00:00Z\","
                + "\"enterprise\":{\"name\":\"乙公司\",\"sector\":\"CEMENT\"},"
                + "\"carbon\":{\"gridFactor\":0.5703,\"gridFactorSource\":\"2022年全国电网平均排放因子\","
                + "\"clinker\":[{\"year\":2025,\"outputTonnes\":1000,\"caoPercent\":65,\"mgoPercent\":1.5}]}}}";
        DiagnosisProject p = ProjectFile.parse(v8.getBytes(StandardCharsets.UTF_8));
        assertThat(p.carbon().report()).isEqualTo(CarbonReportInfo.empty());
        assertThat(p.carbon().gridFactor()).isEqualByComparingTo("0.5703");
        assertThat(p.carbon().clinker()).hasSize(1);
        assertThat(p.enterprise().name()).isEqualTo("乙公司");
    }

    @Test
    void emptyStaysEmptyAndOldConstructorDefaults() {
        CarbonData c = new CarbonData(null, null, null, null, null, null, null, null, null);
        assertThat(c.report()).isEqualTo(CarbonReportInfo.empty());
        assertThat(c.withReport(null).report().origins()).isEmpty();
        CarbonReportInfo i = CarbonReportInfo.empty().withEntity("有限责任公司", "甲", "乙", "丙").withTexts("边界", "质量", "");
        assertThat(i.legalRepresentative()).isEqualTo("甲");
        assertThat(i.boundary()).isEqualTo("边界");
        assertThat(i.statement("cement.kilnDust")).isEmpty();
    }
}
