package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentExcel;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.EquipmentValidator;
import org.energydiag.core.io.ProjectFile;

/**
 * Step 主要用能设备清单 (template 一（二）2): one table per equipment class with the class's
 * fields, add/copy/paste (from Excel)/delete, sort and filter, Excel template, import (bad rows
 * reported, never half-imported) and export, and each item's rating.
 */
final class EquipmentStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<EquipmentClass, SheetTable> tables = new EnumMap<>(EquipmentClass.class);
    private final Map<EquipmentClass, EquipmentTableModel> models = new EnumMap<>(EquipmentClass.class);
    private final JTextField search = new JTextField();
    private final JLabel status = new WrapLabel();
    private final JPanel south;

    /**
     * @param results read-only columns appended to every class table (the rating)
     * @param south   the panel below the tables (grade summary and recommendations), may be null
     */
    EquipmentStepPanel(ProjectSession session, List<EquipmentTableModel.ResultColumn> results, JPanel south) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        this.south = south;
        setName("step.EQUIPMENT");
        JLabel title = new JLabel(Texts.get("equipment.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        search.setName("equipment.search");
        ReadOnlyLock.viewing(search); // filtering only shows
        search.putClientProperty("JTextField.placeholderText", Texts.get("equipment.search.placeholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        JButton add = button(Texts.get("equipment.add"), "equipment.add", e -> addItem());
        JButton copy = button(Texts.get("equipment.copy"), "equipment.copy", e -> copyRows());
        JButton delete = button(Texts.get("equipment.delete"), "equipment.delete", e -> deleteRows());
        JButton template = ReadOnlyLock.viewing(button(Texts.get("equipment.template"), "equipment.template", e -> saveWorkbook(EquipmentExcel.template(),
                Texts.get("equipment.template.fileName"))));
        JButton export = ReadOnlyLock.viewing(button(Texts.get("equipment.export"), "equipment.export", e -> saveWorkbook(
                EquipmentExcel.write(session.project().equipment().items()), Texts.get("equipment.export.fileName"))));
        JButton importX = button(Texts.get("equipment.import"), "equipment.importExcel", e -> importExcel());
        JPanel head = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]"));
        head.add(title, "split 2, growx 0");
        JLabel intro = WrapLabel.of(Texts.get("equipment.intro"));
        intro.setForeground(Theme.color(Theme.MUTED));
        head.add(intro, "gapleft unrel, growx");
        // one row on a wide screen; on a narrow one (1024×700) the Excel buttons continue below, never off the edge
        search.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(200), search.getPreferredSize().height));
        JPanel row = new JPanel(new WrapLayout(6, 2));
        row.add(search);
        row.add(add);
        row.add(copy);
        row.add(delete);
        row.add(javax.swing.Box.createHorizontalStrut(com.formdev.flatlaf.util.UIScale.scale(12)));
        row.add(template);
        row.add(importX);
        row.add(export);
        head.add(row, "growx");
        add(head, BorderLayout.NORTH);
        for (EquipmentClass c : EquipmentClass.values()) {
            EquipmentTableModel m = new EquipmentTableModel(session, binder, c, results);
            SheetTable t = new SheetTable(m); // Excel-like: typing replaces, Ctrl+V pastes a block adding items
            t.setName("equipment." + c.name());
            t.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
            TableRowSorter<EquipmentTableModel> sorter = new TableRowSorter<>(m);
            t.setRowSorter(sorter);
            t.setDefaultRenderer(Object.class, new CellRenderer(m));
            for (int i = 0; i < m.fields().size(); i++) {
                EquipmentField f = m.fields().get(i);
                t.getColumnModel().getColumn(i).setPreferredWidth(f == EquipmentField.NAME ? 170
                        : Math.max(70, f.header().length() * 14 + 10));
                if (f.kind() == EquipmentField.Kind.CHOICE) {
                    Choices.suggest(t, i, f.choices().toArray(new String[0]));
                }
                if (f == EquipmentField.LOCATION) {
                    // 所在工序: the process units of 生产工艺流程 — one list used everywhere; other text allowed
                    javax.swing.JComboBox<String> box = new javax.swing.JComboBox<>();
                    box.setEditable(true);
                    t.getColumnModel().getColumn(i).setCellEditor(new javax.swing.DefaultCellEditor(box) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public Component getTableCellEditorComponent(JTable table, Object value, boolean sel, int row, int col) {
                            box.setModel(new javax.swing.DefaultComboBoxModel<>(session.project().site().process().units().stream()
                                    .map(org.energydiag.core.process.ProcessUnit::name).toArray(String[]::new)));
                            return super.getTableCellEditorComponent(table, value, sel, row, col);
                        }
                    });
                }
            }
            for (int i = m.fields().size(); i < m.getColumnCount(); i++) {
                t.getColumnModel().getColumn(i).setPreferredWidth(i == m.fields().size() ? 80 : 260);
            }
            tables.put(c, t);
            models.put(c, m);
            tabs.addTab(c.label(), new JScrollPane(t));
        }
        tabs.setName("equipment.tabs");
        JPanel center = new JPanel(new BorderLayout());
        center.add(tabs, BorderLayout.CENTER);
        status.setName("equipment.status");
        center.add(status, BorderLayout.SOUTH);
        if (south != null) {
            javax.swing.JSplitPane split = new javax.swing.JSplitPane(javax.swing.JSplitPane.VERTICAL_SPLIT, center, south);
            split.setResizeWeight(0.55);
            add(split, BorderLayout.CENTER);
        } else {
            add(center, BorderLayout.CENTER);
        }
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
        session.addListener(p -> refresh());
        refresh();
    }

    private static JButton button(String text, String name, java.awt.event.ActionListener l) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setRequestFocusEnabled(false); // a click leaves the focus in the table (添加 starts editing a cell)
        b.addActionListener(l);
        return b;
    }

    EquipmentClass currentClass() {
        return EquipmentClass.values()[tabs.getSelectedIndex()];
    }

    void selectClass(EquipmentClass c) {
        tabs.setSelectedIndex(c.ordinal());
    }

    SheetTable table(EquipmentClass c) {
        return tables.get(c);
    }

    /** The item selected in the current tab, if any. */
    EquipmentItem selectedItem() {
        JTable t = tables.get(currentClass());
        int v = t.getSelectedRow();
        return v < 0 ? null : models.get(currentClass()).row(t.convertRowIndexToModel(v));
    }

    void addSelectionListener(Runnable r) {
        tables.values().forEach(t -> t.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                r.run();
            }
        }));
        tabs.addChangeListener(e -> r.run());
    }

    private void refresh() {
        for (EquipmentClass c : EquipmentClass.values()) {
            JTable t = tables.get(c);
            if (!t.isEditing()) {
                models.get(c).fireTableDataChanged();
            }
            int n = models.get(c).getRowCount();
            tabs.setTitleAt(c.ordinal(), n == 0 ? c.label() : Texts.format("equipment.tab.count", c.label(), n));
        }
        long errors = EquipmentValidator.validate(session.project().equipment()).size();
        int items = session.project().equipment().items().size();
        status.setText(errors > 0 ? Texts.format("equipment.status.errors", items, errors) : Texts.format("equipment.status", items));
        status.setForeground(Theme.color(errors > 0 ? Theme.ERROR : Theme.MUTED));
    }

    private void filter() {
        String q = search.getText().trim().toLowerCase(java.util.Locale.ROOT);
        for (EquipmentClass c : EquipmentClass.values()) {
            @SuppressWarnings("unchecked")
            TableRowSorter<EquipmentTableModel> s = (TableRowSorter<EquipmentTableModel>) tables.get(c).getRowSorter();
            s.setRowFilter(q.isEmpty() ? null : new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends EquipmentTableModel, ? extends Integer> e) {
                    EquipmentItem i = e.getModel().row(e.getIdentifier());
                    return i.values().values().stream().anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains(q));
                }
            });
        }
    }

    private void stopEditing() {
        tables.values().forEach(t -> {
            if (t.isEditing()) {
                t.getCellEditor().stopCellEditing();
            }
        });
    }

    @Override
    public void flushEdits() {
        stopEditing();
        binder.flushPending();
    }

    private void addItem() {
        stopEditing();
        EquipmentClass c = currentClass();
        int n = models.get(c).getRowCount() + 1;
        EquipmentItem item = EquipmentItem.of(c, c.label() + n);
        models.get(c).replace(List.of(), List.of(item), Texts.format("equipment.edit.add", c.label()));
        JTable t = tables.get(c);
        int v = t.convertRowIndexToView(models.get(c).getRowCount() - 1);
        if (v >= 0) {
            t.changeSelection(v, 0, false, false);
            t.editCellAt(v, 0);
            Component ed = t.getEditorComponent();
            if (ed != null) {
                ed.requestFocusInWindow();
            }
        }
    }

    private List<EquipmentItem> selected() {
        EquipmentClass c = currentClass();
        JTable t = tables.get(c);
        List<EquipmentItem> out = new ArrayList<>();
        for (int v : t.getSelectedRows()) {
            out.add(models.get(c).row(t.convertRowIndexToModel(v)));
        }
        return out;
    }

    private void copyRows() {
        stopEditing();
        List<EquipmentItem> sel = selected();
        if (!sel.isEmpty()) {
            models.get(currentClass()).replace(List.of(), sel.stream().map(EquipmentItem::copy).toList(),
                    Texts.format("equipment.edit.copy", currentClass().label()));
        }
    }

    private void deleteRows() {
        stopEditing();
        List<EquipmentItem> sel = selected();
        if (!sel.isEmpty() && JOptionPane.showConfirmDialog(this, Texts.format("equipment.delete.confirm", sel.size()),
                Texts.get("equipment.delete.title"), JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
            models.get(currentClass()).remove(sel);
        }
    }

    /** Pastes tab-separated cells (Excel's clipboard form) at the selected cell of class {@code c}'s table. */
    void pasteText(EquipmentClass c, String text) {
        tables.get(c).paste(text);
    }

    private void saveWorkbook(byte[] bytes, String name) {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.EXCEL);
        fc.setFileFilter(new FileNameExtensionFilter(Texts.get("equipment.excel.filter"), "xlsx"));
        fc.setSelectedFile(new java.io.File(name));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path p = fc.getSelectedFile().toPath();
        Path target = p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(p.getFileName() + ".xlsx");
        BackgroundTask.run(this, Texts.get("equipment.save.title"), () -> {
            ProjectFile.writeAtomically(target, bytes);
            return target;
        }, t -> ExportDone.show(this, Texts.get("equipment.save.title"), Texts.format("equipment.save.done", t.getFileName()), t));
    }

    private void importExcel() {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.EXCEL);
        fc.setFileFilter(new FileNameExtensionFilter(Texts.get("equipment.excel.filter"), "xlsx"));
        if (fc.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        importExcel(fc.getSelectedFile().toPath());
    }

    /** Reads a workbook; good rows are added after confirmation, bad rows are listed and not imported. */
    void importExcel(Path file) {
        BackgroundTask.run(this, Texts.get("equipment.import.reading"), () -> {
            try (var in = Files.newInputStream(file)) {
                return EquipmentExcel.read(in);
            }
        }, r -> {
            StringBuilder sb = new StringBuilder(Texts.format("equipment.import.read", r.rowsRead(), r.items().size()));
            if (!r.problems().isEmpty()) {
                sb.append(Texts.get("equipment.import.badRows")).append('\n');
                r.problems().stream().limit(20).forEach(p -> sb.append(p.display()).append('\n'));
                if (r.problems().size() > 20) {
                    sb.append(Texts.format("equipment.import.moreProblems", r.problems().size())).append('\n');
                }
            }
            if (r.items().isEmpty()) {
                Dialogs.error(this, Texts.get("equipment.import.title"),
                        sb.append('\n').append(Texts.get("equipment.import.nothing")).toString());
                return;
            }
            sb.append('\n').append(Texts.format("equipment.import.confirm", r.items().size()));
            javax.swing.JTextArea text = new javax.swing.JTextArea(sb.toString(), 12, 60);
            text.setEditable(false);
            text.setLineWrap(true);
            if (JOptionPane.showConfirmDialog(this, new JScrollPane(text), Texts.get("equipment.import.title"), JOptionPane.OK_CANCEL_OPTION)
                    == JOptionPane.OK_OPTION) {
                models.get(EquipmentClass.MOTOR).replace(List.of(), r.items(), Texts.get("equipment.edit.import"));
            }
        });
    }

    /** Shows invalid cells in red with the reason as tooltip. */
    private static final class CellRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;
        private final transient EquipmentTableModel model;

        CellRenderer(EquipmentTableModel model) {
            this.model = model;
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, value, sel, focus, row, col);
            int mc = t.convertColumnIndexToModel(col);
            EquipmentField f = model.field(mc);
            String msg = f == null ? null : EquipmentValidator.check(f, value == null ? "" : value.toString());
            setToolTipText(msg != null ? msg : f == null && value != null && !value.toString().isEmpty() ? value.toString() : null);
            if (msg != null && !sel) {
                setBackground(Theme.color(Theme.NOTICE_BG));
                setForeground(Theme.color(Theme.ERROR));
            } else if (!sel) {
                setBackground(t.getBackground());
                setForeground(t.getForeground());
            }
            return this;
        }
    }

    /** Open points of the inventory: the tab of the first class whose items have errors (the order the badge lists them). */
    @Override
    public void showPoints(List<org.energydiag.core.report.plan.OpenPoint> points) {
        var items = session.project().equipment().items();
        EquipmentClass[] classes = EquipmentClass.values();
        for (int i = 0; i < classes.length; i++) {
            EquipmentClass c = classes[i];
            int row = 0;
            for (var item : items) {
                if (item.equipmentClass() == c && !org.energydiag.core.equipment.EquipmentValidator.validate(item, row++).isEmpty()) {
                    tabs.setSelectedIndex(i);
                    return;
                }
            }
        }
    }
}
