package org.energydiag.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** The cases of issue #19 "Found": each is refused with a Chinese message naming the JSON path. */
class StrictProjectFileTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static String demo() {
        return new String(ProjectFile.toBytes(DemoProjects.cementPlant(T, "机构"), "t", T), StandardCharsets.UTF_8);
    }

    static ProjectFileException refused(String text) {
        try {
            ProjectFile.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (ProjectFileException e) {
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("ArrayList").doesNotContain("java.");
            return e;
        }
        throw new AssertionError("accepted: " + text.substring(0, Math.min(200, text.length())));
    }

    @Test
    void numbersBeyondTheirRangeAreRefusedWithThePath() {
        String good = demo();
        assertThat(good).contains("\"quantity\" : 438000");
        for (String huge : List.of("1e400", "1.79e309", "1" + "0".repeat(990), "-1e400", "1e1200", "1e16")) {
            String bad = good.replaceFirst("\"quantity\" : 438000", "\"quantity\" : " + huge);
            assertThat(refused(bad).getMessage()).as(huge).contains("project.energy.consumption[0].quantity");
        }
        assertThat(refused(good.replaceFirst("\"quantity\" : 438000", "\"quantity\" : NaN")).getMessage())
                .contains("project.energy.consumption[0].quantity");
        assertThat(refused(good.replaceFirst("\"discountRate\" : 0.08", "\"discountRate\" : 80")).getMessage())
                .contains("project.plan.discountRate").contains("0 ~ 1");
        assertThat(refused(good.replaceFirst("\"baseYear\" : 2025", "\"baseYear\" : 20250")).getMessage())
                .contains("project.energy.baseYear");
    }

    @Test
    void oneValueAndNothingAfterIt() throws Exception {
        String good = demo();
        assertThat(refused(good + "xyz").getMessage()).contains("多余的内容");
        assertThat(refused(good + "\n" + good).getMessage()).contains("多余的内容");
        assertThat(refused(good + "\u0000\u0000").getMessage()).contains("多余的内容");
        assertThat(refused(good.replaceFirst("\"name\" : \"", "\"name\" : \"\u0000")).getMessage()).contains("project.enterprise.name");
        assertThat(ProjectFile.parse((good + "\n\n").getBytes(StandardCharsets.UTF_8)).enterprise().name()).isNotEmpty();
    }

    @Test
    void duplicateKeysAndUnknownFieldsAreRefused() throws Exception {
        String good = demo();
        String dup = good.replaceFirst("\"quantity\" : 438000", "\"quantity\" : 438000, \"quantity\" : 1");
        assertThat(refused(dup).getMessage()).contains("project.energy.consumption[0].quantity").contains("不止一次");
        String flipped = good.replaceFirst("\"quantity\" : 438000", "\"quantitz\" : 438000");
        assertThat(refused(flipped).getMessage()).contains("project.energy.consumption[0].quantitz");
        // an older format version: reported and read
        ObjectNode root = (ObjectNode) ProjectJson.mapper().readTree(flipped);
        root.put("formatVersion", 6);
        try (var c = ProjectFile.parseContents(ProjectJson.mapper().writeValueAsBytes(root))) {
            assertThat(c.notices()).singleElement().asString().contains("project.energy.consumption[0].quantitz");
        }
        // a newer one is refused as newer
        assertThat(refused(good.replaceFirst("\"formatVersion\" : " + ProjectJson.MODEL_VERSION,
                "\"formatVersion\" : " + (ProjectJson.MODEL_VERSION + 1))).getMessage()).contains("较新版本");
    }

    @Test
    void idsAreChecked() throws Exception {
        String good = demo();
        String id = ProjectFile.parse(good.getBytes(StandardCharsets.UTF_8)).id();
        assertThat(refused(good.replace(id, "")).getMessage()).contains("project.id");
        assertThat(refused(good.replace(id, "x".repeat(5000))).getMessage()).contains("project.id");
        assertThat(refused(good.replace(id, "a\tb")).getMessage()).contains("project.id");
        assertThat(refused(good.replace(id, "../../etc")).getMessage()).contains("project.id");
    }

    @Test
    void typesAreNamedNotJavaClasses() {
        String good = demo();
        String bad = good.replaceFirst("\"consumption\" : \\[", "\"consumption\" : {\"a\":1}, \"x\" : [");
        assertThat(refused(bad).getMessage()).contains("project.energy.consumption").contains("列表");
    }

    static DiagnosisProject withPdf(String name, String type) {
        DiagnosisProject p = DiagnosisProject.create(T);
        Attachment a = new Attachment(null, name, type, "", LocalDate.of(2026, 1, 1), Attachment.Target.PROJECT, "",
                PDF.length, Hashes.sha256(PDF), 0, 0, false, false);
        return p.withSite(p.site().withAttachments(List.of(a)), T);
    }

    static String fileOf(DiagnosisProject p) {
        return new String(ProjectFile.toBytes(p, "t", T, (id, k) -> k == Attachment.Blob.STORED ? Optional.of(PDF) : Optional.empty()),
                StandardCharsets.UTF_8);
    }

    @Test
    void attachmentNamesAndTypesAreChecked() throws Exception {
        // the name is a display name: a double extension is kept as such, the type and content decide
        try (var c = ProjectFile.parseContents(fileOf(withPdf("报告.pdf.exe", "application/pdf")).getBytes(StandardCharsets.UTF_8))) {
            assertThat(c.project().site().attachments().get(0).fileName()).isEqualTo("报告.pdf.exe");
            assertThat(c.bytes(c.project().site().attachments().get(0).id(), Attachment.Blob.STORED)).hasValue(PDF);
        }
        for (String name : List.of("../../x", "a\\b.pdf", "报告\u0007.pdf", "报告\u202Efdp.exe", "..", "")) {
            assertThat(refused(fileOf(withPdf(name, "application/pdf"))).getMessage()).as(name)
                    .contains("project.site.attachments[0].fileName");
        }
        assertThat(refused(fileOf(withPdf("a.hta", "application/hta"))).getMessage()).contains("project.site.attachments[0].mediaType");
        assertThat(refused(fileOf(withPdf("a.jpg", "image/jpeg"))).getMessage()).contains("project.site.attachments[0]")
                .contains("内容不是");
        String good = fileOf(withPdf("a.pdf", "application/pdf"));
        assertThat(refused(good.replaceFirst("\"kind\" : \"STORED\"", "\"kind\" : \"OTHER\"")).getMessage()).contains("attachments[0].kind");
        assertThat(refused(good.replaceFirst("\"data\" : \"", "\"data\" : \"!!")).getMessage()).contains("attachments[0].data");
        assertThat(refused(good.replaceFirst("\"size\" : " + PDF.length, "\"size\" : 3")).getMessage())
                .contains("project.site.attachments[0].size");
    }

    /** A 500 MB attachment is refused once its 50 MB are exceeded: the rest of the stream is never read. */
    @Test
    void aHugeAttachmentIsRefusedBeforeTheStreamIsReadToTheEnd() {
        String good = fileOf(withPdf("a.pdf", "application/pdf"));
        String head = good.substring(0, good.lastIndexOf("\"data\" : \"") + 10);
        long[] read = {0};
        long total = 500L * 1000 * 1000;
        java.io.InputStream qs = new java.io.InputStream() {
            @Override
            public int read() {
                return read[0]++ < total ? 'Q' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, total - read[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) 'Q');
                read[0] += n;
                return n;
            }
        };
        var in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), qs);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectFile.read(in))
                .hasMessageContaining("attachments[0].data").hasMessageContaining("50 MB");
        assertThat(read[0]).isLessThan(80L * 1000 * 1000);
    }
}
