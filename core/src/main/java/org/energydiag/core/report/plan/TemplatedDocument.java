package org.energydiag.core.report.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.energydiag.core.report.DocxMeta;
import org.energydiag.core.text.Texts;

/**
 * A report written into a template, the way the plan is (and every other report of the project
 * after it): the template — the bundled one or an agency's — holds the placeholders
 * {@code {{企业名称}}}, {@code {{诊断服务机构}}}, {@code {{编制日期}}} (anywhere, also in headers and
 * footers), {@code {{目录}}} (replaced by the table of contents) and {@code {{正文}}} (replaced by the
 * body). The body's headings are listed in the contents with their page numbers ({@link PageLayout}),
 * tables and figures are numbered per chapter, and title, author and compatibility mode are set
 * ({@link DocxMeta}).
 */
public final class TemplatedDocument {

    /** Writes the body of a report, through the document's helpers. */
    public interface Body {
        void write(TemplatedDocument d) throws IOException;
    }

    /** The template's placeholders (found in the .docx by these words, so they stay as they are). */
    public static final String COMPANY = "{{企业名称}}";
    public static final String AGENCY = "{{诊断服务机构}}";
    public static final String DATE = "{{编制日期}}";
    public static final String CONTENTS = "{{目录}}";
    public static final String BODY = "{{正文}}";

    private final Map<String, PlanDocxWriter.Figure> figures;
    private Docx w;
    private final List<TocEntry> toc = new ArrayList<>();
    /** Bookmark names and ids already in the template, so that ours differ from them. */
    private final Set<String> usedBookmarks = new HashSet<>();
    private long nextBookmarkId = 1;
    private int tableNo;
    private int figureNo;
    private int chapter;

    private TemplatedDocument(Map<String, PlanDocxWriter.Figure> figures) {
        this.figures = figures == null ? Map.of() : figures;
    }

    /**
     * Writes a report.
     *
     * @param template   an agency's template, or null for the bundled one at {@code bundled}
     * @param values     the text of each placeholder ({@link #COMPANY}, {@link #AGENCY}, {@link #DATE})
     * @param title      the document's title (its properties)
     * @param author     the document's author (the agency), may be blank
     * @throws IllegalArgumentException (Chinese message) when the template is not a .docx or lacks {{正文}}
     */
    public static void write(InputStream template, String bundled, Map<String, String> values, String title, String author,
                             Map<String, PlanDocxWriter.Figure> figures, OutputStream out, Body body) throws IOException {
        try (InputStream in = template != null ? template : TemplatedDocument.class.getResourceAsStream(bundled);
             XWPFDocument doc = open(in, bundled)) {
            new TemplatedDocument(figures).fill(doc, values, title, author, body);
            doc.write(out);
        }
    }

