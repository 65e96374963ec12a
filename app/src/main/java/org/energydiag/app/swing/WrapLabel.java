package org.energydiag.app.swing;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicGraphicsUtils;

/**
 * A message line (a validation message, a status) that wraps at the width its layout gives it,
 * so one long message grows the page downwards instead of widening it. Its minimum width is
 * small; its preferred height follows its width (like a wrapping text area). The text is plain, as
 * {@link JLabel#getText()} returns it; icons and HTML are not used.
 */
class WrapLabel extends JLabel {
    private static final long serialVersionUID = 1L;
    /** The narrowest a message may become before the page scrolls sideways instead. */
    private static final int MIN_WIDTH = 80;

    private int laidOutWidth;

    WrapLabel() {
        super(" ");
    }

    /** A wrapping label showing {@code text}. */
    static WrapLabel of(String text) {
        WrapLabel l = new WrapLabel();
        l.setText(text);
        return l;
    }

    @Override
    public Dimension getMinimumSize() {
        if (isMinimumSizeSet()) {
            return super.getMinimumSize();
        }
        Dimension pref = getPreferredSize();
        return new Dimension(Math.min(pref.width, MIN_WIDTH), pref.height);
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        String text = getText() == null || getText().isEmpty() ? " " : getText();
        int full = 0;
        for (String line : text.split("\n", -1)) {
            full = Math.max(full, fm.stringWidth(line));
        }
        int width = laidOutWidth > 0 ? Math.min(laidOutWidth - in.left - in.right, full) : full;
        int lines = lines(text, fm, Math.max(1, width)).size();
        return new Dimension(width + in.left + in.right, lines * fm.getHeight() + in.top + in.bottom);
    }

    @Override
    public void setBounds(int x, int y, int w, int h) {
        boolean changed = w != laidOutWidth;
        super.setBounds(x, y, w, h);
        if (changed) {
            laidOutWidth = w;
            if (getPreferredSize().height != h) {
                // the height follows the new width in a second layout pass; asked for after this one,
                // as a revalidation during a layout is cleared when that layout ends
                javax.swing.SwingUtilities.invokeLater(this::revalidate);
            }
        }
    }

    @Override
    public void setText(String text) {
        String old = getText();
        super.setText(text);
        if (old == null || !old.equals(text)) {
            revalidate();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (isOpaque()) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
        }
        Insets in = getInsets();
        FontMetrics fm = getFontMetrics(getFont());
        g.setColor(isEnabled() ? getForeground() : javax.swing.UIManager.getColor("Label.disabledForeground"));
        g.setFont(getFont());
        int y = in.top + fm.getAscent();
        for (String line : lines(getText() == null ? "" : getText(), fm, Math.max(1, getWidth() - in.left - in.right))) {
            BasicGraphicsUtils.drawString(this, (Graphics2D) g, line, in.left, y);
            y += fm.getHeight();
        }
    }

    /** The lines of {@code text} at {@code width}: breaks at newlines, after spaces where possible, else anywhere (CJK). */
    static List<String> lines(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            int start = 0;
            while (start < para.length()) {
                int end = start;
                int lastSpace = -1;
                while (end < para.length() && fm.stringWidth(para.substring(start, end + 1)) <= width) {
                    if (para.charAt(end) == ' ') {
                        lastSpace = end;
                    }
                    end++;
                }
                if (end == start) {
                    end = start + 1; // one character wider than the line: it stands alone
                } else if (end < para.length() && lastSpace > start && isLatin(para.charAt(end))) {
                    end = lastSpace + 1; // do not cut a Latin word or a number
                } else {
                    while (end < para.length() && end - start > 1 && CLOSING.indexOf(para.charAt(end)) >= 0) {
                        end--; // a closing bracket or a comma does not begin a line: its neighbour goes with it
                    }
                }
                out.add(para.substring(start, end));
                start = end;
            }
            if (para.isEmpty()) {
                out.add("");
            }
        }
        return out;
    }

    /** Punctuation that never begins a line. */
    private static final String CLOSING = ")]}）】」』》〉，。、；：！？,.;:!?%";

    private static boolean isLatin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }
}
