package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A left-aligned row of buttons that continues on a second line when the page is too narrow,
 * instead of pushing buttons off the right edge (at 1024×700 or 150 % scaling). Its preferred
 * width is one line, its preferred height that of the lines it needs at its current width; its
 * minimum width is its widest component.
 */
final class WrapLayout extends FlowLayout {
    private static final long serialVersionUID = 1L;

    private transient int laidOutHeight = -1;

    WrapLayout(int hgap, int vgap) {
        super(LEFT, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        synchronized (target.getTreeLock()) {
            Insets in = target.getInsets();
            int w = 0;
            for (Component c : target.getComponents()) {
                if (c.isVisible()) {
                    w = Math.max(w, c.getPreferredSize().width);
                }
            }
            Dimension pref = size(target, true);
            return new Dimension(w + in.left + in.right + getHgap() * 2, pref.height);
        }
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int targetWidth = target.getWidth();
            if (targetWidth <= 0) {
                targetWidth = Integer.MAX_VALUE; // not laid out yet: one line
            }
            Insets in = target.getInsets();
            int maxWidth = targetWidth - in.left - in.right - getHgap() * 2;
            int width = 0;
            int height = 0;
            int rowWidth = 0;
            int rowHeight = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxWidth) {
                    width = Math.max(width, rowWidth);
                    height += rowHeight + getVgap();
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            width = Math.max(width, rowWidth);
            height += rowHeight;
            // the width asked for is one line (so a layout with room gives it); the height is that of the lines at the current width
            int oneLine = 0;
            for (Component c : target.getComponents()) {
                if (c.isVisible()) {
                    oneLine += (oneLine > 0 ? getHgap() : 0) + (preferred ? c.getPreferredSize() : c.getMinimumSize()).width;
                }
            }
            return new Dimension(Math.max(width, oneLine) + in.left + in.right + getHgap() * 2,
                    height + in.top + in.bottom + getVgap() * 2);
        }
    }

    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int h = size(target, true).height;
        if (h != laidOutHeight && target instanceof javax.swing.JComponent c) {
            laidOutHeight = h;
            javax.swing.SwingUtilities.invokeLater(c::revalidate); // the number of lines changed with the width
        }
    }
}
