package org.energydiag.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.evidence.AttachmentContent.Other;
import org.energydiag.core.evidence.EvidenceFile.Type;
import org.junit.jupiter.api.Test;

/** The allow-list of attachments the window may hand to the system's program: by content only. */
class AttachmentContentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theKindsOnTheListAreRecognisedByTheirBytes() throws IOException {
        assertThat(AttachmentContent.openable(JpegBytes.jpeg(JpegBytes.jfifApp0()))).contains(Type.JPEG);
        assertThat(AttachmentContent.openable(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})).contains(Type.PNG);
        assertThat(AttachmentContent.openable(PDF)).contains(Type.PDF);
        assertThat(AttachmentContent.openable(realDocx())).contains(Type.DOCX);
        assertThat(AttachmentContent.openable(realXlsx())).contains(Type.XLSX);
        assertThat(AttachmentContent.openable(EvidenceFileTest.docx())).contains(Type.DOCX);
        assertThat(AttachmentContent.openable(EvidenceFileTest.xlsx())).contains(Type.XLSX);
    }

    @Test
    void programsScriptsAndOtherFilesAreNotOpenable() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] pdfInside = Arrays.copyOf(exe, 600); // a program carrying a PDF header further on stays a program
        System.arraycopy(PDF, 0, pdfInside, 100, 20);
        byte[] hta = "<html><head><hta:application id=\"x\"/><script>new ActiveXObject('WScript.Shell').Run('calc')</script></head></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(AttachmentContent.openable(exe)).isEmpty();
        assertThat(AttachmentContent.describe(exe)).isEqualTo(Other.PROGRAM);
        assertThat(AttachmentContent.openable(pdfInside)).isEmpty();
        assertThat(AttachmentContent.openable(hta)).isEmpty();
        assertThat(AttachmentContent.describe(hta)).isEqualTo(Other.TEXT);
        assertThat(AttachmentContent.openable("能耗说明".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentContent.openable(new byte[0])).isEmpty();
        assertThat(AttachmentContent.describe(new byte[0])).isEqualTo(Other.UNKNOWN);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(AttachmentContent.openable(ole2)).isEmpty();
        assertThat(AttachmentContent.describe(ole2)).isEqualTo(Other.OLD_OFFICE);
        assertThat(AttachmentContent.describe(new byte[] {1, 2, 3, 0, 5})).isEqualTo(Other.UNKNOWN);
    }

    @Test
    void zipsOpenOnlyAsWordOrExcelWithoutCodeInside() throws IOException {
        Map<String, String> macro = new LinkedHashMap<>();
        macro.put("[Content_Types].xml", "<Types/>");
        macro.put("word/document.xml", "<w:document/>");
        macro.put("word/vbaProject.bin", "macro");
        byte[] docm = zip(macro);
        assertThat(AttachmentContent.openable(docm)).isEmpty();
        assertThat(AttachmentContent.describe(docm)).isEqualTo(Other.ARCHIVE);

        Map<String, String> program = new LinkedHashMap<>();
        program.put("[Content_Types].xml", "<Types/>");
        program.put("xl/workbook.xml", "<workbook/>");
        program.put("xl/embeddings/setup.EXE", "MZ");
        assertThat(AttachmentContent.openable(zip(program))).isEmpty();

        assertThat(AttachmentContent.openable(zip(Map.of("readme.txt", "x", "run.hta", "<html/>")))).isEmpty();
        Map<String, String> noTypes = new LinkedHashMap<>();
        noTypes.put("word/document.xml", "<w:document/>");
        assertThat(AttachmentContent.openable(zip(noTypes))).isEmpty();

        byte[] docx = realDocx();
        assertThat(AttachmentContent.openable(Arrays.copyOf(docx, docx.length / 2))).as("truncated").isEmpty();
        byte[] badDirectory = docx.clone();
        int end = lastIndexOf(badDirectory, new byte[] {'P', 'K', 5, 6});
        badDirectory[end + 16] = (byte) 0xF0; // the directory's offset points beyond the end
        badDirectory[end + 19] = (byte) 0x7F;
        assertThat(AttachmentContent.openable(badDirectory)).isEmpty();
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        for (int i = b.length - what.length; i >= 0; i--) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    static byte[] realDocx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("能源审计报告");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] realXlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("台账").createRow(0).createCell(0).setCellValue("电机");
            w.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
