package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.EnergyCharts;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.carbon.FuelOverride;
import org.energydiag.core.carbon.ProcessEmission;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EmissionFactor;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.FuelParameters;
import org.jfree.chart.ChartPanel;

/**
 * Step 企业碳排放情况 (template 一（五）): emission factors with their sources (editable), fuel
 * parameters, clinker and other process emissions, and the emissions by source with the chart.
 * Activity data come from the consumption table of 能源消费情况.
 */
final class CarbonStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final List<RowTableSection<?>> sections = new ArrayList<>();
    private final JComboBox<Integer> year = new JComboBox<>();
    private final DefaultTableModel sourcesModel = Choices.readOnly(new Object[] {"排放源", "类别", "活动水平", "排放因子/计算",
        "因子来源", "排放量 tCO2", "占比"});
    private final javax.swing.JTextArea totals = ScrollablePanel.wrappingText();
    private final ChartPanel chart = new ChartPanel(null, false, false, false, false, false);

    CarbonStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.CARBON");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 2", "[right]rel[grow,fill]"));
        JLabel title = new JLabel("企业碳排放情况");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(title, "span 2, split 2, left");
        JLabel intro = new JLabel("对应方案“一、（五）”。按 GB/T 32150 核算：化石燃料燃烧、工业过程、外购电力和热力，扣除输出；活动数据取自能源消费表。");
        intro.setForeground(Theme.color(Theme.MUTED));
        p.add(intro, "gapleft unrel, wrap");
        ScrollablePanel.section(p, "排放因子（可按项目修改，须注明来源）");
        factorRow(p, "外购电网电力", "carbon.gridFactor", "tCO2/MWh", pr -> pr.carbon().gridFactor(), pr -> pr.carbon().gridFactorSource(),
                (pr, v, s) -> pr.carbon().withGrid(v, s), this::gridChoices, this::gridDefault);
        factorRow(p, "外购热力", "carbon.heatFactor", "tCO2/GJ", pr -> pr.carbon().heatFactor(), pr -> pr.carbon().heatFactorSource(),
                (pr, v, s) -> pr.carbon().withHeat(v, s), () -> session.reference().heatFactors(),
                () -> session.reference().heatFactors().stream().findFirst().map(f -> f.value() + " " + f.unit() + "（" + f.indicator() + "）").orElse("未设置"));
        factorRow(p, "外购绿色电力", "carbon.greenFactor", "tCO2/MWh", pr -> pr.carbon().greenFactor(), pr -> pr.carbon().greenFactorSource(),
                (pr, v, s) -> pr.carbon().withGreen(v, s), List::of, () -> "0（绿电/绿证按零排放计，市场化方法）");

        ScrollablePanel.section(p, "燃料排放参数（每种燃料只用一个低位发热量：默认取其折标系数对应的热值；填写实测值后，折标和排放都用实测值）");
        RowTableSection<FuelOverride> fuels = new RowTableSection<>(binder, "carbon.fuels", "燃料", "修改 燃料参数",
                List.of(
                        new RowTableModel.Column<>("能源品种", String.class, FuelOverride::carrierId,
                                (f, v) -> new FuelOverride((String) v, f.fuelId(), f.ncv(), f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>("燃料类型（缺省参数）", String.class, FuelOverride::fuelId,
                                (f, v) -> new FuelOverride(f.carrierId(), (String) v, f.ncv(), f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>("实测低位发热量 GJ/t或GJ/万Nm³（同时用于折标）", BigDecimal.class, FuelOverride::ncv,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), (BigDecimal) v, f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>("单位热值含碳量 tC/GJ", BigDecimal.class, FuelOverride::carbonContent,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), (BigDecimal) v, f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>("碳氧化率 %", BigDecimal.class, FuelOverride::oxidationPercent,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), f.carbonContent(), (BigDecimal) v, f.source())),
                        new RowTableModel.Column<>("来源说明", String.class, FuelOverride::source,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), f.carbonContent(), f.oxidationPercent(), (String) v))),
                pr -> pr.carbon().fuelOverrides(), (pr, list) -> with(pr, pr.carbon().withFuelOverrides(list)),
                () -> new FuelOverride("RAW_COAL", null, null, null, null, ""), 3);
        List<Choices.Item> fossil = new ArrayList<>();
        for (EnergyCarrier c : session.reference().carriers().values()) {
            if (c.fossil()) {
                fossil.add(new Choices.Item(c.id(), c.name()));
            }
        }
        Choices.install(fuels.table(), 0, fossil);
        List<Choices.Item> fuelTypes = new ArrayList<>();
        for (FuelParameters f : session.reference().fuels().values()) {
            fuelTypes.add(new Choices.Item(f.id(), f.name() + "（含碳量 " + f.carbonContent() + " tC/GJ，氧化率 "
                    + Math.round(f.oxidation() * 1000) / 10.0 + "%）"));
        }
        Choices.install(fuels.table(), 1, fuelTypes);
        sections.add(fuels);
        p.add(fuels.panel(), "span 2, growx");

        ScrollablePanel.section(p, "水泥熟料煅烧（过程排放；填 CaO/MgO 含量按成分计算，否则用排放因子或缺省值）");
        RowTableSection<ClinkerRecord> clinker = new RowTableSection<>(binder, "carbon.clinker", "一年", "修改 熟料数据",
                List.of(
                        new RowTableModel.Column<>("年份", Integer.class, ClinkerRecord::year,
                                (r, v) -> new ClinkerRecord((Integer) v, r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("熟料产量 t", BigDecimal.class, ClinkerRecord::outputTonnes,
                                (r, v) -> new ClinkerRecord(r.year(), (BigDecimal) v, r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("CaO %", BigDecimal.class, ClinkerRecord::caoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), (BigDecimal) v, r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("MgO %", BigDecimal.class, ClinkerRecord::mgoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), (BigDecimal) v, r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("非碳酸盐 CaO %", BigDecimal.class, ClinkerRecord::nonCarbonateCaoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), (BigDecimal) v, r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("非碳酸盐 MgO %", BigDecimal.class, ClinkerRecord::nonCarbonateMgoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), (BigDecimal) v, r.factor(), r.source())),
                        new RowTableModel.Column<>("排放因子 tCO2/t", BigDecimal.class, ClinkerRecord::factor,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), (BigDecimal) v, r.source())),
                        new RowTableModel.Column<>("来源说明", String.class, ClinkerRecord::source,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), (String) v))),
                pr -> pr.carbon().clinker(), (pr, list) -> with(pr, pr.carbon().withClinker(list)),
                () -> new ClinkerRecord(session.project().energy().baseYear(), null, null, null, null, null, null, ""), 3);
        sections.add(clinker);
        p.add(clinker.panel(), "span 2, growx");

        ScrollablePanel.section(p, "其他过程排放（工程师确定）");
        RowTableSection<ProcessEmission> process = new RowTableSection<>(binder, "carbon.process", "一项", "修改 过程排放",
                List.of(
                        new RowTableModel.Column<>("年份", Integer.class, ProcessEmission::year,
                                (r, v) -> new ProcessEmission((Integer) v, r.name(), r.tco2(), r.source())),
                        new RowTableModel.Column<>("名称", String.class, ProcessEmission::name,
                                (r, v) -> new ProcessEmission(r.year(), (String) v, r.tco2(), r.source())),
                        new RowTableModel.Column<>("排放量 tCO2", BigDecimal.class, ProcessEmission::tco2,
                                (r, v) -> new ProcessEmission(r.year(), r.name(), (BigDecimal) v, r.source())),
                        new RowTableModel.Column<>("确定方法/来源", String.class, ProcessEmission::source,
                                (r, v) -> new ProcessEmission(r.year(), r.name(), r.tco2(), (String) v))),
                pr -> pr.carbon().processEmissions(), (pr, list) -> with(pr, pr.carbon().withProcessEmissions(list)),
                () -> new ProcessEmission(session.project().energy().baseYear(), "", null, ""), 3);
        sections.add(process);
        p.add(process.panel(), "span 2, growx");

        ScrollablePanel.section(p, "核算结果");
        year.setName("carbon.year");
        year.addActionListener(e -> refreshResults());
        p.add(new JLabel("年份"));
        p.add(year, "width 100lp!, growx 0");
        totals.setName("carbon.totals");
        p.add(totals, "span 2, growx, width 100:600:");
        JTable sources = new JTable(sourcesModel);
        sources.setName("carbon.sources");
        p.add(new JScrollPane(sources), "span 2, growx, height 140lp:200lp");
        chart.setName("carbon.chart");
        p.add(chart, "span 2, growx, height 300lp");
        JButton export = new JButton("导出排放构成图…");
        export.addActionListener(e -> ImageExport.chart(this, chart.getChart(), "碳排放构成"));
        p.add(export, "span 2, growx 0");
        binder.addRefresher(this::refreshResults);

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(null);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private static DiagnosisProject with(DiagnosisProject p, CarbonData c) {
        return p.withCarbon(c, p.updatedAt());
    }


    private interface FactorSetter {
        CarbonData apply(DiagnosisProject p, BigDecimal value, String source);
    }

    /** A factor: value and source fields (empty = the reference default, shown as hint) and a chooser. */
    private void factorRow(JPanel p, String label, String field, String unit,
                           java.util.function.Function<DiagnosisProject, BigDecimal> value,
                           java.util.function.Function<DiagnosisProject, String> source, FactorSetter set,
                           java.util.function.Supplier<List<EmissionFactor>> choices, java.util.function.Supplier<String> defaultText) {
        JTextField v = new JTextField();
        JTextField s = new JTextField();
        JLabel msg = new JLabel(" ");
        binder.projectNumber(v, field, label + "排放因子", value,
                (pr, x) -> with(pr, set.apply(pr, x, source.apply(pr))), msg);
        binder.projectText(s, field + "Source", label + "排放因子来源", source,
                (pr, x) -> with(pr, set.apply(pr, value.apply(pr), x)), null);
        v.putClientProperty("JTextField.placeholderText", "默认");
        s.putClientProperty("JTextField.placeholderText", "来源（自定因子时必填）");
        JButton pick = new JButton("选用…");
        pick.setName(field + ".pick");
        pick.setEnabled(!choices.get().isEmpty());
        pick.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            var reset = menu.add("恢复默认：" + defaultText.get());
            reset.addActionListener(a -> binder.editProject("恢复默认 " + label + "排放因子", null, pr -> with(pr, set.apply(pr, null, ""))));
            menu.addSeparator();
            for (EmissionFactor f : choices.get()) {
                if (f.unit() != null && f.unit().contains("CO2e")) {
                    continue; // footprint factors are not for Scope 2
                }
                var item = menu.add((f.year() == null ? "" : f.year() + "年 ") + (f.area() == null ? "" : f.area() + " ")
                        + f.indicator() + "：" + f.value() + " " + f.unit() + "（可信度 " + f.trust() + "）");
                item.addActionListener(a -> binder.editProject("选用 " + label + "排放因子", null, pr -> with(pr,
                        set.apply(pr, BigDecimal.valueOf(f.value()), (f.year() == null ? "" : f.year() + "年 ")
                                + (f.area() == null ? "" : f.area() + " ") + f.indicator() + "；" + f.source()))));
            }
            menu.show(pick, 0, pick.getHeight());
        });
        JLabel hint = new JLabel();
        hint.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> hint.setText(value.apply(session.project()) == null ? "默认：" + defaultText.get() : ""));
        p.add(new JLabel(label));
        p.add(v, "split 4, width 90lp!, growx 0");
        p.add(new JLabel(unit), "growx 0");
        p.add(s, "growx");
        p.add(pick, "growx 0");
        p.add(hint, "skip 1");
        p.add(msg, "skip 1");
    }

    private List<EmissionFactor> gridChoices() {
        String province = session.project().enterprise().province() == null ? null : session.project().enterprise().province().name();
        return session.reference().gridFactorsFor(province);
    }

    private String gridDefault() {
        return session.reference().defaultGridFactor(session.project().energy().baseYear())
                .map(f -> f.value() + " tCO2/MWh（" + f.year() + "年 " + f.indicator() + "）").orElse("未设置");
    }

    private void refreshResults() {
        CarbonResult r = session.analysis().carbon();
        List<Integer> years = session.project().energy().years();
        Integer selected = (Integer) year.getSelectedItem();
        if (year.getItemCount() != years.size() || !years.contains(selected)) {
            year.removeAllItems();
            years.forEach(year::addItem);
            selected = years.get(years.size() - 1);
            year.setSelectedItem(selected);
        }
        if (selected == null) {
            return;
        }
        int y = selected;
        CarbonResult.YearEmissions e = r.years().stream().filter(x -> x.year() == y).findFirst().orElse(null);
        sourcesModel.setRowCount(0);
        if (e == null) {
            return;
        }
        for (CarbonResult.Source s : e.sources()) {
            sourcesModel.addRow(new Object[] {s.name(), s.categoryLabel(), s.activity(), s.factor(), s.factorSource(),
                Choices.num(s.tco2(), 1), e.totalTco2() == 0 ? "" : Choices.num(s.tco2() / e.totalTco2() * 100, 1) + "%"});
        }
        StringBuilder sb = new StringBuilder("合计 " + Choices.num(e.totalTco2(), 1) + " tCO2");
        if (!Double.isNaN(e.perWanYuan())) {
            sb.append("；万元产值碳排放 ").append(Choices.num(e.perWanYuan(), 4)).append(" tCO2/万元");
        }
        e.perProduct().forEach(i -> sb.append("；").append(i.product()).append(" ")
                .append(Choices.num(i.value(), 4)).append(" ").append(i.unit()));
        if (!e.ranked().isEmpty()) {
            sb.append("\n主要排放源（由大到小）：").append(String.join("、", e.ranked().stream().map(CarbonResult.Source::name).toList()));
        }
        totals.setText(sb.toString());
        chart.setChart(EnergyCharts.emissions(r, y));
    }


    /** Commits edits in progress. */
    @Override
    public void flushEdits() {
        sections.forEach(RowTableSection::stopEditing);
        binder.flushPending();
    }
}
