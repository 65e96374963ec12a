package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.io.Hashes;
import org.junit.jupiter.api.Test;

/** 一（二）1 and 四、随附材料 from the site data: the process table and diagram, the evidence list, a placed photo. */
class PlanEvidenceTest {

    @Test
    void processDiagramEvidenceListAndAPlacedPhoto() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                (byte) 0xFF, (byte) 0xD9};
        var motor = p.equipment().items().get(0);
        Attachment photo = new Attachment(null, "窑主电机铭牌.jpg", "image/jpeg", "1#回转窑主电机铭牌", LocalDate.of(2026, 11, 2),
                Attachment.Target.EQUIPMENT, motor.id(), jpeg.length, Hashes.sha256(jpeg), 1600, 1200, false, true);
        Attachment report = new Attachment(null, "2025能源统计报表.pdf", "application/pdf", "2025年能源统计报表", null,
                Attachment.Target.PROJECT, "", 10, "0".repeat(64), 0, 0, false, false);
        p = p.withSite(p.site().withAttachments(List.of(photo, report)), p.updatedAt());
        byte[] png = WordOpenabilityTest.png(30, 20);
        Map<String, PlanDocxWriter.Figure> figures = Map.of(
                PlanDocxWriter.FIG_PROCESS, new PlanDocxWriter.Figure(png, 1800, 600, "生产工艺流程图"),
                PlanDocxWriter.EVIDENCE_PREFIX + photo.id(), new PlanDocxWriter.Figure(jpeg, 1600, 1200, photo.caption()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(PlanDocxWriterTest.evaluate(p), figures).write(null, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String all = new XWPFWordExtractor(d).getText();
            assertThat(all).contains("表1-2 生产工序及关键设备").contains("图1-1 生产工艺流程图")
                    .contains("表4-1 相关证明材料清单").contains("1#回转窑主电机铭牌").contains("设备：" + motor.name())
                    .contains("2025年能源统计报表").contains("2026-11-02").contains("图4-1 1#回转窑主电机铭牌")
                    .contains("3. 相关证明材料（见表4-1）");
            assertThat(d.getAllPictures()).anyMatch(pic -> pic.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG);
            assertThat(all).doesNotContain("图4-2"); // the PDF is listed, not placed
            // the 4:3 photo at most 10 cm high (two to a page): 10 cm × 13.33 cm, not 11.25 cm × 15 cm
            assertThat(d.getDocument().xmlText()).contains("cy=\"3600000\"").contains("cx=\"4800000\"");
        }
    }
}
