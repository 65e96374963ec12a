package org.energydiag.app.swing;

import java.awt.AWTKeyStroke;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.event.ContainerEvent;
import java.awt.event.ContainerListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.event.MouseWheelListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.text.DefaultCaret;
import javax.swing.text.DefaultEditorKit;

/**
 * How the step pages behave, installed once on the workspace (and on whatever is added to it
 * later): the mouse wheel over a table or text area that cannot scroll further (or has nothing to
 * scroll) scrolls the page around it instead of stalling; Tab and Shift+Tab leave a text area (Ctrl+Tab
 * inserts a tab); read-only texts do not move the page to their caret when they are filled; a step
 * opens at its top ({@link #toTop}).
 */
final class StepPages {

    private static final String INSTALLED = "energydiag.stepPages";

    private StepPages() {
    }

    /** Installs the page behaviour on {@code root} and everything under it, now and added later. */
    static void install(Component root) {
        if (root.getParent() instanceof javax.swing.JTable || root instanceof javax.swing.CellRendererPane) {
            return; // a table's cell editors and renderers keep the table's own key handling
        }
        if (root instanceof JComponent j) {
            if (j.getClientProperty(INSTALLED) != null) {
                return;
            }
            j.putClientProperty(INSTALLED, Boolean.TRUE);
        }
        if (root instanceof JScrollPane s) {
            WheelPassing.install(s);
        }
        if (root instanceof JTextArea a) {
            textArea(a);
        }
        if (root instanceof Container c) {
            c.addContainerListener(ADDED);
            for (Component child : c.getComponents()) {
                install(child);
            }
        }
    }

    private static final ContainerListener ADDED = new ContainerListener() {
        @Override
        public void componentAdded(ContainerEvent e) {
            install(e.getChild());
        }

        @Override
        public void componentRemoved(ContainerEvent e) {
            // nothing: a removed component keeps its behaviour if it comes back
        }
    };

    /** Tab leaves, Ctrl+Tab inserts a tab; a read-only text does not scroll the page to its caret. */
    private static void textArea(JTextArea a) {
        a.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS,
                Set.<AWTKeyStroke>of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0)));
        a.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS,
                Set.<AWTKeyStroke>of(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK)));
        a.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.CTRL_DOWN_MASK), DefaultEditorKit.insertTabAction);
        if (!a.isEditable() && a.getCaret() instanceof DefaultCaret caret) {
            caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        }
    }

    /** Scrolls every page under {@code root} (a step) to its top left. */
    static void toTop(Component root) {
        if (root instanceof JScrollPane s && (Boolean.TRUE.equals(s.getClientProperty(ScrollablePanel.PAGE))
                || s.getViewport().getView() instanceof ScrollablePanel)) {
            s.getViewport().setViewPosition(new Point(0, 0));
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                toTop(child);
            }
        }
    }

    /**
     * A scroll pane's wheel handling that hands the wheel to the scroll pane around it when it cannot
     * scroll further that way: its own (the look and feel's) listeners run only when it can.
     */
    private static final class WheelPassing implements MouseWheelListener {
        private final JScrollPane pane;
        private final List<MouseWheelListener> own = new ArrayList<>();

        private WheelPassing(JScrollPane pane) {
            this.pane = pane;
        }

        static void install(JScrollPane pane) {
            WheelPassing w = new WheelPassing(pane);
            w.adopt();
            pane.addMouseWheelListener(w);
            // a new look and feel (theme switch) installs its listener again: take it over too
            pane.addPropertyChangeListener("UI", e -> w.adopt());
        }

        private void adopt() {
            List<MouseWheelListener> found = new ArrayList<>();
            for (MouseWheelListener l : pane.getMouseWheelListeners()) {
                if (l != this) {
                    found.add(l);
                    pane.removeMouseWheelListener(l);
                }
            }
            if (!found.isEmpty()) {
                own.clear(); // the old look and feel's listeners are gone
                own.addAll(found);
            }
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            JScrollPane outer = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, pane);
            if (outer == null || canScroll(e)) {
                own.forEach(l -> l.mouseWheelMoved(e));
            } else {
                outer.dispatchEvent(SwingUtilities.convertMouseEvent(pane, e, outer));
                e.consume();
            }
        }

        /** Whether this pane can move the way the wheel turns (vertically; sideways with Shift). */
        private boolean canScroll(MouseWheelEvent e) {
            if (!pane.isWheelScrollingEnabled()) {
                return false;
            }
            JScrollBar bar = e.isShiftDown() ? pane.getHorizontalScrollBar() : pane.getVerticalScrollBar();
            if (bar == null || !bar.isVisible() || bar.getMaximum() - bar.getMinimum() <= bar.getVisibleAmount()) {
                return false;
            }
            double turn = e.getPreciseWheelRotation();
            return turn < 0 ? bar.getValue() > bar.getMinimum() : turn > 0 && bar.getValue() + bar.getVisibleAmount() < bar.getMaximum();
        }
    }
}
