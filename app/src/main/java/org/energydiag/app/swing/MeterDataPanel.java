package org.energydiag.app.swing;

import org.energydiag.core.reference.CarrierId;
import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.MeterImportController;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.MeterCharts;
import org.energydiag.app.text.Texts;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.meter.ImportSettingsJson;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.jfree.chart.ChartPanel;

/**
 * 电表数据 (in the energy step): the imported meters, their load curve, typical days, heatmap and
 * time-of-use split, the load indicators, the imports with their reports, and offering a meter's
 * year of electricity to the consumption table.
 */
final class MeterDataPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient MeterStore store;
    private final transient List<TouSchedule> schedules;
    private final DefaultTableModel meters = Choices.readOnly(new Object[] {
            Texts.get("meterData.meters.name"), Texts.get("meterData.meters.unit"), Texts.get("meterData.meters.interval"),
            Texts.get("meterData.meters.first"), Texts.get("meterData.meters.last"), Texts.get("meterData.column.values")});
    private final JTable meterTable = new JTable(meters);
    private final JComboBox<Object> schedule = new JComboBox<>();
    private final javax.swing.JTextArea indicators = ScrollablePanel.wrappingText();
    private final ChartPanel curve = new ChartPanel(null, true, true, false, true, true);
    private final ChartPanel typical = new ChartPanel(null, false, false, false, false, false);
    private final ChartPanel heat = new ChartPanel(null, false, false, false, false, false);
    private final ChartPanel tou = new ChartPanel(null, false, false, false, false, false);
    private final DefaultTableModel monthly = Choices.readOnly(new Object[] {
            Texts.get("meterData.monthly.month"), Texts.get("meterData.monthly.amount")});
    private final DefaultTableModel imports = Choices.readOnly(new Object[] {
            Texts.get("meterData.imports.time"), Texts.get("meterData.imports.files"),
            Texts.get("meterData.imports.meters"), Texts.get("meterData.column.values")});
    private transient List<MeterStore.ImportRecord> importRecords = List.of();
    private transient MeterSeries current;
    private transient MeterSeries currentReactive;
    private transient LoadAnalysis analysis;

    /** The first item of {@link #reactive}: no reactive meter. */
    private final String noReactive = Texts.get("meterData.noReactive");
    private final JComboBox<String> reactive = new JComboBox<>();
    private boolean filling;

    MeterDataPanel(ProjectSession session, MeterStore store, List<TouSchedule> schedules) {
        super(new BorderLayout());
        this.session = session;
        this.store = store;
        this.schedules = schedules;
        setName("meter.panel");
        JButton importButton = new JButton(Texts.get("meterData.import"));
        importButton.setName("meter.import");
        importButton.addActionListener(e -> new MeterImportDialog(SwingUtilities.getWindowAncestor(this),
                new MeterImportController(store, session.project().id()), this::reload, session.reference().carriers()).setVisible(true));
        JButton delete = new JButton(Texts.get("meterData.delete"));
        delete.addActionListener(e -> deleteSelected());
        JButton toConsumption = new JButton(Texts.get("meterData.toConsumption"));
        toConsumption.setName("meter.toConsumption");
        toConsumption.addActionListener(e -> offerToConsumption());
        schedule.setName("meter.schedule");
        schedule.addItem(Texts.get("meterData.noSchedule"));
        String province = session.project().enterprise().province() == null ? "" : session.project().enterprise().province().display();
        schedules.forEach(schedule::addItem);
        // the same rule as the diagnosis's load analysis (References.touFor), so screen and plan agree
        org.energydiag.core.evaluation.References.touFor(schedules, province).ifPresent(schedule::setSelectedItem);
        schedule.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof TouSchedule t ? Texts.format("meterData.scheduleItem", t.name(), t.trust()) : v, i, s, f);
            }
        });
        schedule.addActionListener(e -> analyse());
        meterTable.setName("meter.list");
        meterTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        meterTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                loadSelected();
            }
        });
        JTable importTable = new JTable(imports);
        importTable.setName("meter.imports");
        JButton exportReport = new JButton(Texts.get("meterData.exportReport"));
        exportReport.addActionListener(e -> {
            int r = importTable.getSelectedRow();
            if (r >= 0) {
                String csv = ImportSettingsJson.report(importRecords.get(r).reportJson()).toCsv();
                exportCsv(csv);
            }
        });

        JPanel left = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][][][100lp:140lp:][]"));
        left.add(PlanEdits.buttons(importButton, delete, toConsumption), "growx");
        left.add(new JScrollPane(meterTable));
        left.add(new javax.swing.JLabel(Texts.get("meterData.schedule")), "split 2, growx 0");
        left.add(schedule);
        reactive.setName("meter.reactive");
        reactive.addActionListener(e -> {
            if (!filling) {
                loadSelected();
            }
        });
        left.add(new javax.swing.JLabel(Texts.get("meterData.reactive")), "split 2, growx 0");
        left.add(reactive);
        left.add(new javax.swing.JLabel(Texts.get("meterData.imports")));
        left.add(new JScrollPane(importTable));
        left.add(exportReport, "growx 0");

        JTabbedPane charts = new JTabbedPane();
        // charts keep a legible size; below it the page scrolls instead of squeezing them (to ~90 px at 1024×700 before)
        for (ChartPanel c : List.of(curve, typical, heat, tou)) {
            c.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(320), com.formdev.flatlaf.util.UIScale.scale(260)));
            c.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(640), com.formdev.flatlaf.util.UIScale.scale(400)));
        }
        curve.setName("meter.loadCurve");
        curve.setMouseWheelEnabled(true);
        charts.addTab(Texts.get("meterData.tab.curve"), curve);
        charts.addTab(Texts.get("meterData.tab.typical"), typical);
        charts.addTab(Texts.get("meterData.tab.heatmap"), heat);
        charts.addTab(Texts.get("meterData.tab.tou"), tou);
        JTable monthTable = new JTable(monthly);
        charts.addTab(Texts.get("meterData.tab.monthly"), new JScrollPane(monthTable));
        indicators.setName("meter.indicators");
        JPanel right = new JPanel(new BorderLayout());
        right.add(charts, BorderLayout.CENTER);
        right.add(indicators, BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(0.3);
        left.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(440), 10));
        add(split, BorderLayout.CENTER);
        indicators.setText(Texts.get("meterData.empty"));
    }

    /** Reloads the meter list and imports (in the background). */
    void reload() {
        String id = session.project().id();
        BackgroundTask.run(this, Texts.get("meterData.task.read"), () -> new Object[] {store.meters(id), store.imports(id)}, r -> {
            @SuppressWarnings("unchecked")
            List<MeterStore.MeterInfo> list = (List<MeterStore.MeterInfo>) r[0];
            @SuppressWarnings("unchecked")
            List<MeterStore.ImportRecord> imp = (List<MeterStore.ImportRecord>) r[1];
            String selected = meterTable.getSelectedRow() >= 0 ? (String) meters.getValueAt(meterTable.getSelectedRow(), 0) : null;
            meters.setRowCount(0);
            filling = true;
            Object keep = reactive.getSelectedItem();
            reactive.removeAllItems();
            reactive.addItem(noReactive);
            list.stream().filter(m -> "kvarh".equals(m.unit())).forEach(m -> reactive.addItem(m.name()));
            reactive.setSelectedItem(keep != null ? keep : noReactive);
            filling = false;
            for (MeterStore.MeterInfo m : list) {
                meters.addRow(new Object[] {m.name(), m.unit(), m.intervalMinutes(), MeterSeriesTimes.of(m.firstStart()),
                    MeterSeriesTimes.of(m.lastStart()), m.values()});
            }
            importRecords = imp;
            imports.setRowCount(0);
            for (MeterStore.ImportRecord i : imp) {
                imports.addRow(new Object[] {ProjectTableModel.TIME.format(i.createdAt()), String.join("、", i.files()), i.meters(), i.values()});
            }
            int row = 0;
            for (int i = 0; i < meters.getRowCount(); i++) {
                if (meters.getValueAt(i, 0).equals(selected)) {
                    row = i;
                }
            }
            if (meters.getRowCount() > 0) {
                meterTable.setRowSelectionInterval(row, row);
            }
        });
    }

    private String selectedName() {
        int r = meterTable.getSelectedRow();
        return r < 0 ? null : (String) meters.getValueAt(r, 0);
    }

    private void loadSelected() {
        String name = selectedName();
        if (name == null) {
            return;
        }
        String id = session.project().id();
        String reactiveName = reactive.getSelectedIndex() > 0 ? (String) reactive.getSelectedItem() : null;
        BackgroundTask.run(this, Texts.get("meterData.task.read"), () -> new MeterSeries[] {store.load(id, name).orElse(null),
            reactiveName == null ? null : store.load(id, reactiveName).orElse(null)}, s -> {
                current = s[0];
                currentReactive = s[1];
                analyse();
            });
    }

    private void analyse() {
        MeterSeries s = current;
        if (s == null) {
            return;
        }
        TouSchedule sch = schedule.getSelectedItem() instanceof TouSchedule t ? t : null;
        MeterSeries q = "kWh".equals(s.unit()) ? currentReactive : null;
        BackgroundTask.run(this, Texts.get("meterData.task.analyse"), () -> LoadAnalyzer.analyze(s, q, sch), a -> {
            analysis = a;
            curve.setChart(MeterCharts.loadCurve(s));
            typical.setChart(MeterCharts.typicalDays(a));
            heat.setChart(MeterCharts.heatmap(a));
            tou.setChart(MeterCharts.touShares(a));
            monthly.setRowCount(0);
            a.monthlyTotals().forEach((ym, v) -> monthly.addRow(new Object[] {ym.toString(), Choices.num(v, 2) + " " + s.unit()}));
            indicators.setText(describe(s, a));
        });
    }

    static String describe(MeterSeries s, LoadAnalysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.format("meterData.describe.total", s.name(), Choices.num(a.totalEnergy(), 2), s.unit()));
        sb.append(Texts.format("meterData.describe.intervals", a.intervalsPresent(), a.intervalsExpected()));
        if ("kWh".equals(s.unit())) {
            sb.append(Texts.format("meterData.describe.maxDemand", Choices.num(a.maxDemandKw(), 1)));
            if (a.maxDemandAt() != null) {
                sb.append(Texts.format("meterData.describe.maxDemandAt", a.maxDemandAt()));
            }
            sb.append(Texts.format("meterData.describe.load", Choices.num(a.averageKw(), 1), Choices.num(a.loadFactor() * 100, 1),
                    Choices.num(a.nightBaseLoadKw(), 1), Choices.num(a.nightBaseLoadShare() * 100, 1)));
            if (a.touSchedule() != null) {
                sb.append(Texts.format("meterData.describe.tou", a.touSchedule().name()));
                for (TouPeriod p : TouPeriod.values()) {
                    Double share = a.touShare().get(p);
                    if (share != null && share > 0) {
                        sb.append(p.label()).append(' ').append(Choices.num(share * 100, 1)).append("%  ");
                    }
                }
                sb.append(Texts.format("meterData.describe.peakShare", Choices.num(a.peakShare() * 100, 1)));
            }
            if (!Double.isNaN(a.powerFactor())) {
                sb.append(Texts.format("meterData.describe.powerFactor", Choices.num(a.powerFactor(), 3)));
            }
        }
        return sb.toString();
    }

    private void deleteSelected() {
        String name = selectedName();
        if (name == null || JOptionPane.showConfirmDialog(this, Texts.format("meterData.delete.confirm", name), Texts.get("meterData.delete.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        String id = session.project().id();
        BackgroundTask.run(this, Texts.get("meterData.delete.title"), () -> {
            store.deleteMeter(id, name);
            return name;
        }, n -> reload());
    }

    /** Offers the selected meter's electricity of the base year to the consumption table. */
    private void offerToConsumption() {
        MeterSeries s = current;
        LoadAnalysis a = analysis;
        if (s == null || a == null || !"kWh".equals(s.unit())) {
            Dialogs.info(this, Texts.get("meterData.toConsumption.title"), Texts.get("meterData.toConsumption.noMeter"));
            return;
        }
        int year = session.project().energy().baseYear();
        double kwh = 0;
        int days = 0;
        for (Map.Entry<java.time.LocalDate, Double> e : a.dailyTotals().entrySet()) {
            if (e.getKey().getYear() == year) {
                kwh += e.getValue();
                days++;
            }
        }
        if (days == 0) {
            Dialogs.info(this, Texts.get("meterData.toConsumption.title"), Texts.format("meterData.toConsumption.noYear", s.name(), year));
            return;
        }
        BigDecimal wan = BigDecimal.valueOf(kwh / 10000.0).setScale(4, RoundingMode.HALF_UP);
        String note = Texts.format("meterData.toConsumption.note", s.name(), days);
        boolean replaces = session.project().energy().consumption().stream().anyMatch(r -> r.year() == year
                && CarrierId.ELECTRICITY.equals(r.carrierId()) && r.kind() == SupplyKind.PURCHASED);
        String msg = String.format(Texts.get("meterData.toConsumption.confirm"), s.name(), year,
                wan.toPlainString(), days, days < 365 ? Texts.get("meterData.toConsumption.partYear") : "",
                replaces ? Texts.get("meterData.toConsumption.replaces") : "");
        if (JOptionPane.showConfirmDialog(this, msg, Texts.get("meterData.toConsumption.title"), JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        session.edit(Texts.get("meterData.edit.toConsumption"), null, p -> {
            List<ConsumptionRecord> rows = new ArrayList<>();
            boolean done = false;
            for (ConsumptionRecord r : p.energy().consumption()) {
                if (!done && r.year() == year && CarrierId.ELECTRICITY.equals(r.carrierId()) && r.kind() == SupplyKind.PURCHASED) {
                    rows.add(new ConsumptionRecord(year, CarrierId.of("ELECTRICITY"), SupplyKind.PURCHASED, wan, "万kWh", r.costWanYuan(), note));
                    done = true;
                } else {
                    rows.add(r);
                }
            }
            if (!done) {
                rows.add(new ConsumptionRecord(year, CarrierId.of("ELECTRICITY"), SupplyKind.PURCHASED, wan, "万kWh", null, note));
            }
            return p.withEnergy(p.energy().withConsumption(rows), p.updatedAt());
        });
    }

    private void exportCsv(String csv) {
        javax.swing.JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.METER_REPORT);
        fc.setSelectedFile(new java.io.File(Texts.get("meterData.report.fileName")));
        if (fc.showSaveDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return;
        }
        java.nio.file.Path t = fc.getSelectedFile().toPath();
        BackgroundTask.run(this, Texts.get("meterData.report.title"), () -> {
            org.energydiag.core.io.ProjectFile.writeAtomically(t, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return t;
        }, x -> ExportDone.show(this, Texts.get("meterData.report.title"), Texts.format("meterData.report.done", x.getFileName()), x));
    }

    /** Formats stored times for the meter list. */
    static final class MeterSeriesTimes {
        private MeterSeriesTimes() {
        }

        static String of(long epoch) {
            return epoch == 0 ? "" : LocalDateTime.ofEpochSecond(epoch, 0, java.time.ZoneOffset.UTC).toString().replace('T', ' ');
        }
    }
}
