package org.energydiag.core.report.form;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.project.SatisfactionLevel;

/**
 * Lays out 企业满意度调查表 as plain marks (text and lines, in points, origin at the top left of the
 * content area). The PDF writer and the print renderer draw the same marks, each measuring text
 * with its own font, so the printed and the exported form look alike.
 */
public final class SatisfactionFormLayout {

    /** Width of a text in points at a font size, as the renderer's font measures it. */
    @FunctionalInterface
    public interface Measurer {
        double width(String text, double size);
    }

    /** A mark on the page. */
    public sealed interface Mark permits Text, Line {
    }

    /** Text with its left end at {@code x} and its baseline at {@code baseline}. */
    public record Text(double x, double baseline, double size, String text) implements Mark {
    }

    /** A straight line of the given stroke width. */
    public record Line(double x1, double y1, double x2, double y2, double width) implements Mark {
    }

    /** The marks and the size they take. */
    public record Page(List<Mark> marks, double width, double height) {
        public Page {
            marks = List.copyOf(marks);
        }
    }

    /** A4 in points. */
    public static final double A4_WIDTH = 595.28;
    public static final double A4_HEIGHT = 841.89;
    /** Margins of the exported form: 25 mm left and right, 25 mm top, 20 mm bottom. */
    public static final double MARGIN_SIDE = 70.87;
    public static final double MARGIN_TOP = 70.87;
    public static final double MARGIN_BOTTOM = 56.69;

    static final double ATTACHMENT_SIZE = 16;
    static final double TITLE_SIZE = 22;
    static final double BODY_SIZE = 14;
    static final double TABLE_SIZE = 12;
    static final double MIN_TABLE_SIZE = 10.5;
    static final double PAD = 4;
    static final double RULE = 0.75;
    static final double MIN_TEXT_SIZE = 8;

    private final Measurer m;
    private final List<Mark> marks = new ArrayList<>();

    private SatisfactionFormLayout(Measurer m) {
        this.m = m;
    }

    /**
     * Lays the form out into a box of {@code width} × {@code height} points; when it would be taller,
     * everything is scaled down evenly so nothing leaves the box.
     */
    public static Page layout(SatisfactionForm form, Measurer measurer, double width, double height) {
        Page natural = new SatisfactionFormLayout(measurer).build(form, width);
        if (natural.height() <= height) {
            return natural;
        }
        double k = height / natural.height();
        // lay out again in a wider box and scale down, so the result is exactly width wide
        Page wide = new SatisfactionFormLayout(measurer).build(form, width / k);
        List<Mark> scaled = new ArrayList<>();
        for (Mark mk : wide.marks()) {
            if (mk instanceof Text t) {
                scaled.add(new Text(t.x() * k, t.baseline() * k, t.size() * k, t.text()));
            } else if (mk instanceof Line l) {
                scaled.add(new Line(l.x1() * k, l.y1() * k, l.x2() * k, l.y2() * k, l.width() * k));
            }
        }
        return new Page(scaled, width, wide.height() * k);
    }

    private Page build(SatisfactionForm f, double w) {
        double y = 0;
        // 附件 3
        text(0, y + ATTACHMENT_SIZE, ATTACHMENT_SIZE, SatisfactionForm.ATTACHMENT);
        y += ATTACHMENT_SIZE + 20;
        // title, centred
        double tw = m.width(SatisfactionForm.TITLE, TITLE_SIZE);
        text((w - tw) / 2, y + TITLE_SIZE, TITLE_SIZE, SatisfactionForm.TITLE);
        y += TITLE_SIZE + 18;
        // 填写单位 / 联系人 / 联系电话 with a line to write on
        String[][] fields = {
                {SatisfactionForm.FILLER_UNIT_LABEL, f.fillerUnit()},
                {SatisfactionForm.CONTACT_LABEL, f.contact()},
                {SatisfactionForm.PHONE_LABEL, f.phone()}};
        for (String[] field : fields) {
            double base = y + BODY_SIZE;
            double lw = m.width(field[0], BODY_SIZE);
            text(0, base, BODY_SIZE, field[0]);
            double lineEnd = w * 0.75;
            line(lw + 2, base + 3, lineEnd, base + 3, 0.5);
            fitText(lw + 6, base, lineEnd - lw - 8, BODY_SIZE, field[1]);
            y += BODY_SIZE + 14;
        }
        y += 6;
        // the introduction, first line indented by two characters
        double indent = 2 * m.width("　", BODY_SIZE);
        // one paragraph: the seed's line break after “提升服务能力，” is the PDF's, not the form's
        double x = indent;
        for (String ln : wrap(String.join("", SatisfactionForm.INTRO), BODY_SIZE, w - indent)) {
            text(x, y + BODY_SIZE, BODY_SIZE, ln);
            y += BODY_SIZE + 10;
            x = 0;
        }
        y += 6;
        y = table(f, y, w);
        // signature block, right half of the page
        y += 30;
        text(w * 0.5, y + BODY_SIZE, BODY_SIZE, SatisfactionForm.SIGNATURE_LABEL);
        y += BODY_SIZE + 36;
        text(w * 0.62, y + BODY_SIZE, BODY_SIZE, SatisfactionForm.SEAL_LABEL);
        y += BODY_SIZE + 24;
        String date = f.dateText();
        text(w - BODY_SIZE - m.width(date, BODY_SIZE), y + BODY_SIZE, BODY_SIZE, date);
        y += BODY_SIZE + m.width("　", BODY_SIZE) * 0.25;
        return new Page(marks, w, y);
    }

