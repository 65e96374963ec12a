package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.ChartStyler;
import org.energydiag.app.text.Texts;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentInventory;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.Recommendations;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.project.DiagnosisProject;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Ratings of the equipment list: the grade columns of the tables, a chart of grades by class, the
 * obsolete items, and for the selected item its basis, catalogue recommendations and estimated
 * savings with their assumptions and the engineer's investment estimate.
 */
final class EquipmentRatingView {

    /** What the view needs besides the project. */
    record Services(EfficiencyRater rater, Catalogue catalogue) {
    }

    private final ProjectSession session;
    private final Services services;
    private final Binder binder;
    private final Map<EquipmentItem, Rating> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<EquipmentItem, Rating> e) {
            return size() > 2000;
        }
    };
    private final ChartPanel chart = new ChartPanel(null, false, false, false, false, false);
    private final JTextArea obsolete = ScrollablePanel.wrappingText();
    private final JTextArea detail = ScrollablePanel.wrappingText();
    private final JTextField investment = new JTextField();
    private EquipmentItem selected;
    private boolean showing;

    EquipmentRatingView(ProjectSession session, Services services) {
        this.session = session;
        this.services = services;
        this.binder = new Binder(session);
    }

    Rating rating(EquipmentItem item) {
        return cache.computeIfAbsent(item, services.rater()::rate);
    }

    List<EquipmentTableModel.ResultColumn> columns() {
        return List.of(
                new EquipmentTableModel.ResultColumn(Texts.get("equipment.col.grade"), i -> rating(i).grade().label()),
                new EquipmentTableModel.ResultColumn(Texts.get("equipment.col.basis"), i -> {
                    Rating r = rating(i);
                    return r.rated() ? Texts.format("equipment.rating.basis", r.citation(), r.basis()) : r.missing();
                }),
                new EquipmentTableModel.ResultColumn(Texts.get("equipment.col.obsolete"),
                        i -> rating(i).obsolete() ? Texts.format("equipment.col.obsolete.listed", rating(i).obsoleteReason()) : ""));
    }

    JPanel panel() {
        chart.setName("equipment.gradeChart");
        obsolete.setName("equipment.obsolete");
        detail.setName("equipment.recommendation");
        investment.setName("equipment.investment");
        investment.putClientProperty("JTextField.placeholderText", Texts.get("equipment.investment.placeholder"));
        investment.addActionListener(e -> commitInvestment());
        investment.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                commitInvestment();
            }
        });
        JTextField tariff = new JTextField();
        JTextField tariffSource = new JTextField();
        binder.projectNumber(tariff, "equipment.tariff", Texts.get("equipment.tariff"), p -> p.equipment().tariffYuanPerKwh(),
                (p, v) -> with(p, p.equipment().withTariff(v, p.equipment().tariffSource())), null);
        binder.projectText(tariffSource, "equipment.tariffSource", Texts.get("equipment.tariffSource"), p -> p.equipment().tariffSource(),
                (p, v) -> with(p, p.equipment().withTariff(p.equipment().tariffYuanPerKwh(), v)), null);
        tariffSource.putClientProperty("JTextField.placeholderText", Texts.get("equipment.tariffSource.placeholder"));
        JPanel right = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]", "[][][grow,fill]"));
        right.add(new JLabel(Texts.get("equipment.tariff.label")));
        right.add(tariff, "split 2, width 70lp!, growx 0");
        right.add(tariffSource);
        right.add(new JLabel(Texts.get("equipment.investment.label")));
        right.add(investment, "split 2, width 90lp!, growx 0");
        right.add(new JLabel(Texts.get("equipment.investment.unit")));
        right.add(new JScrollPane(detail), "span 2, grow");
        javax.swing.JTabbedPane tabs = new javax.swing.JTabbedPane();
        tabs.setName("equipment.resultTabs");
        tabs.addTab(Texts.get("equipment.tab.selected"), right);
        chart.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(320), com.formdev.flatlaf.util.UIScale.scale(200)));
        tabs.addTab(Texts.get("equipment.tab.chart"), chart);
        tabs.addTab(Texts.get("equipment.tab.obsolete"), new JScrollPane(obsolete));
        JPanel p = new JPanel(new BorderLayout());
        p.add(tabs, BorderLayout.CENTER);
        session.addListener(pr -> {
            binder.refresh();
            refreshSummary();
            show(selected == null ? null : pr.equipment().items().stream().filter(i -> i.id().equals(selected.id())).findFirst().orElse(null));
        });
        binder.refresh();
        refreshSummary();
        show(null);
        return p;
    }

    private static DiagnosisProject with(DiagnosisProject p, EquipmentInventory q) {
        return p.withEquipment(q, p.updatedAt());
    }

    private void commitInvestment() {
        if (selected == null || showing) {
            return;
        }
        BigDecimal v;
        try {
            v = investment.getText().isBlank() ? null : Binder.parseDecimal(investment.getText());
        } catch (NumberFormatException ex) {
            investment.putClientProperty("JComponent.outline", "error");
            return;
        }
        investment.putClientProperty("JComponent.outline", null);
        String id = selected.id();
        binder.editProject(Texts.get("equipment.edit.investment"), null, p -> with(p, p.equipment().withItems(p.equipment().items().stream()
                .map(i -> i.id().equals(id) ? i.withInvestment(v) : i).toList())));
    }

    private void refreshSummary() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Map<EquipmentClass, Map<Grade, Integer>> counts = new EnumMap<>(EquipmentClass.class);
        StringBuilder obs = new StringBuilder();
        for (EquipmentItem i : session.project().equipment().items()) {
            Rating r = rating(i);
            counts.computeIfAbsent(i.equipmentClass(), c -> new EnumMap<>(Grade.class)).merge(r.grade(), i.quantity(), Integer::sum);
            if (r.obsolete()) {
                obs.append(Texts.format("equipment.obsolete.item", i.name(), i.text(org.energydiag.core.equipment.EquipmentField.MODEL),
                        i.quantity(), r.obsoleteReason())).append('\n');
            }
        }
        for (Grade g : Grade.values()) {
            for (EquipmentClass c : counts.keySet()) {
                ds.addValue(counts.get(c).getOrDefault(g, 0), g.label(), c.label());
            }
        }
        JFreeChart c = org.jfree.chart.ChartFactory.createStackedBarChart(Texts.get("equipment.chart.title"), null,
                Texts.get("equipment.chart.axis"), ds,
                PlotOrientation.HORIZONTAL, true, true, false);
        ChartStyler.style(c);
        CategoryPlot plot = c.getCategoryPlot();
        java.awt.Color[] colors = {new java.awt.Color(0x2E, 0x8B, 0x57), new java.awt.Color(0x6B, 0xAE, 0xD6),
            new java.awt.Color(0xF0, 0xB3, 0x4A), new java.awt.Color(0xC6, 0x28, 0x28), new java.awt.Color(0x9E, 0x9E, 0x9E)};
        for (int k = 0; k < colors.length; k++) {
            plot.getRenderer().setSeriesPaint(k, colors[k]);
        }
        chart.setChart(c);
        obsolete.setText(obs.length() == 0 ? Texts.get("equipment.obsolete.none")
                : Texts.get("equipment.obsolete.heading") + '\n' + obs);
    }

    /** Shows the selected item's rating, recommendations and savings. */
    void show(EquipmentItem item) {
        selected = item;
        showing = true;
        try {
            investment.setEnabled(item != null);
            investment.setText(item == null || item.investmentWanYuan() == null ? "" : item.investmentWanYuan().toPlainString());
            if (item == null) {
                detail.setText(Texts.get("equipment.detail.none"));
                return;
            }
            Rating r = rating(item);
            StringBuilder sb = new StringBuilder(Texts.format("equipment.detail.grade", item.name(), r.grade().label()));
            sb.append('\n').append(r.rated() ? Texts.format("equipment.rating.basis", r.citation(), r.basis()) : r.missing());
            if (!r.trust().isEmpty()) {
                sb.append('\n').append(Texts.format("equipment.detail.trust", r.trust()));
            }
            if (r.obsolete()) {
                sb.append('\n').append(Texts.format("equipment.detail.obsolete", r.obsoleteReason(),
                        r.obsoleteSource() + "；" + r.obsoleteProvenance()));
            }
            if (r.grade() != Grade.GRADE_1 || r.obsolete()) {
                SavingsEstimator.Savings s = estimator().estimate(item, r);
                sb.append("\n\n").append(Texts.get("equipment.savings.heading"));
                if (s.estimated()) {
                    sb.append(String.format(Texts.get("equipment.savings.energy"), Choices.num(s.kwh(), 0), Choices.num(s.tce(), 2),
                            Choices.num(s.tco2(), 2)));
                    if (!Double.isNaN(s.yuan())) {
                        sb.append(Texts.format("equipment.savings.cost", Choices.num(s.yuan() / 10000, 2)));
                    }
                    if (!Double.isNaN(s.paybackYears())) {
                        sb.append(Texts.format("equipment.savings.payback", Choices.num(s.investmentWanYuan(), 2),
                                Choices.num(s.paybackYears(), 1)));
                    }
                    sb.append('\n').append(Texts.format("equipment.savings.assumptions", String.join("；", s.assumptions())));
                } else {
                    sb.append('\n').append(s.cannot());
                }
                Recommendations.Result rec = Recommendations.forItem(item, services.catalogue(), 5);
                sb.append("\n\n").append(Texts.get("equipment.recommended.equipment"));
                if (rec.equipment().isEmpty()) {
                    sb.append(Texts.get("equipment.recommended.equipment.none"));
                }
                rec.equipment().forEach(m -> sb.append('\n').append(Texts.format("equipment.recommended.equipment.item", m.equipmentClass(),
                        m.number(), m.product(), m.model(), m.applicant(), m.efficiency())));
                sb.append('\n').append(Texts.get("equipment.recommended.technologies"));
                rec.technologies().forEach(t -> sb.append('\n').append(Texts.format("equipment.recommended.technologies.item", t.section(),
                        t.number(), t.name())));
                sb.append('\n').append(rec.basis());
            }
            detail.setText(sb.toString());
            detail.setCaretPosition(0);
        } finally {
            showing = false;
        }
    }

    private SavingsEstimator estimator() {
        return SavingsEstimator.forProject(session.project().carbon(), session.project().equipment(), session.project().energy().baseYear(), session.reference());
    }
}
