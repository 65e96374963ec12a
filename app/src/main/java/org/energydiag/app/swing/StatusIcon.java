package org.energydiag.app.swing;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;
import org.energydiag.app.controller.WizardController.Completeness;

/** Completeness marker of a wizard step: a check, an open circle, or a dash for 尚未提供. */
final class StatusIcon implements Icon {
    private static final int SIZE = 14;
    private final Completeness state;

    StatusIcon(Completeness state) {
        this.state = state;
    }

    @Override
    public void paintIcon(Component c, Graphics g0, int x, int y) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(x, y);
        switch (state) {
            case COMPLETE -> {
                g.setColor(Theme.color(Theme.OK));
                g.fillOval(0, 0, SIZE, SIZE);
                g.setColor(java.awt.Color.WHITE);
                g.setStroke(new BasicStroke(2f));
                g.drawPolyline(new int[] {3, 6, 11}, new int[] {7, 10, 4}, 3);
            }
            case INCOMPLETE -> {
                g.setColor(Theme.color(Theme.WARNING));
                g.setStroke(new BasicStroke(2f));
                g.drawOval(1, 1, SIZE - 2, SIZE - 2);
            }
            case NOT_AVAILABLE -> {
                g.setColor(Theme.color(Theme.MUTED));
                g.setStroke(new BasicStroke(2f));
                g.drawLine(3, SIZE / 2, SIZE - 3, SIZE / 2);
            }
        }
        g.dispose();
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
