package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Step 改造任务 (template 三（二）): candidate tasks generated from the findings, which the engineer
 * accepts or turns down, and the accepted tasks in the template's eight categories, which can be
 * edited, merged, added, deleted and made key projects. Nothing generated is final until accepted.
 */
final class TasksStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final DefaultTableModel candidates = Choices.readOnly(new Object[] {Texts.get("tasks.column.category"),
        Texts.get("tasks.column.candidate"), Texts.get("tasks.column.finding"), Texts.get("tasks.column.catalogue"),
        Texts.get("tasks.column.savingTce"), Texts.get("tasks.column.savingTco2"), Texts.get("tasks.column.investment")});
    private final JTable candidateTable = new JTable(candidates);
    private final RowTableSection<RetrofitTask> accepted;
    // the panes' carets never follow their text: a click on a table must not scroll the page (it made
    // a multi-selection hit the wrong rows when the page jumped to the detail at its bottom)
    private final JTextArea detail = SheetTable.detailArea("tasks.detail");
    private final JTextArea candidateDetail = SheetTable.detailArea("tasks.candidateDetail");
    private final JTextArea summary = SheetTable.detailArea("tasks.summary");
    private transient List<RetrofitTask> shownCandidates = List.of();
    /** The counts shown in the summary (recomputed in the background after every edit). */
    private String counts = "";
    /** What the last action did (确认技术参考, 设为重点改造项目), kept under the counts when they are recomputed. */
    private String notice = "";

    TasksStepPanel(ProjectSession session, RetrofitModel model) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.TASKS");
        summary.setRows(0);
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 2", "[grow,fill]"));
        PlanEdits.header(p, Texts.get("tasks.title"), Texts.get("tasks.intro"));

        ScrollablePanel.section(p, Texts.get("tasks.candidatesSection"));
        candidateTable.setName("tasks.candidates");
        candidateTable.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        candidateTable.setDefaultRenderer(Object.class, new DiagnosisStepPanel.TooltipRenderer());
        int[] w = {150, 220, 260, 300, 90, 90, 80};
        for (int i = 0; i < w.length; i++) {
            candidateTable.getColumnModel().getColumn(i).setPreferredWidth(w[i]);
        }
        candidateTable.setPreferredScrollableViewportSize(new java.awt.Dimension(900, candidateTable.getRowHeight() * 8));
        candidateTable.getSelectionModel().addListSelectionListener(e -> {
            int r = SheetTable.selectedLead(candidateTable); // the row just clicked, also when Ctrl+click adds it
            if (r >= 0 && r < shownCandidates.size()) {
                candidateDetail.setText(describe(shownCandidates.get(r)));
            }
        });
        p.add(new JScrollPane(candidateTable), "grow, wmin 0");
        p.add(candidateDetail, "growx, wmin 0"); // the selected candidate in full: the cells are cut with "…"
        JButton accept = button(Texts.get("tasks.accept"), "tasks.accept");
        JButton acceptAll = button(Texts.get("tasks.acceptAll"), "tasks.acceptAll");
        JButton reject = button(Texts.get("tasks.reject"), "tasks.reject");
        JButton restore = button(Texts.get("tasks.restore"), "tasks.restore");
        accept.addActionListener(e -> decide(selectedCandidates(), true));
        acceptAll.addActionListener(e -> decide(shownCandidates, true));
        reject.addActionListener(e -> decide(selectedCandidates(), false));
        restore.addActionListener(e -> binder.editProject(Texts.get("tasks.restoreUndo"), null,
                PlanEdits.plan(pl -> pl.withRejectedCandidates(List.of()))));
        p.add(PlanEdits.buttons(accept, acceptAll, reject, restore), "growx");

        ScrollablePanel.section(p, Texts.get("tasks.acceptedSection"));
        accepted = new RowTableSection<>(binder, "tasks.accepted", Texts.get("tasks.noun"), Texts.get("tasks.editUndo"),
                List.of(new RowTableModel.Column<>(Texts.get("tasks.column.category"), String.class, t -> t.category().label(),
                                (t, v) -> t.withCategory(category((String) v))),
                        new RowTableModel.Column<>(Texts.get("tasks.column.name"), String.class, RetrofitTask::name, (t, v) -> t.withName((String) v)),
                        new RowTableModel.Column<>(Texts.get("tasks.column.content"), String.class, RetrofitTask::content, (t, v) -> t.withContent((String) v)),
                        new RowTableModel.Column<>(Texts.get("tasks.column.savingTce"), Double.class, RetrofitTask::savingTce,
                                (t, v) -> t.withEstimates((Double) v, t.savingTco2(), t.costSavingWanYuan(), t.investmentWanYuan())),
                        new RowTableModel.Column<>(Texts.get("tasks.column.savingTco2"), Double.class, RetrofitTask::savingTco2,
                                (t, v) -> t.withEstimates(t.savingTce(), (Double) v, t.costSavingWanYuan(), t.investmentWanYuan())),
                        new RowTableModel.Column<>(Texts.get("tasks.column.costSaving"), Double.class, RetrofitTask::costSavingWanYuan,
                                (t, v) -> t.withEstimates(t.savingTce(), t.savingTco2(), (Double) v, t.investmentWanYuan())),
                        new RowTableModel.Column<>(Texts.get("tasks.column.investment"), Double.class, RetrofitTask::investmentWanYuan,
                                (t, v) -> t.withEstimates(t.savingTce(), t.savingTco2(), t.costSavingWanYuan(), (Double) v)),
                        new RowTableModel.Column<>(Texts.get("tasks.column.finding"), String.class, RetrofitTask::findingSummary,
                                (t, v) -> t.withFindingSummary((String) v))),
                pr -> pr.plan().tasks(),
                (pr, list) -> pr.withPlan(withTasks(pr.plan(), list), pr.updatedAt()),
                () -> RetrofitTask.manual(TaskCategory.OTHER, ""), 10);
        JTable at = accepted.table();
        at.getColumnModel().getColumn(0).setCellEditor(new DefaultCellEditor(new JComboBox<>(
                Arrays.stream(TaskCategory.values()).map(TaskCategory::label).toArray(String[]::new))));
        int[] aw = {150, 200, 320, 90, 90, 100, 80, 200};
        for (int i = 0; i < aw.length; i++) {
            at.getColumnModel().getColumn(i).setPreferredWidth(aw[i]);
        }
        at.getSelectionModel().addListSelectionListener(e -> {
            int r = SheetTable.selectedLead(at);
            List<RetrofitTask> ts = session.project().plan().tasks();
            if (r >= 0 && r < ts.size()) {
                detail.setText(describe(ts.get(r)));
            }
        });
        p.add(accepted.panel(), "grow, wmin 0");
        JButton merge = button(Texts.get("tasks.merge"), "tasks.merge");
        JButton key = button(Texts.get("tasks.makeKey"), "tasks.makeKey");
        JButton refs = button(Texts.get("tasks.confirmRefs"), "tasks.confirmRefs");
        merge.addActionListener(e -> merge());
        key.addActionListener(e -> makeKey());
        refs.addActionListener(e -> confirmRefs());
        p.add(PlanEdits.buttons(merge, key, refs), "growx");
        p.add(summary, "growx, wmin 0");

        ScrollablePanel.section(p, Texts.get("tasks.detailSection"));
        p.add(detail, "growx, wmin 0");

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        model.addListener(this::show);
        binder.refresh();
    }

    /** The plan with a new task list; tasks that disappeared are deleted properly (key-project links). */
    static RetrofitPlan withTasks(RetrofitPlan plan, List<RetrofitTask> list) {
        Set<String> keep = list.stream().map(RetrofitTask::id).collect(Collectors.toSet());
        RetrofitPlan pl = plan;
        for (RetrofitTask t : plan.tasks()) {
            if (!keep.contains(t.id())) {
                pl = pl.deleteTask(t.id());
            }
        }
        return pl.withTasks(list);
    }

    private static JButton button(String text, String name) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }

    static TaskCategory category(String label) {
        for (TaskCategory c : TaskCategory.values()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        return TaskCategory.OTHER;
    }

    private List<RetrofitTask> selectedCandidates() {
        List<RetrofitTask> out = new ArrayList<>();
        for (int r : candidateTable.getSelectedRows()) {
            if (r < shownCandidates.size()) {
                out.add(shownCandidates.get(r));
            }
        }
        return out;
    }

    private void decide(List<RetrofitTask> chosen, boolean accept) {
        if (chosen.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("tasks.selectCandidates"), Texts.get("tasks.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        List<RetrofitTask> list = List.copyOf(chosen);
        binder.editProject(accept ? Texts.format("tasks.acceptUndo", list.size()) : Texts.format("tasks.rejectUndo", list.size()),
                null, PlanEdits.plan(pl -> {
            RetrofitPlan x = pl;
            for (RetrofitTask c : list) {
                x = accept ? x.accept(c) : x.reject(c);
            }
            return x;
        }));
    }

    private List<String> selectedAcceptedIds() {
        accepted.stopEditing();
        List<RetrofitTask> ts = session.project().plan().tasks();
        List<String> ids = new ArrayList<>();
        for (int r : accepted.table().getSelectedRows()) {
            if (r < ts.size()) {
                ids.add(ts.get(r).id());
            }
        }
        return ids;
    }

    private void merge() {
        List<String> ids = selectedAcceptedIds();
        if (ids.size() < 2) {
            JOptionPane.showMessageDialog(this, Texts.get("tasks.mergeNeedsTwo"), Texts.get("tasks.mergeTitle"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String name = JOptionPane.showInputDialog(this, Texts.get("tasks.mergeName"), Texts.get("tasks.mergeTitle"),
                JOptionPane.QUESTION_MESSAGE);
        if (name == null) {
            return;
        }
        binder.editProject(Texts.format("tasks.mergeUndo", ids.size()), null, PlanEdits.plan(pl -> pl.merge(ids, name.trim())));
    }

    /**
     * The selected task's catalogue references, each with a box: ticked ones are confirmed and printed in
     * the plan, the others stay suggestions (left out of every document).
     */
    private void confirmRefs() {
        List<String> ids = selectedAcceptedIds();
        if (ids.size() != 1) {
            JOptionPane.showMessageDialog(this, Texts.get("tasks.confirmRefsSelectOne"), Texts.get("tasks.confirmRefsTitle"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        RetrofitTask t = session.project().plan().tasks().stream().filter(x -> x.id().equals(ids.get(0))).findFirst().orElse(null);
        if (t == null) {
            return;
        }
        if (t.catalogueRefs().isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.format("tasks.confirmRefsNone", t.name()), Texts.get("tasks.confirmRefsTitle"),
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        JPanel boxes = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        boxes.add(new javax.swing.JLabel(Texts.format("tasks.confirmRefsIntro", t.name())));
        List<javax.swing.JCheckBox> checks = new ArrayList<>();
        for (int i = 0; i < t.catalogueRefs().size(); i++) {
            String r = t.catalogueRefs().get(i);
            javax.swing.JCheckBox c = new javax.swing.JCheckBox("<html><body style='width:560px'>" + escape(r) + "</body></html>",
                    t.confirmedRefs().contains(r));
            c.setName("tasks.ref." + i);
            checks.add(c);
            boxes.add(c);
        }
        int answer = JOptionPane.showConfirmDialog(this, boxes, Texts.get("tasks.confirmRefsTitle"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).isSelected()) {
                confirmed.add(t.catalogueRefs().get(i));
            }
        }
        binder.editProject(Texts.format("tasks.confirmRefsUndo", t.name()), null,
                PlanEdits.plan(pl -> pl.updateTask(t.id(), x -> x.withConfirmedRefs(confirmed))));
        notice(Texts.format("tasks.confirmRefsDone", t.name(), confirmed.size(), t.catalogueRefs().size()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void makeKey() {
        List<String> ids = selectedAcceptedIds();
        if (ids.isEmpty()) {
            JOptionPane.showMessageDialog(this, Texts.get("tasks.selectAccepted"), Texts.get("tasks.keyTitle"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        // a task that is a key project already is not added twice
        java.util.Set<String> linked = new java.util.HashSet<>();
        session.project().plan().keyProjects().forEach(k -> linked.addAll(k.taskIds()));
        List<String> fresh = ids.stream().filter(id -> !linked.contains(id)).toList();
        String message;
        if (fresh.isEmpty()) {
            message = Texts.get("tasks.keyAlready");
        } else {
            binder.editProject(Texts.get("tasks.makeKeyUndo"), null, PlanEdits.plan(pl -> {
                List<KeyProject> kp = new ArrayList<>(pl.keyProjects());
                for (RetrofitTask t : pl.tasks()) {
                    if (fresh.contains(t.id())) {
                        kp.add(KeyProject.fromTask(t));
                    }
                }
                return pl.withKeyProjects(kp);
            }));
            int total = session.project().plan().keyProjects().size();
            message = fresh.size() < ids.size() ? Texts.format("tasks.keyAddedSome", fresh.size(), ids.size() - fresh.size(), total)
                    : Texts.format("tasks.keyAdded", fresh.size(), total);
        }
        notice(message); // kept under the counts when the candidates are recomputed
        MainFrame.notice(this, message); // and in the status line
    }

    private void show(RetrofitReport r) {
        shownCandidates = r.candidates();
        candidates.setRowCount(0);
        for (RetrofitTask t : shownCandidates) {
            candidates.addRow(new Object[] {t.category().label(), t.name(), t.findingSummary(),
                String.join(Texts.get("tasks.refSeparator"), t.catalogueRefs()),
                t.savingTce() == null ? Texts.get("tasks.toEstimate") : Choices.num(t.savingTce(), 2),
                t.savingTco2() == null ? Texts.get("tasks.toEstimate") : Choices.num(t.savingTco2(), 2),
                t.investmentWanYuan() == null ? Texts.get("tasks.toEstimate") : Choices.num(t.investmentWanYuan(), 2)});
        }
        List<String> parts = new ArrayList<>();
        for (TaskCategory c : TaskCategory.values()) {
            int n = r.tasksOf(c).size();
            if (n > 0) {
                parts.add(c.label() + " " + n);
            }
        }
        counts = Texts.format("tasks.summary", r.tasks().size(),
                parts.isEmpty() ? Texts.get("tasks.summaryNone") : String.join(Texts.get("tasks.summarySeparator"), parts),
                shownCandidates.size());
        summary.setText(notice.isEmpty() ? counts : counts + "\n" + notice);
    }

    /** Shows what an action did; the background recount that follows the edit keeps it (it used to overwrite it). */
    private void notice(String text) {
        notice = text;
        summary.setText(counts.isEmpty() ? notice : counts + "\n" + notice);
    }

    private static String describe(RetrofitTask t) {
        return Texts.format("tasks.detail", t.name(), t.category().label(),
                t.findingSummary().isBlank() ? "—" : t.findingSummary(),
                t.catalogueRefs().isEmpty() ? "—" : String.join("\n    ", t.catalogueRefs().stream().map(r -> Texts.format(
                        t.confirmedRefs().contains(r) ? "tasks.refConfirmed" : "tasks.refSuggested", r)).toList()),
                t.basis().isBlank() ? "—" : t.basis());
    }

    @Override
    public void flushEdits() {
        accepted.stopEditing();
        binder.flushPending();
    }
}
