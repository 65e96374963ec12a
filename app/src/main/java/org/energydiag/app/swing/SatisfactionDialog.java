package org.energydiag.app.swing;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.geom.AffineTransform;
import java.awt.print.PageFormat;
import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.energydiag.core.report.form.FormFontException;
import org.energydiag.core.report.form.SatisfactionForm;
import org.energydiag.core.report.form.SatisfactionFormDocx;
import org.energydiag.core.report.form.SatisfactionFormPdf;

/**
 * 企业满意度调查表 (附件3): records the answers the enterprise returned (saved into the project at
 * once, undoable), shows the form as it will print, prints it through the system's printers and
 * exports it as PDF or Word.
 */
final class SatisfactionDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    static final String TITLE = Texts.get("satisfaction.title");
    static final String EDIT_LABEL = Texts.get("satisfaction.editLabel");
    private static final String UNANSWERED = Texts.get("satisfaction.unanswered");

    private final transient ProjectSession session;
    private final JTextField fillerUnit = new JTextField(24);
    private final JTextField contact = new JTextField(12);
    private final JTextField phone = new JTextField(14);
    private final JTextField date = new JTextField(10);
    private final JLabel dateError = new JLabel(" ");
    private final JTextArea requests = new JTextArea(4, 30);
    private final List<List<JRadioButton>> choices = new ArrayList<>();
    private final Preview preview = new Preview();
    private boolean loading;

    SatisfactionDialog(Window owner, ProjectSession session) {
        super(owner, TITLE, ModalityType.MODELESS);
        this.session = session;
        setName("satisfaction");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);

        JPanel form = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        fillerUnit.setName("satisfaction.fillerUnit");
        contact.setName("satisfaction.contact");
        phone.setName("satisfaction.phone");
        date.setName("satisfaction.date");
        date.setToolTipText(Texts.get("satisfaction.date.tooltip"));
        dateError.setName("satisfaction.dateError");
        dateError.setForeground(Theme.color(Theme.ERROR));
        requests.setName("satisfaction.requests");
        requests.setLineWrap(true);
        requests.setWrapStyleWord(true);
        form.add(new JLabel(Texts.get("satisfaction.label.fillerUnit")));
        form.add(fillerUnit);
        form.add(new JLabel(Texts.get("satisfaction.label.contact")));
        form.add(contact);
        form.add(new JLabel(Texts.get("satisfaction.label.phone")));
        form.add(phone);
        form.add(new JLabel(Texts.get("satisfaction.label.date")));
        form.add(date, "split 2, growx 0");
        form.add(dateError);
        form.add(new JLabel(SatisfactionForm.INSTRUCTION), "span 2, gaptop para");
        for (SatisfactionForm.Item item : SatisfactionForm.blank().items()) {
            JPanel row = new JPanel(new MigLayout("insets 0"));
            ButtonGroup group = new ButtonGroup();
            List<JRadioButton> buttons = new ArrayList<>();
            for (SatisfactionLevel level : SatisfactionForm.levels()) {
                buttons.add(radio(row, group, item.number(), level.label(), level.name()));
            }
            buttons.add(radio(row, group, item.number(), UNANSWERED, "NONE"));
            choices.add(buttons);
            JLabel label = new JLabel(item.number() + "  " + item.text());
            form.add(label, "span 2, split 2, growx 0, wmin " + em(18));
            form.add(row);
        }
        form.add(new JLabel(SatisfactionForm.REQUESTS_NUMBER + "  " + SatisfactionForm.REQUESTS_TEXT), "span 2, gaptop para");
        form.add(new JScrollPane(requests), "span 2, grow, hmin " + em(5));

        JButton print = button(Texts.get("satisfaction.print"), "satisfaction.print", e -> print());
        JButton pdf = button(Texts.get("satisfaction.exportPdf"), "satisfaction.exportPdf", e -> export(true));
        JButton word = button(Texts.get("satisfaction.exportWord"), "satisfaction.exportWord", e -> export(false));
        JButton close = button(Texts.get("satisfaction.close"), "satisfaction.close", e -> dispose());

        JPanel content = new JPanel(new MigLayout("insets dialog", "[grow,fill][fill]", "[grow,fill][]"));
        content.add(new JScrollPane(form), "wmin " + em(30));
        JScrollPane previewScroll = new JScrollPane(preview);
        previewScroll.setName("satisfaction.previewScroll");
        content.add(previewScroll, "wrap, wmin " + em(24));
        content.add(print, "span 2, split 4, tag left");
        content.add(pdf, "tag other");
        content.add(word, "tag other");
        content.add(close, "tag cancel");
        setContentPane(content);
        // a project of a read-only folder: the answers are shown, printed and exported, not changed
        for (JButton b : List.of(print, pdf, word, close)) {
            ReadOnlyLock.viewing(b);
        }
        ReadOnlyLock.lockIf(session.readOnly(), this);

        load(session.project());
        DocumentListener dl = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }
        };
        for (JTextField f : List.of(fillerUnit, contact, phone, date)) {
            f.getDocument().addDocumentListener(dl);
            f.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent e) {
                    session.sealUndo();
                }
            });
        }
        requests.getDocument().addDocumentListener(dl);
        pack();
        setSize(Math.min(getWidth(), 1300), Math.min(getHeight(), 760));
        setLocationRelativeTo(owner);
    }

    /**
     * Opens the form of the project of {@code session} (工具 menu, or the workspace's button); one
     * form per window: a second click (or a double click) brings the open one forward.
     */
    static void open(Window owner, ProjectSession session) {
        for (Window w : owner.getOwnedWindows()) {
            if (w instanceof SatisfactionDialog d && d.isShowing()) {
                d.toFront();
                return;
            }
        }
        new SatisfactionDialog(owner, session).setVisible(true);
    }

    /** A menu item that opens the dialog, enabled only while a project is open. */
    static JMenuItem menuItem(Window owner, Supplier<ProjectSession> session, JMenu menu) {
        JMenuItem item = new JMenuItem(Texts.get("satisfaction.menu"));
        item.setName("menu.satisfaction");
        item.setEnabled(session.get() != null);
        item.addActionListener(e -> {
            ProjectSession s = session.get();
            if (s != null) {
                open(owner, s);
            }
        });
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                item.setEnabled(session.get() != null);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        return item;
    }

    private JRadioButton radio(JPanel row, ButtonGroup group, int number, String text, String key) {
        JRadioButton b = new JRadioButton(text);
        b.setName("satisfaction.item" + number + "." + key);
        group.add(b);
        row.add(b);
        b.addActionListener(e -> {
            changed();
            session.sealUndo();
        });
        return b;
    }

    private static JButton button(String text, String name, java.awt.event.ActionListener l) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(l);
        return b;
    }

    private void load(DiagnosisProject p) {
        loading = true;
        try {
            SatisfactionForm f = SatisfactionForm.of(p);
            fillerUnit.setText(f.fillerUnit());
            contact.setText(f.contact());
            phone.setText(f.phone());
            date.setText(f.date() == null ? "" : f.date().toString());
            requests.setText(f.requests());
            for (int i = 0; i < choices.size(); i++) {
                SatisfactionLevel a = f.items().get(i).answer();
                choices.get(i).get(a == null ? SatisfactionForm.levels().size() : a.ordinal()).setSelected(true);
            }
        } finally {
            loading = false;
        }
        preview.setForm(SatisfactionForm.of(p));
    }

    /** The answers as the dialog shows them; the date is kept as recorded when the field is invalid. */
    Satisfaction current() {
        Satisfaction s = session.project().satisfaction();
        List<SatisfactionLevel> ratings = new ArrayList<>();
        for (List<JRadioButton> row : choices) {
            SatisfactionLevel chosen = null;
            for (int c = 0; c < SatisfactionForm.levels().size(); c++) {
                if (row.get(c).isSelected()) {
                    chosen = SatisfactionForm.levels().get(c);
                }
            }
            ratings.add(chosen);
        }
        LocalDate d = s.dateReturned();
        String dt = date.getText().trim();
        if (dt.isEmpty()) {
            d = null;
            dateError.setText(" ");
        } else {
            try {
                d = LocalDate.parse(dt.replace('/', '-').replace('.', '-'));
                dateError.setText(" ");
            } catch (DateTimeParseException e) {
                dateError.setText(Texts.get("satisfaction.date.invalid"));
            }
        }
        return new Satisfaction(ratings, requests.getText(), fillerUnit.getText().trim(), contact.getText().trim(),
                phone.getText().trim(), d);
    }

    private void changed() {
        if (loading) {
            return;
        }
        Satisfaction s = current();
        session.edit(EDIT_LABEL, "satisfaction", p -> p.withSatisfaction(s, p.updatedAt()));
        preview.setForm(SatisfactionForm.of(session.project()));
    }

    private SatisfactionForm form() {
        return SatisfactionForm.of(session.project());
    }

    private void print() {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(TITLE);
        SatisfactionFormPrintable printable = new SatisfactionFormPrintable(form());
        PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
        attrs.add(MediaSizeName.ISO_A4);
        attrs.add(new JobName(TITLE, Locale.CHINA));
        job.setPrintable(printable);
        if (job.getPrintService() == null) {
            Dialogs.error(this, Texts.get("satisfaction.print.title"), Texts.get("satisfaction.print.noPrinter"));
            return;
        }
        if (!job.printDialog(attrs)) {
            return;
        }
        BackgroundTask.run(this, Texts.get("satisfaction.print.title"), () -> {
            job.print(attrs);
            return job.getPrintService().getName();
        }, name -> Dialogs.info(this, Texts.get("satisfaction.print.title"), Texts.format("satisfaction.print.sent", name)));
    }

    private void export(boolean pdf) {
        String ext = pdf ? "pdf" : "docx";
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.FORM_EXPORT);
        fc.setDialogTitle(pdf ? Texts.get("satisfaction.export.pdfTitle") : Texts.get("satisfaction.export.wordTitle"));
        fc.setFileFilter(new FileNameExtensionFilter(pdf ? Texts.get("satisfaction.export.pdfFilter") : Texts.get("satisfaction.export.wordFilter"), ext));
        String name = session.project().enterprise().name().isBlank() ? TITLE
                : TITLE + "-" + session.project().enterprise().name().replaceAll("[\\\\/:*?\"<>|]", "_");
        fc.setSelectedFile(new java.io.File(name + "." + ext));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = fc.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            target = target.resolveSibling(target.getFileName() + "." + ext);
        }
        if (Files.exists(target) && JOptionPane.showConfirmDialog(this, Texts.format("satisfaction.export.exists", target.getFileName()),
                Texts.get("satisfaction.export.title"), JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return;
        }
        Path out = target;
        SatisfactionForm f = form();
        String title = pdf ? Texts.get("satisfaction.export.pdfTitle") : Texts.get("satisfaction.export.wordTitle");
        BackgroundTask.run(this, title, () -> {
            try {
                if (pdf) {
                    SatisfactionFormPdf.write(f, out);
                } else {
                    SatisfactionFormDocx.write(f, out);
                }
                return "";
            } catch (FormFontException e) {
                return e.getMessage();
            }
        }, error -> {
            if (error.isEmpty()) {
                ExportDone.show(this, title, Texts.format("satisfaction.export.done", out.getFileName()), out);
            } else {
                Dialogs.error(this, Texts.format("satisfaction.export.failed", title), error);
            }
        });
    }

    /** The form rendered by the same Printable as printing, scaled to the panel's width. */
    static final class Preview extends JComponent {
        private static final long serialVersionUID = 1L;
        private transient SatisfactionFormPrintable printable;
        private final transient PageFormat page = SatisfactionFormPrintable.a4(18);

        Preview() {
            setName("satisfaction.preview");
            setPreferredSize(new Dimension(420, 594));
        }

        void setForm(SatisfactionForm form) {
            printable = new SatisfactionFormPrintable(form);
            repaint();
        }

        SatisfactionFormPrintable printable() {
            return printable;
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setColor(getBackground() == null ? Color.GRAY : getBackground().darker());
                g.fillRect(0, 0, getWidth(), getHeight());
                double k = Math.min((getWidth() - 16) / page.getWidth(), (getHeight() - 16) / page.getHeight());
                if (k <= 0 || printable == null) {
                    return;
                }
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                double w = page.getWidth() * k;
                double h = page.getHeight() * k;
                double x = (getWidth() - w) / 2;
                double y = (getHeight() - h) / 2;
                g.translate(x, y);
                g.setColor(Color.WHITE); // paper is white in either theme
                g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
                g.transform(AffineTransform.getScaleInstance(k, k));
                printable.print(g, page, 0);
            } finally {
                g.dispose();
            }
        }
    }

    /** {@code n} times the height of the default font, in pixels: MigLayout has no "em" unit. */
    private static int em(int n) {
        java.awt.Font f = javax.swing.UIManager.getFont("Label.font");
        return n * (f == null ? 13 : f.getSize());
    }
}
