package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.AttachmentContent;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.io.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening an attachment decides by the bytes: a program named 报告.pdf.exe and described as a PDF,
 * or an .hta page, is never written as an openable file; a real PDF or Word file is written under a
 * generated name with the extension of what it is, whatever it was called.
 */
class AttachmentOpeningTest {

    @TempDir
    Path dir;

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    static byte[] exe() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        b[60] = (byte) 0x80;
        return b;
    }

    static final byte[] HTA = "<html><head><HTA:APPLICATION/><script language=\"VBScript\">CreateObject(\"WScript.Shell\").Run \"calc\"</script></head></html>"
            .getBytes(StandardCharsets.UTF_8);

    static Attachment attachment(String name, String mediaType, byte[] bytes) {
        return new Attachment(null, name, mediaType, "", null, Attachment.Target.PROJECT, "", bytes.length, Hashes.sha256(bytes), 0, 0,
                false, false);
    }

    @Test
    void aProgramOrAPageIsOnlyOfferedToSaveAndNothingIsWritten() throws Exception {
        AttachmentOpening opening = new AttachmentOpening(dir.resolve("open"));
        var exe = opening.decide(attachment("审计报告.pdf.exe", "application/pdf", exe()), exe());
        assertThat(exe).isInstanceOf(AttachmentOpening.SaveOnly.class);
        AttachmentOpening.SaveOnly only = (AttachmentOpening.SaveOnly) exe;
        assertThat(only.reason()).contains("审计报告.pdf.exe", "Windows 程序").doesNotContain("null");
        assertThat(only.suggestedName()).isEqualTo("审计报告_pdf_exe.bin");

        var hta = opening.decide(attachment("说明.hta", "application/pdf", HTA), HTA);
        assertThat(hta).isInstanceOf(AttachmentOpening.SaveOnly.class);
        assertThat(((AttachmentOpening.SaveOnly) hta).reason()).contains("脚本");
        assertThat(((AttachmentOpening.SaveOnly) hta).suggestedName()).isEqualTo("说明_hta.bin");

        assertThat(dir.resolve("open")).doesNotExist(); // nothing written anywhere
    }

    @Test
    void aRealDocumentIsWrittenUnderAGeneratedNameWithTheExtensionOfWhatItIs() throws Exception {
        AttachmentOpening opening = new AttachmentOpening(dir.resolve("open"));
        var d = opening.decide(attachment("../../电费单.pdf.exe", "application/octet-stream", PDF), PDF);
        assertThat(d).isInstanceOf(AttachmentOpening.OpenCopy.class);
        Path copy = ((AttachmentOpening.OpenCopy) d).file();
        assertThat(copy.getParent()).isEqualTo(dir.resolve("open"));
        assertThat(copy.getFileName().toString()).matches("附件-[0-9a-f]{12}\\.pdf");
        assertThat(copy).hasBinaryContent(PDF);
        // the same again: the same copy, no second file
        assertThat(((AttachmentOpening.OpenCopy) opening.decide(attachment("x", "application/pdf", PDF), PDF)).file()).isEqualTo(copy);
        try (Stream<Path> s = Files.list(dir.resolve("open"))) {
            assertThat(s).containsExactly(copy);
        }
        assertThat(dir.getParent().resolve("电费单.pdf.exe")).doesNotExist();

        byte[] docx = docx();
        var w = opening.decide(attachment("合同.docx.exe", "application/pdf", docx), docx);
        assertThat(((AttachmentOpening.OpenCopy) w).type()).isEqualTo(EvidenceFile.Type.DOCX);
        assertThat(((AttachmentOpening.OpenCopy) w).file().getFileName().toString()).endsWith(".docx");
    }

    @Test
    void aPhotoIsShownByTheWindowWhateverItIsCalled() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        AttachmentOpening opening = new AttachmentOpening(dir.resolve("open"));
        var d = opening.decide(attachment("扫描件.pdf", "application/pdf", jpeg.toByteArray()), jpeg.toByteArray());
        assertThat(d).isInstanceOf(AttachmentOpening.ShowImage.class);
        assertThat(dir.resolve("open")).doesNotExist();
    }

    @Test
    void theSuggestedNameKeepsNoExtensionNoPathAndNoHiddenCharacters() {
        assertThat(AttachmentOpening.suggestedSaveName(attachment("../../x", "a", PDF))).isEqualTo("x.bin");
        assertThat(AttachmentOpening.suggestedSaveName(attachment("C:\\Windows\\evil.hta", "a", PDF))).isEqualTo("evil_hta.bin");
        assertThat(AttachmentOpening.suggestedSaveName(attachment("报告\u202Efdp.exe", "a", PDF))).isEqualTo("报告fdp_exe.bin");
        assertThat(AttachmentOpening.suggestedSaveName(attachment(".bashrc", "a", PDF))).isEqualTo("bashrc.bin");
        assertThat(AttachmentOpening.suggestedSaveName(attachment("...", "a", PDF))).isEqualTo("附件.bin");
    }

    @Test
    void everyKindOfFileNotOpenedHasItsText() {
        for (AttachmentContent.Other o : AttachmentContent.Other.values()) {
            assertThat(Texts.get("evidence.open.kind." + o.name())).doesNotStartWith("!").isNotBlank();
        }
    }

    @Test
    void saveAsWritesTheBytesWhereChosen() throws Exception {
        Path target = dir.resolve("另存/审计报告_pdf_exe.bin");
        Files.createDirectories(target.getParent());
        Files.write(target, new byte[] {1});
        AttachmentOpening.saveAs(exe(), target);
        assertThat(target).hasBinaryContent(exe());
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).containsExactly(target); // no temporary file left
        }
    }

    static byte[] docx() throws Exception {
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("合同");
            d.write(out);
            return out.toByteArray();
        }
    }
}
