package org.energydiag.core.report.plan;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.energydiag.core.text.Texts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Small helpers for writing Chinese Word documents with POI: runs with the East Asian font set
 * (so Word and WPS use 宋体/黑体 and LibreOffice its CJK substitute), paragraphs inserted at a
 * cursor (the body placeholder of a template), tables with a header row, and fields.
 */
public final class Docx {
    static final String SONG = "宋体";
    static final String HEI = "黑体";
    static final String LATIN = "Times New Roman";
    /** Where the engineer's text is still missing: visible, and easy to find before hand-in. */
    public static final String TO_COMPLETE = Texts.get("plan.toComplete");

    private final XWPFDocument doc;
    private XmlCursor cursor;

    /** Writes before {@code anchor} (which the caller removes afterwards), or at the end when null. */
    Docx(XWPFDocument doc, XWPFParagraph anchor) {
        this.doc = doc;
        this.cursor = anchor == null ? null : anchor.getCTP().newCursor();
    }

    public XWPFDocument document() {
        return doc;
    }

    public XWPFParagraph paragraph() {
        if (cursor == null) {
            return doc.createParagraph();
        }
        XWPFParagraph p = doc.insertNewParagraph(cursor);
        cursor = p.getCTP().newCursor();
        cursor.toEndToken();
        cursor.toNextToken();
        return p;
    }

    public XWPFTable table(int rows, int cols) {
        XWPFTable t;
        if (cursor == null) {
            t = doc.createTable(rows, cols);
        } else {
            t = doc.insertNewTbl(cursor);
            cursor = t.getCTTbl().newCursor();
            cursor.toEndToken();
            cursor.toNextToken();
            for (int r = 0; r < rows; r++) {
                XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
                if (row == null) {
                    row = t.createRow();
                }
                while (row.getTableCells().size() < cols) {
                    row.addNewTableCell();
                }
            }
        }
        grid(t, cols);
        return t;
    }

    /** A4 text width in twips (21 cm − 2 × 2.6 cm margins ≈ 15.8 cm). */
    static final int TEXT_WIDTH_TWIPS = 8960;

    /**
     * w:tblGrid is required by the schema (ECMA-376 CT_Tbl) and POI's insertNewTbl leaves it out;
     * without it LibreOffice collapses columns and Word may offer a repair. Equal columns; Word and
     * LibreOffice re-fit them to the content (autofit).
     */
    static void grid(XWPFTable t, int cols) {
        var ct = t.getCTTbl();
        var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0 && grid.sizeOfGridColArray() != cols) {
            grid.removeGridCol(grid.sizeOfGridColArray() - 1);
        }
        if (grid.sizeOfGridColArray() == 0) {
            for (int c = 0; c < cols; c++) {
                grid.addNewGridCol().setW(java.math.BigInteger.valueOf(TEXT_WIDTH_TWIPS / cols));
            }
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, String eastAsia, boolean bold, int halfPoints) {
        XWPFRun r = p.createRun();
        setText(r, text == null ? "" : text);
        font(r, eastAsia);
        r.setBold(bold);
        if (halfPoints > 0) {
            r.setFontSize(halfPoints / 2.0);
        }
        return r;
    }

