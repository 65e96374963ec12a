package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.Desktop;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;

/**
 * What follows every export: the message, where the file is, and 打开文件 / 打开所在文件夹 (through
 * the desktop) and 复制路径. Where the system offers no desktop to open files with (a Linux
 * session without one, Xvfb), the dialog says so and shows the path to copy; opening that fails
 * is reported in Chinese, never as a stack trace.
 */
final class ExportDone extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ExportDone.class.getName());

    /** How files are opened: the system desktop, or a stand-in in tests. */
    interface Opener {
        /** Whether files can be opened on this system at all. */
        boolean available();

        void openFile(Path file) throws IOException;

        void openFolder(Path file) throws IOException;
    }

    /** The system desktop (java.awt.Desktop), when it supports opening files. */
    static final Opener DESKTOP = new Opener() {
        @Override
        public boolean available() {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        }

        @Override
        public void openFile(Path file) throws IOException {
            Desktop.getDesktop().open(file.toFile());
        }

        @Override
        public void openFolder(Path file) throws IOException {
            Desktop d = Desktop.getDesktop();
            if (d.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                d.browseFileDirectory(file.toFile()); // the folder with the file selected (Windows, macOS)
            } else {
                d.open(file.toAbsolutePath().getParent().toFile());
            }
        }
    };

    private static volatile Opener opener = DESKTOP;

    /** The opener in use (the desktop, or a test's stand-in); also what opens attachments. */
    static Opener opener() {
        return opener;
    }

    /** Replaces the desktop (tests); returns the one used before. */
    static Opener useOpener(Opener o) {
        Opener before = opener;
        opener = o;
        return before;
    }

    private final transient Opener using;
    private final Path file;

    private ExportDone(Window owner, String title, String message, Path file) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        setName("exportDone");
        this.using = opener;
        this.file = file.toAbsolutePath();
        boolean desktop = available(using);
        JTextArea text = new JTextArea(message);
        text.setName("exportDone.message");
        text.setEditable(false);
        text.setOpaque(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(false);
        text.setColumns(48);
        text.setFocusable(false);
        JTextField path = new JTextField(this.file.toString());
        path.setName("exportDone.path");
        path.setEditable(false);
        JButton openFile = button(Texts.get("exportDone.openFile"), "exportDone.openFile");
        JButton openFolder = button(Texts.get("exportDone.openFolder"), "exportDone.openFolder");
        JButton copy = button(Texts.get("exportDone.copyPath"), "exportDone.copyPath");
        JButton close = button(Texts.get("exportDone.close"), "exportDone.close");
        JLabel copied = new JLabel(" ");
        copied.setName("exportDone.copied");
        copied.setForeground(Theme.color(Theme.MUTED));
        openFile.addActionListener(e -> open(false));
        openFolder.addActionListener(e -> open(true));
        copy.addActionListener(e -> {
            copyToClipboard(this.file.toString());
            copied.setText(Texts.get("exportDone.copiedNote"));
        });
        close.addActionListener(e -> dispose());

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 1, hidemode 3", "[grow,fill]"));
        add(text, "wmin 0");
        if (!desktop) {
            JLabel none = new JLabel(Texts.get("exportDone.noDesktop"));
            none.setName("exportDone.noDesktop");
            add(none, "gaptop para");
        } else {
            add(new JLabel(Texts.get("exportDone.savedAt")), "gaptop para");
        }
        add(path, "wmin 0");
        add(copied);
        openFile.setVisible(desktop);
        openFolder.setVisible(desktop);
        javax.swing.JPanel buttons = new javax.swing.JPanel(new MigLayout("insets 0, hidemode 3", "push[][][]unrel[]"));
        buttons.add(openFile);
        buttons.add(openFolder);
        buttons.add(copy);
        buttons.add(close);
        add(buttons, "gaptop para");
        getRootPane().setDefaultButton(desktop ? openFile : close);
        getRootPane().registerKeyboardAction(e -> dispose(), javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Shows the follow-up of an export of {@code file} (the main file when several were written) with
     * {@code message} above it; returns when the user closed it.
     */
    static void show(Component parent, String title, String message, Path file) {
        Window owner = parent == null ? null : parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        new ExportDone(owner, title, message, file).setVisible(true);
    }

    private static boolean available(Opener o) {
        try {
            return o.available();
        } catch (RuntimeException | LinkageError e) { // a desktop toolkit that cannot even be asked
            LOG.log(Level.FINE, "desktop not available", e);
            return false;
        }
    }

    private static JButton button(String text, String name) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }

    /** Opens the file or its folder off the event thread (a desktop call may block); a failure is reported. */
    private void open(boolean folder) {
        Path f = file;
        Opener o = using;
        Thread t = new Thread(() -> {
            try {
                if (folder) {
                    o.openFolder(f);
                } else {
                    o.openFile(f);
                }
                SwingUtilities.invokeLater(this::dispose);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot open " + f, e);
                SwingUtilities.invokeLater(() -> Dialogs.error(this, getTitle(),
                        Texts.format(folder ? "exportDone.cannotOpenFolder" : "exportDone.cannotOpenFile", f)));
            }
        }, "open-exported-file");
        t.setDaemon(true);
        t.start();
    }

    static void copyToClipboard(String text) {
        try {
            StringSelection s = new StringSelection(text);
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(s, s);
        } catch (IllegalStateException e) { // the clipboard is busy: the path stays selectable in the field
            LOG.log(Level.FINE, "clipboard busy", e);
        }
    }
}
