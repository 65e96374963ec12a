package org.energydiag.core.report.plan;

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
 * A document written into a template (the bundled one or an agency's) the way the plan is: the
 * body goes where {@code {{正文}}} stands, the headings given to {@link #heading} are bookmarked and
 * listed with their page numbers where {@code {{目录}}} stands ({@link PageLayout}), the other
 * placeholders are replaced anywhere (also in headers and footers), and title, author and
 * compatibilityMode 15 are set ({@link DocxMeta}). Shared by every report the program writes.
 */
public final class TemplatedDocx implements AutoCloseable {

    /** The placeholders every report template may hold (found by these words, so they stay as they are). */
    public static final String COMPANY = "{{企业名称}}";
    public static final String AGENCY = "{{诊断服务机构}}";
    public static final String DATE = "{{编制日期}}";
    public static final String CONTENTS = "{{目录}}";
    public static final String BODY = "{{正文}}";

    private final XWPFDocument doc;
    private final XWPFParagraph body;
    private final Docx writer;
    private final List<TocEntry> toc = new ArrayList<>();
    private final Set<String> usedBookmarks = new HashSet<>();
    private long nextBookmarkId = 1;

    private TemplatedDocx(XWPFDocument doc, XWPFParagraph body) {
        this.doc = doc;
        this.body = body;
        reserveBookmarks();
        this.writer = new Docx(doc, body);
    }

    /**
     * Opens a template.
     *
     * @param template the template's bytes (the caller's stream, closed here)
     * @throws IllegalArgumentException (Chinese message) when it is not a .docx or lacks {{正文}}
     */
    public static TemplatedDocx open(InputStream template) throws IOException {
        XWPFDocument doc;
        try (InputStream in = template) {
            if (in == null) {
                throw new IllegalStateException("template resource missing");
            }
            doc = new XWPFDocument(in);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IllegalArgumentException(Texts.get("plan.templateNotDocx"));
        }
        XWPFParagraph body = find(doc, BODY);
        if (body == null) {
            doc.close();
            throw new IllegalArgumentException(Texts.format("plan.noBodyPlaceholder", BODY));
        }
        return new TemplatedDocx(doc, body);
    }

    /** Opens a template built in memory (e.g. {@link DefaultPlanTemplate#create(String)}). */
    public static TemplatedDocx open(XWPFDocument built) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (built) {
            built.write(bytes);
        }
        return open(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The writer of the body (before {{正文}}). */
    public Docx body() {
        return writer;
    }

    public XWPFDocument document() {
        return doc;
    }

    /** A heading listed in the table of contents: bookmarked as Word bookmarks them (_Toc…). */
    public void heading(int level, String text) {
        String name;
        int n = toc.size();
        do {
            name = "_Toc" + (100000001 + n++);
        } while (usedBookmarks.contains(name));
        usedBookmarks.add(name);
        writer.heading(level, text, name, nextBookmarkId++);
        toc.add(new TocEntry(level, text, name));
    }

    /**
     * {@link #finish(Map, String, String, OutputStream)} with the placeholders every report fills the
     * same way: the project's name, the agency (【待补充】 when not set) and the date; the title is the
     * project's name and {@code title}, the author the agency.
     */
    public void finish(org.energydiag.core.project.DiagnosisProject project, java.time.LocalDate date, String title, OutputStream out)
            throws IOException {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(COMPANY, project.displayName());
        values.put(AGENCY, project.enterprise().agencyName().isBlank() ? Docx.TO_COMPLETE : project.enterprise().agencyName());
        values.put(DATE, Texts.format("plan.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        finish(values, project.displayName() + " " + title, project.enterprise().agencyName(), out);
    }

    /**
     * Removes {{正文}}, writes the table of contents at {{目录}}, replaces {@code values} (placeholder →
     * text), sets the document properties and writes the document.
     */
    public void finish(Map<String, String> values, String title, String author, OutputStream out) throws IOException {
        doc.removeBodyElement(doc.getPosOfParagraph(body));
        XWPFParagraph tocAnchor = find(doc, CONTENTS);
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
        replaceAll(doc, values);
        DocxMeta.apply(doc, title, author, Instant.now());
        if (!entries.isEmpty()) {
            pageNumbers(entries);
        }
        doc.write(out);
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

    // ------------------------------------------------------------------ placeholders

    static XWPFParagraph find(XWPFDocument doc, String placeholder) {
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
