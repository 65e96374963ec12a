package org.energydiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** An exported .docx names its title and maker, is dated now and opens in Word without 兼容模式. */
class DocxMetaTest {

    @Test
    void titleAuthorDateAndCompatibilityMode() throws Exception {
        Instant now = Instant.parse("2026-12-03T04:00:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            var run = doc.createParagraph().createRun();
            run.setText("正文");
            run.setFontSize(14); // sz first, then b and rFonts: out of the schema's order
            run.setBold(true);
            run.setFontFamily("宋体", org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia);
            DocxMeta.apply(doc, "企业满意度调查表", "某诊断机构", now);
            DocxMeta.apply(doc, "企业满意度调查表", "某诊断机构", now); // twice: still one setting
            doc.write(out);
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var core = d.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("企业满意度调查表");
            assertThat(core.getCreator()).isEqualTo("某诊断机构");
            assertThat(core.getCreated().toInstant()).isEqualTo(now);
        }
        String body = part(out.toByteArray(), "word/document.xml");
        String rPr = body.substring(body.indexOf("<w:rPr>"), body.indexOf("</w:rPr>"));
        assertThat(rPr).matches("<w:rPr><w:rFonts[^>]*/><w:b[ /][^>]*>?<w:sz [^>]*/>.*|<w:rPr><w:rFonts[^>]*/><w:b[^>]*/><w:sz[^>]*/>.*");
        String settings = part(out.toByteArray(), "word/settings.xml");
        assertThat(settings).contains("w:name=\"compatibilityMode\"").contains("w:val=\"15\"");
        assertThat(settings.split("compatibilityMode", -1)).hasSize(2);
    }

    static String part(byte[] zip, String name) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
