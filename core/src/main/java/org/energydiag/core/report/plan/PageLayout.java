package org.energydiag.core.report.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * On which page each paragraph of a .docx starts, computed without a word processor: the page
 * numbers of the plan's table of contents.
 * <p>
 * Why a model and not a measurement: the engineers export on their own laptops, offline, mostly
 * without LibreOffice, and Word or WPS (which show the numbers) cannot be driven from here.
 * Rendering with LibreOffice at export where it happens to be installed would give two kinds of
 * plans depending on the machine and cost seconds per export, for numbers this model already
 * gives. So the document is laid out the way LibreOffice lays it out, and {@code PlanTocTest}
 * renders plans with LibreOffice (the demo with and without figures and photos, an empty project, a
 * longer text) and checks every entry against the page its heading is printed on: all agree (161
 * of 161 entries, LibreOffice 7.4; and every body paragraph of those plans starts on the computed page).
 * <p>
 * What makes this reliable rather than a guess is mostly the document itself: the plan's styles
 * use exact line heights (固定值) and space before paragraphs only, so lines and gaps are as high
 * in Word, WPS and LibreOffice whatever font each finds for 宋体/黑体; CJK characters are one em
 * wide in every CJK font, and Latin text is in Times New Roman, whose widths are standard (read
 * from the Times-Roman metrics bundled with PDFBox). What remains program-specific is modelled
 * after LibreOffice, each rule measured on its output: 0.2 em between a Han character and a Latin
 * letter or digit; line breaking (no break before closing or after opening punctuation, none after
 * a closing bracket before a letter or digit, a break after a hyphen); 。，、：；！？ hanging past
 * the margin after a CJK character, except in table cells; widow and orphan control;
 * keep-with-next chains (with the header and first row of a table; a chain that does not fit
 * starts the next page and is broken where that page is full); space before dropped at the top of
 * a page reached without a page break; space after allowed past the bottom; of two spacings between
 * paragraphs the larger (unless the settings say to add them); repeated header rows; rows that may
 * or may not split; inline images as high as they are. Where Word differs (it may break a line
 * one character elsewhere, or set an image a few points higher) a heading near the bottom of a
 * page can land on the next page in Word; Word refreshes the numbers when the fields are updated
 * or the plan is printed.
 * <p>
 * Lengths are in twips (1/20 pt).
 */
final class PageLayout {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /** A paragraph's first line or a table row: its page (counted from 1, as printed), its top (twips below the top margin) and text. */
    record Placed(int page, double top, String text) {
    }

    /**
     * @param bookmarkPages each bookmark's page number as PAGEREF shows it (section restarts applied)
     * @param pages         physical pages
     * @param placed        every paragraph and table row in document order
     */
    record Result(Map<String, Integer> bookmarkPages, int pages, List<Placed> placed) {
    }

    /** Line height of "single" spacing, per point of font size, as LibreOffice lays out 宋体/黑体 (measured: 14.4 pt at 12 pt). */
    static final double SINGLE_LINE = 1.2;
    /** LibreOffice's space between a Han character and a Latin letter or digit, in em (measured: 2.4 pt at 12 pt). */
    static final double HAN_LATIN_GAP = 0.2;
    /** What a table row adds to its tallest cell (borders), and a table to its rows, per page (measured). */
    static final double ROW_EXTRA = 15;
    static final double TABLE_EXTRA = 15;
    /** Word's default left and right cell margins (0.19 cm). */
    static final double CELL_MARGIN = 108;

    private static final String NO_START = "!%),.:;?]}¢°'\"’”›℃∶、。〃〆〉》」』】〕〗〞︰﹐﹑﹒﹔﹕﹖﹚﹜！％），．：；？］｝～…‥";
    private static final String NO_END = "$([{£¥‘“‹〈《「『【〔〖〝﹙﹛＄（［｛￡￥";
    /** Punctuation LibreOffice lets hang past the margin, after a CJK character and outside tables (measured). */
    private static final String HANGING = "，。、：；！？．";
    /** Closing punctuation that stays with a Latin letter or digit after it ("）1"; in tables also "，1"). */
    private static final String CLOSING = "，、。）》」』】〕〗〉”’";
    /** …except these, which may end a line before one outside tables. */
    private static final String CLOSING_BREAKABLE = "，、。";

    private final Document document;
    private final Map<String, Element> styles = new HashMap<>();
    private Element defaultPPr;
    private Element defaultRPr;
    private String defaultParagraphStyle = "Normal";

    /** Whether the space after one paragraph and before the next add up (else the larger counts, as LibreOffice does by default). */
    private final boolean addSpacing;

