package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The plan's table of contents as it is handed in: one entry per heading of levels 1–3 (styles
 * TOC1–TOC3, a right tab with dot leader at the text width, a link and a PAGEREF field to the
 * heading's bookmark) with page numbers already in it, so that it reads right before any field
 * update and Word has no reason to ask for one on opening. The numbers come from {@link PageLayout};
 * {@link #thePageNumbersAreThoseLibreOfficePrints} renders several plans with LibreOffice and checks
 * every entry against the page its heading is printed on.
 */
class PlanTocTest {

    static final String W = PageLayout.W;

    record Entry(int level, String title, String anchor, String instruction, String shownPage, boolean tabWithDots) {
    }

    /** The entries of the table of contents, read back from document.xml. */
    static List<Entry> entries(Document doc) {
        List<Entry> out = new ArrayList<>();
        for (Element p : WordOpenabilityTest.all(doc, W, "p")) {
            Element style = first(p, "pStyle");
            if (style == null || !style.getAttributeNS(W, "val").startsWith("TOC")) {
                continue;
            }
            int level = Integer.parseInt(style.getAttributeNS(W, "val").substring(3));
            Element link = first(p, "hyperlink");
            Element tab = first(first(p, "tabs"), "tab");
            boolean dots = tab != null && "right".equals(tab.getAttributeNS(W, "val")) && "dot".equals(tab.getAttributeNS(W, "leader"))
                    && tab.getAttributeNS(W, "pos").equals(String.valueOf(11906 - 2 * 1588));
            List<Element> texts = WordOpenabilityTest.all(link, W, "t");
            String instruction = WordOpenabilityTest.all(link, W, "instrText").stream().map(Element::getTextContent)
                    .reduce("", String::concat).strip();
            out.add(new Entry(level, texts.get(0).getTextContent(), link.getAttributeNS(W, "anchor"), instruction,
                    texts.get(texts.size() - 1).getTextContent(), dots));
        }
        return out;
    }

    /** Heading paragraphs (level, text) with the bookmarks they hold. */
    static Map<String, String[]> headingBookmarks(Document doc) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Element p : WordOpenabilityTest.all(doc, W, "p")) {
            Element style = first(p, "pStyle");
            if (style == null || !style.getAttributeNS(W, "val").startsWith("Heading")) {
                continue;
            }
            String text = WordOpenabilityTest.all(p, W, "t").stream().map(Element::getTextContent).reduce("", String::concat);
            for (Element b : WordOpenabilityTest.all(p, W, "bookmarkStart")) {
                out.put(b.getAttributeNS(W, "name"), new String[] {style.getAttributeNS(W, "val").substring(7), text});
            }
        }
        return out;
    }

    private static Element first(Element e, String local) {
        if (e == null) {
            return null;
        }
        List<Element> l = WordOpenabilityTest.all(e, W, local);
        return l.isEmpty() ? null : l.get(0);
    }

    @Test
    void everyHeadingHasAnEntryWithStyleDotLeaderLinkAndPageRefAndWordIsNotAskedToUpdate() throws Exception {
        byte[] docx = WordOpenabilityTest.planWithFigures();
        Map<String, Document> parts = WordOpenabilityTest.xmlParts(docx);
        Document doc = parts.get("word/document.xml");
        List<Entry> entries = entries(doc);
        Map<String, String[]> headings = headingBookmarks(doc);

        // every heading of levels 1-3, in order, and nothing else
        assertThat(entries).hasSize(headings.size()).hasSizeGreaterThan(30);
        assertThat(entries).extracting(Entry::level).contains(1, 2, 3);
        int i = 0;
        int lastPage = 0;
        for (Map.Entry<String, String[]> h : headings.entrySet()) {
            Entry e = entries.get(i++);
            assertThat(e.anchor()).as("entry %s links to its heading's bookmark", e.title()).isEqualTo(h.getKey());
            assertThat(e.title()).isEqualTo(h.getValue()[1]);
            assertThat(e.level()).isEqualTo(Integer.parseInt(h.getValue()[0]));
            assertThat(e.instruction()).isEqualTo("PAGEREF " + h.getKey() + " \\h");
            assertThat(e.tabWithDots()).as("right tab with dot leader at the text width").isTrue();
            int page = Integer.parseInt(e.shownPage());
            assertThat(page).as("page of %s", e.title()).isGreaterThanOrEqualTo(Math.max(lastPage, 3));
            lastPage = page;
        }
        // the entries are the shown result of one TOC field
        List<String> instructions = WordOpenabilityTest.all(doc, W, "instrText").stream().map(x -> x.getTextContent().strip()).toList();
        assertThat(instructions).contains("TOC \\o \"1-3\" \\h \\z \\u");
        assertThat(WordOpenabilityTest.all(doc, W, "fldChar").stream().filter(f -> f.getAttributeNS(W, "fldCharType").equals("begin")).count())
                .isEqualTo(WordOpenabilityTest.all(doc, W, "fldChar").stream().filter(f -> f.getAttributeNS(W, "fldCharType").equals("end")).count());
        // styles TOC1-TOC3 exist; Word is not asked to update the fields on every opening
        Document styles = parts.get("word/styles.xml");
        List<String> ids = WordOpenabilityTest.all(styles, W, "style").stream().map(s -> s.getAttributeNS(W, "styleId")).toList();
        assertThat(ids).contains("TOC1", "TOC2", "TOC3");
        assertThat(WordOpenabilityTest.all(parts.get("word/settings.xml"), W, "updateFields")).isEmpty();
    }

    @Test
    void anAgencyTemplateWithoutTocStylesGetsThem() throws IOException {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            d.createParagraph().createRun().setText(PlanDocxWriter.CONTENTS);
            d.createParagraph().createRun().setText(PlanDocxWriter.BODY);
            d.write(t);
        }
        byte[] docx = PlanDocxWriterTest.write(PlanDocxWriterTest.decidedDemo(), t.toByteArray());
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getStyles().styleExist("TOC3")).isTrue();
        }
        Document doc;
        try {
            doc = WordOpenabilityTest.xmlParts(docx).get("word/document.xml");
        } catch (Exception e) {
            throw new IOException(e);
        }
        assertThat(entries(doc)).isNotEmpty().allSatisfy(e -> assertThat(e.shownPage()).matches("[1-9][0-9]*"));
    }

    // ------------------------------------------------------------------ agreement with LibreOffice

    /** Plans that differ in what moves page breaks: figures and photos, none, an empty project, longer text. */
    static Map<String, byte[]> plans() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("demo-figures-photos", withFiguresAndPhotos(PlanDocxWriterTest.decidedDemo()));
        out.put("demo", PlanDocxWriterTest.write(PlanDocxWriterTest.decidedDemo(), null));
        out.put("empty", PlanDocxWriterTest.write(DiagnosisProject.create(PlanDocxWriterTest.NOW), null));
        DiagnosisProject longer = PlanDocxWriterTest.decidedDemo();
        var e = longer.enterprise();
        String intro = e.profile().introduction();
        longer = longer.withEnterprise(e.toBuilder().profile(e.profile().withIntroduction(intro + "\n" + intro + " 2024 年完成 "
                + "ISO 50001 体系再认证（证书号 CN-EnMS-2024-0137），并新增 3 套 MES 能源模块。\n" + intro)).build(), longer.updatedAt());
        out.put("demo-longer", PlanDocxWriterTest.write(longer, null));
        return out;
    }

    static byte[] withFiguresAndPhotos(DiagnosisProject p) throws IOException {
        byte[] img = WordOpenabilityTest.png(40, 25);
        Map<String, PlanDocxWriter.Figure> figures = new HashMap<>();
        int[][] sizes = {{2400, 1500}, {2400, 1800}, {3000, 1400}, {2400, 1500}, {3200, 900}};
        List<String> keys = List.of(PlanDocxWriter.FIG_STRUCTURE, PlanDocxWriter.FIG_TREND, PlanDocxWriter.FIG_SANKEY,
                PlanDocxWriter.FIG_EMISSIONS, PlanDocxWriter.FIG_PROCESS);
        for (int i = 0; i < keys.size(); i++) {
            figures.put(keys.get(i), new PlanDocxWriter.Figure(img, sizes[i][0], sizes[i][1], keys.get(i)));
        }
        List<Attachment> photos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Attachment a = new Attachment(null, "照片" + i + ".png", "image/png", "现场照片" + (i + 1), LocalDate.of(2026, 11, 2),
                    Attachment.Target.PROJECT, "", img.length, Hashes.sha256(img), 1600, i == 1 ? 2000 : 1200, false, true);
            photos.add(a);
            figures.put(PlanDocxWriter.EVIDENCE_PREFIX + a.id(), new PlanDocxWriter.Figure(img, 1600, i == 1 ? 2000 : 1200, a.caption()));
        }
        p = p.withSite(p.site().withAttachments(photos), p.updatedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(PlanDocxWriterTest.evaluate(p), figures).write(null, out);
        return out.toByteArray();
    }

    @Test
    void thePageNumbersAreThoseLibreOfficePrints(@TempDir Path dir) throws Exception {
        String soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice"
                : Files.isExecutable(Path.of("/usr/bin/libreoffice")) ? "/usr/bin/libreoffice" : null;
        if ("true".equals(System.getenv("CI"))) {
            assertThat(soffice).as("CI installs LibreOffice (.ci/run)").isNotNull();
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice not installed");
        Map<String, byte[]> plans = plans();
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        for (var p : plans.entrySet()) {
            Files.write(dir.resolve(p.getKey() + ".docx"), p.getValue());
            command.add(dir.resolve(p.getKey() + ".docx").toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", calibratedFonts(dir).toString());
        Process lo = pb.start();
        String log = new String(lo.getInputStream().readAllBytes());
        assertThat(lo.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(lo.exitValue()).as(log).isZero();

        // the model takes Latin text at the widths of Times New Roman: LibreOffice must have a font
        // with those metrics (Nimbus Roman, see calibratedFonts) or the comparison says nothing
        boolean times = latinFontIsTimesCompatible(dir.resolve(plans.keySet().iterator().next() + ".pdf"));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(times).as("a font metric-compatible with Times New Roman (fonts-urw-base35's Nimbus Roman)").isTrue();
        }
        Assumptions.assumeTrue(times, "no font metric-compatible with Times New Roman for LibreOffice");

        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (var p : plans.entrySet()) {
            List<Entry> entries = entries(WordOpenabilityTest.xmlParts(p.getValue()).get("word/document.xml"));
            List<List<String>> pages = pageLines(dir.resolve(p.getKey() + ".pdf"));
            int from = 0;
            while (from < pages.size() && pages.get(from).stream().noneMatch(l -> l.contains("....."))) {
                from++; // the first page of the contents
            }
            while (from < pages.size() && pages.get(from).stream().anyMatch(l -> l.contains("....."))) {
                from++; // past its last page
            }
            for (Entry e : entries) {
                int printed = find(pages, from, e.title());
                checked++;
                if (printed < 0 || !String.valueOf(printed + 1).equals(e.shownPage())) {
                    wrong.add(p.getKey() + ": " + e.title() + " contents " + e.shownPage() + ", printed on " + (printed + 1));
                }
                if (printed >= 0) {
                    from = printed;
                }
            }
        }
        assertThat(wrong).as("entries whose page differs from where LibreOffice prints the heading (of %d)", checked).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    /**
     * A fontconfig file for the LibreOffice under test: the machine's fonts without Liberation and
     * DejaVu, so that Times New Roman is Nimbus Roman (fonts-urw-base35) and CJK text Noto Sans CJK,
     * the fonts {@link PageLayout}'s rules were measured with, whatever else the machine has.
     * Nimbus Roman has Times' widths but no √ ≤ ≥ or Greek letters; LibreOffice sets those from the CJK
     * font, as the model does ({@code PageLayout.wide}). With Liberation Serif installed beside it
     * (it has those glyphs, narrower) LibreOffice took Liberation, and a page of 表2-1 ended one row
     * later than the model said (seen on a machine whose base image lacked ghostscript's fonts, so
     * `.ci/run` had installed fonts-liberation).
     */
    static Path calibratedFonts(Path dir) throws IOException {
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
                  <selectfont><rejectfont>
                    <glob>/usr/share/fonts/truetype/liberation/*</glob>
                    <glob>/usr/share/fonts/truetype/liberation2/*</glob>
                    <glob>/usr/share/fonts/truetype/dejavu/*</glob>
                  </rejectfont></selectfont>
                </fontconfig>
                """);
        return conf;
    }

    static boolean latinFontIsTimesCompatible(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    if (font != null && font.matches("(?i).*(nimbusroman|timesnewroman|times-roman).*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Each page's text lines, white space removed. */
    static List<List<String>> pageLines(Path pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                List<String> lines = new ArrayList<>();
                for (String l : s.getText(d).split("\\R")) {
                    lines.add(l.replaceAll("\\s+", ""));
                }
                out.add(lines);
            }
        }
        return out;
    }

    /** The first page, from {@code from} on, with a line (or two or three lines in a row) that is the heading. */
    static int find(List<List<String>> pages, int from, String heading) {
        String h = heading.replaceAll("\\s+", "");
        for (int p = from; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int k = i; k < Math.min(lines.size(), i + 3); k++) {
                    joined.append(lines.get(k));
                    if (joined.toString().equals(h)) {
                        return p;
                    }
                }
            }
        }
        return -1;
    }
}