    /**
     * The placeholders every report of a project fills the same way: the project's name, the agency
     * (【待补充】 when not set) and the date.
     */
    public static Map<String, String> placeholders(org.energydiag.core.project.DiagnosisProject project, java.time.LocalDate date) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(COMPANY, project.displayName());
        values.put(AGENCY, project.enterprise().agencyName().isBlank() ? Docx.TO_COMPLETE : project.enterprise().agencyName());
        values.put(DATE, Texts.format("plan.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        return values;
    }

    /** The plan's default template with another report's title on the cover and in the header. */
    public static InputStream defaultTemplate(String title) throws IOException {
        try (XWPFDocument doc = DefaultPlanTemplate.create(title)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.write(bytes);
            return new java.io.ByteArrayInputStream(bytes.toByteArray());
        }
    }

    private void fill(XWPFDocument doc, Map<String, String> values, String title, String author, Body body) throws IOException {
        XWPFParagraph anchor = find(doc, BODY);
        if (anchor == null) {
            throw new IllegalArgumentException(Texts.format("plan.noBodyPlaceholder", BODY));
        }
        reserveBookmarks(doc);
        w = new Docx(doc, anchor);
        body.write(this);
        doc.removeBodyElement(doc.getPosOfParagraph(anchor));
        XWPFParagraph tocAnchor = find(doc, CONTENTS);
        List<XWPFParagraph> entries = new ArrayList<>();
        if (tocAnchor != null) {
            DefaultPlanTemplate.tocStyles(doc.createStyles());
            Docx t = new Docx(doc, tocAnchor);
            for (int i = 0; i < toc.size(); i++) {
                entries.add(t.paragraph());
            }
            tocEntries(doc, entries, null);
            doc.removeBodyElement(doc.getPosOfParagraph(tocAnchor));
        }
        replaceAll(doc, values);
        DocxMeta.apply(doc, title, author, Instant.now());
        if (!entries.isEmpty()) {
            pageNumbers(doc, entries);
        }
    }

    // ------------------------------------------------------------------ what a body writes with

    /** The paragraphs, tables and images of the body. */
    public Docx docx() {
        return w;
    }

    /** A chapter's heading (level 1): tables and figures are numbered from 1 again under it. */
    public void h1(int chapterNo, String text) {
        chapter = chapterNo;
        tableNo = 0;
        figureNo = 0;
        tocHeading(1, text);
    }

    public void h2(String text) {
        tocHeading(2, text);
    }

    public void h3(String text) {
        tocHeading(3, text);
    }

    /** The number of the current chapter (as in 表2-1). */
    public int chapter() {
        return chapter;
    }

    /** The number the next table of this chapter gets. */
    public int nextTable() {
        return tableNo + 1;
    }

    /** The number the next figure of this chapter gets. */
    public int nextFigure() {
        return figureNo + 1;
    }

    /** A numbered table (表n-m) with its caption above it; {@code widths} null for widths from the content. */
    public void table(String title, List<String> header, List<List<String>> rows, int[] widths) {
        w.caption(Texts.format("plan.tableCaption", chapter, ++tableNo, title));
        w.grid(header, rows, widths);
    }

    /** Whether a figure of this key was given. */
    public boolean hasFigure(String key) {
        return figures.containsKey(key);
    }

    /** The figure of this key, or null. */
    public PlanDocxWriter.Figure figureOf(String key) {
        return figures.get(key);
    }

    /** A numbered figure (图n-m) with its caption under it; nothing when no figure of this key was given. */
    public void figure(String key) {
        PlanDocxWriter.Figure f = figures.get(key);
        if (f == null) {
            return;
        }
        // photos of 随附材料 at most 10 cm high: two to a page with their captions, not one
        w.image(f.png(), f.widthPx(), f.heightPx(), key + ".png", key.startsWith(PlanDocxWriter.EVIDENCE_PREFIX) ? 10 : 20);
        w.caption(Texts.format("plan.figureCaption", chapter, ++figureNo, f.caption()));
    }

    // ------------------------------------------------------------------ table of contents

    /**
     * The table of contents' page numbers, from {@link PageLayout} (see there why a layout model and
     * how it is checked against LibreOffice). The numbers could change the contents' own line breaks,
     * so the layout is repeated until they hold. Should the layout fail on an unusual agency template
     * (or the numbers not settle), they are left empty and Word is asked to update the fields when the
     * document is opened: no number rather than a wrong one.
     */
    private void pageNumbers(XWPFDocument doc, List<XWPFParagraph> entries) throws IOException {
        Map<String, Integer> pages = null;
        try {
            for (int pass = 0; pass < 4; pass++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                doc.write(bytes);
                Map<String, Integer> now = PageLayout.of(bytes.toByteArray()).bookmarkPages();
                if (now.equals(pages)) {
                    return;
                }
                pages = now;
                tocEntries(doc, entries, pages);
            }
        } catch (IOException | RuntimeException e) {
            // a fault of the layout model, not of the report: the report is written without numbers
        }
        tocEntries(doc, entries, Map.of());
        doc.enforceUpdateFields();
    }

    /** Writes the entries of the table of contents, with these page numbers (or none yet). */
    private void tocEntries(XWPFDocument doc, List<XWPFParagraph> entries, Map<String, Integer> pages) {
        int tab = Docx.textWidth(doc);
        for (int i = 0; i < entries.size(); i++) {
            TocEntry e = toc.get(i);
            Integer page = pages == null ? Integer.valueOf(0) : pages.get(e.bookmark());
            Docx.tocEntry(entries.get(i), e.level(), e.text(), e.bookmark(), page == null ? "" : page.toString(), tab,
                    i == 0, i == entries.size() - 1);
        }
    }

    /** A heading listed in the table of contents, with the bookmark the entry links to. */
    private record TocEntry(int level, String text, String bookmark) {
    }

    private void reserveBookmarks(XWPFDocument doc) {
        try (org.apache.xmlbeans.XmlCursor c = doc.getDocument().newCursor()) {
            c.selectPath("declare namespace w='" + PageLayout.W + "' .//w:bookmarkStart");
            while (c.toNextSelection()) {
                var b = (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark) c.getObject();
                usedBookmarks.add(b.getName());
                if (b.getId() != null) {
                    nextBookmarkId = Math.max(nextBookmarkId, b.getId().longValue() + 1);
                }
            }
        }
    }

    /** A heading listed in the table of contents: bookmarked as Word bookmarks them (_Toc…). */
    private void tocHeading(int level, String text) {
        String name;
        int n = toc.size();
        do {
            name = "_Toc" + (100000001 + n++);
        } while (usedBookmarks.contains(name));
        usedBookmarks.add(name);
        w.heading(level, text, name, nextBookmarkId++);
        toc.add(new TocEntry(level, text, name));
    }

    // ------------------------------------------------------------------ template and placeholders

    private static XWPFDocument open(InputStream in, String bundled) throws IOException {
        if (in == null) {
            throw new IllegalStateException("程序包中缺少模板 " + bundled);
        }
        try {
            return new XWPFDocument(in);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IllegalArgumentException(Texts.get("plan.templateNotDocx"));
        }
    }

    private static XWPFParagraph find(XWPFDocument doc, String placeholder) {
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().contains(placeholder)) {
                return p;
            }
        }
        return null;
    }

    private static void replaceAll(XWPFDocument doc, Map<String, String> values) {
        List<XWPFParagraph> ps = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            collect(t, ps);
        }
        for (XWPFHeader h : doc.getHeaderList()) {
            ps.addAll(h.getParagraphs());
            h.getTables().forEach(t -> collect(t, ps));
        }
        for (XWPFFooter f : doc.getFooterList()) {
            ps.addAll(f.getParagraphs());
            f.getTables().forEach(t -> collect(t, ps));
        }
        for (XWPFParagraph p : ps) {
            replace(p, values);
        }
    }

    private static void collect(XWPFTable t, List<XWPFParagraph> out) {
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
                out.addAll(c.getParagraphs());
                c.getTables().forEach(x -> collect(x, out));
            }
        }
    }

    /** Replaces placeholders even when Word split them over several runs (the text moves to the first run). */
    private static void replace(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (values.keySet().stream().noneMatch(text::contains)) {
            return;
        }
        List<XWPFRun> runs = p.getRuns();
        boolean single = runs.stream().anyMatch(r -> {
            String t = r.getText(0);
            return t != null && values.keySet().stream().anyMatch(t::contains);
        });
        if (single) {
            for (XWPFRun r : runs) {
                String t = r.getText(0);
                if (t != null) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        t = t.replace(e.getKey(), e.getValue());
                    }
                    r.setText(t, 0);
                }
            }
            return;
        }
        String replaced = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            replaced = replaced.replace(e.getKey(), e.getValue());
        }
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        if (runs.isEmpty()) {
            Docx.run(p, replaced, Docx.SONG, false, 0);
        } else {
            p.getRuns().get(0).setText(replaced, 0);
        }
    }
}