    private PageLayout(Document document, Document styleDoc, Document settings) {
        this.document = document;
        Element compat = settings == null ? null : child(settings.getDocumentElement(), "compat");
        this.addSpacing = toggle(compat, "doNotUseHTMLParagraphAutoSpacing", false);
        if (styleDoc != null) {
            for (Element s : children(styleDoc.getDocumentElement(), "style")) {
                styles.put(s.getAttributeNS(W, "styleId"), s);
                if ("paragraph".equals(s.getAttributeNS(W, "type")) && on(s.getAttributeNS(W, "default"))) {
                    defaultParagraphStyle = s.getAttributeNS(W, "styleId");
                }
            }
            Element defaults = child(styleDoc.getDocumentElement(), "docDefaults");
            if (defaults != null) {
                defaultPPr = child(child(defaults, "pPrDefault"), "pPr");
                defaultRPr = child(child(defaults, "rPrDefault"), "rPr");
            }
        }
    }

    /** Lays out a .docx package. */
    static Result of(byte[] docx) throws IOException {
        Document doc = null;
        Document st = null;
        Document settings = null;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    doc = parse(z);
                } else if (e.getName().equals("word/styles.xml")) {
                    st = parse(z);
                } else if (e.getName().equals("word/settings.xml")) {
                    settings = parse(z);
                }
            }
        }
        if (doc == null) {
            throw new IOException("no word/document.xml");
        }
        return new PageLayout(doc, st, settings).run();
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(in.readAllBytes()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    // ------------------------------------------------------------------ blocks

    /** Page geometry and numbering of a section. */
    private record Section(double bodyHeight, double textWidth, Integer startAt, boolean continuous) {
    }

    private abstract static class Block {
        Section section;
    }

    private static final class Para extends Block {
        double before;
        double after;
        double[] lines;
        boolean keepNext;
        boolean keepLines;
        boolean pageBreakBefore;
        boolean widow;
        boolean breakAfter; // a page break inside or after the paragraph (w:br type page, section end)
        String style;
        boolean contextual;
        final List<String> bookmarks = new ArrayList<>();
        String text;
    }

    private static final class Row {
        double height;
        double[] lines;
        boolean cantSplit;
        boolean header;
        final List<String> bookmarks = new ArrayList<>();
        String text;
    }

    private static final class Table extends Block {
        final List<Row> rows = new ArrayList<>();
    }

    private Result run() {
        Element body = child(document.getDocumentElement(), "body");
        List<Block> blocks = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        for (Element e : elements(body)) {
            collect(e, pending, blocks, body);
        }
        Section last = section(child(body, "sectPr"));
        for (Block b : pending) {
            b.section = last;
        }
        blocks.addAll(pending);
        return paginate(blocks);
    }

    /** Collects blocks; a paragraph holding a w:sectPr ends a section, whose geometry its blocks take. */
    private void collect(Element e, List<Block> pending, List<Block> done, Element body) {
        // line widths from the document's last section (a plan has one page size throughout)
        switch (e.getLocalName()) {
            case "p" -> {
                Para p = paragraph(e, sectionOf(body).textWidth(), false);
                pending.add(p);
                Element sect = child(child(e, "pPr"), "sectPr");
                if (sect != null) {
                    Section s = section(sect);
                    for (Block b : pending) {
                        b.section = s;
                    }
                    done.addAll(pending);
                    pending.clear();
                    p.breakAfter = true; // the next section starts on a new page (continuous ones are rare in plans)
                }
            }
            case "tbl" -> pending.add(table(e, sectionOf(body).textWidth()));
            case "sdt" -> {
                for (Element c : elements(child(e, "sdtContent"))) {
                    collect(c, pending, done, body);
                }
            }
            default -> { }
        }
    }

    private Section bodySection;

    private Section sectionOf(Element body) {
        if (bodySection == null) {
            bodySection = section(child(body, "sectPr"));
        }
        return bodySection;
    }

    private static Section section(Element sectPr) {
        double h = 16838;
        double w = 11906;
        double top = 1440;
        double bottom = 1440;
        double left = 1800;
        double right = 1800;
        Element size = child(sectPr, "pgSz");
        if (size != null) {
            h = num(size, "h", h);
            w = num(size, "w", w);
            if ("landscape".equals(size.getAttributeNS(W, "orient")) && w < h) {
                double t = w;
                w = h;
                h = t;
            }
        }
        Element mar = child(sectPr, "pgMar");
        if (mar != null) {
            top = Math.abs(num(mar, "top", top));
            bottom = Math.abs(num(mar, "bottom", bottom));
            left = num(mar, "left", left);
            right = num(mar, "right", right);
        }
        Element numbering = child(sectPr, "pgNumType");
        Integer start = numbering != null && !numbering.getAttributeNS(W, "start").isEmpty()
                ? (int) num(numbering, "start", 1) : null;
        Element type = child(sectPr, "type");
        boolean continuous = type != null && "continuous".equals(type.getAttributeNS(W, "val"));
        return new Section(h - top - bottom, w - left - right, start, continuous);
    }

    // ------------------------------------------------------------------ properties

    /** Paragraph and run properties in effect: docDefaults, then the style chain, then direct formatting. */
    private static final class Props {
        double before;
        double after;
        double line = 240;
        String lineRule = "auto";
        double left;
        double right;
        double firstLine;
        double firstLineChars = Double.NaN;
        double leftChars = Double.NaN;
        boolean keepNext;
        boolean keepLines;
        boolean pageBreakBefore;
        boolean widow;
        boolean contextual;
        double halfPoints = 20;
        boolean bold;
        boolean hidden;

        Props copy() {
            Props p = new Props();
            p.before = before;
            p.after = after;
            p.line = line;
            p.lineRule = lineRule;
            p.left = left;
            p.right = right;
            p.firstLine = firstLine;
            p.firstLineChars = firstLineChars;
            p.leftChars = leftChars;
            p.keepNext = keepNext;
            p.keepLines = keepLines;
            p.pageBreakBefore = pageBreakBefore;
            p.widow = widow;
            p.contextual = contextual;
            p.halfPoints = halfPoints;
            p.bold = bold;
            p.hidden = hidden;
            return p;
        }
    }

    private void applyPPr(Props p, Element pPr) {
        if (pPr == null) {
            return;
        }
        Element sp = child(pPr, "spacing");
        if (sp != null) {
            p.before = sp.hasAttributeNS(W, "beforeLines") ? num(sp, "beforeLines", 0) * 2.4 : num(sp, "before", p.before);
            p.after = sp.hasAttributeNS(W, "afterLines") ? num(sp, "afterLines", 0) * 2.4 : num(sp, "after", p.after);
            p.line = num(sp, "line", p.line);
            if (sp.hasAttributeNS(W, "lineRule")) {
                p.lineRule = sp.getAttributeNS(W, "lineRule");
            }
        }
        Element ind = child(pPr, "ind");
        if (ind != null) {
            p.left = num(ind, ind.hasAttributeNS(W, "start") ? "start" : "left", p.left);
            p.right = num(ind, ind.hasAttributeNS(W, "end") ? "end" : "right", p.right);
            if (ind.hasAttributeNS(W, "hanging")) {
                p.firstLine = -num(ind, "hanging", 0);
            } else if (ind.hasAttributeNS(W, "firstLine")) {
                p.firstLine = num(ind, "firstLine", 0);
            }
            if (ind.hasAttributeNS(W, "firstLineChars")) {
                p.firstLineChars = num(ind, "firstLineChars", 0);
            } else if (ind.hasAttributeNS(W, "hangingChars")) {
                p.firstLineChars = -num(ind, "hangingChars", 0);
            }
            if (ind.hasAttributeNS(W, "leftChars")) {
                p.leftChars = num(ind, "leftChars", 0);
            }
        }
        p.keepNext = toggle(pPr, "keepNext", p.keepNext);
        p.keepLines = toggle(pPr, "keepLines", p.keepLines);
        p.pageBreakBefore = toggle(pPr, "pageBreakBefore", p.pageBreakBefore);
        p.widow = toggle(pPr, "widowControl", p.widow);
        p.contextual = toggle(pPr, "contextualSpacing", p.contextual);
    }

    private static void applyRPr(Props p, Element rPr) {
        if (rPr == null) {
            return;
        }
        Element sz = child(rPr, "sz");
        if (sz != null) {
            p.halfPoints = num(sz, "val", p.halfPoints);
        }
        p.bold = toggle(rPr, "b", p.bold);
        p.hidden = toggle(rPr, "vanish", p.hidden);
    }

    /** Applies a style and the styles it is based on (the base first). */
    private void applyStyle(Props p, String id, boolean paragraph, boolean run, int depth) {
        Element s = id == null ? null : styles.get(id);
        if (s == null || depth > 20) {
            return;
        }
        Element based = child(s, "basedOn");
        if (based != null) {
            applyStyle(p, based.getAttributeNS(W, "val"), paragraph, run, depth + 1);
        }
        if (paragraph) {
            applyPPr(p, child(s, "pPr"));
        }
        if (run) {
            applyRPr(p, child(s, "rPr"));
        }
    }

    private Props paragraphProps(Element p) {
        Props props = new Props();
        applyPPr(props, defaultPPr);
        applyRPr(props, defaultRPr);
        Element pPr = child(p, "pPr");
        Element ps = child(pPr, "pStyle");
        String style = ps != null ? ps.getAttributeNS(W, "val") : defaultParagraphStyle;
        applyStyle(props, style, true, true, 0);
        applyPPr(props, pPr);
        applyRPr(props, child(pPr, "rPr")); // the paragraph mark
        return props;
    }

    private Props runProps(Props paragraph, Element r) {
        Props props = paragraph.copy();
        Element rPr = child(r, "rPr");
        Element rs = child(rPr, "rStyle");
        if (rs != null) {
            applyStyle(props, rs.getAttributeNS(W, "val"), false, true, 0);
        }
        applyRPr(props, rPr);
        return props;
    }

    // ------------------------------------------------------------------ paragraphs

    /** One character (or an image, a tab, a line break) with its size. */
    private record Glyph(int cp, double size, boolean bold, double imageWidth, double imageHeight) {
        static final int IMAGE = -1;
        static final int TAB = '\t';
        static final int NEWLINE = '\n';
    }

    private Para paragraph(Element p, double textWidth, boolean cell) {
        Props props = paragraphProps(p);
        // run properties start from the paragraph style's run properties, without the paragraph mark's own
        Element ps = child(child(p, "pPr"), "pStyle");
        String style = ps != null ? ps.getAttributeNS(W, "val") : defaultParagraphStyle;
        Props runBase = new Props();
        applyRPr(runBase, defaultRPr);
        applyStyle(runBase, style, false, true, 0);
        List<Glyph> glyphs = new ArrayList<>();
        Para para = new Para();
        boolean[] pageBreak = {false};
        walk(p, runBase, glyphs, para.bookmarks, new ArrayList<>(), pageBreak);
        para.before = props.before;
        para.after = props.after;
        para.keepNext = props.keepNext;
        para.keepLines = props.keepLines;
        para.pageBreakBefore = props.pageBreakBefore;
        para.widow = props.widow;
        para.contextual = props.contextual;
        para.style = style;
        para.breakAfter = pageBreak[0];
        double markSize = props.halfPoints / 2.0;
        double em = markSize * 20;
        double left = Double.isNaN(props.leftChars) ? props.left : props.leftChars / 100 * em;
        double first = Double.isNaN(props.firstLineChars) ? props.firstLine : props.firstLineChars / 100 * em;
        double width = textWidth - left - Math.max(0, props.right);
        para.lines = lines(glyphs, width - first, width, props, markSize, cell);
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (g.cp() > 0) {
                sb.appendCodePoint(g.cp());
            }
        }
        para.text = sb.toString();
        return para;
    }

    /** The runs of a paragraph in order; field instructions, deleted and hidden text left out. */
    private void walk(Element e, Props base, List<Glyph> out, List<String> bookmarks, List<Boolean> fields, boolean[] pageBreak) {
        for (Element c : elements(e)) {
            if (!W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "pPr", "del", "moveFrom", "rPr" -> { }
                case "bookmarkStart" -> bookmarks.add(c.getAttributeNS(W, "name"));
                case "r" -> run(c, base, out, fields, pageBreak);
                default -> walk(c, base, out, bookmarks, fields, pageBreak); // hyperlink, ins, smartTag, fldSimple, sdt…
            }
        }
    }

    private void run(Element r, Props base, List<Glyph> out, List<Boolean> fields, boolean[] pageBreak) {
        Props rp = runProps(base, r);
        double size = rp.halfPoints / 2.0;
        for (Element c : elements(r)) {
            String name = c.getLocalName();
            if (name.equals("fldChar")) {
                String type = c.getAttributeNS(W, "fldCharType");
                if (type.equals("begin")) {
                    fields.add(Boolean.TRUE); // instructions follow
                } else if (type.equals("separate") && !fields.isEmpty()) {
                    fields.set(fields.size() - 1, Boolean.FALSE);
                } else if (type.equals("end") && !fields.isEmpty()) {
                    fields.remove(fields.size() - 1);
                }
                continue;
            }
            if (fields.contains(Boolean.TRUE) || rp.hidden) {
                continue;
            }
            switch (name) {
                case "t" -> c.getTextContent().codePoints().forEach(cp -> out.add(new Glyph(cp, size, rp.bold, 0, 0)));
                case "tab" -> out.add(new Glyph(Glyph.TAB, size, rp.bold, 0, 0));
                case "br" -> {
                    String type = c.getAttributeNS(W, "type");
                    if (type.equals("page")) {
                        pageBreak[0] = true;
                    } else if (!type.equals("column")) {
                        out.add(new Glyph(Glyph.NEWLINE, size, rp.bold, 0, 0));
                    }
                }
                case "cr" -> out.add(new Glyph(Glyph.NEWLINE, size, rp.bold, 0, 0));
                case "noBreakHyphen" -> out.add(new Glyph('-', size, rp.bold, 0, 0));
                case "sym" -> out.add(new Glyph(0x4E00, size, rp.bold, 0, 0));
                case "drawing" -> {
                    Element inline = childNs(c, WP, "inline");
                    Element extent = inline == null ? null : childNs(inline, WP, "extent");
                    if (extent != null) {
                        double cx = Double.parseDouble(extent.getAttribute("cx")) / 635;
                        double cy = Double.parseDouble(extent.getAttribute("cy")) / 635;
                        out.add(new Glyph(Glyph.IMAGE, size, false, cx, cy));
                    }
                }
                default -> { }
            }
        }
    }

    /** An unbreakable piece of a line: a CJK character, a Latin word, a space, an image, a tab or a line break. */
    private static final class Atom {
        double width;
        double height; // images
        double size;
        boolean space;
        boolean newline;
        int first;
        int last;
        boolean han; // a Han character (LibreOffice puts a little space between it and Latin letters or digits)
        boolean alnum; // starts or ends with a Latin letter or digit
        boolean alnumFirst;
        boolean alnumLast;
        boolean hangs;
        boolean wide;
    }

    private static double[] lines(List<Glyph> glyphs, double firstWidth, double width, Props props, double markSize, boolean cell) {
        List<Atom> atoms = atoms(glyphs);
        List<Double> heights = new ArrayList<>();
        if (atoms.isEmpty()) {
            heights.add(lineHeight(props, markSize, 0));
            return heights.stream().mapToDouble(Double::doubleValue).toArray();
        }
        int start = 0;
        double x = 0;
        double limit = firstWidth;
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            if (a.newline) {
                heights.add(height(atoms, start, i, props, markSize));
                start = i + 1;
                x = 0;
                limit = width;
                i++;
                continue;
            }
            double w = a.width + (i > start ? gap(atoms.get(i - 1), a) : 0);
            if (a.space || x + w <= limit + 0.5 || i == start) {
                if (i == start && !a.space && !a.wide && a.height == 0 && a.width > limit) {
                    // a Latin word wider than the line is broken wherever it overflows
                    int full = (int) (a.width / limit);
                    for (int k = 0; k < full; k++) {
                        heights.add(lineHeight(props, a.size, 0));
                    }
                    x = a.width - full * limit;
                } else {
                    x += w;
                }
                i++;
                continue;
            }
            if (a.hangs && !cell && i > start && atoms.get(i - 1).wide) { // 。，、 may hang past the margin
                x += w;
                i++;
                continue;
            }
            int br = i;
            while (br > start && !breakBefore(atoms, br, cell)) {
                br--;
            }
            if (br == start) {
                br = i; // nowhere to break: break here anyway
            }
            heights.add(height(atoms, start, br, props, markSize));
            start = br;
            while (start < atoms.size() && atoms.get(start).space) {
                start++;
            }
            limit = width;
            x = 0;
            i = start;
        }
        if (start < atoms.size() || heights.isEmpty()) {
            heights.add(height(atoms, start, atoms.size(), props, markSize));
        }
        return heights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double height(List<Atom> atoms, int from, int to, Props props, double markSize) {
        double size = 0;
        double image = 0;
        for (int k = from; k < to && k < atoms.size(); k++) {
            size = Math.max(size, atoms.get(k).size);
            image = Math.max(image, atoms.get(k).height);
        }
        return lineHeight(props, size > 0 ? size : markSize, image);
    }

    private static double lineHeight(Props props, double size, double image) {
        double natural = size * 20 * SINGLE_LINE;
        return switch (props.lineRule) {
            case "exact" -> props.line;
            case "atLeast" -> Math.max(props.line, Math.max(natural, image));
            default -> image > 0 ? Math.max(image, natural) * props.line / 240 : natural * props.line / 240;
        };
    }

    private static double gap(Atom before, Atom after) {
        if (before.han && after.alnumFirst || before.alnumLast && after.han) {
            return HAN_LATIN_GAP * Math.max(before.size, after.size) * 20;
        }
        return 0;
    }

    /** Whether a line may start with atom {@code i}. */
    private static boolean breakBefore(List<Atom> atoms, int i, boolean cell) {
        Atom a = atoms.get(i);
        Atom prev = atoms.get(i - 1);
        if (a.space) {
            return false;
        }
        if (prev.space) {
            return true;
        }
        if (NO_START.indexOf(a.first) >= 0 || NO_END.indexOf(prev.last) >= 0) {
            return false;
        }
        if (a.first == '—' && prev.last == '—') {
            return false;
        }
        if (a.alnumFirst && CLOSING.indexOf(prev.last) >= 0) {
            return !cell && CLOSING_BREAKABLE.indexOf(prev.last) >= 0;
        }
        // between two Latin words only after a hyphen (the words were split there)
        return !(prev.alnumLast || isLatinPunct(prev.last)) || !(a.alnumFirst || isLatinPunct(a.first)) || prev.last == '-';
    }

    private static boolean isLatinPunct(int cp) {
        return cp < 0x2E80 && cp != ' ' && !Character.isLetterOrDigit(cp) && !wide(cp);
    }

    private static List<Atom> atoms(List<Glyph> glyphs) {
        List<Atom> out = new ArrayList<>();
        Atom word = null;
        int prevStrong = 0; // the last character that was not a space or a quote
        for (int k = 0; k < glyphs.size(); k++) {
            Glyph g = glyphs.get(k);
            int cp = g.cp();
            if (cp == Glyph.IMAGE) {
                word = null;
                Atom a = new Atom();
                a.width = g.imageWidth();
                a.height = g.imageHeight();
                a.size = g.size();
                a.first = 0x4E00;
                a.last = 0x4E00;
                out.add(a);
                continue;
            }
            if (cp == Glyph.NEWLINE) {
                word = null;
                Atom a = new Atom();
                a.newline = true;
                a.size = g.size();
                out.add(a);
                continue;
            }
            double em = g.size() * 20;
            if (cp == ' ' || cp == Glyph.TAB) {
                word = null;
                Atom a = new Atom();
                a.space = cp == ' ';
                a.width = cp == ' ' ? 0.25 * em : 2 * em;
                a.size = g.size();
                a.first = cp;
                a.last = cp;
                out.add(a);
                continue;
            }
            boolean quote = cp == '“' || cp == '”' || cp == '‘' || cp == '’';
            boolean asian = wide(cp) || quote && (prevStrong != 0 ? wide(prevStrong) : nextStrongWide(glyphs, k));
            if (!quote) {
                prevStrong = cp;
            }
            double w = (asian ? 1.0 : latinWidth(cp, g.bold())) * em;
            if (asian) {
                word = null;
                Atom a = new Atom();
                a.width = w;
                a.size = g.size();
                a.first = cp;
                a.last = cp;
                a.han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
                a.hangs = HANGING.indexOf(cp) >= 0;
                a.wide = true;
                out.add(a);
                continue;
            }
            boolean alnum = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER;
            if (word == null || word.last == '-') { // a line may break after a hyphen (18613-|2020)
                word = new Atom();
                word.first = cp;
                word.alnumFirst = alnum;
                word.size = g.size();
                out.add(word);
            }
            word.width += w;
            word.last = cp;
            word.alnumLast = alnum;
            word.size = Math.max(word.size, g.size());
            word.hangs = word.first == word.last && HANGING.indexOf(cp) >= 0;
        }
        return out;
    }

    private static boolean nextStrongWide(List<Glyph> glyphs, int k) {
        for (int j = k + 1; j < glyphs.size(); j++) {
            int cp = glyphs.get(j).cp();
            if (cp > ' ' && cp != '“' && cp != '”' && cp != '‘' && cp != '’') {
                return wide(cp);
            }
        }
        return true;
    }

    /** Characters set one em wide (CJK, full-width forms, CJK punctuation and the symbols CJK fonts draw full width). */
    static boolean wide(int cp) {
        return cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 || cp == '—' || cp == '…' || cp == '※' || cp == '√' || cp == '≤' || cp == '≥' || cp == '≈'
                || cp == '≠' || cp == '∶' || cp >= 0x2100 && cp <= 0x214F || cp >= 0x2190 && cp <= 0x21FF
                || cp >= 0x2460 && cp <= 0x27BF;
    }

    private static final double[] TIMES = widths("Times-Roman");
    private static final double[] TIMES_BOLD = widths("Times-Bold");

    /** Advance widths (em) of the first 0x500 code points in a Standard 14 font; NaN where it has no glyph. */
    private static double[] widths(String font) {
        double[] w = new double[0x500];
        java.util.Arrays.fill(w, Double.NaN);
        FontMetrics m = Standard14Fonts.getAFM(font);
        GlyphList names = GlyphList.getAdobeGlyphList();
        for (int cp = 0x20; cp < w.length; cp++) {
            String name = names.codePointToName(cp);
            if (name != null && !".notdef".equals(name)) {
                float v = m.getCharacterWidth(name);
                if (v > 0) {
                    w[cp] = v / 1000.0;
                }
            }
        }
        return w;
    }

    /** Width (em) of a character set in Times New Roman (its metrics are those of Times). */
    static double latinWidth(int cp, boolean bold) {
        double[] t = bold ? TIMES_BOLD : TIMES;
        if (cp < t.length && !Double.isNaN(t[cp])) {
            return t[cp];
        }
        if (cp == '−') {
            return 0.564;
        }
        return 0.6;
    }

    // ------------------------------------------------------------------ tables

    private Table table(Element tbl, double textWidth) {
        Table t = new Table();
        Element tblPr = child(tbl, "tblPr");
        List<Double> grid = new ArrayList<>();
        for (Element g : children(child(tbl, "tblGrid"), "gridCol")) {
            grid.add(num(g, "w", 0));
        }
        double gridSum = grid.stream().mapToDouble(Double::doubleValue).sum();
        Element tblW = child(tblPr, "tblW");
        double tableWidth = gridSum;
        if (tblW != null) {
            String type = tblW.getAttributeNS(W, "type");
            String v = tblW.getAttributeNS(W, "w");
            if (type.equals("pct")) {
                tableWidth = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 * textWidth
                        : Double.parseDouble(v) / 5000 * textWidth;
            } else if (type.equals("dxa") && !v.isEmpty()) {
                tableWidth = Double.parseDouble(v);
            }
        }
        double scale = gridSum > 0 && tableWidth > 0 ? tableWidth / gridSum : 1;
        double marginL = CELL_MARGIN;
        double marginR = CELL_MARGIN;
        Element mar = child(tblPr, "tblCellMar");
        if (mar != null) {
            Element l = child(mar, child(mar, "start") != null ? "start" : "left");
            Element r = child(mar, child(mar, "end") != null ? "end" : "right");
            marginL = l == null ? marginL : num(l, "w", marginL);
            marginR = r == null ? marginR : num(r, "w", marginR);
        }
        for (Element tr : children(tbl, "tr")) {
            Row row = new Row();
            Element trPr = child(tr, "trPr");
            row.cantSplit = toggle(trPr, "cantSplit", false);
            row.header = toggle(trPr, "tblHeader", false);
            int col = 0;
            double tallest = 0;
            double[] tallestLines = new double[0];
            StringBuilder text = new StringBuilder();
            for (Element tc : children(tr, "tc")) {
                Element tcPr = child(tc, "tcPr");
                Element span = child(tcPr, "gridSpan");
                int n = span == null ? 1 : (int) num(span, "val", 1);
                double w = 0;
                for (int k = col; k < col + n && k < grid.size(); k++) {
                    w += grid.get(k) * scale;
                }
                if (grid.isEmpty()) {
                    Element tcW = child(tcPr, "tcW");
                    w = tcW == null ? textWidth : num(tcW, "w", textWidth);
                }
                col += n;
                double h = 0;
                List<Double> ls = new ArrayList<>();
                for (Element c : elements(tc)) {
                    if (c.getLocalName().equals("p")) {
                        Para p = paragraph(c, w - marginL - marginR, true);
                        h += p.before + java.util.Arrays.stream(p.lines).sum() + p.after;
                        for (double l : p.lines) {
                            ls.add(l);
                        }
                        row.bookmarks.addAll(p.bookmarks);
                        text.append(text.length() == 0 ? "" : " | ").append(p.text);
                    } else if (c.getLocalName().equals("tbl")) {
                        Table inner = table(c, w - marginL - marginR);
                        for (Row r : inner.rows) {
                            h += r.height;
                            ls.add(r.height);
                        }
                        h += TABLE_EXTRA;
                    }
                }
                if (h > tallest) {
                    tallest = h;
                    tallestLines = ls.stream().mapToDouble(Double::doubleValue).toArray();
                }
            }
            Element trHeight = child(trPr, "trHeight");
            if (trHeight != null) {
                double v = num(trHeight, "val", 0);
                tallest = "exact".equals(trHeight.getAttributeNS(W, "hRule")) ? v : Math.max(tallest, v);
            }
            row.height = tallest + ROW_EXTRA;
            row.lines = tallestLines;
            row.text = text.toString();
            t.rows.add(row);
        }
        return t;
    }

    // ------------------------------------------------------------------ pages

    private final class Pager {
        int page = 1;
        double y;
        boolean empty = true; // nothing on this page yet
        boolean soft; // the page began where the previous one was full (not at a page break)
        double lastAfter; // space after the paragraph just placed
        final List<Placed> placed = new ArrayList<>();
        final Map<String, Integer> bookmarkPages = new LinkedHashMap<>();
        // page number shown on each physical page (sections may restart numbering)
        final List<Integer> shown = new ArrayList<>(List.of(1));
        Section section;

        void newPage() {
            newPage(true);
        }

        void newPage(boolean automatic) {
            page++;
            y = 0;
            empty = true;
            soft = automatic;
            lastAfter = 0;
            shown.add(shown.get(shown.size() - 1) + 1);
        }

        int shownPage() {
            return shown.get(page - 1);
        }

        void mark(List<String> bookmarks, String text) {
            placed.add(new Placed(page, y, text));
            for (String b : bookmarks) {
                bookmarkPages.putIfAbsent(b, shownPage());
            }
        }
    }

    private Result paginate(List<Block> blocks) {
        Pager pg = new Pager();
        Section current = null;
        Para previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.section != current) {
                if (current != null && !b.section.continuous() && !pg.empty) {
                    pg.newPage(false);
                }
                current = b.section;
                pg.section = current;
                if (current.startAt() != null) {
                    pg.shown.set(pg.page - 1, current.startAt());
                }
            }
            if (b instanceof Para p) {
                if (p.pageBreakBefore && !pg.empty) {
                    pg.newPage(false);
                }
                // keep with next, as LibreOffice does it: a chain of such paragraphs with the start of
                // what follows moves to the next page when it does not fit; once it starts a page
                // (a chain longer than the room on a page), it is broken where the page is full
                boolean head = previous == null || !previous.keepNext || previous.breakAfter;
                double need = head ? keepNeed(blocks, i, pg.empty && pg.soft) : 0;
                if (!pg.empty && need > 0 && pg.y + need > current.bodyHeight()) {
                    pg.newPage();
                }
                boolean contextual = previous != null && p.contextual && previous.contextual && p.style.equals(previous.style);
                place(pg, p, contextual);
                if (p.breakAfter) {
                    pg.newPage(false);
                }
                previous = p;
            } else if (b instanceof Table t) {
                double need = tableStart(t);
                if (!pg.empty && pg.y + need > current.bodyHeight()) {
                    pg.newPage();
                }
                place(pg, t);
                previous = null;
            }
        }
        return new Result(pg.bookmarkPages, pg.page, pg.placed);
    }

    /** Height a paragraph with keep-with-next needs on this page: itself and the start of what follows (0 if it does not keep). */
    private static double keepNeed(List<Block> blocks, int i, boolean atTop) {
        double need = 0;
        int k = i;
        boolean top = atTop;
        while (k < blocks.size() && blocks.get(k) instanceof Para p && p.keepNext && !p.breakAfter) {
            need += (top ? 0 : p.before) + java.util.Arrays.stream(p.lines).sum() + p.after;
            top = false;
            k++;
            if (k < blocks.size() && blocks.get(k) instanceof Para next && next.pageBreakBefore) {
                return 0;
            }
        }
        if (k == i || k >= blocks.size()) {
            return need; // nothing keeps (0), or the chain runs to the end of the document
        }
        Block next = blocks.get(k);
        if (next instanceof Para p) {
            int n = p.lines.length;
            int first = p.keepLines ? n : p.widow ? (n <= 3 ? n : 2) : 1;
            need += p.before;
            for (int l = 0; l < first; l++) {
                need += p.lines[l];
            }
        } else if (next instanceof Table t) {
            need += tableStart(t);
        }
        return need;
    }

    /** The header rows and the first body row of a table (a caption keeps with them). */
    private static double tableStart(Table t) {
        double h = TABLE_EXTRA;
        for (Row r : t.rows) {
            h += r.height;
            if (!r.header) {
                break;
            }
        }
        return h;
    }

    /** The space a paragraph's space before adds: none at the top of a page after an automatic break. */
    private double before(Pager pg, Para p, boolean contextual) {
        if (pg.empty && pg.soft || contextual) {
            return 0;
        }
        return addSpacing ? p.before : Math.max(0, p.before - pg.lastAfter);
    }

    private void place(Pager pg, Para p, boolean contextual) {
        double bodyHeight = pg.section.bodyHeight();
        double before = before(pg, p, contextual);
        int n = p.lines.length;
        int from = 0;
        boolean marked = false;
        while (from < n) {
            double room = bodyHeight - pg.y - (from == 0 ? before : 0);
            int fit = 0;
            double h = 0;
            while (from + fit < n && h + p.lines[from + fit] <= room + 0.5) {
                h += p.lines[from + fit];
                fit++;
            }
            int rest = n - from - fit;
            if (rest > 0) {
                if (p.keepLines && from == 0 && !pg.empty) {
                    fit = 0;
                } else if (p.widow) {
                    if (rest == 1 && fit > 0) {
                        fit--; // no widow: a last line alone on the next page
                    }
                    if (fit == 1 && (from == 0 || n - from > 1)) {
                        fit = 0; // no orphan: a first line alone at the bottom
                    }
                }
            }
            if (fit == 0) {
                if (pg.empty) {
                    fit = Math.max(1, Math.min(n - from, 1)); // a line taller than the page still goes somewhere
                } else {
                    pg.newPage();
                    before = 0;
                    continue;
                }
            }
            if (!marked) {
                pg.y += before;
                pg.mark(p.bookmarks, p.text);
                marked = true;
            }
            for (int l = from; l < from + fit; l++) {
                pg.y += p.lines[l];
            }
            pg.empty = false;
            from += fit;
            if (from < n) {
                pg.newPage();
            }
        }
        pg.y += p.after;
        pg.lastAfter = p.after;
    }

    private static void place(Pager pg, Table t) {
        double bodyHeight = pg.section.bodyHeight();
        List<Row> headers = new ArrayList<>();
        for (Row r : t.rows) {
            if (!r.header) {
                break;
            }
            headers.add(r);
        }
        double headerHeight = headers.stream().mapToDouble(r -> r.height).sum();
        pg.y += TABLE_EXTRA;
        pg.empty = false;
        boolean onlyHeaders = true; // nothing but (repeated) header rows on this page so far
        for (Row r : t.rows) {
            if (pg.y + r.height > bodyHeight + 0.5 && !onlyHeaders) {
                double room = bodyHeight - pg.y;
                double used = 0;
                int k = 0;
                while (!r.cantSplit && k < r.lines.length && used + r.lines[k] <= room + 0.5) {
                    used += r.lines[k++];
                }
                pg.mark(r.bookmarks, r.text);
                if (k > 0) {
                    // a row that may break: its lines fill this page, the rest continues under the repeated header
                    pg.newPage();
                    pg.empty = false;
                    pg.y = TABLE_EXTRA + headerHeight + r.height - used;
                    onlyHeaders = false;
                    continue;
                }
                pg.placed.remove(pg.placed.size() - 1);
                pg.newPage();
                pg.empty = false;
                pg.y = TABLE_EXTRA + (r.header ? 0 : headerHeight);
                onlyHeaders = true;
            }
            pg.mark(r.bookmarks, r.text);
            pg.y += r.height;
            onlyHeaders &= r.header;
        }
        pg.lastAfter = 0;
    }

    // ------------------------------------------------------------------ DOM helpers

    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Element c : elements(e)) {
            if (W.equals(c.getNamespaceURI()) && local.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element child(Element e, String local) {
        return childNs(e, W, local);
    }

    private static Element childNs(Element e, String ns, String local) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && ns.equals(c.getNamespaceURI()) && local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    private static double num(Element e, String attr, double fallback) {
        String v = e.getAttributeNS(W, attr);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    private static boolean on(String v) {
        return v.equals("1") || v.equals("true") || v.equals("on");
    }

    private static boolean toggle(Element parent, String local, boolean inherited) {
        Element e = child(parent, local);
        if (e == null) {
            return inherited;
        }
        String v = e.getAttributeNS(W, "val");
        return v.isEmpty() || on(v);
    }
}
