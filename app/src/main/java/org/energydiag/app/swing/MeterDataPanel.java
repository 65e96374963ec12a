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
import org.energydiag.core.meter.analysis.TouCalendar;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.meter.analysis.TouPrices;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.meter.analysis.TouSplit;
import org.jfree.chart.ChartPanel;

/**
 * 电表数据 (in the energy step): the imported meters, their load curve, typical days, heatmap and
 * time-of-use split (each interval with the province's schedule in force on its date, priced with its ratios; with
 * the flat price the engineer gives, the cost and the saving of moving load from peak to valley), the load
 * indicators, the imports with their reports, and offering a meter's year of electricity to the consumption table.
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
    /** The class of users whose price ratios apply (江苏: 两部制 …); the first item: the documents' default. */
    private final JComboBox<String> priceClass = new JComboBox<>();
    /** 平段电价 (yuan/kWh) as the document defines it, given by the engineer; blank: no cost in yuan. */
    private final javax.swing.JTextField basePrice = new javax.swing.JTextField(6);
    /** kWh a year moved from 高峰 to 低谷; blank: no shift saving. */
    private final javax.swing.JTextField shiftKwh = new javax.swing.JTextField(8);
    private final javax.swing.JLabel basePriceMessage = new javax.swing.JLabel(" ");
    private final javax.swing.JLabel shiftKwhMessage = new javax.swing.JLabel(" ");
    private final javax.swing.JTextArea indicators = ScrollablePanel.wrappingText();
    /** Under the TOU chart: the documents used, the price ratios, the cost split, the cost and the shift saving. */
    private final javax.swing.JTextArea touDetails = ScrollablePanel.wrappingText();
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

    MeterDataPanel(ProjectSession session, Binder binder, MeterStore store, List<TouSchedule> schedules) {
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
        // one item per province: its schedules, each applied on the dates it is in force
        TouCalendar.byProvince(schedules).forEach(schedule::addItem);
        // the same rule as the diagnosis's load analysis (References.touFor), so screen and plan agree
        org.energydiag.core.evaluation.References.touFor(schedules, province).ifPresent(c -> {
            for (int i = 0; i < schedule.getItemCount(); i++) {
                if (schedule.getItemAt(i) instanceof TouCalendar t && t.province().equals(c.province())) {
                    schedule.setSelectedIndex(i);
                }
            }
        });
        schedule.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof TouCalendar t ? scheduleItem(t) : v, i, s, f);
            }
        });
        schedule.addActionListener(e -> {
            fillPriceClasses();
            analyse();
        });
        priceClass.setName("meter.priceClass");
        fillPriceClasses();
        // the class of users, the flat price and the kWh to shift belong to the project (energy.tariff): the
        // diagnosis, the plan and `balance` price the split with them as this tab does
        priceClass.addActionListener(e -> {
            if (!filling) {
                String v = priceClass.getSelectedIndex() > 0 ? (String) priceClass.getSelectedItem() : "";
                if (!v.equals(session.project().energy().tariff().priceClass())) {
                    binder.editProject(Texts.format("common.edit", Texts.get("meterData.priceClass")), null,
                            p -> withTariff(p, p.energy().tariff().withPriceClass(v)));
                }
                analyse();
            }
        });
        binder.addRefresher(this::selectStoredPriceClass);
        binder.projectNumber(basePrice, "energy.tariff.flatPrice", Texts.get("meterData.basePrice"),
                p -> p.energy().tariff().flatPrice(), (p, v) -> withTariff(p, p.energy().tariff().withFlatPrice(v)), basePriceMessage);
        binder.projectNumber(shiftKwh, "energy.tariff.shiftKwh", Texts.get("meterData.shiftKwh"),
                p -> p.energy().tariff().shiftKwhPerYear(), (p, v) -> withTariff(p, p.energy().tariff().withShiftKwhPerYear(v)),
                shiftKwhMessage);
        basePriceMessage.setName("energy.tariff.flatPrice.message");
        shiftKwhMessage.setName("energy.tariff.shiftKwh.message");
        javax.swing.event.DocumentListener redescribe = new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                redescribe();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                redescribe();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                redescribe();
            }
        };
        basePrice.getDocument().addDocumentListener(redescribe);
        shiftKwh.getDocument().addDocumentListener(redescribe);
        meterTable.setName("meter.list");
        meterTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        meterTable.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                loadSelected();
            }
        });
        JTable importTable = new JTable(imports);
        importTable.setName("meter.imports");
        JButton exportReport = ReadOnlyLock.viewing(new JButton(Texts.get("meterData.exportReport")));
        exportReport.addActionListener(e -> {
            int r = importTable.getSelectedRow();
            if (r >= 0) {
                String csv = ImportSettingsJson.report(importRecords.get(r).reportJson()).toCsv();
                exportCsv(csv);
            }
        });

        JPanel left = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][][][][][][][100lp:140lp:][]"));
        left.add(PlanEdits.buttons(importButton, delete, toConsumption), "growx");
        left.add(new JScrollPane(meterTable));
        left.add(new javax.swing.JLabel(Texts.get("meterData.schedule")), "split 2, growx 0");
        left.add(schedule, "wmin 0");
        left.add(new javax.swing.JLabel(Texts.get("meterData.priceClass")), "split 2, growx 0");
        left.add(priceClass, "wmin 0");
        basePrice.setToolTipText(Texts.get("meterData.basePrice.tooltip"));
        shiftKwh.setToolTipText(Texts.get("meterData.shiftKwh.tooltip"));
        left.add(new javax.swing.JLabel(Texts.get("meterData.basePrice")), "split 2, growx 0");
        left.add(basePrice, "growx 0, w 80lp:100lp");
        left.add(new javax.swing.JLabel(Texts.get("meterData.shiftKwh")), "split 2, growx 0");
        left.add(shiftKwh, "growx 0, w 100lp:120lp");
        left.add(basePriceMessage, "split 2, wmin 0");
        left.add(shiftKwhMessage, "wmin 0");
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
        charts.setName("meter.charts");
        // charts keep a legible size; below it the page scrolls instead of squeezing them (to ~90 px at 1024×700 before)
        for (ChartPanel c : List.of(curve, typical, heat, tou)) {
            c.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(320), com.formdev.flatlaf.util.UIScale.scale(260)));
            c.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(640), com.formdev.flatlaf.util.UIScale.scale(400)));
        }
        curve.setName("meter.loadCurve");
        tou.setName("meter.tou");
        curve.setMouseWheelEnabled(true);
        charts.addTab(Texts.get("meterData.tab.curve"), curve);
        charts.addTab(Texts.get("meterData.tab.typical"), typical);
        charts.addTab(Texts.get("meterData.tab.heatmap"), heat);
        touDetails.setName("meter.touDetails");
        // the pie and its details share the tab about evenly; the details scroll
        tou.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(320), com.formdev.flatlaf.util.UIScale.scale(180)));
        tou.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(640), com.formdev.flatlaf.util.UIScale.scale(240)));
        JScrollPane touText = new JScrollPane(touDetails);
        touText.setPreferredSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(640), com.formdev.flatlaf.util.UIScale.scale(200)));
        touText.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(200), com.formdev.flatlaf.util.UIScale.scale(80)));
        JSplitPane touTab = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tou, touText);
        touTab.setResizeWeight(0.5);
        charts.addTab(Texts.get("meterData.tab.tou"), touTab);
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
        TouCalendar sch = schedule.getSelectedItem() instanceof TouCalendar t ? t : null;
        String option = priceClass.getSelectedIndex() > 0 ? (String) priceClass.getSelectedItem() : "";
        MeterSeries q = "kWh".equals(s.unit()) ? currentReactive : null;
        BackgroundTask.run(this, Texts.get("meterData.task.analyse"), () -> LoadAnalyzer.analyze(s, q, sch, option), a -> {
            analysis = a;
            curve.setChart(MeterCharts.loadCurve(s));
            typical.setChart(MeterCharts.typicalDays(a));
            heat.setChart(MeterCharts.heatmap(a));
            tou.setChart(MeterCharts.touShares(a));
            monthly.setRowCount(0);
            a.monthlyTotals().forEach((ym, v) -> monthly.addRow(new Object[] {ym.toString(), Choices.num(v, 2) + " " + s.unit()}));
            indicators.setText(describe(s, a));
            touDetails.setText(touDetails(a, number(basePrice), number(shiftKwh)));
            touDetails.setCaretPosition(0);
        });
    }

    /** The TOU details again after the flat price or the shifted energy changed (no new analysis needed). */
    private void redescribe() {
        if (current != null && analysis != null) {
            touDetails.setText(touDetails(analysis, number(basePrice), number(shiftKwh)));
        }
    }

    /** The positive number typed in {@code f}, else {@code null} (blank or not a number). */
    private static Double number(javax.swing.JTextField f) {
        java.math.BigDecimal v = Binder.parseDecimal(f.getText());
        return v == null || v.signum() <= 0 ? null : v.doubleValue();
    }

    private void fillPriceClasses() {
        filling = true;
        priceClass.removeAllItems();
        priceClass.addItem(Texts.get("meterData.priceClass.default"));
        if (schedule.getSelectedItem() instanceof TouCalendar c) {
            c.priceOptions().forEach(priceClass::addItem);
        }
        priceClass.setEnabled(priceClass.getItemCount() > 1);
        filling = false;
        selectStoredPriceClass();
    }

    /** Shows the project's class of users (the documents' default when none is stored or this schedule lacks it). */
    private void selectStoredPriceClass() {
        String stored = session.project().energy().tariff().priceClass();
        int index = 0;
        for (int i = 1; i < priceClass.getItemCount(); i++) {
            if (priceClass.getItemAt(i).equals(stored)) {
                index = i;
            }
        }
        if (priceClass.getSelectedIndex() != index && priceClass.getItemCount() > 0) {
            filling = true;
            priceClass.setSelectedIndex(index);
            filling = false;
        }
    }

    private static org.energydiag.core.project.DiagnosisProject withTariff(org.energydiag.core.project.DiagnosisProject p,
                                                                         org.energydiag.core.energy.ElectricityTariff t) {
        return p.withEnergy(p.energy().withTariff(t), p.updatedAt());
    }

    /** e.g. "浙江省：浙发改价格〔2024〕21号（执行至2026-06-30）、…（可信度 low、low-medium）". */
    static String scheduleItem(TouCalendar c) {
        return Texts.format("meterData.scheduleItem", c.label(),
                String.join("、", c.schedules().stream().map(TouSchedule::trust).distinct().toList()));
    }

    /** The indicators under the charts: load figures and, with a time-of-use split, its documents and shares. */
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
            if (a.tou() != null) {
                TouSplit t = a.tou();
                sb.append(Texts.format("meterData.describe.tou", t.parts().isEmpty() ? t.calendar().label() : t.citations()));
                for (TouPeriod p : TouPeriod.values()) {
                    Double share = t.share().get(p);
                    if (share != null && share > 0) {
                        sb.append(p.label()).append(' ').append(Choices.num(share * 100, 1)).append("%  ");
                    }
                }
                sb.append(Texts.format("meterData.describe.peakShare", Choices.num(t.peakShare() * 100, 1)));
            }
            if (!Double.isNaN(a.powerFactor())) {
                sb.append(Texts.format("meterData.describe.powerFactor", Choices.num(a.powerFactor(), 3)));
            }
        }
        return sb.toString();
    }

    /**
     * The time-of-use details under the TOU chart: each document used with its dates, the part of the data it covered
     * and its price ratios; the dates no document covered; the energy and cost split; and — with the flat price
     * {@code basePrice} — the cost in yuan and the saving of moving {@code shiftKwh} a year from 高峰 to 低谷.
     */
    static String touDetails(LoadAnalysis a, Double basePrice, Double shiftKwh) {
        if (a.tou() == null) {
            return Texts.get("meterData.touDetails.none");
        }
        if (!a.hasData()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        describeTou(sb, a.tou(), basePrice, shiftKwh);
        return sb.toString().strip();
    }

    private static void describeTou(StringBuilder sb, TouSplit t, Double basePrice, Double shiftKwh) {
        sb.append(Texts.format("meterData.describe.touCalendar", t.calendar().label()));
        for (TouSplit.Part p : t.parts()) {
            sb.append(Texts.format("meterData.describe.touPart", p.first().toString(), p.last().toString(),
                    p.schedule().citationWithValidity(), p.schedule().trust(), Choices.num(p.total(), 2)));
            if (p.prices() == null) {
                sb.append(Texts.get("meterData.describe.touNoPrices"));
            } else {
                sb.append(Texts.format("meterData.describe.touPrices", prices(p.prices())));
            }
            TouSplit.DeepValley dv = p.deepValley();
            if (dv != null) {
                sb.append(Texts.format("meterData.describe.touDeepValley", dv.reason(), dv.rule().trust()));
                if (dv.applicability() == org.energydiag.core.meter.analysis.DeepValleyRule.Applicability.CLASS_NOT_CHOSEN) {
                    sb.append(Texts.get("meterData.describe.touDeepValleyChoose"));
                }
            }
        }
        if (t.uncoveredEnergy() > 0) {
            sb.append(Texts.format("meterData.describe.touUncovered", t.uncoveredFirst().toString(), t.uncoveredLast().toString(),
                    Choices.num(t.uncoveredEnergy(), 2)));
        }
        sb.append(Texts.get("meterData.describe.touShares"));
        for (TouPeriod p : TouPeriod.values()) {
            Double share = t.share().get(p);
            if (share != null && share > 0) {
                sb.append(p.label()).append(' ').append(Choices.num(share * 100, 1)).append("%  ");
            }
        }
        sb.append(Texts.format("meterData.describe.peakShare", Choices.num(t.peakShare() * 100, 1)));
        if (t.pricedTotal() <= 0) {
            sb.append(Texts.get("meterData.describe.touNoCost"));
            return;
        }
        sb.append(Texts.get("meterData.describe.touCostShares"));
        for (TouPeriod p : TouPeriod.values()) {
            Double share = t.costShare().get(p);
            if (share != null && share > 0) {
                sb.append(p.label()).append(' ').append(Choices.num(share * 100, 1)).append("%  ");
            }
        }
        sb.append(Texts.format("meterData.describe.touAverage", Choices.num(t.averagePriceFactor(), 3),
                Choices.num(t.pricedTotal() / t.coveredEnergy() * 100, 1)));
        if (basePrice == null) {
            sb.append(Texts.get("meterData.describe.touNoBasePrice"));
            return;
        }
        TouSplit.Cost c = t.cost(basePrice);
        sb.append(Texts.format("meterData.describe.touCost", plain(basePrice), Choices.num(c.total(), 2),
                Choices.num(c.averagePrice(), 4)));
        for (TouPeriod p : TouPeriod.values()) {
            double y = c.yuan().getOrDefault(p, 0.0);
            if (y > 0) {
                sb.append(p.label()).append(' ').append(Choices.num(y, 2)).append(Texts.get("meterData.describe.yuan")).append("  ");
            }
        }
        if (shiftKwh != null) {
            TouSplit.ShiftSaving v = t.shift(shiftKwh, basePrice, TouPeriod.PEAK, TouPeriod.VALLEY);
            sb.append(Double.isNaN(v.yuanPerYear()) ? Texts.get("meterData.describe.touNoShift")
                    : Texts.format("meterData.describe.touShift", Choices.num(shiftKwh, 0), Choices.num(v.fromFactor(), 3),
                    Choices.num(v.toFactor(), 3), plain(basePrice), Choices.num(v.yuanPerYear(), 2)));
        }
    }

    /** A ratio or price as typed: no trailing zeros (1.8, 0.3056). */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A schedule's price ratios for the indicators, e.g. "两部制用户：峰 ×1.8、谷 ×0.35（平段电价：…；可信度 medium）". */
    static String prices(TouPrices p) {
        List<String> parts = new ArrayList<>();
        for (TouPrices.Ratio r : p.ratios()) {
            parts.add(Texts.format(r.months().isEmpty() ? "meterData.describe.ratio" : "meterData.describe.ratioMonths",
                    r.period().label(), plain(r.factor()),
                    String.join("、", r.months().stream().sorted().map(String::valueOf).toList())));
        }
        if (p.deepValley() != null) {
            parts.add(Texts.format("meterData.describe.deepValley", plain(p.deepValley())));
        }
        return Texts.format("meterData.describe.ratios", p.name().isBlank() ? "" : p.name() + "：", String.join("、", parts), p.basis(),
                p.trust());
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