    /** Text with line breaks kept (Word needs explicit breaks). */
    static void setText(XWPFRun r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    static void font(XWPFRun r, String eastAsia) {
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setEastAsia(eastAsia);
    }

    public void heading(int level, String text) {
        heading(level, text, null, 0);
    }

    /** A heading; with a bookmark around its text when {@code bookmark} is not null (the table of contents links to it). */
    void heading(int level, String text, String bookmark, long bookmarkId) {
        XWPFParagraph p = paragraph();
        p.setStyle("Heading" + level);
        if (bookmark != null) {
            var start = p.getCTP().addNewBookmarkStart();
            start.setName(bookmark);
            start.setId(BigInteger.valueOf(bookmarkId));
        }
        run(p, text, HEI, true, 0);
        if (bookmark != null) {
            p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId));
        }
    }

    /** A body paragraph, first line indented by two characters. */
    public void text(String text) {
        for (String part : (text == null ? "" : text).split("\n")) {
            if (part.isBlank()) {
                continue;
            }
            XWPFParagraph p = paragraph();
            p.setStyle("BodyText");
            p.setFirstLineIndent(480);
            run(p, part.strip(), SONG, false, 0);
        }
    }

    /** A body paragraph starting with a bold label. */
    public void labelled(String label, String text) {
        XWPFParagraph p = paragraph();
        p.setStyle("BodyText");
        p.setFirstLineIndent(480);
        run(p, label + "：", HEI, true, 0);
        if (text == null || text.isBlank()) {
            XWPFRun r = run(p, TO_COMPLETE, SONG, true, 0);
            r.setColor("C00000");
        } else {
            run(p, text.strip(), SONG, false, 0);
        }
    }

    /** A note that a section has no data yet, in grey italics. */
    public void missing(String text) {
        XWPFParagraph p = paragraph();
        p.setStyle("BodyText");
        p.setFirstLineIndent(480);
        XWPFRun r = run(p, text, SONG, false, 0);
        r.setItalic(true);
        r.setColor("7F7F7F");
    }

    public void caption(String text) {
        XWPFParagraph p = paragraph();
        p.setStyle("Caption");
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        run(p, text, HEI, true, 21);
    }

    /** A table with a bold, repeated header row; {@code widths} in twentieths of a point. */
    public XWPFTable grid(List<String> header, List<List<String>> rows, int[] widths) {
        XWPFTable t = table(rows.size() + 1, header.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth w = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        w.setType(STTblWidth.PCT);
        w.setW(BigInteger.valueOf(5000));
        if (widths == null) {
            widths = contentWidths(header, rows);
        }
        var gridCols = t.getCTTbl().getTblGrid();
        for (int c = 0; c < gridCols.sizeOfGridColArray() && c < widths.length; c++) {
            gridCols.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
        }
        fill(t.getRow(0), header, true, widths);
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(t.getRow(r + 1), rows.get(r), false, widths);
        }
        return t;
    }

    /**
     * Column widths (twips) from what the columns hold: a column whose longest line is short
     * (≤ 16 half-width characters, a CJK character counting two — numbers, names, units) gets the
     * width it needs on one line up to eight, else on two lines; a header of up to four CJK
     * characters is not broken; the long-text columns share the rest in proportion to the square root of all the
     * text they hold (which keeps the table lowest), each at least four CJK characters wide.
     */
    static int[] contentWidths(List<String> header, List<List<String>> rows) {
        return keepFiguresWhole(proportionalWidths(header, rows), rows);
    }

    /**
     * The widest word that must not be broken in a cell of column {@code c}, in half-width characters:
     * a figure (digits with their grouping, decimal point, sign and percent) or a unit or code written
     * in Latin letters ("kgCO2e/kWh", "m³/h", "18613-2020"); words wider than sixteen (formulas, long
     * codes) may break.
     */
    static int longestFigure(List<List<String>> rows, int c) {
        int longest = 0;
        for (List<String> row : rows) {
            if (c < row.size() && row.get(c) != null) {
                java.util.regex.Matcher m = WORD.matcher(row.get(c));
                while (m.find()) {
                    int w = displayWidth(m.group());
                    if (w <= 16) {
                        longest = Math.max(longest, w);
                    }
                }
            }
        }
        return longest;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[-+−]?[0-9A-Za-z][0-9A-Za-z,.%‰/²³·_\\-]*");

    /**
     * Widens every column to its longest figure or unit ("223,000,000" in "223,000,000 kWh": a figure
     * split mid-digit cannot be read, nor "kgCO2e/k" + "Wh"), taking the room from the columns with the most to spare — a text
     * column down to four CJK characters a line, any column down to its own longest figure.
     */
    static int[] keepFiguresWhole(int[] widths, List<List<String>> rows) {
        int n = widths.length;
        int[] floor = new int[n];
        int[] figure = new int[n];
        for (int c = 0; c < n; c++) {
            int f = longestFigure(rows, c);
            figure[c] = f == 0 ? 0 : f * UNIT + PADDING;
            floor[c] = Math.max(figure[c], Math.min(widths[c], 8 * UNIT + PADDING));
        }
        int[] out = widths.clone();
        for (int c = 0; c < n; c++) {
            int deficit = figure[c] - out[c];
            while (deficit > 0) {
                int donor = -1;
                int spare = 0;
                for (int d = 0; d < n; d++) {
                    if (d != c && out[d] - floor[d] > spare) {
                        spare = out[d] - floor[d];
                        donor = d;
                    }
                }
                if (donor < 0) {
                    break; // no column can give: the table is as crowded as it can be
                }
                int take = Math.min(deficit, spare);
                out[donor] -= take;
                out[c] += take;
                deficit -= take;
            }
        }
        return out;
    }

    private static int[] proportionalWidths(List<String> header, List<List<String>> rows) {
        int n = header.size();
        int[] need = new int[n]; // longest line, half-width characters
        long[] volume = new long[n]; // all the text of the column
        int[] headerNeed = new int[n];
        boolean[] figures = new boolean[n];
        int[] valueNeed = new int[n]; // longest line of the values alone
        for (int c = 0; c < n; c++) {
            int h = displayWidth(header.get(c));
            int w = h <= 8 ? h : (h + 1) / 2; // a long header may take two lines
            headerNeed[c] = w;
            long v = h;
            for (List<String> row : rows) {
                if (c < row.size()) {
                    String cell = row.get(c) == null ? "" : row.get(c);
                    v += displayWidth(cell);
                    for (String line : cell.split("\\n")) {
                        w = Math.max(w, displayWidth(line));
                        valueNeed[c] = Math.max(valueNeed[c], displayWidth(line));
                    }
                }
            }
            need[c] = Math.max(2, w);
            volume[c] = v;
            figures[c] = allFigures(rows, c);
        }
        int[] out = new int[n];
        int fixed = 0;
        double longWeight = 0;
        for (int c = 0; c < n; c++) {
            if (need[c] <= 16) {
                // short: one line up to 8 (4 CJK characters, and the header), else two lines
                // figures and dates are never broken: a number split mid-digit cannot be read
                int units = figures[c] ? Math.max(valueNeed[c] + 1, headerNeed[c]) : need[c] <= 8 ? Math.max(need[c], headerNeed[c])
                        : Math.max(Math.max(8, headerNeed[c]), (need[c] + 1) / 2);
                out[c] = units * UNIT + PADDING;
                fixed += out[c];
            } else {
                longWeight += Math.sqrt(volume[c]);
            }
        }
        if (longWeight == 0 && fixed <= TEXT_WIDTH_TWIPS) {
            // every column short and all fit at their width (headers unbroken): the spare room goes to
            // the text columns (names), so that no header is broken while the page is half empty
            int spare = TEXT_WIDTH_TWIPS - fixed;
            double textNeed = 0;
            for (int c = 0; c < n; c++) {
                textNeed += figures[c] ? 0 : (double) need[c] * need[c]; // the widest text (names) takes most
            }
            for (int c = 0; c < n; c++) {
                double share = textNeed > 0 ? (figures[c] ? 0 : (double) need[c] * need[c] / textNeed) : 1.0 / n;
                out[c] += (int) Math.floor(spare * share);
            }
            return out;
        }
        int longCount = (int) java.util.Arrays.stream(need).filter(x -> x > 16).count();
        // a text column may narrow to two CJK characters a line before figures are squeezed
        int minLong = longCount == 0 ? 8 * UNIT + PADDING
                : Math.max(4 * UNIT + PADDING, Math.min(8 * UNIT + PADDING, (TEXT_WIDTH_TWIPS - fixed) / longCount));
        if (longWeight == 0 || fixed + longCount * minLong > TEXT_WIDTH_TWIPS) {
            // too many columns: figures keep the width of their longest value and short columns
            // (units, names up to four characters) theirs, headers wrap; text columns share the rest
            int kept = 0;
            double sum = 0;
            boolean[] keep = new boolean[n];
            int[] keptUnits = new int[n];
            for (int c = 0; c < n; c++) {
                keep[c] = figures[c] || valueNeed[c] <= 8;
                // a crowded table's figures get their own width only: a digit is half an em in the
                // table font (one unit exactly), separators narrower, and the padding keeps room
                keptUnits[c] = figures[c] ? valueNeed[c] : Math.max(2, valueNeed[c]);
                if (keep[c]) {
                    kept += keptUnits[c] * UNIT + PADDING;
                } else {
                    sum += Math.min(need[c], 40) + 3;
                }
            }
            int others = n - (int) java.util.stream.IntStream.range(0, n).filter(c -> keep[c]).count();
            // their headers on at most two lines too, where the page has the room (a column of "—" under
            // "2023年实物量" would otherwise break the header letter by letter)
            int withHeaders = 0;
            for (int c = 0; c < n; c++) {
                if (keep[c]) {
                    withHeaders += Math.max(keptUnits[c], headerNeed[c]) * UNIT + PADDING;
                }
            }
            // (only while each text column keeps four characters a line: a name broken over four lines
            // costs more height than a header on three)
            if (withHeaders + others * (8 * UNIT + PADDING) <= TEXT_WIDTH_TWIPS) {
                for (int c = 0; c < n; c++) {
                    keptUnits[c] = Math.max(keptUnits[c], headerNeed[c]);
                }
                kept = withHeaders;
            }
            boolean keepThem = kept + others * (4 * UNIT + PADDING) <= TEXT_WIDTH_TWIPS;
            if (!keepThem || sum == 0) {
                sum = 0;
                for (int c = 0; c < n; c++) {
                    sum += Math.min(need[c], 40) + 3;
                }
            }
            int rest2 = keepThem && sum > 0 ? TEXT_WIDTH_TWIPS - kept : TEXT_WIDTH_TWIPS;
            for (int c = 0; c < n; c++) {
                out[c] = keepThem && keep[c] ? keptUnits[c] * UNIT + PADDING
                        : (int) Math.round(rest2 * (Math.min(need[c], 40) + 3) / sum);
            }
            return out;
        }
        int rest = TEXT_WIDTH_TWIPS - fixed;
        // long columns: proportional, but none under the minimum (taken from the others)
        double weight = longWeight;
        int left = rest;
        boolean[] done = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < n; c++) {
                if (need[c] > 16 && !done[c] && left * Math.sqrt(volume[c]) / weight < minLong) {
                    out[c] = minLong;
                    done[c] = true;
                    left -= minLong;
                    weight -= Math.sqrt(volume[c]);
                    changed = true;
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (need[c] > 16 && !done[c]) {
                out[c] = (int) Math.round(left * Math.sqrt(volume[c]) / weight);
            }
        }
        return out;
    }

    /** Whether every non-empty cell of column {@code c} is a figure or a date (digits, separators, units of time). */
    static boolean allFigures(List<List<String>> rows, int c) {
        boolean any = false;
        for (List<String> row : rows) {
            String v = c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
            if (v.isEmpty() || v.equals("—")) {
                continue;
            }
            if (!v.matches("[-+−]?[0-9][0-9,.:/\\- ]*[%‰]?")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Line height in table cells, twips. */
    static final int CELL_LINE = 280;

    /** Half of a 10.5 pt character (one half-width character), in twips. */
    static final int UNIT = 105;
    /** Cell margins and a little room (LibreOffice and Word differ a little). */
    static final int PADDING = 320;

    /** A number as the tables print it (digits with grouping, a decimal point, a sign, a percent or a per-mille sign). */
    static boolean isNumber(String s) {
        return s != null && s.strip().matches("[-+−]?[0-9][0-9,]*(\\.[0-9]+)?\\s*[%‰]?");
    }

    /** Width in half-width characters: CJK and full-width characters (and Latin capitals) count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 || ch >= 'A' && ch <= 'Z' ? 2 : 1; // capitals are about as wide as a CJK character
        }
        return w;
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean header, int[] widths) {
        // a row stays on one page unless it is taller than a third of one (then it breaks rather
        // than leave half a page empty)
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            int chars = widths != null && c < widths.length ? Math.max(1, (widths[c] - PADDING) / UNIT) : 20;
            for (String line : (values.get(c) == null ? "" : values.get(c)).split("\\n")) {
                lines = Math.max(lines, 1 + displayWidth(line) / chars);
            }
        }
        row.setCantSplitRow(lines <= 14);
        for (int c = 0; c < values.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (widths != null && c < widths.length) {
                cell.setWidth(String.valueOf(widths[c]));
            }
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            // single spacing in tables (the body's 1.5 lines would double every row), no indent; exact
            // (14 pt, single spacing of 10.5 pt 宋体) so that rows are as high in every program (PageLayout)
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            p.setSpacingBetween(CELL_LINE / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
            p.setFirstLineIndent(0);
            p.setAlignment(header ? ParagraphAlignment.CENTER
                    : isNumber(values.get(c)) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(p, values.get(c), header ? HEI : SONG, header, 21);
            if (header) {
                cell.setColor("E7EEF3");
            }
        }
    }

    /** A field such as PAGE or TOC, with the text shown until the field is updated. */
    static void field(XWPFParagraph p, String instruction, String shown) {
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        instr.getCTR().getInstrTextArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun sep = p.createRun();
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun value = p.createRun();
        setText(value, shown);
        font(value, SONG);
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The width between the margins of the document's (last) section, twips; A4 with the template's margins when not stated. */
    static int textWidth(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        var sect = body.isSetSectPr() ? body.getSectPr() : null;
        if (sect == null || sect.getPgSz() == null || sect.getPgMar() == null) {
            return 11906 - 2 * 1588;
        }
        return twips(sect.getPgSz().getW()) - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
    }

    private static int twips(Object v) {
        return v instanceof BigInteger b ? b.intValue() : v == null ? 0 : Integer.parseInt(v.toString());
    }

    /**
     * Makes {@code p} one entry of a table of contents, as Word writes one: style TOC1–TOC3, a right
     * tab stop with dot leader at {@code tabPos}, the title linked to the heading's bookmark, and a
     * PAGEREF field to that bookmark whose shown result is {@code page}. The first entry opens the TOC
     * field, the last closes it (so the entries are the TOC field's shown result).
     */
    static void tocEntry(XWPFParagraph p, int level, String title, String bookmark, String page, int tabPos,
                         boolean first, boolean last) {
        // the paragraph's content, parsed as a fragment (a whole <w:p> would end up inside p)
        StringBuilder x = new StringBuilder("<xml-fragment xmlns:w=\"" + PageLayout.W + "\">");
        x.append("<w:pPr><w:pStyle w:val=\"TOC").append(level).append("\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"")
                .append(tabPos).append("\"/></w:tabs></w:pPr>");
        if (first) {
            x.append(fieldStart("TOC \\o \"1-3\" \\h \\z \\u"));
        }
        x.append("<w:hyperlink w:anchor=\"").append(escape(bookmark)).append("\" w:history=\"1\">");
        x.append("<w:r><w:t xml:space=\"preserve\">").append(escape(title)).append("</w:t></w:r>");
        x.append("<w:r><w:tab/></w:r>");
        x.append(fieldStart("PAGEREF " + escape(bookmark) + " \\h"));
        x.append("<w:r><w:t>").append(escape(page)).append("</w:t></w:r>");
        x.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        x.append("</w:hyperlink>");
        if (last) {
            x.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }
        x.append("</xml-fragment>");
        try {
            p.getCTP().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse(x.toString()));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fieldStart(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instruction
                + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public void pageBreak() {
        XWPFParagraph p = paragraph();
        p.setPageBreak(true);
    }

    public void image(byte[] png, int widthPx, int heightPx, String name) {
        image(png, widthPx, heightPx, name, 20);
    }

    /** An image 15 cm wide at most and {@code maxHeightCm} high at most, aspect ratio kept. */
    public void image(byte[] png, int widthPx, int heightPx, String name, int maxHeightCm) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true); // with its caption
        // single spacing: the exact line height of the body would crop the picture to one line
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        XWPFRun r = p.createRun();
        // 15 cm wide, height by aspect ratio (EMU: 360 000 per cm)
        long cx = Math.round(PlanDocxWriter.Figure.WIDTH_CM * 360000);
        long cy = cx * heightPx / Math.max(1, widthPx);
        long maxCy = maxHeightCm * 360000L; // a tall image (portrait photo, long flow) keeps its caption on the page
        if (cy > maxCy) {
            cx = cx * maxCy / cy;
            cy = maxCy;
        }
        try (var in = new java.io.ByteArrayInputStream(png)) {
            boolean jpeg = png.length > 2 && (png[0] & 0xff) == 0xFF && (png[1] & 0xff) == 0xD8;
            r.addPicture(in, jpeg ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG
                    : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    jpeg ? name.replaceAll("\\.png$", ".jpg") : name, (int) cx, (int) cy);
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(Texts.format("plan.imageNotWritten", name), e);
        }
    }
}
