package org.energydiag.app.swing;

import org.energydiag.core.reference.CarrierId;
import org.energydiag.app.text.Texts;
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
import org.energydiag.core.meter.Layout;
import org.energydiag.core.meter.MeterCsv;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.MeterUnit;
import org.energydiag.core.meter.TimestampMeans;
import org.energydiag.core.meter.ValueKind;

/**
 * 导入电表数据: choose a file or folder, see how it was read and why (the detection's decisions,
 * the same as {@code meter-import}'s), answer what the data cannot settle (unit, date order, zone,
 * interval: 检查 and 导入 stay disabled until then), adjust encoding, layout, the meter/channel
 * column of a long table, date order, timestamp meaning, zone, interval and the mapping of columns
 * to meters (unit and kind per column), check (dry run with the validation report, exportable as
 * CSV), then import in one transaction with progress and cancel.
 */
final class MeterImportDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    /** Zones offered first; any zone id may be typed. */
    static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Asia/Singapore",
            "Europe/London", "Europe/Dublin", "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles", "UTC");

    private final transient MeterImportController controller;
    private final transient Runnable onImported;
    private final JTextField path = new JTextField();
    private final JComboBox<String> encoding = new JComboBox<>(new String[] {Texts.get("meterImport.encoding.auto"), "UTF-8", "GB18030", "GBK"});
    private final JComboBox<Choices.Item> layout = new JComboBox<>(new Choices.Item[] {new Choices.Item(null, Texts.get("meterImport.layout.auto")),
        new Choices.Item(Layout.WIDE, Texts.get("meterImport.layout.wide")), new Choices.Item(Layout.LONG, Texts.get("meterImport.layout.long")),
        new Choices.Item(Layout.DAY_POINTS, Texts.get("meterImport.layout.day"))});
    private final JComboBox<Choices.Item> meterColumn = new JComboBox<>();
    private final JComboBox<DateOrder> dateOrder = new JComboBox<>(DateOrder.values());
    private final JComboBox<TimestampMeans> means = new JComboBox<>(TimestampMeans.values());
    private final JComboBox<String> zone = new JComboBox<>(ZONES.toArray(new String[0]));
    private final javax.swing.JSpinner interval = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(0, 0, 1440, 1));
    private final javax.swing.JSpinner headerRow = new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(0, 0, 200, 1));
    private final JLabel settingsError = new JLabel(" ");
    private final JLabel detectedText = new JLabel(" ");
    private final JTextArea questions = ScrollablePanel.wrappingText();
    private final JTextArea decisions = ScrollablePanel.wrappingText();
    private final DefaultTableModel preview = Choices.readOnly(new Object[0]);
    private final MappingModel mappings = new MappingModel();
    private final JTextArea report = ScrollablePanel.wrappingText();
    private final JRadioButton replace = new JRadioButton(Texts.get("meterImport.replace"), true);
    private final JRadioButton skip = new JRadioButton(Texts.get("meterImport.skip"));
    private final JButton check = new JButton(Texts.get("meterImport.check"));
    private final JButton commit = new JButton(Texts.get("meterImport.commit"));
    private final JButton exportReport = new JButton(Texts.get("meterImport.exportReport"));
    private final JLabel blocked = new JLabel(" ");
    private transient MeterImportController.Checked checked;
    /** A detection runs in the background: the settings must not change under it. */
    private boolean detecting;

    /** The carriers a meter may count toward, by name; their ids stay inside. */
    static final List<String> CARRIER_CHOICES = List.of("ELECTRICITY", "NATURAL_GAS", "HEAT", "STEAM_1_0MPA", "FRESH_WATER");

    /** @param carriers the reference's carriers, for their names in the mapping table */
    MeterImportDialog(Window owner, MeterImportController controller, Runnable onImported,
                      java.util.Map<String, org.energydiag.core.reference.EnergyCarrier> carriers) {
        super(owner, Texts.get("meterImport.title"), ModalityType.APPLICATION_MODAL);
        this.controller = controller;
        this.onImported = onImported;
        setName("meterImport");
        path.setName("meterImport.path");
        path.putClientProperty("JTextField.placeholderText", Texts.get("meterImport.path.placeholder"));
        JButton browse = new JButton(Texts.get("meterImport.browse"));
        browse.addActionListener(e -> browse());
        JButton detect = new JButton(Texts.get("meterImport.detect"));
        detect.setName("meterImport.detect");
        detect.addActionListener(e -> detect());
        path.addActionListener(e -> detect());
        encoding.setName("meterImport.encoding");
        layout.setName("meterImport.layout");
        layout.setToolTipText(Texts.get("meterImport.layout.tooltip"));
        meterColumn.setName("meterImport.meterColumn");
        meterColumn.setToolTipText(Texts.get("meterImport.meterColumn.tooltip"));
        dateOrder.setName("meterImport.dateOrder");
        means.setName("meterImport.means");
        zone.setName("meterImport.zone");
        zone.setEditable(true);
        zone.setToolTipText(Texts.get("meterImport.zone.tooltip"));
        interval.setName("meterImport.interval");
        interval.setToolTipText(Texts.get("meterImport.interval.tooltip"));
        settingsError.setName("meterImport.settingsError");
        settingsError.setForeground(Theme.color(Theme.ERROR));
        settingsError.setVisible(false);
        renderLabels();
        layout.addActionListener(e -> {
            if (!updating) {
                redetect();
            }
        });
        meterColumn.addActionListener(e -> chooseMeterColumn());
        dateOrder.addActionListener(e -> adjust(s -> s.withDateOrder((DateOrder) dateOrder.getSelectedItem())));
        means.addActionListener(e -> adjust(s -> s.withMeans((TimestampMeans) means.getSelectedItem())));
        zone.addActionListener(e -> chooseZone());
        interval.addChangeListener(e -> chooseInterval());
        headerRow.setName("meterImport.headerRow");
        headerRow.addChangeListener(e -> adjust(this::withHeaderRow));
        // the file's first lines, read-only; a block of them is copied with Ctrl+C as from a sheet
        JTable previewTable = new SheetTable(preview);
        previewTable.setName("meterImport.preview");
        previewTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        // a sheet as the project's tables: a cell chosen by typing, F2/Alt+Down or a second click opens a
        // drop-down, Enter/Tab move, Ctrl+V fills a block or the selection as one change, Delete clears
        JTable mapTable = new SheetTable(mappings);
        mapTable.setName("meterImport.mappings");
        Choices.install(mapTable, 3, Arrays.stream(MeterUnit.values()).map(u -> new Choices.Item(u, u.symbol())).toList());
        mapTable.getColumnModel().getColumn(3).setCellRenderer(new UnitRenderer());
        Choices.install(mapTable, 4, Arrays.stream(ValueKind.values()).map(k -> new Choices.Item(k, k.label())).toList());
        List<Choices.Item> carrierItems = new ArrayList<>();
        for (String id : CARRIER_CHOICES) {
            carrierItems.add(new Choices.Item(id, carriers.containsKey(id) ? carriers.get(id).name() : id));
        }
        carrierItems.add(new Choices.Item("", Texts.get("meterImport.noCarrier")));
        Choices.install(mapTable, 5, carrierItems);
        mapTable.getColumnModel().getColumn(5).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object v) {
                String id = v == null ? "" : v.toString();
                setText(id.isEmpty() ? Texts.get("meterImport.noCarrier") : carriers.containsKey(id) ? carriers.get(id).name() : id);
            }
        });
        int[] widths = {40, 110, 210, 110, 90, 110, 60}; // 列 holds “2–97（96 个点）”
        for (int i = 0; i < widths.length; i++) {
            mapTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        detectedText.setName("meterImport.detected");
        questions.setName("meterImport.questions");
        questions.setForeground(Theme.color(Theme.WARNING));
        decisions.setName("meterImport.decisions");
        report.setName("meterImport.report");
        check.setName("meterImport.check");
        commit.setName("meterImport.commit");
        exportReport.setName("meterImport.exportReport");
        blocked.setName("meterImport.blocked");
        blocked.setForeground(Theme.color(Theme.WARNING));
        check.addActionListener(e -> check());
        commit.addActionListener(e -> commit());
        exportReport.addActionListener(e -> exportReport());
        ButtonGroup g = new ButtonGroup();
        g.add(replace);
        g.add(skip);
        JButton close = new JButton(Texts.get("meterImport.close"));
        close.addActionListener(e -> dispose());
        showQuestions();
        updateButtons();

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2, hidemode 3", "[right][grow,fill]",
                "[][][][][36lp:48lp:,fill][100lp:150lp:,grow,fill][][90lp:120lp:,grow,fill][][60lp:90lp:,grow,fill][][]"));
        add(new JLabel(Texts.get("meterImport.label.file")));
        add(path, "split 3");
        add(browse, "growx 0");
        add(detect, "growx 0");
        add(new JLabel(Texts.get("meterImport.label.reading")));
        add(encoding, "split 8, growx 0");
        add(new JLabel(Texts.get("meterImport.label.headerRow")), "gapleft unrel, growx 0");
        add(headerRow, "growx 0, width 60lp!");
        add(new JLabel(Texts.get("meterImport.label.layout")), "gapleft unrel, growx 0");
        add(layout, "growx 0");
        add(new JLabel(Texts.get("meterImport.label.meterColumn")), "gapleft unrel, growx 0");
        add(meterColumn, "growx 0, width 160lp:200lp:260lp");
        add(new JLabel(), "pushx, growx"); // the rest of the row: the fields stay together on the left
        add(new JLabel(Texts.get("meterImport.label.time")));
        add(dateOrder, "split 8, growx 0");
        add(new JLabel(Texts.get("meterImport.label.means")), "gapleft unrel, growx 0");
        add(means, "growx 0");
        add(new JLabel(Texts.get("meterImport.label.zone")), "gapleft unrel, growx 0");
        add(zone, "growx 0, width 150lp:170lp:");
        add(new JLabel(Texts.get("meterImport.label.interval")), "gapleft unrel, growx 0");
        add(interval, "growx 0, width 70lp!");
        add(new JLabel(), "pushx, growx");
        add(new JLabel(""));
        add(settingsError, "split 2, flowy"); // hidden when there is no error: one cell, so the grid stays
        add(detectedText);
        JLabel qLabel = new JLabel(Texts.get("meterImport.label.questions"));
        qLabel.setForeground(Theme.color(Theme.WARNING));
        add(qLabel, "top");
        JScrollPane qScroll = new JScrollPane(questions);
        qScroll.setBorder(javax.swing.BorderFactory.createLineBorder(Theme.color(Theme.WARNING)));
        qScroll.getViewport().setBackground(Theme.color(Theme.NOTICE_BG));
        questions.setOpaque(true);
        questions.setBackground(Theme.color(Theme.NOTICE_BG));
        add(qScroll);
        add(new JLabel(Texts.get("meterImport.label.decisions")), "top");
        add(new JScrollPane(decisions), "split 3, width 50%, growy");
        add(new JLabel(Texts.get("meterImport.label.preview")), "top, growx 0, gapleft unrel");
        add(new JScrollPane(previewTable), "grow");
        add(new JLabel(Texts.get("meterImport.label.mappings")), "span 2, split 2, left");
        add(new JLabel(Texts.get("meterImport.label.mappingsHint")));
        add(new JScrollPane(mapTable), "span 2, grow");
        add(new JLabel(Texts.get("meterImport.label.report")), "span 2, left");
        add(new JScrollPane(report), "span 2, grow");
        add(blocked, "span 2, right");
        add(replace, "span 2, split 6");
        add(skip);
        add(check, "gapleft push, growx 0");
        add(exportReport, "growx 0");
        add(commit, "growx 0");
        add(close, "growx 0");
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(1160, screen.width - 20), Math.min(760, screen.height - 10));
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
        if (updating || detecting || controller.detected().isEmpty()) {
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

    /** The zone typed or chosen: checked with ZoneId.of, the error said inline. */
    private void chooseZone() {
        if (updating || detecting || controller.detected().isEmpty()) {
            return;
        }
        Object v = zone.getSelectedItem(); // typed text too: the combo is editable
        String text = v == null ? "" : v.toString().strip();
        if (text.isEmpty()) {
            return;
        }
        java.time.ZoneId z;
        try {
            z = java.time.ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            showError(zone, Texts.format("meterImport.zone.invalid", text));
            return;
        }
        showError(zone, null);
        controller.chooseZone(z);
        checked = null;
        showDetected();
    }

    /** The interval set: a number of minutes that divides a day, 0 = as found in the data. */
    private void chooseInterval() {
        if (updating || detecting || controller.detected().isEmpty()) {
            return;
        }
        int n = (Integer) interval.getValue();
        if (n > 0 && 1440 % n != 0) {
            showError(interval, Texts.format("meterImport.interval.invalid", n));
            return;
        }
        showError(interval, null);
        controller.chooseInterval(n);
        checked = null;
        showDetected();
    }

    /** Long layout: the column naming the meters or channels. */
    private void chooseMeterColumn() {
        if (updating || detecting || controller.detected().isEmpty() || !(meterColumn.getSelectedItem() instanceof Choices.Item it)) {
            return;
        }
        try {
            controller.chooseMeterColumn((Integer) it.value());
            showError(meterColumn, null);
        } catch (IllegalArgumentException e) {
            showError(meterColumn, e.getMessage());
            return;
        }
        checked = null;
        showDetected();
    }

    private javax.swing.JComponent errorOn;

    /** Shows (or clears, with null) an inline error under the settings, outlining the field. */
    private void showError(javax.swing.JComponent field, String message) {
        if (message == null) {
            if (errorOn == field) {
                field.putClientProperty("JComponent.outline", null);
                settingsError.setText(" ");
                settingsError.setVisible(false);
                errorOn = null;
            }
            return;
        }
        if (errorOn != null && errorOn != field) {
            errorOn.putClientProperty("JComponent.outline", null);
        }
        errorOn = field;
        field.putClientProperty("JComponent.outline", "error");
        settingsError.setText(message);
        settingsError.setVisible(true);
        updateButtons();
    }

    private void browse() {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.METER_IMPORT);
        fc.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            path.setText(fc.getSelectedFile().getPath());
            detect();
        }
    }

    private Charset charset() {
        return switch ((String) encoding.getSelectedItem()) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            case "GBK" -> Charset.forName("GBK");
            default -> null;
        };
    }

    private void detect() {
        String p = path.getText().trim();
        if (p.isEmpty() || detecting) {
            return;
        }
        Path file;
        try {
            file = Path.of(p);
        } catch (java.nio.file.InvalidPathException e) {
            Dialogs.info(this, Texts.get("meterImport.detecting"), Texts.format("meterImport.path.invalid", p));
            return;
        }
        Charset cs = charset();
        Layout forced = (Layout) ((Choices.Item) layout.getSelectedItem()).value();
        runDetection(() -> controller.detect(file, cs, forced));
    }

    /** The engineer chose a layout: the same file is detected again in that layout. */
    private void redetect() {
        if (detecting || controller.detected().isEmpty()) {
            return;
        }
        Layout forced = (Layout) ((Choices.Item) layout.getSelectedItem()).value();
        runDetection(() -> controller.redetect(forced));
    }

    private void runDetection(java.util.concurrent.Callable<MeterImportController.Detected> work) {
        checked = null;
        detecting = true;
        updateButtons();
        var task = BackgroundTask.run(this, Texts.get("meterImport.detecting"), work, d -> {
            detecting = false;
            showError(zone, null);
            showError(interval, null);
            showError(meterColumn, null);
            showDetected();
        });
        // failed: the previous detection (if any) stays, and its choices are shown again
        task.addPropertyChangeListener(e -> {
            if ("state".equals(e.getPropertyName()) && e.getNewValue() == javax.swing.SwingWorker.StateValue.DONE && isDisplayable()
                    && detecting) {
                detecting = false;
                if (controller.detected().isPresent()) {
                    showDetected();
                } else {
                    updateButtons();
                }
            }
        });
    }

    private void showDetected() {
        MeterImportController.Detected d = controller.detected().orElseThrow();
        ImportSettings s = d.settings();
        List<MeterCsv.Question> open = controller.openQuestions();
        boolean zoneAsked = open.stream().anyMatch(q -> q.option().equals("--zone"));
        updating = true;
        try {
            headerRow.setValue(s.headerRecord() + 1);
            dateOrder.setSelectedItem(s.dateOrder());
            means.setSelectedItem(s.means());
            for (int i = 0; i < layout.getItemCount(); i++) {
                if (layout.getItemAt(i).value() == d.forcedLayout()) {
                    layout.setSelectedIndex(i);
                }
            }
            meterColumn.removeAllItems();
            if (s.layout() == Layout.LONG) {
                int width = Math.max(d.header().size(), d.preview().stream().mapToInt(r -> r.length).max().orElse(0));
                for (int c = 0; c < width; c++) {
                    if (c != s.timeColumn() && c != s.timeColumn2()) {
                        Choices.Item it = new Choices.Item(c, MeterImportController.name(d, c));
                        meterColumn.addItem(it);
                        if (c == s.meterColumn()) {
                            meterColumn.setSelectedItem(it);
                        }
                    }
                }
            }
            if (s.layout() != Layout.LONG) {
                meterColumn.addItem(new Choices.Item(-1, Texts.get("meterImport.onlyLong")));
            }
            meterColumn.setEnabled(s.layout() == Layout.LONG);
            if (errorOn != zone) {
                zone.setSelectedItem(zoneAsked ? null : s.zone().getId());
            }
            if (errorOn != interval) {
                interval.setValue(d.intervalChosen() ? s.intervalMinutes() : 0);
            }
        } finally {
            updating = false;
        }
        dateOrder.putClientProperty("JComponent.outline", s.dateOrderAmbiguous() ? "warning" : null);
        if (errorOn != zone) {
            zone.putClientProperty("JComponent.outline", zoneAsked ? "warning" : null);
        }
        if (errorOn != interval) {
            interval.putClientProperty("JComponent.outline", open.stream().anyMatch(q -> q.option().equals("--interval")) ? "warning" : null);
        }
        detectedText.setText(String.format(Texts.get("meterImport.detected"),
                s.charset().name(), s.delimiter() == '\t' ? Texts.get("meterImport.tab") : String.valueOf(s.delimiter()),
                s.decimalComma() ? Texts.get("meterImport.decimalComma") : "", s.layout().label(),
                s.headerRecord() >= 0 ? Texts.format("meterImport.headerAt", s.headerRecord() + 1) : Texts.get("meterImport.noHeader"),
                s.intervalMinutes(), s.dateOrderAmbiguous() ? Texts.get("meterImport.dateOrderAmbiguous") : "", s.zone().getId(),
                d.profileApplied() ? Texts.get("meterImport.profileApplied") : ""));
        StringBuilder dec = new StringBuilder();
        d.decisions().forEach(x -> dec.append(dec.isEmpty() ? "" : "\n").append("· ").append(x));
        decisions.setText(dec.toString());
        decisions.setCaretPosition(0);
        int width = d.preview().stream().mapToInt(r -> r.length).max().orElse(0);
        Object[] cols = new Object[width];
        for (int i = 0; i < width; i++) {
            cols[i] = Texts.format("meterImport.column", i + 1);
        }
        preview.setColumnIdentifiers(cols);
        preview.setRowCount(0);
        for (String[] r : d.preview()) {
            preview.addRow(Arrays.copyOf(r, width));
        }
        mappings.reload();
        report.setText(checked == null ? Texts.get("meterImport.report.hint") : report.getText());
        showQuestions();
        updateButtons();
    }

    /** The open questions, said the dialog's way: where in the dialog each is answered. */
    private void showQuestions() {
        List<MeterCsv.Question> open = controller.openQuestions();
        if (controller.detected().isEmpty()) {
            questions.setText(Texts.get("meterImport.questions.choose"));
        } else if (open.isEmpty()) {
            questions.setText(Texts.get("meterImport.questions.none"));
        } else {
            StringBuilder sb = new StringBuilder();
            for (MeterCsv.Question q : open) {
                sb.append(sb.isEmpty() ? "" : "\n").append("⚠ ").append(question(q));
            }
            questions.setText(sb.toString());
        }
        questions.setCaretPosition(0);
    }

    /** A detection question with the command-line hint replaced by where to answer it here. */
    static String question(MeterCsv.Question q) {
        String m = q.message();
        int cut = m.indexOf("请用 --");
        String what = cut > 0 ? m.substring(0, cut) : m;
        return switch (q.option()) {
            case "--unit" -> Texts.format("meterImport.question.unit", what);
            case "--date-order" -> Texts.format("meterImport.question.dateOrder", what);
            case "--zone" -> Texts.format("meterImport.question.zone", what);
            case "--interval" -> Texts.format("meterImport.question.interval", what);
            default -> m;
        };
    }

    private void check() {
        if (!controller.openQuestions().isEmpty() || detecting) {
            return;
        }
        MeterImportController.Detected at = controller.detected().orElseThrow();
        BackgroundTask.runMonitored(this, Texts.get("meterImport.checking"), controller::check, c -> {
            if (controller.detected().orElse(null) != at) {
                return; // the settings changed while it ran: check again
            }
            checked = c;
            report.setText(describe(c));
            report.setCaretPosition(0);
            updateButtons();
        });
    }

    static String describe(MeterImportController.Checked c) {
        ImportReport r = c.result().report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Texts.get("meterImport.summary"), r.rowsRead(), r.valuesAccepted(),
                c.dryRun().newValues(), c.dryRun().existingValues(), r.problemCount()));
        c.dryRun().sameContentImported().ifPresent(i -> sb.append(Texts.format("meterImport.sameContent",
                ProjectTableModel.TIME.format(i.createdAt()))).append('\n'));
        for (ImportReport.MeterStats m : r.meters()) {
            boolean demand = m.kind() == org.energydiag.core.meter.ValueKind.DEMAND; // statistics: no energy, no total
            String amount = demand ? String.format(Texts.get("meterImport.demandHighest"), m.maxDemandKw(), m.unit())
                    : String.format(Texts.get("meterImport.total"), m.total(), m.unit());
            sb.append(String.format(Texts.get("meterImport.meterLine"),
                    m.name(), m.kind().label(), m.values(), m.first(), m.last(), amount, m.gaps(), m.longestGapIntervals(),
                    m.longestGapStart() == null ? "" : Texts.format("meterImport.gapFrom", m.longestGapStart()), m.duplicatesIdentical() + m.duplicatesConflicting(),
                    m.duplicatesConflicting(), m.negatives(), m.resets(), m.rollovers(), m.outliers(),
                    demand || Double.isNaN(m.maxDemandKw()) ? "" : String.format(Texts.get("meterImport.maxDemand"), m.maxDemandKw())));
        }
        c.dryRun().meters().stream().filter(MeterStore.MeterCount::intervalConflict).forEach(m -> sb.append(Texts.format("meterImport.intervalConflict",
                m.name())).append('\n'));
        r.problems().stream().limit(30).forEach(p -> sb.append(String.format(Texts.get("meterImport.problemLine"), p.line(),
                p.column() > 0 ? Texts.format("meterImport.problemColumn", p.column()) : "", p.content(), p.message())));
        if (r.problemCount() > 30) {
            sb.append(Texts.get("meterImport.moreProblems")).append('\n');
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
        var task = BackgroundTask.runMonitored(this, Texts.get("meterImport.title"), m -> controller.commit(c, on, m), rec -> {
            Dialogs.info(this, Texts.get("meterImport.title"), Texts.format("meterImport.done", rec.meters(), rec.values()));
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
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.METER_REPORT);
        fc.setSelectedFile(new java.io.File(Texts.get("meterImport.reportFile")));
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path t = fc.getSelectedFile().toPath();
        String csv = checked.result().report().toCsv();
        BackgroundTask.run(this, Texts.get("meterImport.exporting"), () -> {
            ProjectFile.writeAtomically(t, csv.getBytes(StandardCharsets.UTF_8));
            return t;
        }, x -> ExportDone.show(this, Texts.get("meterImport.exporting"), Texts.format("meterImport.exported", x.getFileName()), x));
    }

    private void updateButtons() {
        List<MeterCsv.Question> open = controller.openQuestions();
        boolean ready = controller.detected().isPresent() && !detecting && open.isEmpty();
        check.setEnabled(ready);
        commit.setEnabled(ready && checked != null && !checked.result().series().isEmpty()
                && checked.dryRun().meters().stream().noneMatch(MeterStore.MeterCount::intervalConflict));
        exportReport.setEnabled(checked != null);
        String reason;
        if (controller.detected().isEmpty()) {
            reason = detecting ? Texts.get("meterImport.reason.detecting") : Texts.get("meterImport.reason.noFile");
        } else if (detecting) {
            reason = Texts.get("meterImport.reason.detecting");
        } else if (!open.isEmpty()) {
            reason = Texts.format("meterImport.reason.questions", open.size(),
                    String.join(Texts.get("meterImport.topicSeparator"), open.stream().map(q -> topic(q.option())).toList()));
        } else if (checked != null && checked.result().series().isEmpty() && !checked.result().report().meters().isEmpty()
                && checked.result().report().meters().stream().allMatch(m -> m.kind() == org.energydiag.core.meter.ValueKind.DEMAND)) {
            reason = Texts.get("meterImport.reason.demandOnly"); // statistics of power: reported above, nothing to store as energy
        } else {
            reason = " ";
        }
        blocked.setText(reason);
    }

    private static String topic(String option) {
        return switch (option) {
            case "--unit" -> Texts.get("meterImport.topic.unit");
            case "--date-order" -> Texts.get("meterImport.topic.dateOrder");
            case "--zone" -> Texts.get("meterImport.topic.zone");
            case "--interval" -> Texts.get("meterImport.topic.interval");
            default -> option;
        };
    }

    /** The unit cell: an unknown unit is asked for, in the warning colour. */
    private final class UnitRenderer extends javax.swing.table.DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v instanceof MeterUnit u ? u.symbol() : Texts.get("meterImport.chooseUnit"), sel, focus, row, col);
            if (v == null && !sel) {
                setForeground(Theme.color(Theme.WARNING));
            } else if (!sel) {
                setForeground(t.getForeground());
            }
            return this;
        }
    }

    /**
     * The column mappings, editable. A day-points table has one mapping per point column, all
     * of one meter: they are shown, and changed, as one row.
     */
    private final class MappingModel extends AbstractTableModel implements SheetTable.BlockModel {
        private static final long serialVersionUID = 1L;
        private final String[] cols = {Texts.get("meterImport.col.include"), Texts.get("meterImport.col.column"),
            Texts.get("meterImport.col.name"), Texts.get("meterImport.col.unit"), Texts.get("meterImport.col.kind"),
            Texts.get("meterImport.col.carrier"), Texts.get("meterImport.col.multiplier")};
        /** Per row, the indexes of its mappings in the settings' columns; a snapshot taken on the event thread. */
        private List<int[]> rows = List.of();
        private List<ColumnMapping> all = List.of();

        void reload() {
            ImportSettings s = controller.detected().map(MeterImportController.Detected::settings).orElse(null);
            all = s == null ? List.of() : s.columns();
            List<int[]> r = new ArrayList<>();
            if (s != null && s.layout() == Layout.DAY_POINTS) {
                java.util.Map<String, List<Integer>> byName = new java.util.LinkedHashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    byName.computeIfAbsent(all.get(i).meterName(), k -> new ArrayList<>()).add(i);
                }
                byName.values().forEach(l -> r.add(l.stream().mapToInt(Integer::intValue).toArray()));
            } else {
                for (int i = 0; i < all.size(); i++) {
                    r.add(new int[] {i});
                }
            }
            boolean sameRows = r.size() == rows.size();
            rows = r;
            if (sameRows && !r.isEmpty()) {
                fireTableRowsUpdated(0, r.size() - 1); // the selected cell stays selected after an edit
            } else {
                fireTableDataChanged();
            }
        }

        @Override
        public int getRowCount() {
            return rows.size();
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
                case 6 -> Double.class;
                default -> Object.class;
            };
        }

        @Override
        public boolean isCellEditable(int r, int c) {
            return c != 1 && !detecting;
        }

        @Override
        public Object getValueAt(int r, int c) {
            int[] idx = rows.get(r);
            ColumnMapping m = all.get(idx[0]);
            return switch (c) {
                case 0 -> m.include();
                case 1 -> idx.length == 1 ? String.valueOf(m.column() + 1)
                        : (m.column() + 1) + "–" + (all.get(idx[idx.length - 1]).column() + 1) + Texts.format("meterImport.points", idx.length);
                case 2 -> m.meterName();
                case 3 -> m.unit();
                case 4 -> m.kind();
                case 5 -> CarrierId.text(m.carrierId());
                default -> m.multiplier();
            };
        }

        @Override
        public void setValueAt(Object v, int r, int c) {
            if (controller.detected().isEmpty() || detecting) {
                return;
            }
            ImportSettings s = controller.detected().get().settings();
            List<ColumnMapping> list = new ArrayList<>(s.columns());
            set(list, s, r, c, v);
            adjust(x -> x.withColumns(list));
        }

        @Override
        public boolean canAddRows() {
            return false; // the rows are the file's columns
        }

        /** A pasted or cleared block: one change of the settings; a cell its column refuses is returned. */
        @Override
        public List<SheetTable.Cell> setCells(List<SheetTable.Cell> cells) {
            if (controller.detected().isEmpty() || detecting) {
                return cells;
            }
            ImportSettings s = controller.detected().get().settings();
            List<ColumnMapping> list = new ArrayList<>(s.columns());
            List<SheetTable.Cell> bad = new ArrayList<>();
            for (SheetTable.Cell cell : cells) {
                if (cell.row() >= rows.size() || !isCellEditable(cell.row(), cell.col())) {
                    bad.add(cell);
                    continue;
                }
                List<ColumnMapping> tried = new ArrayList<>(list);
                try {
                    set(tried, s, cell.row(), cell.col(), cell.value());
                    list.clear();
                    list.addAll(tried);
                } catch (RuntimeException e) {
                    bad.add(cell);
                }
            }
            if (!list.equals(s.columns())) {
                adjust(x -> x.withColumns(list));
            }
            return bad;
        }

        /** Writes the value of cell (r, c) into the mappings of row {@code r} in {@code list}. */
        private void set(List<ColumnMapping> list, ImportSettings s, int r, int c, Object v) {
            for (int i : rows.get(r)) {
                ColumnMapping m = list.get(i);
                list.set(i, switch (c) {
                    case 0 -> m.withInclude((Boolean) v);
                    case 2 -> m.withName(String.valueOf(v).trim());
                    // the kind follows the unit as on the command line (kW → 平均功率), unless it is a register or demand
                    case 3 -> v == null ? m.withUnit(null)
                            : s.withColumns(List.of(m)).withUnitFor(m.meterName(), (MeterUnit) v).columns().get(0);
                    case 4 -> m.withKind((ValueKind) v);
                    case 5 -> m.withCarrier(v == null ? null : CarrierId.of(String.valueOf(v)));
                    default -> m.withMultiplier(v == null ? 1.0 : (Double) v);
                });
            }
        }
    }
}
