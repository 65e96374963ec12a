package org.energydiag.core.report.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.energydiag.core.text.Texts;

/**
 * A document written into a template the way the plan is (the bundled template or an agency's):
 * the body replaces the paragraph holding {@code {{正文}}}, the table of contents with its page
 * numbers ({@link PageLayout}) replaces {@code {{目录}}}, the other placeholders ({@code {{企业名称}}},
 * {@code {{诊断服务机构}}}, {@code {{编制日期}}}) are filled anywhere, also in headers and footers,
 * and title, author and compatibility mode go into the file ({@link org.energydiag.core.report.DocxMeta}).
 * The plan and the other reports write through it; their texts use {@link Docx}'s styles.
 */
public final class ReportDocument implements AutoCloseable {

    private final XWPFDocument doc;
    private final XWPFParagraph body;
    private final Docx w;
    private final List<TocEntry> toc = new ArrayList<>();
    private final java.util.Set<String> usedBookmarks = new java.util.HashSet<>();
    private long nextBookmarkId = 1;
    private int chapter;
    private int tableNo;
    private int figureNo;

    private ReportDocument(XWPFDocument doc, XWPFParagraph body) {
        this.doc = doc;
        this.body = body;
        reserveBookmarks();
        this.w = new Docx(doc, body);
    }

    /**
     * Opens {@code template}, or the bundled template at resource {@code bundled} when null.
     *
     * @throws IllegalArgumentException (Chinese message) when the template is not a .docx or lacks {{正文}}
     */
    public static ReportDocument open(InputStream template, String bundled) throws IOException {
        return open(template, () -> ReportDocument.class.getResourceAsStream(bundled));
    }

