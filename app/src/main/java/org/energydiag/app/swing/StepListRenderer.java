package org.energydiag.app.swing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.border.EmptyBorder;
import org.energydiag.app.controller.WizardController;
import org.energydiag.app.controller.WizardController.Completeness;
import org.energydiag.app.text.Texts;
import org.energydiag.core.report.plan.Chapter;
import org.energydiag.core.report.plan.OpenPoint;

/**
 * A step of the step list: its completeness marker, numbering and title, and a badge with the
 * number of points still open in it (the chapter's errors and the plan check's findings naming it:
 * red when one is an error, amber for warnings only); the tooltip lists them.
 */
final class StepListRenderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;
    private static final int PAD = 10;
    private static final int SHOWN_IN_TOOLTIP = 8;

    private final transient WizardController wizard;
    private final transient java.util.function.IntSupplier keyProjects;
    private int count;
    private boolean error;

    /** @param keyProjects the number of key projects, shown after 重点改造项目 */
    StepListRenderer(WizardController wizard, java.util.function.IntSupplier keyProjects) {
        this.wizard = wizard;
        this.keyProjects = keyProjects;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
        Chapter s = (Chapter) value;
        Completeness c = wizard.completeness(s);
        List<OpenPoint> points = wizard.openPoints(s);
        count = points.size();
        error = points.stream().anyMatch(OpenPoint::error);
        String suffix = c == Completeness.NOT_AVAILABLE ? Texts.get("workspace.step.notAvailable") : "";
        if (s == Chapter.KEY_PROJECTS && c != Completeness.NOT_AVAILABLE && keyProjects.getAsInt() > 0) {
            suffix += Texts.format("workspace.step.keyProjectCount", keyProjects.getAsInt());
        }
        String oneLine = s.numbering() + " " + s.title() + suffix;
        super.getListCellRendererComponent(list, oneLine, index, sel && wizard.available(s), focus && wizard.available(s));
        setIcon(new StatusIcon(c));
        setBorder(new EmptyBorder(6, PAD, 6, PAD + (count > 0 ? badgeWidth() + 6 : 0)));
        // a narrow list (small screen, 150 %) shows the numbering above the title rather than cutting it
        int room = list.getParent() instanceof javax.swing.JViewport vp ? vp.getWidth() : list.getWidth();
        if (room > 0 && getPreferredSize().width > room) {
            setText("<html>" + escape(s.numbering()) + "<br>" + escape(s.title() + suffix) + "</html>");
        }
        setEnabled(wizard.available(s));
        String state = switch (c) {
            case COMPLETE -> Texts.get("workspace.step.complete");
            case INCOMPLETE -> Texts.get("workspace.step.incomplete");
            case NOT_AVAILABLE -> Texts.get("workspace.step.later");
        };
        setToolTipText(points.isEmpty() ? state : tooltip(state, points));
        return this;
    }

    /** The number the badge shows (0: no badge), as last rendered. */
    int badge() {
        return count;
    }

    private static String tooltip(String state, List<OpenPoint> points) {
        StringBuilder sb = new StringBuilder("<html>").append(escape(state)).append("<br>")
                .append(escape(Texts.format("workspace.step.openPoints", points.size())));
        points.stream().limit(SHOWN_IN_TOOLTIP).forEach(p -> sb.append("<br>· ").append(escape(p.message())));
        if (points.size() > SHOWN_IN_TOOLTIP) {
            sb.append("<br>").append(escape(Texts.format("workspace.step.morePoints", points.size() - SHOWN_IN_TOOLTIP)));
        }
        return sb.append("</html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Font badgeFont() {
        return getFont().deriveFont(Font.BOLD, getFont().getSize2D() - 1f);
    }

    private int badgeWidth() {
        FontMetrics fm = getFontMetrics(badgeFont());
        return Math.max(fm.getHeight() + 2, fm.stringWidth(String.valueOf(count)) + fm.getHeight() / 2 + 6);
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (count == 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setFont(badgeFont());
        FontMetrics fm = g2.getFontMetrics();
        int w = badgeWidth();
        int h = fm.getHeight() + 2;
        int x = getWidth() - PAD - w;
        int y = (getHeight() - h) / 2;
        g2.setColor(Theme.color(error ? Theme.ERROR : Theme.WARNING));
        g2.fillRoundRect(x, y, w, h, h, h);
        g2.setColor(Color.WHITE);
        String text = String.valueOf(count);
        g2.drawString(text, x + (w - fm.stringWidth(text)) / 2, y + (h - fm.getHeight()) / 2 + fm.getAscent() + 1);
        g2.dispose();
    }
}
