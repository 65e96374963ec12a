package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.MeterImportController;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.meter.ColumnMapping;
import org.energydiag.core.meter.DateOrder;
import org.energydiag.core.meter.ImportReport;
import org.energydiag.core.meter.ImportSettings;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.MeterUnit;
import org.energydiag.core.meter.TimestampMeans;
import org.energydiag.core.meter.ValueKind;

/**
 * 导入电表数据: choose a file or folder, see how it was read, adjust encoding, date order,
 * timestamp meaning and the mapping of columns to meters, check (dry run with the validation
 * report, exportable as CSV), then import in one transaction with progress and cancel.
 */
final class MeterImportDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient MeterImportController controller;
    private final transient Runnable onImported;
    private final JTextField path = new JTextField();
    private final JComboBox<String> encoding = new JComboBox<>(new String[] {"自动识别", "UTF-8", "GB18030", "GBK"});
    private final JComboBox<DateOrder> dateOrder = new JComboBox<>(DateOrder.values());
    private final JComboBox<TimestampMeans> means = new JComboBox<>(TimestampMeans.values());
    private final javax.swing.JSpinner headerRow = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(0, 0, 200, 1));
    private final JLabel detectedText = new JLabel(" ");
    private final DefaultTableModel preview = Choices.readOnly(new Object[0]);
    private final MappingModel mappings = new MappingModel();
    private final JTextArea report = ScrollablePanel.wrappingText();
    private final JRadioButton replace = new JRadioButton("替换已有数据", true);
    private final JRadioButton skip = new JRadioButton("保留已有数据，只导入新时段");
    private final JButton check = new JButton("检查（试运行）");
    private final JButton commit = new JButton("导入");
    private final JButton exportReport = new JButton("导出检查报告…");
    private transient MeterImportController.Checked checked;

    MeterImportDialog(Window owner, MeterImportController controller, Runnable onImported) {
        super(owner, "导入电表数据", ModalityType.APPLICATION_MODAL);
        this.controller = controller;
        this.onImported = onImported;
        setName("meterImport");
        path.setName("meterImport.path");
        path.putClientProperty("JTextField.placeholderText", "电表或能源管理系统导出的 CSV/TXT 文件，或按日存放的文件夹");
        JButton browse = new JButton("浏览…");
        browse.addActionListener(e -> browse());
        JButton detect = new JButton("识别");
        detect.setName("meterImport.detect");
        detect.addActionListener(e -> detect());
        path.addActionListener(e -> detect());
        encoding.setName("meterImport.encoding");
        dateOrder.setName("meterImport.dateOrder");
        means.setName("meterImport.means");
        renderLabels();
        dateOrder.addActionListener(e -> adjust(s -> s.withDateOrder((DateOrder) dateOrder.getSelectedItem())));
        means.addActionListener(e -> adjust(s -> s.withMeans((TimestampMeans) means.getSelectedItem())));
        headerRow.setName("meterImport.headerRow");
        headerRow.addChangeListener(e -> adjust(this::withHeaderRow));
        JTable previewTable = new JTable(preview);
        previewTable.setName("meterImport.preview");
        previewTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        JTable mapTable = new JTable(mappings);
        mapTable.setName("meterImport.mappings");
        Choices.install(mapTable, 3, Arrays.stream(MeterUnit.values()).map(u -> new Choices.Item(u, u.symbol())).toList());
        Choices.install(mapTable, 4, Arrays.stream(ValueKind.values()).map(k -> new Choices.Item(k, k.label())).toList());
        Choices.suggest(mapTable, 5, "ELECTRICITY", "NATURAL_GAS", "HEAT", "STEAM_1_0MPA", "FRESH_WATER", "");
        detectedText.setName("meterImport.detected");
        report.setName("meterImport.report");
        check.setName("meterImport.check");
        commit.setName("meterImport.commit");
        exportReport.setName("meterImport.exportReport");
        check.addActionListener(e -> check());
        commit.addActionListener(e -> commit());
        exportReport.addActionListener(e -> exportReport());
        ButtonGroup g = new ButtonGroup();
        g.add(replace);
        g.add(skip);
        JButton close = new JButton("关闭");
        close.addActionListener(e -> dispose());
        updateButtons();

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", "[][][][120lp:150lp:,grow,fill][][100lp:140lp:,grow,fill][][80lp:,grow,fill][]"));
        add(new JLabel("文件"));
        add(path, "split 3");
        add(browse, "growx 0");
        add(detect, "growx 0");
        add(new JLabel("读取方式"));
        add(encoding, "split 7, growx 0");
        add(new JLabel("表头行（0=无）"), "gapleft unrel");
        add(headerRow, "growx 0, width 60lp!");
        add(new JLabel("日期顺序"), "gapleft unrel");
        add(dateOrder, "growx 0");
        add(new JLabel("时间戳为"), "gapleft unrel");
        add(means, "growx 0");
        add(new JLabel(""));
        add(detectedText);
        add(new JLabel("前几行"), "top");
        add(new JScrollPane(previewTable));
        add(new JLabel("列与表计"), "span 2, split 2, left");
        add(new JLabel("（勾选要导入的列；单位、数值类型和倍率可改；同一软件的导出下次会自动套用）"));
        add(new JScrollPane(mapTable), "span 2, grow");
        add(new JLabel("检查结果"), "span 2, left");
        add(new JScrollPane(report), "span 2, grow");
        add(replace, "span 2, split 6");
        add(skip);
        add(check, "gapleft push, growx 0");
        add(exportReport, "growx 0");
        add(commit, "growx 0");
        add(close, "growx 0");
        setSize(980, 720);
        setLocationRelativeTo(owner);
    }

    private void renderLabels() {
        dateOrder.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof DateOrder d ? d.label() : v, i, s, f);
            }
        });
        means.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof TimestampMeans d ? d.label() : v, i, s, f);
            }
        });
    }

    private boolean updating;

    private void adjust(java.util.function.UnaryOperator<ImportSettings> change) {
        if (updating || controller.detected().isEmpty()) {
            return;
        }
        controller.adjust(change.apply(controller.detected().get().settings()));
        checked = null;
        showDetected();
    }

    /** The header is on the row the engineer chose (1-based, 0 = none): meter names come from it. */
    private ImportSettings withHeaderRow(ImportSettings s) {
        int row = (Integer) headerRow.getValue() - 1;
        List<String[]> preview = controller.detected().orElseThrow().preview();
        ImportSettings changed = s.withHeaderRecord(row);
        if (row >= 0 && row < preview.size() && s.layout() != org.energydiag.core.meter.Layout.LONG) {
            String[] h = preview.get(row);
            changed = changed.withColumns(s.columns().stream()
                    .map(m -> m.column() < h.length && !h[m.column()].isEmpty() ? m.withName(h[m.column()]) : m).toList());
        }
        return changed;
    }

    private void browse() {
        JFileChooser fc = new JFileChooser();
        fc.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            path.setText(fc.getSelectedFile().getPath());
            detect();
        }
    }

    private void detect() {
        String p = path.getText().trim();
        if (p.isEmpty()) {
            return;
        }
        Charset cs = switch ((String) encoding.getSelectedItem()) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> null;
        };
        checked = null;
        BackgroundTask.run(this, "识别文件", () -> controller.detect(Path.of(p), cs), d -> showDetected());
    }

    private void showDetected() {
        MeterImportController.Detected d = controller.detected().orElseThrow();
        ImportSettings s = d.settings();
        updating = true;
        headerRow.setValue(s.headerRecord() + 1);
        dateOrder.setSelectedItem(s.dateOrder());
        means.setSelectedItem(s.means());
        updating = false;
        dateOrder.putClientProperty("JComponent.outline", s.dateOrderAmbiguous() ? "warning" : null);
        detectedText.setText(String.format("%s，分隔符“%s”%s，%s，%s，间隔 %d 分钟%s%s",
                s.charset().name(), s.delimiter() == '\t' ? "制表符" : String.valueOf(s.delimiter()),
                s.decimalComma() ? "（小数逗号）" : "", s.layout().label(),
                s.headerRecord() >= 0 ? "表头在第 " + (s.headerRecord() + 1) + " 行" : "无表头", s.intervalMinutes(),
                s.dateOrderAmbiguous() ? "；日期可能是日/月或月/日，请确认“日期顺序”" : "",
                d.profileApplied() ? "；已套用上次保存的映射方案" : ""));
        int width = d.preview().stream().mapToInt(r -> r.length).max().orElse(0);
        Object[] cols = new Object[width];
        for (int i = 0; i < width; i++) {
            cols[i] = "列" + (i + 1);
        }
        preview.setColumnIdentifiers(cols);
        preview.setRowCount(0);
        for (String[] r : d.preview()) {
            preview.addRow(Arrays.copyOf(r, width));
        }
        mappings.fireTableDataChanged();
        report.setText(checked == null ? "点击“检查（试运行）”读取全部数据并核对，不会保存任何内容。" : report.getText());
        updateButtons();
    }

    private void check() {
        BackgroundTask.runMonitored(this, "检查电表数据", controller::check, c -> {
            checked = c;
            report.setText(describe(c));
            report.setCaretPosition(0);
            updateButtons();
        });
    }

    static String describe(MeterImportController.Checked c) {
        ImportReport r = c.result().report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("读取 %d 行，接受 %d 个数值；新数据 %d 个，已存在 %d 个；问题 %d 条。%n", r.rowsRead(), r.valuesAccepted(),
                c.dryRun().newValues(), c.dryRun().existingValues(), r.problemCount()));
        c.dryRun().sameContentImported().ifPresent(i -> sb.append("注意：同样内容的文件已于 ")
                .append(ProjectTableModel.TIME.format(i.createdAt())).append(" 导入过。可选择替换或保留已有数据，或取消。\n"));
        for (ImportReport.MeterStats m : r.meters()) {
            sb.append(String.format("· %s：%s，%d 个值，%s～%s，合计 %.3f %s；缺测 %d 段（最长 %d 个时段%s）；重复 %d（冲突 %d）；负值 %d；复位 %d；翻转 %d；异常值 %d%s%n",
                    m.name(), m.kind().label(), m.values(), m.first(), m.last(), m.total(), m.unit(), m.gaps(), m.longestGapIntervals(),
                    m.longestGapStart() == null ? "" : "，自 " + m.longestGapStart(), m.duplicatesIdentical() + m.duplicatesConflicting(),
                    m.duplicatesConflicting(), m.negatives(), m.resets(), m.rollovers(), m.outliers(),
                    Double.isNaN(m.maxDemandKw()) ? "" : String.format("；最大需量 %.1f kW", m.maxDemandKw())));
        }
        c.dryRun().meters().stream().filter(MeterStore.MeterCount::intervalConflict).forEach(m -> sb.append("× “").append(m.name())
                .append("”已存有不同间隔或单位的数据，不能合并：请在映射中改名。\n"));
        r.problems().stream().limit(30).forEach(p -> sb.append(String.format("第 %d 行%s“%s”：%s%n", p.line(),
                p.column() > 0 ? "第 " + p.column() + " 列" : "", p.content(), p.message())));
        if (r.problemCount() > 30) {
            sb.append("……其余问题见导出的检查报告。\n");
        }
        r.notes().forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }

    private void commit() {
        if (checked == null) {
            return;
        }
        MeterStore.OnExisting on = skip.isSelected() ? MeterStore.OnExisting.SKIP : MeterStore.OnExisting.REPLACE;
        MeterImportController.Checked c = checked;
        commit.setEnabled(false); // a second click while the import runs would import the data twice
        var task = BackgroundTask.runMonitored(this, "导入电表数据", m -> controller.commit(c, on, m), rec -> {
            Dialogs.info(this, "导入电表数据", "已导入 " + rec.meters() + " 块表、" + rec.values() + " 个数值。");
            onImported.run();
            dispose();
        });
        // failed or cancelled: the engineer may try again (state events arrive on the event thread, after this returns)
        task.addPropertyChangeListener(e -> {
            if ("state".equals(e.getPropertyName()) && e.getNewValue() == javax.swing.SwingWorker.StateValue.DONE && isDisplayable()) {
                commit.setEnabled(checked != null && !checked.result().series().isEmpty());
            }
        });
    }

    private void exportReport() {
        if (checked == null) {
            return;
        }
        JFileChooser fc = new JFileChooser();
        fc.setSelectedFile(new java.io.File("电表数据检查报告.csv"));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path t = fc.getSelectedFile().toPath();
        String csv = checked.result().report().toCsv();
        BackgroundTask.run(this, "导出检查报告", () -> {
            ProjectFile.writeAtomically(t, csv.getBytes(StandardCharsets.UTF_8));
            return t;
        }, x -> Dialogs.info(this, "导出检查报告", "已导出：" + x));
    }

    private void updateButtons() {
        boolean ready = controller.detected().isPresent();
        check.setEnabled(ready);
        commit.setEnabled(checked != null && !checked.result().series().isEmpty()
                && checked.dryRun().meters().stream().noneMatch(MeterStore.MeterCount::intervalConflict));
        exportReport.setEnabled(checked != null);
    }

    /** The column mappings, editable. */
    private final class MappingModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final String[] cols = {"导入", "列", "表名", "单位", "数值类型", "能源品种", "倍率"};

        private List<ColumnMapping> rows() {
            return controller.detected().map(d -> d.settings().columns()).orElse(List.of());
        }

        @Override
        public int getRowCount() {
            return rows().size();
        }

        @Override
        public int getColumnCount() {
            return cols.length;
        }

        @Override
        public String getColumnName(int c) {
            return cols[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return switch (c) {
                case 0 -> Boolean.class;
                case 1 -> Integer.class;
                case 6 -> Double.class;
                default -> Object.class;
            };
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c != 1;
        }

        @Override
        public Object getValueAt(int r, int c) {
            ColumnMapping m = rows().get(r);
            return switch (c) {
                case 0 -> m.include();
                case 1 -> m.column() + 1;
                case 2 -> m.meterName();
                case 3 -> m.unit();
                case 4 -> m.kind();
                case 5 -> m.carrierId();
                default -> m.multiplier();
            };
        }

        @Override
        public void setValueAt(Object v, int r, int c) {
            List<ColumnMapping> list = new ArrayList<>(rows());
            ColumnMapping m = list.get(r);
            list.set(r, switch (c) {
                case 0 -> m.withInclude((Boolean) v);
                case 2 -> m.withName(String.valueOf(v).trim());
                case 3 -> m.withUnit((MeterUnit) v);
                case 4 -> m.withKind((ValueKind) v);
                case 5 -> m.withCarrier(String.valueOf(v));
                default -> m.withMultiplier(v == null ? 1.0 : (Double) v);
            });
            adjust(s -> s.withColumns(list));
        }
    }
}