    /**
     * Opens {@code template}, or the default template built for a document titled {@code documentTitle}
     * ({@link DefaultPlanTemplate#create(String)}: the plan's cover, styles, header and footer) when null.
     */
    public static ReportDocument openOrDefault(InputStream template, String documentTitle) throws IOException {
        return open(template, () -> {
            try (XWPFDocument d = DefaultPlanTemplate.create(documentTitle)) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                d.write(bytes);
                return new java.io.ByteArrayInputStream(bytes.toByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static ReportDocument open(InputStream template, java.util.function.Supplier<InputStream> bundled) throws IOException {
        try (InputStream in = template != null ? template : bundled.get()) {
            if (in == null) {
                throw new IllegalStateException("missing bundled template");
            }
            XWPFDocument doc;
            try {
                doc = new XWPFDocument(in);
            } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
                throw new IllegalArgumentException(Texts.get("plan.templateNotDocx"));
            }
            XWPFParagraph body = PlanDocxWriter.find(doc, PlanDocxWriter.BODY);
            if (body == null) {
                doc.close();
                throw new IllegalArgumentException(Texts.format("plan.noBodyPlaceholder", PlanDocxWriter.BODY));
            }
            return new ReportDocument(doc, body);
        }
    }

    /** The writer of the body (package: the plan writes through it directly). */
    Docx docx() {
        return w;
    }

    // ------------------------------------------------------------------ body

    /** A heading of level 1, numbered {@code chapterNo} for the tables and figures under it, listed in the contents. */
    public void chapter(int chapterNo, String text) {
        chapter = chapterNo;
        tableNo = 0;
        figureNo = 0;
        heading(1, text);
    }

    /** A heading (levels 1–3) listed in the table of contents: bookmarked as Word bookmarks them (_Toc…). */
    public void heading(int level, String text) {
        String name;
        int n = toc.size();
        do {
            name = "_Toc" + (100000001 + n++);
        } while (usedBookmarks.contains(name));
        usedBookmarks.add(name);
        w.heading(level, text, name, nextBookmarkId++);
        toc.add(new TocEntry(level, text, name));
    }

    /** Body paragraphs (one per line of {@code text}), first line indented. */
    public void text(String text) {
        w.text(text);
    }

    /** A paragraph starting with a bold label; an empty value is marked 【待补充】. */
    public void labelled(String label, String text) {
        w.labelled(label, text);
    }

    /** A note that something is missing, in grey italics. */
    public void missing(String text) {
        w.missing(text);
    }

    /** A numbered table ("表 n-m title") with a repeated header row; widths fitted to the content. */
    public void table(String title, List<String> header, List<List<String>> rows) {
        w.caption(Texts.format("plan.tableCaption", chapter, ++tableNo, title));
        w.grid(header, rows, null);
    }

    /** The number the next table will get ("n-m"), for a sentence that refers to it. */
    public String nextTableNumber() {
        return chapter + "-" + (tableNo + 1);
    }

    /** A numbered figure at print width with its caption, and the table that belongs to it, if any. */
    public void figure(String key, PlanDocxWriter.Figure f) {
        if (f == null) {
            return;
        }
        w.image(f.png(), f.widthPx(), f.heightPx(), key + ".png", 20);
        w.caption(Texts.format("plan.figureCaption", chapter, ++figureNo, f.caption()));
        if (f.table() != null) {
            table(f.table().title(), f.table().header(), f.table().rows());
        }
    }

    int chapterNo() {
        return chapter;
    }

    int nextTable() {
        return ++tableNo;
    }

    int nextFigure() {
        return ++figureNo;
    }

    int tables() {
        return tableNo;
    }

    // ------------------------------------------------------------------ finishing

    /**
     * Writes the contents, fills the placeholders, sets the metadata and writes the document.
     *
     * @param company the enterprise (for {{企业名称}})
     * @param agency  the agency (for {{诊断服务机构}}; 【待补充】 when blank)
     * @param date    the text of {{编制日期}}
     * @param title   the document title (metadata)
     */
    public void finish(String company, String agency, String date, String title, OutputStream out) throws IOException {
        doc.removeBodyElement(doc.getPosOfParagraph(body));
        XWPFParagraph tocAnchor = PlanDocxWriter.find(doc, PlanDocxWriter.CONTENTS);
        List<XWPFParagraph> entries = new ArrayList<>();
        if (tocAnchor != null) {
            DefaultPlanTemplate.tocStyles(doc.createStyles());
            Docx t = new Docx(doc, tocAnchor);
            for (int i = 0; i < toc.size(); i++) {
                entries.add(t.paragraph());
            }
            tocEntries(entries, null);
            doc.removeBodyElement(doc.getPosOfParagraph(tocAnchor));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PlanDocxWriter.COMPANY, company);
        values.put(PlanDocxWriter.AGENCY, agency == null || agency.isBlank() ? Docx.TO_COMPLETE : agency);
        values.put(PlanDocxWriter.DATE, date);
        PlanDocxWriter.replaceAll(doc, values);
        org.energydiag.core.report.DocxMeta.apply(doc, title, agency == null ? "" : agency, java.time.Instant.now());
        if (!entries.isEmpty()) {
            pageNumbers(entries);
        }
        doc.write(out);
    }

    /** Replaces {@code placeholder}'s text in the template (e.g. a report title) wherever it stands. */
    public void replace(String placeholder, String value) {
        PlanDocxWriter.replaceAll(doc, Map.of(placeholder, value));
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /**
     * The table of contents' page numbers, from {@link PageLayout} (see there why a layout model and
     * how it is checked against LibreOffice). The numbers could change the contents' own line breaks,
     * so the layout is repeated until they hold. Should the layout fail on an unusual agency template
     * (or the numbers not settle), they are left empty and Word is asked to update the fields when the
     * document is opened: no number rather than a wrong one.
     */
    private void pageNumbers(List<XWPFParagraph> entries) throws IOException {
        Map<String, Integer> pages = null;
        try {
            for (int pass = 0; pass < 4; pass++) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                doc.write(bytes);
                Map<String, Integer> now = PageLayout.of(bytes.toByteArray()).bookmarkPages();
                if (now.equals(pages)) {
                    return;
                }
                pages = now;
                tocEntries(entries, pages);
            }
        } catch (IOException | RuntimeException e) {
            // a fault of the layout model, not of the document: it is written without numbers
        }
        tocEntries(entries, Map.of());
        doc.enforceUpdateFields();
    }

    /** Writes the entries of the table of contents, with these page numbers (or none yet). */
    private void tocEntries(List<XWPFParagraph> entries, Map<String, Integer> pages) {
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

    /** Bookmark names and ids already in the template, so that ours differ from them. */
    private void reserveBookmarks() {
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
}
