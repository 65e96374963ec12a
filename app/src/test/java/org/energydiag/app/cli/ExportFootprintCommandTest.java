package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.report.footprint.FootprintReport;
import org.energydiag.core.report.plan.NumberStyle;
import org.junit.jupiter.api.Test;

/** {@code export-footprint}: the demo's P·O 42.5 footprint, what it lacks (exit 2), unknown products listed. */
class ExportFootprintCommandTest extends CliHarness {

    static final String PRODUCT = "P·O 42.5 普通硅酸盐水泥";

    @Test
    void theDemoFootprintIsWrittenCompleteWithTheEvaluationsFigures() throws Exception {
        Path f = dir.resolve("demo.edproj");
        assertThat(run("demo", "--out", f.toString())).isZero();
        Path docx = dir.resolve("足迹.docx");
        assertThat(run("export-footprint", f.toString(), "--product", PRODUCT, "--out", docx.toString())).isZero();
        assertThat(docx).exists();
        check(f, docx);
    }

    @Test
    void aFootprintWithoutAFactorNamesWhatItLacksAndIsWrittenOnRequest() throws Exception {
        Path demo = dir.resolve("demo.edproj");
        assertThat(run("demo", "--out", demo.toString())).isZero();
        Path f = dir.resolve("gap.edproj");
        try (ProjectFile.Contents c = ProjectFile.readContents(demo)) { // the engineer has not entered the gypsum's factor yet
            var p = c.project();
            var study = p.footprint().studies().get(0);
            var materials = study.materials().stream().map(m -> !m.name().equals("天然石膏") ? m
                    : new org.energydiag.core.footprint.Material(m.name(), m.quantity(), m.unit(), null, "kgCO2e/t", "", 0,
                    m.shared())).toList();
            ProjectFile.write(p.withFootprint(p.footprint().with(study.withMaterials(materials)), p.updatedAt()), f, "test",
                    p.updatedAt());
        }
        Path docx = dir.resolve("足迹.docx");
        assertThat(run("export-footprint", f.toString(), "--product", PRODUCT, "--out", docx.toString())).isEqualTo(2);
        assertThat(out()).contains("原材料“天然石膏”缺少排放因子", "未导出").doesNotContain("粉煤灰”缺少");
        assertThat(docx).doesNotExist();

        assertThat(run("export-footprint", f.toString(), "--product", PRODUCT, "--out", docx.toString(), "--incomplete")).isZero();
        assertThat(docx).exists();
        check(f, docx);
    }

    private void check(Path f, Path docx) throws Exception {
        assertThat(docx).exists();
        FootprintReport r;
        try (ProjectFile.Contents c = ProjectFile.readContents(f)) {
            r = FootprintReport.of(services.evaluate(c.project()), PRODUCT).orElseThrow();
        }
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            text = new XWPFWordExtractor(d).getText();
            assertThat(d.getAllPictures()).hasSize(1); // the chart by stage
        }
        assertThat(text).contains(NumberStyle.intensity(r.result().perDeclaredUnit()) + " kgCO2e/1 t",
                NumberStyle.amount(r.result().stage(Stage.PROCESS) / 1000), NumberStyle.amount(r.result().stage(Stage.ENERGY) / 1000));
        if (Boolean.getBoolean("energydiag.keepFootprint")) {
            Files.copy(docx, Path.of(System.getProperty("java.io.tmpdir"), "demo-footprint.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anUnknownProductListsTheProducts() {
        Path f = dir.resolve("demo.edproj");
        assertThat(run("demo", "--out", f.toString())).isZero();
        assertThat(run("export-footprint", f.toString(), "--product", "钢材", "--out", dir.resolve("x.docx").toString())).isEqualTo(2);
        assertThat(out()).contains("钢材", PRODUCT, "P·C 42.5 复合硅酸盐水泥");
        assertThat(run("export-footprint", f.toString(), "--out", dir.resolve("x.docx").toString())).isEqualTo(2);
        assertThat(out() + err()).contains("用法");
    }
}
