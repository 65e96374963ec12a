package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.Table31;

/**
 * Step 重点改造项目 (template 三（三）): the key projects with 原系统主要情况, 技术路线, 投资测算,
 * savings, economics (simple payback, NPV and IRR over a configurable life and discount rate),
 * 经济及社会效益, 安全性, 可行性, 参照标准, phase and time, and 表3-1 grouped by phase.
 */
final class KeyProjectsStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final DefaultTableModel list = Choices.readOnly(new Object[] {"阶段", "项目名称", "投资 万元", "节能量 tce/年",
        "节约费用 万元/年", "静态回收期 年", "净现值 万元", "内部收益率"});
    private final JTable listTable = new JTable(list);
    private final DefaultTableModel table31 = Choices.readOnly(Table31.COLUMNS.toArray());
    private final JLabel economics = new JLabel(" ");
    private final List<JComponent> form = new ArrayList<>();
    private String selectedId;
    private boolean updatingList;

    /** Selects the key project with this id (a plan-check issue leads here). */
    void selectProject(String id) {
        List<KeyProject> kp = session.project().plan().keyProjects();
        for (int i = 0; i < kp.size(); i++) {
            if (kp.get(i).id().equals(id) && i < listTable.getRowCount()) {
                listTable.setRowSelectionInterval(i, i);
                listTable.scrollRectToVisible(listTable.getCellRect(i, 0, true));
                return;
            }
        }
    }

    KeyProjectsStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.KEY_PROJECTS");
        binder.addRefresher(this::fixSelection); // before the fields, which show the selected project
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 4, gapy 3", "[right]rel[grow,fill,sg f]unrel[right]rel[grow,fill,sg f]"));
        PlanEdits.header(p, "重点改造项目", "对应方案“三、（三）”。逐一列出重点项目；经济性按所填投资和年节约费用计算；表3-1 按短期、中期、长期分组。");

        ScrollablePanel.section(p, "项目列表");
        listTable.setName("keyProjects.list");
        listTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        listTable.setPreferredScrollableViewportSize(new java.awt.Dimension(900, listTable.getRowHeight() * 5));
        listTable.getSelectionModel().addListSelectionListener(e -> {
            if (e.getValueIsAdjusting() || updatingList) {
                return;
            }
            int r = listTable.getSelectedRow();
            List<KeyProject> kp = session.project().plan().keyProjects();
            String id = r >= 0 && r < kp.size() ? kp.get(r).id() : null;
            if (!java.util.Objects.equals(id, selectedId)) {
                binder.flushPending();
                selectedId = id;
                binder.refresh();
            }
        });
        p.add(new JScrollPane(listTable), "span 4, growx, wmin 0");
        JButton add = new JButton("新增重点项目");
        add.setName("keyProjects.add");
        add.addActionListener(e -> addProject());
        JButton remove = new JButton("删除所选项目");
        remove.setName("keyProjects.remove");
        remove.addActionListener(e -> {
            if (selectedId != null) {
                String id = selectedId;
                binder.editProject("删除 重点改造项目", null, PlanEdits.plan(pl -> pl.withKeyProjects(
                        pl.keyProjects().stream().filter(k -> !k.id().equals(id)).toList())));
            }
        });
        p.add(PlanEdits.buttons(add, remove), "span 4, growx");

        ScrollablePanel.section(p, "所选项目");
        text(p, "项目名称", "keyProjects.name", KeyProject::name, (b, v) -> b.name = v, false);
        JComboBox<Phase> phase = new JComboBox<>(Phase.values());
        phase.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof Phase ph ? ph.label() + "（" + ph.span() + "）" : v, i, s, f);
            }
        });
        binder.projectCombo(phase, "keyProjects.phase", "项目阶段", pr -> selected(pr) == null ? null : selected(pr).phase(),
                (pr, v) -> change(pr, b -> b.phase = v == null ? Phase.SHORT : v), null);
        p.add(new JLabel("项目阶段"));
        p.add(phase);
        form.add(phase);
        text(p, "实施时间", "keyProjects.time", KeyProject::implementationTime, (b, v) -> b.implementationTime = v, false);
        number(p, "投资测算 万元", "keyProjects.investment", KeyProject::investmentWanYuan, (b, v) -> b.investmentWanYuan = v);
        number(p, "年节能量 tce", "keyProjects.savingTce", KeyProject::savingTce, (b, v) -> b.savingTce = v);
        number(p, "年减排 tCO2", "keyProjects.reduction", KeyProject::reductionTco2, (b, v) -> b.reductionTco2 = v);
        number(p, "年节约费用 万元", "keyProjects.costSaving", KeyProject::costSavingWanYuan, (b, v) -> b.costSavingWanYuan = v);
        number(p, "经济寿命 年（空=方案默认）", "keyProjects.life",
                k -> k.lifeYears() == null ? null : k.lifeYears().doubleValue(), (b, v) -> b.lifeYears = v == null ? null : v.intValue());
        number(p, "折现率 %（空=方案默认）", "keyProjects.rate",
                k -> k.discountRate() == null ? null : k.discountRate() * 100, (b, v) -> b.discountRate = v == null ? null : v / 100);
        economics.setName("keyProjects.economics");
        p.add(economics, "newline, span 4, left, gaptop 4, wmin 0");
        text(p, "原系统主要情况", "keyProjects.original", KeyProject::originalSystem, (b, v) -> b.originalSystem = v, true);
        text(p, "技术路线", "keyProjects.route", KeyProject::technicalRoute, (b, v) -> b.technicalRoute = v, true);
        text(p, "建设内容", "keyProjects.content", KeyProject::content, (b, v) -> b.content = v, true);
        text(p, "经济及社会效益", "keyProjects.benefits", KeyProject::benefits, (b, v) -> b.benefits = v, true);
        text(p, "安全性", "keyProjects.safety", KeyProject::safety, (b, v) -> b.safety = v, true);
        text(p, "可行性", "keyProjects.feasibility", KeyProject::feasibility, (b, v) -> b.feasibility = v, true);
        text(p, "参照标准", "keyProjects.standards", KeyProject::standards, (b, v) -> b.standards = v, true);
        text(p, "预期实施效果（空=按估算生成）", "keyProjects.effect", KeyProject::expectedEffect, (b, v) -> b.expectedEffect = v, true);

        ScrollablePanel.section(p, "经济性计算参数（全部项目的默认值）");
        JTextField life = new JTextField();
        binder.projectNumber(life, "plan.lifeYears", "经济寿命", pr -> BigDecimal.valueOf(pr.plan().lifeYears()),
                (pr, v) -> pr.withPlan(pr.plan().withEconomics(v == null ? RetrofitPlan.DEFAULT_LIFE_YEARS
                        : Math.max(1, Math.min(50, v.intValue())), pr.plan().discountRate()), pr.updatedAt()), null);
        JTextField rate = new JTextField();
        binder.projectNumber(rate, "plan.discountRate", "折现率", pr -> BigDecimal.valueOf(pr.plan().discountRate() * 100),
                (pr, v) -> pr.withPlan(pr.plan().withEconomics(pr.plan().lifeYears(), v == null
                        ? RetrofitPlan.DEFAULT_DISCOUNT_RATE : v.doubleValue() / 100), pr.updatedAt()), null);
        p.add(new JLabel("经济寿命 年"));
        p.add(life);
        p.add(new JLabel("折现率 %"));
        p.add(rate);
        JLabel rateNote = new JLabel("缺省 10 年、8%（8% 为《建设项目经济评价方法与参数》（第三版）社会折现率）");
        rateNote.setForeground(Theme.color(Theme.MUTED));
        p.add(rateNote, "span 4, left");

        ScrollablePanel.section(p, "表3-1 节能降碳改造重点任务清单");
        JTable t31 = new JTable(table31);
        t31.setName("keyProjects.table31");
        t31.setDefaultRenderer(Object.class, new DiagnosisStepPanel.TooltipRenderer());
        int[] w = {60, 40, 200, 320, 110, 260, 160};
        for (int i = 0; i < w.length; i++) {
            t31.getColumnModel().getColumn(i).setPreferredWidth(w[i]);
        }
        t31.setPreferredScrollableViewportSize(new java.awt.Dimension(900, t31.getRowHeight() * 8));
        p.add(new JScrollPane(t31), "span 4, growx, wmin 0");

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        binder.addRefresher(this::refreshDerived);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private KeyProject selected(DiagnosisProject pr) {
        if (selectedId == null) {
            return null;
        }
        return pr.plan().keyProjects().stream().filter(k -> k.id().equals(selectedId)).findFirst().orElse(null);
    }

    private DiagnosisProject change(DiagnosisProject pr, java.util.function.Consumer<KeyProject.Builder> f) {
        if (selectedId == null) {
            return pr;
        }
        return pr.withPlan(pr.plan().updateKeyProject(selectedId, k -> {
            KeyProject.Builder b = k.edit();
            f.accept(b);
            return b.build();
        }), pr.updatedAt());
    }

    private void text(JPanel p, String label, String field, Function<KeyProject, String> get,
                      BiConsumer<KeyProject.Builder, String> set, boolean area) {
        javax.swing.text.JTextComponent c = area ? new JTextArea(3, 40) : new JTextField();
        if (c instanceof JTextArea a) {
            a.setLineWrap(true);
        }
        binder.projectText(c, field, label, pr -> selected(pr) == null ? "" : get.apply(selected(pr)),
                (pr, v) -> change(pr, b -> set.accept(b, v)), null);
        p.add(new JLabel(label), area ? "top" : "");
        p.add(area ? new JScrollPane(c) : c, area ? "span 3, growx, h 60!" : "");
        form.add(c);
    }

    private void number(JPanel p, String label, String field, Function<KeyProject, Double> get,
                        BiConsumer<KeyProject.Builder, Double> set) {
        JTextField c = new JTextField();
        binder.projectNumber(c, field, label, pr -> {
            KeyProject k = selected(pr);
            Double v = k == null ? null : get.apply(k);
            return v == null ? null : BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }, (pr, v) -> change(pr, b -> set.accept(b, v == null ? null : v.doubleValue())), null);
        p.add(new JLabel(label));
        p.add(c);
        form.add(c);
    }

    private void addProject() {
        binder.flushPending();
        int n = session.project().plan().keyProjects().size() + 1;
        KeyProject k = KeyProject.named("重点改造项目" + n);
        binder.editProject("新增 重点改造项目", null, PlanEdits.plan(pl -> {
            List<KeyProject> v = new ArrayList<>(pl.keyProjects());
            v.add(k);
            return pl.withKeyProjects(v);
        }));
        selectedId = k.id();
        binder.refresh();
    }

    private void fixSelection() {
        List<KeyProject> kp = session.project().plan().keyProjects();
        if (selectedId != null && kp.stream().noneMatch(k -> k.id().equals(selectedId))) {
            selectedId = null;
        }
        if (selectedId == null && !kp.isEmpty()) {
            selectedId = kp.get(0).id();
        }
    }

    private void refreshDerived() {
        RetrofitPlan plan = session.project().plan();
        List<KeyProject> kp = plan.keyProjects();
        updatingList = true;
        try {
            fillList(plan, kp);
        } finally {
            updatingList = false;
        }
        tail(plan, kp);
    }

    private void fillList(RetrofitPlan plan, List<KeyProject> kp) {
        list.setRowCount(0);
        int sel = -1;
        for (int i = 0; i < kp.size(); i++) {
            KeyProject k = kp.get(i);
            RetrofitReport.ProjectResult r = RetrofitReport.economics(k, plan);
            var e = r.economics();
            list.addRow(new Object[] {k.phase().label(), k.name(), num(k.investmentWanYuan()), num(k.savingTce()),
                num(k.costSavingWanYuan()), e == null ? "—" : Choices.num(e.paybackYears(), 2),
                e == null ? "—" : Choices.num(e.npv(), 2),
                e == null ? "—" : e.irr().isPresent() ? Choices.num(e.irr().getAsDouble() * 100, 2) + "%" : "无解"});
            if (k.id().equals(selectedId)) {
                sel = i;
            }
        }
        if (sel >= 0 && listTable.getSelectedRow() != sel) {
            listTable.getSelectionModel().setSelectionInterval(sel, sel);
        }
    }

    private void tail(RetrofitPlan plan, List<KeyProject> kp) {
        KeyProject k = selected(session.project());
        form.forEach(c -> c.setEnabled(k != null));
        if (k == null) {
            economics.setText("尚无重点改造项目：点击“新增重点项目”，或在“改造任务”中选择任务后点击“设为重点改造项目”。");
        } else {
            RetrofitReport.ProjectResult r = RetrofitReport.economics(k, plan);
            var e = r.economics();
            economics.setText(e == null ? "经济性：" + r.note() : "经济性（" + r.lifeYears() + " 年，折现率 "
                    + Choices.num(r.discountRate() * 100, 1) + "%）：静态回收期 " + Choices.num(e.paybackYears(), 2) + " 年，净现值 "
                    + Choices.num(e.npv(), 2) + " 万元，内部收益率 " + (e.irr().isPresent()
                    ? Choices.num(e.irr().getAsDouble() * 100, 2) + "%" : "无解（寿命期内收益不足以收回投资）"));
        }
        table31.setRowCount(0);
        Phase last = null;
        for (Table31.Row row : Table31.rows(kp)) {
            table31.addRow(new Object[] {row.phase() == last ? "" : row.phase().label(), row.number(), row.name(), row.content(),
                row.investmentWanYuan() == null ? "" : Choices.num(row.investmentWanYuan(), 2), row.effect(), row.time()});
            last = row.phase();
        }
    }

    private static String num(Double v) {
        return v == null ? "—" : Choices.num(v, 2);
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }
}
