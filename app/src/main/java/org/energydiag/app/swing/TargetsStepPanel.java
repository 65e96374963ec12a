package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import java.awt.BorderLayout;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.Targets;
import org.energydiag.core.diagnosis.TargetsResult;

/**
 * Step 改造目标 (template 三（一）): overall targets (energy and carbon, totals and intensities)
 * computed from the accepted tasks, each of which the engineer may override, and sub-targets by
 * task category.
 */
final class TargetsStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient Binder binder;
    private final JLabel base = new WrapLabel();
    private final JLabel[] computed = new JLabel[4];
    private final DefaultTableModel byCategory = Choices.readOnly(new Object[] {Texts.get("targets.col.category"),
        Texts.get("targets.col.tasks"), Texts.get("targets.col.saving"), Texts.get("targets.col.reduction"),
        Texts.get("targets.col.investment")});
    private final JTextArea overall = ScrollablePanel.wrappingText();
    private final JTextArea sub = new JTextArea(6, 60);
    private final JTextArea whyZero = ScrollablePanel.wrappingText();
    private final javax.swing.JButton toTasks = new javax.swing.JButton(Texts.get("targets.toTasks"));
    private final JTextArea checkLine = ScrollablePanel.wrappingText();
    private transient RetrofitReport report;

    TargetsStepPanel(ProjectSession session, RetrofitModel model) {
        super(new BorderLayout());
        this.binder = new Binder(session);
        setName("step.TARGETS");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 4, gapy 3", "[right]rel[160!]unrel[grow]unrel[]"));
        PlanEdits.header(p, Texts.get("targets.title"), Texts.get("targets.intro"));
        ScrollablePanel.section(p, Texts.get("targets.section.overall"));
        base.setName("targets.base");
        p.add(base, "span 4, growx");
        // why the targets are 0 while no task is accepted, and the way to the step that accepts them
        whyZero.setName("targets.whyZero");
        whyZero.setForeground(Theme.color(Theme.WARNING));
        toTasks.setName("targets.toTasks");
        toTasks.addActionListener(e -> {
            if (javax.swing.SwingUtilities.getAncestorOfClass(WorkspacePanel.class, this) instanceof WorkspacePanel w) {
                w.wizard().select(org.energydiag.core.report.plan.Chapter.TASKS);
            }
        });
        p.add(whyZero, "span 4, split 2, growx, wmin 0");
        p.add(toTasks, "growx 0, top");
        whyZero.setVisible(false);
        toTasks.setVisible(false);
        JTextField year = new JTextField();
        binder.projectNumber(year, "targets.year", Texts.get("targets.year"),
                pr -> pr.plan().targets().targetYear() > 0 ? java.math.BigDecimal.valueOf(pr.plan().targets().targetYear()) : null,
                (pr, v) -> withTargets(pr, t -> new Targets(v == null ? 0 : v.intValue(), t.energySavingTce(),
                        t.energyIntensityDropPercent(), t.carbonReductionTco2(), t.carbonIntensityDropPercent(), t.subTargets())), null);
        p.add(new JLabel(Texts.get("targets.year")));
        p.add(year, "growx");
        p.add(new JLabel(Texts.get("targets.year.hint")), "span 2, left");
        p.add(new JLabel(""));
        p.add(new JLabel(Texts.get("targets.inForce")), "left");
        p.add(new JLabel(Texts.get("targets.computed")), "span 2, left");
        row(p, 0, Texts.get("targets.energySaving"), "targets.energySaving", Targets::energySavingTce,
                (t, v) -> new Targets(t.targetYear(), v, t.energyIntensityDropPercent(), t.carbonReductionTco2(),
                        t.carbonIntensityDropPercent(), t.subTargets()));
        row(p, 1, Texts.get("targets.energyIntensity"), "targets.energyIntensity", Targets::energyIntensityDropPercent,
                (t, v) -> new Targets(t.targetYear(), t.energySavingTce(), v, t.carbonReductionTco2(),
                        t.carbonIntensityDropPercent(), t.subTargets()));
        row(p, 2, Texts.get("targets.carbonReduction"), "targets.carbonReduction", Targets::carbonReductionTco2,
                (t, v) -> new Targets(t.targetYear(), t.energySavingTce(), t.energyIntensityDropPercent(), v,
                        t.carbonIntensityDropPercent(), t.subTargets()));
        row(p, 3, Texts.get("targets.carbonIntensity"), "targets.carbonIntensity", Targets::carbonIntensityDropPercent,
                (t, v) -> new Targets(t.targetYear(), t.energySavingTce(), t.energyIntensityDropPercent(),
                        t.carbonReductionTco2(), v, t.subTargets()));
        overall.setName("targets.overall");
        p.add(overall, "span 4, growx, gaptop para, wmin 0");
        // the plan check's findings on the targets (vs 表3-1, the target year), beside the figures they concern
        checkLine.setName("targets.check");
        p.add(checkLine, "span 4, growx, wmin 0");
        binder.addMessageRefresher(() -> {
            var issues = session.issuesFor("retrofit.targets");
            checkLine.setText(issues.isEmpty() ? "" : issues.stream().map(i -> i.where() + "：" + i.message())
                    .collect(java.util.stream.Collectors.joining("\n")));
            checkLine.setForeground(Theme.color(issues.stream().anyMatch(i -> i.isError()) ? Theme.ERROR : Theme.WARNING));
            checkLine.setVisible(!issues.isEmpty());
        });

        ScrollablePanel.section(p, Texts.get("targets.section.sub"));
        JTable t = new JTable(byCategory);
        t.setName("targets.byCategory");
        t.setPreferredScrollableViewportSize(new java.awt.Dimension(800, t.getRowHeight() * 8));
        p.add(new JScrollPane(t), "span 4, growx, wmin 0");
        sub.setLineWrap(true);
        binder.projectText(sub, "targets.subTargets", Texts.get("targets.subText"),
                pr -> pr.plan().targets().subTargets().isBlank() && report != null ? report.targets().subTargets()
                        : pr.plan().targets().subTargets(),
                (pr, v) -> {
                    String keep = report != null && v.equals(report.targets().subTargets()) ? "" : v;
                    return withTargets(pr, x -> new Targets(x.targetYear(), x.energySavingTce(), x.energyIntensityDropPercent(),
                            x.carbonReductionTco2(), x.carbonIntensityDropPercent(), keep));
                }, null);
        p.add(new JLabel(Texts.get("targets.subText.label")), "span 4, left");
        p.add(new JScrollPane(sub), "span 4, growx, h 140!");

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        model.addListener(r -> {
            report = r;
            show(r, session.project().enterprise().name(), model.evaluation() == null ? "" : model.evaluation().targetsReconciliation());
            binder.refresh();
        });
        binder.refresh();
    }

    private static org.energydiag.core.project.DiagnosisProject withTargets(org.energydiag.core.project.DiagnosisProject pr,
                                                                           java.util.function.UnaryOperator<Targets> f) {
        return pr.withPlan(pr.plan().withTargets(f.apply(pr.plan().targets())), pr.updatedAt());
    }

    private void row(JPanel p, int i, String label, String field, Function<Targets, Double> get,
                     BiFunction<Targets, Double, Targets> set) {
        JTextField f = new JTextField();
        binder.projectNumber(f, field, label, pr -> {
            Double v = get.apply(pr.plan().targets());
            return v == null ? null : java.math.BigDecimal.valueOf(v);
        }, (pr, v) -> withTargets(pr, t -> set.apply(t, v == null ? null : v.doubleValue())), null);
        computed[i] = new JLabel("—");
        computed[i].setName(field + ".computed");
        p.add(new JLabel(label));
        p.add(f, "growx");
        p.add(computed[i], "span 2, left");
    }

    /** @param reconciliation the sentence tying the target to 表3-1, as the plan prints it after the target */
    private void show(RetrofitReport r, String enterprise, String reconciliation) {
        TargetsResult t = r.targets();
        String why = r.tasks().isEmpty()
                ? (r.candidates().isEmpty() ? Texts.get("targets.whyZero.noCandidates")
                        : Texts.format("targets.whyZero.candidates", r.candidates().size()))
                : t.tasksWithoutEstimate() == r.tasks().size() ? Texts.format("targets.whyZero.unestimated", r.tasks().size()) : "";
        whyZero.setText(why);
        whyZero.setVisible(!why.isEmpty());
        toTasks.setVisible(!why.isEmpty());
        base.setText(Texts.format("targets.base", t.baseYear(), Choices.num(t.baseTce(), 2), Choices.num(t.baseTco2(), 2),
                r.tasks().size(), t.tasksWithoutEstimate() > 0 ? Texts.format("targets.base.unestimated", t.tasksWithoutEstimate()) : ""));
        computed[0].setText(Choices.num(t.computedSavingTce(), 2));
        computed[1].setText(Choices.num(t.computedEnergyIntensityDrop(), 2));
        computed[2].setText(Choices.num(t.computedReductionTco2(), 2));
        computed[3].setText(Choices.num(t.computedCarbonIntensityDrop(), 2) + Texts.get("targets.outputConstant"));
        overall.setText(Texts.format("targets.overall", t.overallText(enterprise) + reconciliation));
        byCategory.setRowCount(0);
        for (TargetsResult.CategoryRow c : t.byCategory()) {
            byCategory.addRow(new Object[] {c.category().label(), c.tasks(), Choices.num(c.savingTce(), 2),
                Choices.num(c.reductionTco2(), 2), Choices.num(c.investmentWanYuan(), 2)});
        }
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }
}
