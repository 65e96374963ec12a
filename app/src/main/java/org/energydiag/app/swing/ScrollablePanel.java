package org.energydiag.app.swing;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * A panel for a scroll pane that takes the viewport's width, so forms reflow instead of scrolling
 * sideways at 1366×768, and scroll vertically only.
 */
class ScrollablePanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    ScrollablePanel(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle r, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle r, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? r.height - 48 : r.width - 48;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** A section title with a rule, spanning the form's columns (MigLayout). */
    static void section(JPanel p, String title) {
        javax.swing.JLabel l = new javax.swing.JLabel(title);
        l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD, l.getFont().getSize2D() + 1f));
        l.setForeground(Theme.color(Theme.SECTION));
        p.add(l, "span, split 2, gaptop para");
        p.add(new javax.swing.JSeparator(), "growx, wrap");
    }

    /** Read-only text that wraps at the panel's width (results, explanations). */
    static JTextArea wrappingText() {
        JTextArea t = new JTextArea();
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(false);
        t.setOpaque(false);
        t.setBorder(null);
        t.setFont(UIManager.getFont("Label.font"));
        return t;
    }
}
