package org.energydiag.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.evidence.EvidenceFile.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFileTest {

    private static final byte[] JPEG = JpegBytes.jpeg(JpegBytes.jfifApp0());
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};

    @Test
    void typesCarryMediaTypeExtensionAndKind() {
        assertThat(Type.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(Type.JPEG.extension()).isEqualTo("jpg");
        assertThat(Type.PNG.mediaType()).isEqualTo("image/png");
        assertThat(Type.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(Type.XLSX.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Type.XLSX.extension()).isEqualTo("xlsx");
        assertThat(Type.DOCX.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Type.DOCX.extension()).isEqualTo("docx");
        assertThat(Arrays.stream(Type.values()).filter(Type::isImage)).containsExactly(Type.JPEG, Type.PNG);
    }

    @Test
    void acceptsEveryTypeWhateverTheCaseOfTheExtension() throws Exception {
        assertThat(EvidenceFile.detect("铭牌.jpg", JPEG)).isEqualTo(Type.JPEG);
        assertThat(EvidenceFile.detect("IMG_0001.JPG", JPEG)).isEqualTo(Type.JPEG);
        assertThat(EvidenceFile.detect("电表.jpeg", JPEG)).isEqualTo(Type.JPEG);
        assertThat(EvidenceFile.detect("电表.JPEG", JPEG)).isEqualTo(Type.JPEG);
        assertThat(EvidenceFile.detect("截图.png", PNG)).isEqualTo(Type.PNG);
        assertThat(EvidenceFile.detect("截图.Png", PNG)).isEqualTo(Type.PNG);
        assertThat(EvidenceFile.detect("电费单.pdf", PDF)).isEqualTo(Type.PDF);
        assertThat(EvidenceFile.detect("电费单.PDF", PDF)).isEqualTo(Type.PDF);
        assertThat(EvidenceFile.detect("台账.xlsx", xlsx())).isEqualTo(Type.XLSX);
        assertThat(EvidenceFile.detect("台账.XLSX", xlsx())).isEqualTo(Type.XLSX);
        assertThat(EvidenceFile.detect("报告.docx", docx())).isEqualTo(Type.DOCX);
        assertThat(EvidenceFile.detect("C:\\现场\\报告.DocX", docx())).isEqualTo(Type.DOCX);
    }

    @Test
    void acceptsOfficeFilesWrittenByPoi() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("设备").createRow(0).createCell(0).setCellValue("空压机");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("诊断报告");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(EvidenceFile.detect("poi.xlsx", xlsx)).isEqualTo(Type.XLSX);
        assertThat(EvidenceFile.detect("poi.docx", docx)).isEqualTo(Type.DOCX);
        assertThatThrownBy(() -> EvidenceFile.detect("poi.docx", xlsx)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("看起来是 Excel 工作簿");
    }

    @Test
    void pdfHeaderMayFollowSomeJunkWithinTheFirstKilobyte() throws Exception {
        byte[] junk = new byte[EvidenceFile.PDF_HEADER_WINDOW - 5];
        Arrays.fill(junk, (byte) ' ');
        assertThat(EvidenceFile.detect("扫描件.pdf", JpegBytes.concat(junk, PDF))).isEqualTo(Type.PDF);
        byte[] tooFar = JpegBytes.concat(junk, new byte[] {' '}, PDF);
        assertThatThrownBy(() -> EvidenceFile.detect("扫描件.pdf", tooFar)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("扫描件.pdf").hasMessageContaining("不是 PDF 文档");
    }

    @ParameterizedTest
    @ValueSource(strings = {"照片.heic", "表格.xls", "说明.doc", "数据.csv", "a.txt", "a.jpg.exe", "压缩包.zip"})
    void refusesOtherExtensionsAndListsWhatIsSupported(String name) {
        assertThatThrownBy(() -> EvidenceFile.detect(name, JPEG)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“" + name + "”").hasMessageContaining("支持的格式")
                .hasMessageContaining("JPG/JPEG").hasMessageContaining("PNG").hasMessageContaining("PDF")
                .hasMessageContaining(".xlsx").hasMessageContaining(".docx");
    }

    @Test
    void extensionRefusalsGiveSpecificAdvice() {
        assertThatThrownBy(() -> EvidenceFile.detect("IMG_1234.HEIC", JPEG)).hasMessageContaining("iPhone");
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xls", OLE2)).hasMessageContaining("另存为");
        assertThatThrownBy(() -> EvidenceFile.detect("铭牌", JPEG)).hasMessageContaining("“铭牌”").hasMessageContaining("没有扩展名");
        assertThatThrownBy(() -> EvidenceFile.detect("铭牌.", JPEG)).hasMessageContaining("没有扩展名");
        assertThatThrownBy(() -> EvidenceFile.detect(null, JPEG)).hasMessageContaining("未命名");
    }

    @Test
    void refusesEmptyFiles() {
        assertThatThrownBy(() -> EvidenceFile.detect("空.jpg", new byte[0])).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“空.jpg”").hasMessageContaining("是空的");
        assertThatThrownBy(() -> EvidenceFile.detect("空.pdf", null)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("是空的");
    }

    @Test
    void refusesFilesLargerThanTheLimit() {
        byte[] big = new byte[(int) EvidenceFile.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        assertThatThrownBy(() -> EvidenceFile.detect("全景.jpg", big)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“全景.jpg”").hasMessageContaining("50.0 MB").hasMessageContaining("50 MB 的上限");
        assertThatCode(() -> EvidenceFile.requireSize("刚好.jpg", EvidenceFile.MAX_BYTES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EvidenceFile.requireSize("视频.jpg", 3L * 1024 * 1024 * 1024))
                .hasMessageContaining("3072.0 MB");
    }

    @Test
    void refusesContentThatDoesNotMatchTheExtension() {
        byte[] garbage = "这不是图片".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EvidenceFile.detect("铭牌.png", garbage)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“铭牌.png”").hasMessageContaining("的内容不是 PNG 图片，可能已损坏或扩展名被改过");
        assertThatThrownBy(() -> EvidenceFile.detect("铭牌.jpg", garbage)).hasMessageContaining("不是 JPEG 图片");
        assertThatThrownBy(() -> EvidenceFile.detect("单据.pdf", JPEG)).hasMessageContaining("不是 PDF 文档");
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", PDF)).hasMessageContaining("不是 Excel 工作簿");
        assertThatThrownBy(() -> EvidenceFile.detect("报告.docx", garbage)).hasMessageContaining("不是 Word 文档");
        // a JPEG header alone (FF D8 without the third FF) is not enough
        assertThatThrownBy(() -> EvidenceFile.detect("半个.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .hasMessageContaining("不是 JPEG 图片");
    }

    @Test
    void aRenamedFileIsNamedForWhatItIs() {
        assertThatThrownBy(() -> EvidenceFile.detect("截图.png", JPEG)).hasMessageContaining("不是 PNG 图片")
                .hasMessageContaining("看起来是 JPEG 图片").hasMessageContaining(".jpg");
        assertThatThrownBy(() -> EvidenceFile.detect("照片.jpg", PNG)).hasMessageContaining("看起来是 PNG 图片");
        assertThatThrownBy(() -> EvidenceFile.detect("扫描.jpg", PDF)).hasMessageContaining("看起来是 PDF 文档");
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", docx())).hasMessageContaining("不是 Excel 工作簿")
                .hasMessageContaining("看起来是 Word 文档");
        assertThatThrownBy(() -> EvidenceFile.detect("报告.docx", xlsx())).hasMessageContaining("看起来是 Excel 工作簿");
    }

    @Test
    void refusesZipsThatAreNotOfficeDocuments() throws Exception {
        byte[] plainZip = zip(Map.of("readme.txt", "hello"));
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", plainZip)).hasMessageContaining("不是 Excel 工作簿");
        byte[] noContentTypes = zip(Map.of("xl/workbook.xml", "<workbook/>"));
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", noContentTypes)).hasMessageContaining("不是 Excel 工作簿");
        byte[] noWorkbook = zip(Map.of("[Content_Types].xml", "<Types/>", "xl/styles.xml", "<styleSheet/>"));
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", noWorkbook)).hasMessageContaining("不是 Excel 工作簿");
    }

    @Test
    void refusesOldOfficeAndPasswordProtectedFiles() {
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", OLE2)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“台账.xlsx”").hasMessageContaining("旧版 Office").hasMessageContaining("密码")
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> EvidenceFile.detect("报告.docx", OLE2)).hasMessageContaining(".docx");
    }

    @Test
    void refusesTruncatedZips() throws Exception {
        byte[] full = xlsx();
        for (int n : new int[] {4, 30, full.length / 3, full.length / 2, full.length - 30, full.length - 1}) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", cut)).as("first %d of %d bytes", n, full.length)
                    .isInstanceOf(EvidenceException.class).hasMessageContaining("“台账.xlsx”")
                    .hasMessageContaining("不完整");
        }
    }

    @Test
    void refusesZipsWhoseDataIsDamaged() throws Exception {
        byte[] damaged = xlsx();
        int start = indexOf(damaged, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int i = start; i < start + 64; i++) {
            damaged[i] ^= (byte) 0x5A;
        }
        assertThatThrownBy(() -> EvidenceFile.detect("台账.xlsx", damaged)).isInstanceOf(EvidenceException.class)
                .hasMessageContaining("“台账.xlsx”").hasMessageContaining("已损坏").hasCauseInstanceOf(IOException.class);
    }

    /** A minimal workbook; the sheet, before the workbook part, is large and random so damage to it is found. */
    static byte[] xlsx() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("xl/worksheets/sheet1.xml", "<worksheet>" + noise(4000) + "</worksheet>");
        entries.put("xl/workbook.xml", "<workbook><sheets><sheet name=\"设备\"/></sheets></workbook>");
        return zip(entries);
    }

    static byte[] docx() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("word/document.xml", "<w:document><w:body><w:p>诊断报告</w:p></w:body></w:document>");
        return zip(entries);
    }

    private static String noise(int n) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte[] what) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
