package org.energydiag.app.swing;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.HomeController;
import org.energydiag.app.controller.HomeController.Conflict;
import org.energydiag.app.controller.HomeController.ConflictChoice;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectSummary;

/**
 * Home: the projects, searchable by enterprise name and sorted by last change, with create,
 * open, duplicate, delete (to the recycle bin, with 撤销), and .edproj import/export.
 */
final class HomePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<DiagnosisProject> opener;
    private final transient java.util.function.Supplier<org.energydiag.core.evaluation.References> references;
    private transient HomeController controller;
    private final ProjectTableModel model = new ProjectTableModel(false);
    private final TableRowSorter<ProjectTableModel> sorter = new TableRowSorter<>(model);
    /**
     * The list; built right after the window's first paint (while the database opens on the other
     * core), not before it: the table and its look-and-feel classes were a fifth of the start-up
     * time, and the list has nothing to show until the database is open.
     */
    private JTable table;
    private final JPanel listArea = new JPanel(new java.awt.BorderLayout());
    private final JTextField search = new JTextField();
    private final JLabel status = new WrapLabel();
    private final JPanel notice = new JPanel(new MigLayout("insets 4 8 4 8", "[grow][]"));
    private final JLabel noticeText = new JLabel();
    private final JButton[] needsSelection;
    private final JButton[] needsStore;

    /**
     * @param opener     opens a project in the workspace
     * @param references the reference data in force (loaded off the event thread), for the demo project's evaluation
     */
    HomePanel(Consumer<DiagnosisProject> opener, java.util.function.Supplier<org.energydiag.core.evaluation.References> references) {
        super(new MigLayout("insets dialog, wrap 1, hidemode 3", "[grow,fill]"));
        this.opener = opener;
        this.references = references;
        setName("home");

        JLabel title = new JLabel(Texts.get("home.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title);

        search.setName("home.search");
        search.putClientProperty("JTextField.placeholderText", Texts.get("home.searchPlaceholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        JButton create = button(Texts.get("home.new"), "home.new", e -> create());
        JButton open = button(Texts.get("home.open"), "home.open", e -> openSelected());
        JButton demo = button(Texts.get("home.demo"), "home.demo", e -> openDemo());
        demo.setToolTipText(Texts.get("home.demo.tooltip"));
        JButton duplicate = button(Texts.get("home.duplicate"), "home.duplicate", e -> duplicateSelected());
        JButton delete = button(Texts.get("home.delete"), "home.delete", e -> deleteSelected());
        JButton importB = button(Texts.get("home.import"), "home.import", e -> importFile());
        JButton export = button(Texts.get("home.export"), "home.export", e -> exportSelected());
        JButton bin = button(Texts.get("home.bin"), "home.bin", e -> showBin());
        create.putClientProperty("JButton.buttonType", "default");
        needsSelection = new JButton[] {open, duplicate, delete, export};
        needsStore = new JButton[] {create, demo, importB, bin};
        writers = java.util.Set.of(create, demo, duplicate, delete, importB);
        // the buttons continue on a second line when the window is narrow (1024×700 at 150 %)
        WrapLayout flow = new WrapLayout(6, 4);
        flow.setAlignment(java.awt.FlowLayout.LEFT);
        JPanel buttons = new JPanel(flow);
        for (JButton b : new JButton[] {create, open, demo, duplicate, delete, importB, export, bin}) {
            buttons.add(b);
        }
        JPanel bar = new JPanel(new MigLayout("insets 0, fillx", "[grow 30,fill,120lp:220lp:]unrel[grow 70,fill]"));
        bar.add(search, "aligny top, gaptop 4");
        bar.add(buttons, "wmin 0");
        add(bar);

        notice.setName("home.notice");
        notice.setBackground(Theme.color(Theme.NOTICE_BG));
        JButton undo = button(Texts.get("home.undoDelete"), "home.undoDelete", e -> undoDelete());
        notice.add(noticeText);
        notice.add(undo);
        notice.setVisible(false);
        add(notice);

        listArea.setName("home.listArea");
        add(listArea, "push, grow");
        status.setName("home.status");
        add(status);

        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                filter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                filter();
            }
        });
        status.setText(Texts.get("home.openingDatabase"));
        updateButtons();
    }

    /** Builds the project list if not yet built (after the first paint; at the latest when the store is ready). */
    void ensureTable() {
        if (table != null) {
            return;
        }
        table = new JTable(model);
        table.setName("home.projects");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Instant.class, new InstantRenderer());
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(320);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(170);
        table.getColumnModel().getColumn(3).setPreferredWidth(120);
        table.getColumnModel().getColumn(4).setPreferredWidth(130);
        sorter.setSortKeys(List.of(new RowSorter.SortKey(4, SortOrder.DESCENDING)));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.getSelectedRow() >= 0) {
                    openSelected();
                }
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        listArea.add(new JScrollPane(table), java.awt.BorderLayout.CENTER);
        listArea.revalidate();
    }

    private JButton button(String text, String name, java.awt.event.ActionListener l) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(l);
        return b;
    }

    /** Called once the store is open. */
    void setController(HomeController c, List<ProjectSummary> initial) {
        ensureTable();
        this.controller = c;
        show(initial, null);
    }

    /** The buttons that write to the data folder (disabled in a read-only folder). */
    private java.util.Set<JButton> writers = java.util.Set.of();
    private String readOnlyReason;

    boolean isReady() {
        return controller != null;
    }

    private void updateButtons() {
        boolean ready = controller != null;
        boolean sel = ready && table != null && table.getSelectedRow() >= 0;
        for (JButton b : needsSelection) {
            b.setEnabled(sel && !(readOnlyReason != null && writers.contains(b)));
        }
        for (JButton b : needsStore) {
            b.setEnabled(ready && !(readOnlyReason != null && writers.contains(b)));
        }
    }

    /**
     * A read-only data folder: the buttons that would write (新建, 示例, 复制, 删除, 导入) are disabled with
     * {@code reason} as their tooltip; opening, exporting and the recycle bin's list stay.
     */
    void setReadOnly(String reason) {
        readOnlyReason = reason;
        for (JButton b : writers) {
            b.setToolTipText(reason);
        }
        updateButtons();
    }

    private void filter() {
        String q = search.getText();
        sorter.setRowFilter(q.isBlank() ? null : new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends ProjectTableModel, ? extends Integer> entry) {
                return HomeController.matches(entry.getModel().row(entry.getIdentifier()), q);
            }
        });
        updateStatus();
    }

    private void updateStatus() {
        int all = model.getRowCount();
        int shown = table == null ? sorter.getViewRowCount() : table.getRowCount();
        if (all == 0) {
            status.setText(Texts.get("home.empty"));
        } else if (shown < all) {
            status.setText(Texts.format("home.filtered", shown, all));
        } else {
            status.setText(Texts.format("home.count", all));
        }
    }

    /** Reloads the list in the background, then selects {@code selectId} if given. */
    void reload(String selectId) {
        if (controller == null) {
            return;
        }
        BackgroundTask.run(this, Texts.get("home.loadingList"), controller::list, list -> show(list, selectId));
    }

    private void show(List<ProjectSummary> list, String selectId) {
        if (selectId == null && selected() != null) {
            selectId = selected().id(); // a reload keeps the user's selection
        }
        model.setRows(list);
        sorter.sort();
        if (selectId != null) {
            int m = model.indexOf(selectId);
            if (m >= 0) {
                int v = table.convertRowIndexToView(m);
                if (v >= 0) {
                    table.setRowSelectionInterval(v, v);
                    table.scrollRectToVisible(table.getCellRect(v, 0, true));
                }
            }
        }
        updateStatus();
        updateButtons();
    }

    private ProjectSummary selected() {
        if (table == null) {
            return null;
        }
        int v = table.getSelectedRow();
        return v < 0 ? null : model.row(table.convertRowIndexToModel(v));
    }

    private void create() {
        BackgroundTask.run(this, Texts.get("home.creating"), controller::create, p -> {
            reload(p.id());
            opener.accept(p);
        });
    }

    /** 打开示例项目: creates the demo project (as the command {@code demo} does) in the background and opens it. */
    private void openDemo() {
        if (controller == null) {
            return;
        }
        HomeController c = controller;
        BackgroundTask.runMonitored(this, Texts.get("home.demo.creating"), m -> c.createDemo(references.get(), m), p -> {
            if (p == null) {
                return; // cancelled before it was stored
            }
            reload(p.id());
            status.setText(Texts.format("home.demo.created", p.displayName()));
            opener.accept(p);
        });
    }

    private void openSelected() {
        ProjectSummary s = selected();
        if (s != null) {
            BackgroundTask.run(this, Texts.get("home.opening"), () -> controller.load(s.id()), opener);
        }
    }

    private void duplicateSelected() {
        ProjectSummary s = selected();
        if (s != null) {
            BackgroundTask.run(this, Texts.get("home.duplicating"), () -> controller.duplicate(s.id()), p -> reload(p.id()));
        }
    }

    private void deleteSelected() {
        ProjectSummary s = selected();
        if (s == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this,
                Texts.format("home.deleteConfirm", s.displayName()),
                Texts.get("home.deleteTitle"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        BackgroundTask.run(this, Texts.get("home.deleteTitle"), () -> {
            controller.delete(s.id());
            return controller.list();
        }, list -> {
            show(list, null);
            noticeText.setText(Texts.format("home.deleted", s.displayName()));
            notice.setVisible(true);
        });
    }

    private void undoDelete() {
        String id = controller.lastDeleted().orElse(null);
        BackgroundTask.run(this, Texts.get("home.undoingDelete"), () -> {
            controller.undoDelete();
            return controller.list();
        }, list -> {
            notice.setVisible(false);
            show(list, id);
        });
    }

    private void showBin() {
        RecycleBinDialog d = new RecycleBinDialog(javax.swing.SwingUtilities.getWindowAncestor(this), controller);
        d.setVisible(true);
        notice.setVisible(false);
        reload(null);
    }

    private JFileChooser chooser() {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.PROJECT_FILE);
        fc.setFileFilter(new FileNameExtensionFilter(Texts.get("home.fileFilter"), "edproj"));
        return fc;
    }

    void importFile() {
        if (controller == null) {
            return;
        }
        JFileChooser fc = chooser();
        fc.setDialogTitle(Texts.get("home.importTitle"));
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        importPath(fc.getSelectedFile().toPath());
    }

    /** Imports a file: checks it fully first, asks on conflict, changes nothing on error. */
    void importPath(Path file) {
        importPath(file, false);
    }

    /** Imports a file as {@link #importPath(Path)} does, then opens the imported project. */
    void importAndOpen(Path file) {
        importPath(file, true);
    }

    private void importPath(Path file, boolean open) {
        BackgroundTask.run(this, Texts.get("home.readingFile"), () -> controller.checkImport(file), check -> {
            ConflictChoice choice = ConflictChoice.REPLACE;
            if (check instanceof Conflict c) {
                Object[] options = {Texts.get("home.conflictReplace"), Texts.get("home.conflictCopy"), Texts.get("home.conflictCancel")};
                int a = JOptionPane.showOptionDialog(this,
                        Texts.format("home.conflictMessage", c.existing().displayName(),
                                ProjectTableModel.TIME.format(c.existing().updatedAt()), c.project().displayName(),
                                ProjectTableModel.TIME.format(c.project().updatedAt())),
                        Texts.get("home.conflictTitle"), JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
                if (a == 0) {
                    choice = ConflictChoice.REPLACE;
                } else if (a == 1) {
                    choice = ConflictChoice.COPY;
                } else {
                    check.close(); // cancelled: the temporary files of its attachments go
                    return;
                }
            }
            ConflictChoice chosen = choice;
            BackgroundTask.run(this, Texts.get("home.importTitle"), () -> controller.commitImport(check, chosen), p -> {
                reload(p.id());
                status.setText(Texts.format("home.imported", p.displayName()));
                if (open) {
                    opener.accept(p);
                }
            });
        });
    }

    private void exportSelected() {
        ProjectSummary s = selected();
        if (s == null) {
            return;
        }
        JFileChooser fc = chooser();
        fc.setDialogTitle(Texts.get("home.exportTitle"));
        String name = s.displayName().replaceAll("[\\\\/:*?\"<>|]", "_");
        fc.setSelectedFile(new java.io.File(name + ProjectFile.EXTENSION));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = fc.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFile.EXTENSION)) {
            target = target.resolveSibling(target.getFileName() + ProjectFile.EXTENSION);
        }
        if (java.nio.file.Files.exists(target) && JOptionPane.showConfirmDialog(this,
                Texts.format("home.exportReplace", target.getFileName()), Texts.get("home.exportTitle"),
                JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        Path t = target;
        BackgroundTask.run(this, Texts.get("home.exportTitle"), () -> {
            controller.exportProject(s.id(), t);
            return t;
        }, p -> {
            status.setText(Texts.format("home.exported", p.toAbsolutePath()));
            ExportDone.show(this, Texts.get("home.exportTitle"), Texts.format("home.exported", p.getFileName()), p);
        });
    }
}
