package org.energydiag.app.swing;

import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;
import org.energydiag.core.report.plan.Chapter;

/**
 * 帮助: the help of a step (F1, 帮助 → 本步骤说明) — what the step is for, what the ministry's
 * template (附件2) asks in its chapter, where each figure of the step goes in the plan — and 入门
 * (the workflow in short). One window per main window, not modal, so the step stays usable beside it.
 * The texts are in the bundle {@code help.properties}, three per chapter ({@link #purposeKey} …).
 */
final class HelpDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JEditorPane text = new JEditorPane("text/html", "");

    private HelpDialog(Window owner) {
        super(owner, Texts.get("help.title"), ModalityType.MODELESS);
        setName("help");
        text.setName("help.text");
        text.setEditable(false);
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        JScrollPane scroll = new JScrollPane(text);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        JButton close = new JButton(Texts.get("help.close"));
        close.setName("help.close");
        close.addActionListener(e -> dispose());
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[grow,fill][]"));
        add(scroll, "wmin 0, hmin 0");
        add(close, "right, growx 0");
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setPreferredSize(new Dimension(720, 560));
        pack();
        setLocationRelativeTo(owner);
    }

    static String purposeKey(Chapter c) {
        return "help." + c.id() + ".purpose";
    }

    static String templateKey(Chapter c) {
        return "help." + c.id() + ".template";
    }

    static String figuresKey(Chapter c) {
        return "help." + c.id() + ".figures";
    }

    /** Shows the help of {@code chapter}'s step. */
    static HelpDialog showStep(Window owner, Chapter chapter) {
        return show(owner, Texts.format("help.stepTitle", chapter.section(), chapter.title()), stepHtml(chapter));
    }

    /** Shows 入门: the workflow 诊断—建议—实施—反馈 and where to start. */
    static HelpDialog showGettingStarted(Window owner) {
        return show(owner, Texts.get("help.start.title"), "<html><body>" + Texts.get("help.start.text") + "</body></html>");
    }

    private static HelpDialog show(Window owner, String title, String html) {
        HelpDialog d = null;
        for (Window w : owner == null ? new Window[0] : owner.getOwnedWindows()) {
            if (w instanceof HelpDialog h && h.isDisplayable()) {
                d = h;
            }
        }
        if (d == null) {
            d = new HelpDialog(owner);
        }
        d.setTitle(title);
        d.text.setText(html);
        d.text.setCaretPosition(0);
        d.setVisible(true);
        d.toFront();
        return d;
    }

    /** The help of a chapter's step as HTML. */
    static String stepHtml(Chapter c) {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<h2>").append(escape(c.section() + " " + c.title())).append("</h2>");
        sb.append("<h3>").append(escape(Texts.get("help.purposeHeading"))).append("</h3>");
        sb.append("<p>").append(escape(Texts.get(purposeKey(c)))).append("</p>");
        sb.append("<h3>").append(escape(Texts.get("help.templateHeading"))).append("</h3>");
        sb.append("<p>").append(escape(Texts.get(templateKey(c)))).append("</p>");
        sb.append("<h3>").append(escape(Texts.get("help.figuresHeading"))).append("</h3><ul>");
        for (String line : Texts.get(figuresKey(c)).split("\n")) {
            if (!line.isBlank()) {
                sb.append("<li>").append(escape(line.trim())).append("</li>");
            }
        }
        sb.append("</ul><p><i>").append(escape(Texts.get("help.numbering"))).append("</i></p>");
        sb.append("<p><i>").append(escape(Texts.get("help.f1Hint"))).append("</i></p>");
        return sb.append("</body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