    private double table(SatisfactionForm f, double top, double w) {
        // 12 pt (小四) when every item fits on one line, else down to 10.5 pt (五号), else wrap
        double s = TABLE_SIZE;
        double noW;
        double choiceW;
        double itemW;
        while (true) {
            noW = m.width("8", s) + 2 * PAD + 12;
            choiceW = 0;
            for (SatisfactionLevel l : SatisfactionForm.levels()) {
                choiceW = Math.max(choiceW, m.width(SatisfactionForm.choiceText(l), s) + 2 * PAD + 4);
            }
            itemW = w - noW - 4 * choiceW;
            double longest = 0;
            for (String t : SatisfactionForm.ITEM_TEXTS) {
                longest = Math.max(longest, m.width(t, s) + 2 * PAD);
            }
            if (longest <= itemW || s <= MIN_TABLE_SIZE) {
                break;
            }
            s -= 0.5;
        }
        double lead = s * 1.5;
        double[] xs = new double[7];
        xs[0] = 0;
        xs[1] = noW;
        xs[2] = noW + itemW;
        for (int c = 3; c < 7; c++) {
            xs[c] = xs[c - 1] + choiceW;
        }
        double minRow = lead + 2 * PAD + 4;
        double y = top;
        line(0, y, w, y, RULE);
        // header: the instruction across the whole table
        double h0 = minRow;
        text(PAD + 2, y + (h0 + s * 0.8) / 2, s, SatisfactionForm.INSTRUCTION);
        y += h0;
        line(0, y, w, y, RULE);
        for (SatisfactionForm.Item item : f.items()) {
            List<String> lines = wrap(item.text(), s, itemW - 2 * PAD);
            double h = Math.max(minRow, lines.size() * lead + 2 * PAD);
            centred(String.valueOf(item.number()), xs[0], noW, y, h, s);
            block(lines, xs[1] + PAD, y, h, s, lead);
            for (int c = 0; c < 4; c++) {
                SatisfactionLevel level = SatisfactionForm.levels().get(c);
                String choice = SatisfactionForm.choiceText(level);
                double tx = xs[2 + c] + (choiceW - m.width(choice, s)) / 2;
                double base = y + (h + s * 0.8) / 2;
                text(tx, base, s, choice);
                if (level == item.answer()) {
                    double bx = tx + m.width(level.label() + " ", s);
                    double box = m.width(SatisfactionForm.BOX, s);
                    text(bx + (box - m.width(SatisfactionForm.TICK, s)) / 2, base, s, SatisfactionForm.TICK);
                }
            }
            for (int c = 1; c < 6; c++) {
                line(xs[c], y, xs[c], y + h, RULE);
            }
            y += h;
            line(0, y, w, y, RULE);
        }
        // item 8: number, text and a free area across the answer columns
        List<String> label = wrap(SatisfactionForm.REQUESTS_TEXT, s, itemW - 2 * PAD);
        double areaW = w - xs[2] - 2 * PAD;
        List<String> answer = f.requests().isBlank() ? List.of() : wrapParagraphs(f.requests(), s, areaW);
        double h8 = Math.max(Math.max(label.size(), answer.size()) * lead + 2 * PAD, 5 * lead);
        centred(String.valueOf(SatisfactionForm.REQUESTS_NUMBER), xs[0], noW, y, h8, s);
        block(label, xs[1] + PAD, y, h8, s, lead);
        double ay = y + PAD;
        for (String ln : answer) {
            text(xs[2] + PAD, ay + s, s, ln);
            ay += lead;
        }
        line(xs[1], y, xs[1], y + h8, RULE);
        line(xs[2], y, xs[2], y + h8, RULE);
        y += h8;
        line(0, y, w, y, RULE);
        // outer frame
        line(0, top, 0, y, RULE);
        line(w, top, w, y, RULE);
        return y;
    }

    private void centred(String t, double x, double cw, double y, double h, double s) {
        text(x + (cw - m.width(t, s)) / 2, y + (h + s * 0.8) / 2, s, t);
    }

    private void block(List<String> lines, double x, double y, double h, double s, double lead) {
        double top = y + (h - lines.size() * lead) / 2;
        for (String ln : lines) {
            text(x, top + (lead + s * 0.8) / 2, s, ln);
            top += lead;
        }
    }

    /** Text on one line: shrunk down to a minimum size, then cut with … when still too long. */
    private void fitText(double x, double base, double maxW, double size, String t) {
        if (t.isEmpty()) {
            return;
        }
        double s = size;
        while (m.width(t, s) > maxW && s > MIN_TEXT_SIZE) {
            s = Math.max(MIN_TEXT_SIZE, s - 0.5);
        }
        String out = t;
        while (m.width(out, s) > maxW && out.length() > 1) {
            out = out.substring(0, out.length() - 2) + "…";
        }
        text(x, base, s, out);
    }

    private List<String> wrapParagraphs(String t, double s, double maxW) {
        List<String> out = new ArrayList<>();
        for (String p : t.replace("\r\n", "\n").split("\n", -1)) {
            out.addAll(wrap(p, s, maxW));
        }
        return out;
    }

    /** Breaks text into lines no wider than {@code maxW}, by character (Chinese has no spaces). */
    List<String> wrap(String t, double s, double maxW) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (cur.length() > 0 && m.width(cur + c, s) > maxW) {
                // keep closing punctuation with the line before (避头)
                if ("，。、；：？！）”’》".contains(c)) {
                    cur.append(c);
                    i += c.length();
                    if (i >= t.length()) {
                        break;
                    }
                    continue;
                }
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(c);
            i += c.length();
        }
        if (cur.length() > 0 || out.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private void text(double x, double base, double size, String t) {
        if (!t.isEmpty()) {
            marks.add(new Text(x, base, size, t));
        }
    }

    private void line(double x1, double y1, double x2, double y2, double width) {
        marks.add(new Line(x1, y1, x2, y2, width));
    }
}
