package org.energydiag.app.swing;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * A panel for a scroll pane that takes the viewport's width as long as the viewport is at least as
 * wide as the panel's minimum width, so forms reflow; on a narrower screen (1024×700, 150 % scaling)
 * it keeps its minimum width and the page scrolls sideways, so no control falls off the right edge.
 * Vertically a form scrolls; a {@linkplain #fill filling} panel (a step made of tables and charts that
 * stretch) takes the viewport's height down to its minimum height and scrolls below it.
 */
class ScrollablePanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    /** Client property of a page's scroll pane: the step pages reset such panes to their top. */
    static final String PAGE = "energydiag.page";

    private final boolean fillHeight;

    ScrollablePanel(LayoutManager layout) {
        this(layout, false);
    }

    private ScrollablePanel(LayoutManager layout, boolean fillHeight) {
        super(layout);
        this.fillHeight = fillHeight;
    }

    /**
     * A scroll pane around {@code view} that fits it to the visible area (both ways) down to its
     * minimum size and scrolls beyond: the page of a step whose tables and charts stretch.
     */
    static JScrollPane fill(JComponent view) {
        ScrollablePanel page = new ScrollablePanel(new java.awt.BorderLayout(), true);
        page.add(view, java.awt.BorderLayout.CENTER);
        return page(page);
    }

    /** A scroll pane showing {@code form} (a scrollable form) as a step page: no border, wheel-sized steps. */
    static JScrollPane page(JComponent form) {
        JScrollPane scroll = new JScrollPane(form);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.getHorizontalScrollBar().setUnitIncrement(24);
        scroll.putClientProperty(PAGE, Boolean.TRUE);
        return scroll;
    }

    /**
     * Below the viewport's width (or a filling panel's height) the panel asks for its minimum size,
     * not its preferred one: it scrolls by what is needed to reach every control, no more.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        if (getParent() instanceof JViewport) {
            Dimension min = getMinimumSize();
            if (!getScrollableTracksViewportWidth()) {
                d = new Dimension(min.width, d.height);
            }
            if (fillHeight && !getScrollableTracksViewportHeight()) {
                d = new Dimension(d.width, min.height);
            }
        }
        return d;
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
        return !(getParent() instanceof JViewport v) || v.getWidth() >= getMinimumSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return fillHeight && (!(getParent() instanceof JViewport v) || v.getHeight() >= getMinimumSize().height);
    }

    /** A section title with a rule, spanning the form's columns (MigLayout). */
    static void section(JPanel p, String title) {
        javax.swing.JLabel l = WrapLabel.of(title); // a long title wraps instead of widening the page
        l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD, l.getFont().getSize2D() + 1f));
        l.setForeground(Theme.color(Theme.SECTION));
        // the rule under the title, as its border: the title spans the row, so it wraps only when the
        // row is narrower than the title (beside a separator it was held at the width it first got)
        l.setBorder(javax.swing.BorderFactory.createCompoundBorder(
                javax.swing.BorderFactory.createMatteBorder(0, 0, 1, 0, javax.swing.UIManager.getColor("Separator.foreground")),
                javax.swing.BorderFactory.createEmptyBorder(0, 0, 2, 0)));
        p.add(l, "span, growx, gaptop para, wrap");
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
