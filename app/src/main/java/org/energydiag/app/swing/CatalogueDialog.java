package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppContext;
import org.energydiag.app.text.Texts;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.io.ProjectFile;

/**
 * 技术装备目录: full-text search of the national catalogue's technologies and efficient equipment,
 * filtered by part, section or class, with the full text of the selected entry; a newer edition in
 * the same format can be loaded from a file.
 */
final class CatalogueDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    private static final String ALL = Texts.get("catalogue.all");

    private final transient AppContext ctx;
    private transient Catalogue catalogue;
    private final JTextField search = new JTextField();
    private final JComboBox<String> section = new JComboBox<>();
    private final JComboBox<String> equipmentClass = new JComboBox<>();
    private final DefaultTableModel techModel = Choices.readOnly(new Object[] {Texts.get("catalogue.column.category"),
        Texts.get("catalogue.column.number"), Texts.get("catalogue.column.technology"), Texts.get("catalogue.column.applicability")});
    private final DefaultTableModel equipModel = Choices.readOnly(new Object[] {Texts.get("catalogue.column.category"),
        Texts.get("catalogue.column.number"), Texts.get("catalogue.column.product"), Texts.get("catalogue.column.model"),
        Texts.get("catalogue.column.applicant"), Texts.get("catalogue.column.efficiency")});
    private final JTextArea detail = ScrollablePanel.wrappingText();
    private final JLabel title = new JLabel();
    private transient List<Technology> techs = List.of();
    private transient List<EquipmentModel> models = List.of();

    private final transient java.util.function.Supplier<org.energydiag.app.controller.ProjectSession> session;

    CatalogueDialog(Window owner, AppContext ctx, java.util.function.Supplier<org.energydiag.app.controller.ProjectSession> session) {
        super(owner, Texts.get("catalogue.title"), ModalityType.MODELESS);
        this.ctx = ctx;
        this.session = session;
        setName("catalogue");
        search.setName("catalogue.search");
        search.putClientProperty("JTextField.placeholderText", Texts.get("catalogue.searchPlaceholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        section.setName("catalogue.section");
        equipmentClass.setName("catalogue.class");
        JTable techTable = new JTable(techModel);
        techTable.setName("catalogue.technologies");
        techTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        techTable.getColumnModel().getColumn(2).setPreferredWidth(320);
        JTable equipTable = new JTable(equipModel);
        equipTable.setName("catalogue.equipment");
        equipTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        detail.setName("catalogue.detail");
        techTable.getSelectionModel().addListSelectionListener(e -> {
            int r = techTable.getSelectedRow();
            if (r >= 0) {
                Technology t = techs.get(techTable.convertRowIndexToModel(r));
                detail.setText(Texts.format("catalogue.technologyDetail", t.part(), t.section(), t.number(), t.name(), t.description(),
                        t.applicability()));
                detail.setCaretPosition(0);
            }
        });
        equipTable.getSelectionModel().addListSelectionListener(e -> {
            int r = equipTable.getSelectedRow();
            if (r >= 0) {
                EquipmentModel m = models.get(equipTable.convertRowIndexToModel(r));
                detail.setText(Texts.format("catalogue.equipmentDetail", m.part(), m.equipmentClass(), m.number(), m.product(), m.model(),
                        m.applicant(), m.efficiency()));
                detail.setCaretPosition(0);
            }
        });
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("catalogue.tabs");
        tabs.addTab(Texts.get("catalogue.technologiesTab"), new JScrollPane(techTable));
        tabs.addTab(Texts.get("catalogue.equipmentTab"), new JScrollPane(equipTable));
        JButton load = new JButton(Texts.get("catalogue.loadEdition"));
        load.addActionListener(e -> loadEdition());
        JButton addToTasks = new JButton(Texts.get("catalogue.addToTasks"));
        addToTasks.setName("catalogue.addToTasks");
        addToTasks.setToolTipText(Texts.get("catalogue.addToTasksTooltip"));
        addToTasks.addActionListener(e -> addToTasks(tabs.getSelectedIndex() == 0
                ? selected(techTable, techs) : selected(equipTable, models)));
        JButton close = new JButton(Texts.get("catalogue.close"));
        close.addActionListener(e -> dispose());
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", "[][][][grow,fill][120lp:160lp:][]"));
        add(title, "span 2, left");
        add(new JLabel(Texts.get("catalogue.search")));
        add(search);
        add(new JLabel(Texts.get("catalogue.sections")));
        add(section, "split 2, width 50%");
        add(equipmentClass, "width 50%");
        add(tabs, "span 2, grow");
        add(new JScrollPane(detail), "span 2, grow");
        add(load, "span 2, split 3, growx 0");
        add(addToTasks, "growx 0");
        add(close, "growx 0, gapleft push");
        // searching and reading stay in a read-only folder; loading an edition and adding to the tasks change data
        ReadOnlyLock.viewing(search);
        ReadOnlyLock.viewing(section);
        ReadOnlyLock.viewing(equipmentClass);
        ReadOnlyLock.viewing(close);
        var open = session.get();
        ReadOnlyLock.lockIf(ctx.readOnly() || open != null && open.readOnly(), this);
        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refresh();
            }
        });
        section.addActionListener(e -> refresh());
        equipmentClass.addActionListener(e -> refresh());
        setCatalogue(ctx.catalogue());
        setSize(980, 680);
        setLocationRelativeTo(owner);
    }

    private static <T> T selected(JTable t, List<T> rows) {
        int r = t.getSelectedRow();
        return r < 0 ? null : rows.get(t.convertRowIndexToModel(r));
    }

    /** Adds the selected technology or equipment as a task of the open project, in a category the user picks. */
    private void addToTasks(Object chosen) {
        org.energydiag.app.controller.ProjectSession s = session.get();
        if (s == null) {
            javax.swing.JOptionPane.showMessageDialog(this, Texts.get("catalogue.noProject"), Texts.get("catalogue.addToTasksTitle"),
                    javax.swing.JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        if (chosen == null) {
            javax.swing.JOptionPane.showMessageDialog(this, Texts.get("catalogue.noSelection"), Texts.get("catalogue.addToTasksTitle"),
                    javax.swing.JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        var catalogue = ctx.catalogue();
        String name;
        String ref;
        String content;
        if (chosen instanceof Technology t) {
            name = Texts.format("catalogue.technologyTaskName", t.name());
            ref = org.energydiag.core.diagnosis.DiagnosisRules.ref(catalogue, t);
            content = Texts.format("catalogue.technologyTaskContent", t.name(), t.applicability());
        } else {
            EquipmentModel m = (EquipmentModel) chosen;
            name = Texts.format("catalogue.equipmentTaskName", m.equipmentClass(), m.product());
            ref = org.energydiag.core.diagnosis.DiagnosisRules.ref(catalogue, m);
            content = Texts.format("catalogue.equipmentTaskContent", m.product(),
                    m.model().isBlank() ? "" : Texts.format("catalogue.equipmentModel", m.model()), m.efficiency());
        }
        String[] labels = java.util.Arrays.stream(org.energydiag.core.retrofit.TaskCategory.values())
                .map(org.energydiag.core.retrofit.TaskCategory::label).toArray(String[]::new);
        Object pick = javax.swing.JOptionPane.showInputDialog(this, Texts.format("catalogue.pickCategory", name),
                Texts.get("catalogue.addToTasksTitle"),
                javax.swing.JOptionPane.QUESTION_MESSAGE, null, labels, labels[chosen instanceof Technology ? 1 : 2]);
        if (pick == null) {
            return;
        }
        var category = TasksStepPanel.category((String) pick);
        var task = org.energydiag.core.retrofit.RetrofitTask.manual(category, name).withContent(content)
                .withCatalogueRefs(List.of(ref)).withConfirmedRefs(List.of(ref)); // chosen by the engineer: confirmed
        s.edit(Texts.format("catalogue.addUndo", name), null, PlanEdits.plan(pl -> {
            var v = new java.util.ArrayList<>(pl.tasks());
            v.add(task);
            return pl.withTasks(v);
        }));
        title.setText(Texts.format("catalogue.added", name, pick, s.project().displayName()));
    }

    private boolean filling;

    private void setCatalogue(Catalogue c) {
        catalogue = c;
        title.setText(Texts.format("catalogue.catalogueTitle", c.title(), c.technologies().size(), c.equipment().size()));
        filling = true;
        section.removeAllItems();
        section.addItem(ALL);
        c.sections().forEach(s -> section.addItem(s.name() + "（" + s.count() + "）"));
        equipmentClass.removeAllItems();
        equipmentClass.addItem(ALL);
        c.equipmentClasses().forEach(s -> equipmentClass.addItem(s.name() + "（" + s.count() + "）"));
        filling = false;
        refresh();
    }

    private static String strip(Object item) {
        if (item == null || ALL.equals(item)) {
            return null;
        }
        String s = item.toString();
        int k = s.lastIndexOf('（');
        return k > 0 ? s.substring(0, k) : s;
    }

    private void refresh() {
        if (filling) {
            return;
        }
        String q = search.getText();
        techs = catalogue.searchTechnologies(q, null, strip(section.getSelectedItem()));
        models = catalogue.searchEquipment(q, strip(equipmentClass.getSelectedItem()));
        techModel.setRowCount(0);
        techs.forEach(t -> techModel.addRow(new Object[] {t.section(), t.number(), t.name(), t.applicability()}));
        equipModel.setRowCount(0);
        models.forEach(m -> equipModel.addRow(new Object[] {m.equipmentClass(), m.number(), m.product(), m.model(), m.applicant(),
            m.efficiency()}));
    }

    private void loadEdition() {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.REFERENCE_DATA);
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path f = fc.getSelectedFile().toPath();
        BackgroundTask.run(this, Texts.get("catalogue.loading"), () -> {
            byte[] bytes = Files.readAllBytes(f);
            Catalogue c;
            try {
                c = Catalogue.load(new java.io.ByteArrayInputStream(bytes));
            } catch (IllegalArgumentException e) {
                throw new org.energydiag.core.workspace.StoreException(
                        Texts.format("catalogue.invalidFile", f.getFileName(), e.getMessage()), e);
            }
            ProjectFile.writeAtomically(ctx.referenceDir().resolve("catalogue.json"), bytes);
            ctx.reloadCatalogue();
            return c;
        }, c -> {
            setCatalogue(c);
            Dialogs.info(this, Texts.get("catalogue.loading"), Texts.format("catalogue.loaded", c.title()));
        });
    }
}
