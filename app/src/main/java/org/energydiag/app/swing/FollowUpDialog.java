package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import org.energydiag.app.AppContext;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.followup.FeedbackLevel;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.followup.VerificationSetup;
import org.energydiag.core.followup.Implementation;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.followup.VisitForm;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.energydiag.core.verification.SavingsVerification;
import org.energydiag.core.workspace.ProjectSummary;

/**
 * 改造实施跟踪: the agency's projects after hand-in (诊断—建议—实施—反馈). Across projects: whose 回访
 * is due, which projects are late, the plans' expected savings beside those verified from meter
 * data, in total. Per project: the implementation records (mark one 已完成), a 回访 with a photo as
 * evidence, the verifications with their statistics. Reading, evaluating and saving run in the
 * background; the figures are {@link FollowUpEvaluation}'s.
 */
final class FollowUpDialog extends JDialog {

    private static final long serialVersionUID = 1L;

    private final transient AppContext ctx;
    private final transient RetrofitService service;
    private final List<FollowUpEvaluation> data = new ArrayList<>();
    private final JLabel summary = new JLabel(Texts.get("followup.loading"));
    private final RowTableModel<FollowUpEvaluation> projectsModel = projectsTableModel();
    private final RowTableModel<FollowUpEvaluation.Row> subjectsModel = subjectsTableModel();
    private final JTable projects = new TipTable(projectsModel);
    private final JTable subjects = new TipTable(subjectsModel);
    private final JTextArea details = new JTextArea(12, 60);
    private final JButton complete = new JButton(Texts.get("followup.complete"));
    private final JButton visit = new JButton(Texts.get("followup.visit"));
    private final JButton upload = new JButton(Texts.get("followup.upload"));
    private final JButton exportVisits = new JButton(Texts.get("followup.exportVisits"));
    private final JButton editRecord = new JButton(Texts.get("followup.editRecord"));
    private final RowTableModel<SavingsVerification.Result> verificationsModel = verificationsTableModel();
    private final JTable verificationsTable = new TipTable(verificationsModel);
    private final JButton setup = new JButton(Texts.get("followup.setup"));
    private final JButton editSetup = new JButton(Texts.get("followup.editSetup"));
    private final JButton removeSetup = new JButton(Texts.get("followup.removeSetup"));
    private final JButton exportTracking = new JButton(Texts.get("followup.exportTracking"));

    private FollowUpDialog(Frame owner, AppContext ctx) {
        super(owner, Texts.get("followup.title"), false);
        this.ctx = ctx;
        this.service = new RetrofitService(ctx.references(), ctx.meterStore(), ctx.clock());
        setName("followUp.dialog");
        summary.setName("followUp.summary");
        projects.setName("followUp.projects");
        subjects.setName("followUp.subjects");
        details.setName("followUp.details");
        complete.setName("followUp.complete");
        visit.setName("followUp.visit");
        upload.setName("followUp.upload");
        upload.setToolTipText(Texts.get("followup.uploadTip"));
        details.setEditable(false);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        projects.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        subjects.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        projects.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        subjects.getSelectionModel().addListSelectionListener(e -> updateButtons());
        complete.addActionListener(e -> markComplete());
        visit.addActionListener(e -> recordVisit());
        upload.addActionListener(e -> queueUpload());
        exportVisits.setName("followUp.exportVisits");
        editRecord.setName("followUp.editRecord");
        editRecord.setToolTipText(Texts.get("followup.editRecordTip"));
        editRecord.addActionListener(e -> editRecord());
        verificationsTable.setName("followUp.verifications");
        verificationsTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        verificationsTable.getSelectionModel().addListSelectionListener(e -> updateButtons());
        widths(verificationsTable, 150, 130, 330, 250);
        widths(subjects, 70, 190, 110, 140, 90, 100);
        setup.setName("followUp.setup");
        setup.setToolTipText(Texts.get("followup.setupTip"));
        setup.addActionListener(e -> editSetup(null));
        editSetup.setName("followUp.editSetup");
        editSetup.addActionListener(e -> editSetup(selectedSetup()));
        removeSetup.setName("followUp.removeSetup");
        removeSetup.addActionListener(e -> removeSetup());
        exportTracking.setName("followUp.exportTracking");
        exportVisits.addActionListener(e -> exportVisits());
        exportTracking.addActionListener(e -> exportTracking());
        JPanel right = new JPanel(new BorderLayout(0, 6));
        right.add(new JScrollPane(subjects), BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout(0, 4));
        JPanel buttons = new JPanel(new WrapLayout(FlowLayout.LEFT, 6));
        buttons.add(complete);
        buttons.add(editRecord);
        buttons.add(visit);
        buttons.add(upload);
        buttons.add(exportVisits);
        south.add(buttons, BorderLayout.NORTH);
        JPanel mv = new JPanel(new BorderLayout(0, 4));
        mv.setBorder(BorderFactory.createTitledBorder(Texts.get("followup.verifications")));
        JScrollPane mvScroll = new JScrollPane(verificationsTable);
        mvScroll.setPreferredSize(new Dimension(600, verificationsTable.getRowHeight() * 4 + 28));
        mv.add(mvScroll, BorderLayout.CENTER);
        JPanel mvButtons = new JPanel(new WrapLayout(FlowLayout.LEFT, 6));
        mvButtons.add(setup);
        mvButtons.add(editSetup);
        mvButtons.add(removeSetup);
        mv.add(mvButtons, BorderLayout.SOUTH);
        JPanel lower = new JPanel(new BorderLayout(0, 4));
        lower.add(mv, BorderLayout.NORTH);
        details.setRows(8);
        lower.add(new JScrollPane(details), BorderLayout.CENTER);
        south.add(lower, BorderLayout.CENTER);
        right.add(south, BorderLayout.SOUTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(projects), right);
        split.setResizeWeight(0.3);
        split.setDividerLocation(360);
        JPanel root = new JPanel(new BorderLayout(0, 8));
        root.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        root.add(summary, BorderLayout.NORTH);
        root.add(split, BorderLayout.CENTER);
        JButton close = new JButton(Texts.get("followup.close"));
        close.setName("followUp.close");
        close.addActionListener(e -> dispose());
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.add(exportTracking);
        bottom.add(close);
        root.add(bottom, BorderLayout.SOUTH);
        setContentPane(root);
        // a read-only folder: the records are read and exported, not changed
        for (JButton b : List.of(exportTracking, exportVisits, close)) {
            ReadOnlyLock.viewing(b);
        }
        ReadOnlyLock.lockIf(ctx.readOnly(), this);
        setPreferredSize(new Dimension(1240, 740));
        pack();
        setLocationRelativeTo(owner);
        updateButtons();
    }

    /** Opens the view and reads every project in the background. */
    static FollowUpDialog show(Frame owner, AppContext ctx) {
        FollowUpDialog d = new FollowUpDialog(owner, ctx);
        d.setVisible(true);
        d.load();
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    /** Reads and evaluates every active project off the event thread. */
    private void load() {
        new SwingWorker<List<FollowUpEvaluation>, Void>() {
            @Override
            protected List<FollowUpEvaluation> doInBackground() {
                List<FollowUpEvaluation> out = new ArrayList<>();
                for (ProjectSummary s : ctx.projects().listActive()) {
                    ctx.projects().load(s.id()).ifPresent(p -> out.add(followUp(p)));
                }
                return out;
            }

            @Override
            protected void done() {
                try {
                    data.clear();
                    data.addAll(get());
                } catch (Exception e) {
                    summary.setText(Texts.format("followup.failed", cause(e)));
                    return;
                }
                projectsModel.fireTableDataChanged();
                updateSummary();
                if (!data.isEmpty()) {
                    projects.setRowSelectionInterval(0, 0);
                }
            }
        }.execute();
    }

    private FollowUpEvaluation followUp(DiagnosisProject p) {
        return FollowUpEvaluation.of(service.evaluate(p, null), ctx.meterStore(), today(), NullProgressMonitor.INSTANCE);
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void updateSummary() {
        long due = data.stream().filter(FollowUpEvaluation::visitOverdue).count();
        long late = data.stream().mapToLong(f -> f.late().size()).sum();
        double verified = data.stream().mapToDouble(FollowUpEvaluation::verifiedTce).sum();
        double expected = data.stream().mapToDouble(FollowUpEvaluation::expectedOfVerifiedTce).sum();
        double planned = data.stream().mapToDouble(FollowUpEvaluation::expectedTce).sum();
        summary.setText(Texts.format("followup.summary", data.size(), due, late, NumberStyle.amount(verified),
                NumberStyle.amount(expected), NumberStyle.amount(planned)));
    }

    private FollowUpEvaluation selected() {
        int r = projects.getSelectedRow();
        return r < 0 || r >= data.size() ? null : data.get(projects.convertRowIndexToModel(r));
    }

    private void showSelected() {
        subjectsModel.fireTableDataChanged();
        verificationsModel.fireTableDataChanged();
        FollowUpEvaluation f = selected();
        details.setText(f == null ? "" : detailText(f));
        details.setCaretPosition(0);
        updateButtons();
    }

    private void updateButtons() {
        FollowUpEvaluation f = selected();
        int r = subjects.getSelectedRow();
        complete.setEnabled(f != null && r >= 0 && r < f.rows().size()
                && f.rows().get(r).status() != org.energydiag.core.followup.ImplementationStatus.COMPLETED);
        editRecord.setEnabled(f != null && r >= 0 && r < f.rows().size());
        visit.setEnabled(f != null);
        upload.setEnabled(f != null);
        exportVisits.setEnabled(f != null);
        setup.setEnabled(f != null && !f.rows().isEmpty());
        editSetup.setEnabled(selectedSetup() != null);
        removeSetup.setEnabled(selectedSetup() != null);
        exportTracking.setEnabled(!data.isEmpty());
    }

    private static void widths(JTable t, int... w) {
        for (int i = 0; i < w.length; i++) {
            t.getColumnModel().getColumn(i).setPreferredWidth(w[i]);
        }
    }

    /** A table whose cells show their whole text as a tooltip (results and statistics are longer than a column). */
    private static final class TipTable extends JTable {
        private static final long serialVersionUID = 1L;

        TipTable(javax.swing.table.TableModel m) {
            super(m);
        }

        @Override
        public String getToolTipText(java.awt.event.MouseEvent e) {
            int r = rowAtPoint(e.getPoint());
            int c = columnAtPoint(e.getPoint());
            if (r < 0 || c < 0) {
                return null;
            }
            Object v = getValueAt(r, c);
            String text = v == null ? "" : v.toString();
            return text.isEmpty() ? null : text;
        }
    }

    /** The set-up selected in the verifications' list, or null. */
    private VerificationSetup selectedSetup() {
        FollowUpEvaluation f = selected();
        int r = verificationsTable.getSelectedRow();
        return f == null || r < 0 || r >= f.verifications().size() ? null : f.verifications().get(r).setup();
    }

    /**
     * 新建核验… ({@code current} null: a draft credited to the selected task or key project, its periods drawn
     * from its implementation record) or 编辑核验… (the selected set-up): the form, then the set-up saved and
     * every verification of the project verified again.
     */
    private void editSetup(VerificationSetup current) {
        FollowUpEvaluation f = selected();
        if (f == null) {
            return;
        }
        VerificationSetup shown = current;
        if (shown == null) {
            int r = subjects.getSelectedRow();
            FollowUpEvaluation.Row row = r >= 0 && r < f.rows().size() ? f.rows().get(r) : null;
            shown = row == null ? VerificationSetup.draft(Texts.get("followup.setup.defaultName"), List.of(), null, today())
                    : VerificationSetup.draft(Texts.format("followup.setup.draftName", row.name()), List.of(row.id()), row.record(), today());
        }
        SetupEntry entry = new SetupEntry(this, shown, f.rows());
        entry.setVisible(true);
        if (entry.result == null) {
            return;
        }
        VerificationSetup v = entry.result;
        selectSetupAfterSave = v.id();
        save(f, p -> p.withFollowUp(p.followUp().with(v), Instant.now(ctx.clock())), null);
    }

    /** 删除核验: the selected set-up, after asking (its verified figure disappears from the totals). */
    private void removeSetup() {
        FollowUpEvaluation f = selected();
        VerificationSetup v = selectedSetup();
        if (f == null || v == null) {
            return;
        }
        if (javax.swing.JOptionPane.showConfirmDialog(this, Texts.format("followup.removeSetup.confirm", v.name()),
                Texts.get("followup.removeSetup"), javax.swing.JOptionPane.OK_CANCEL_OPTION) != javax.swing.JOptionPane.OK_OPTION) {
            return;
        }
        save(f, p -> p.withFollowUp(p.followUp().withoutVerification(v.id()), Instant.now(ctx.clock())), null);
    }

    /** 编辑实施记录…: status, dates, the planned completion, investment, work and confirmation of the selected subject. */
    private void editRecord() {
        FollowUpEvaluation f = selected();
        int r = subjects.getSelectedRow();
        if (f == null || r < 0 || r >= f.rows().size()) {
            return;
        }
        ImplementationEntry entry = new ImplementationEntry(this, f.rows().get(r));
        entry.setVisible(true);
        if (entry.result == null) {
            return;
        }
        Implementation rec = entry.result;
        save(f, p -> p.withFollowUp(p.followUp().with(rec), Instant.now(ctx.clock())), null);
    }

    /** The set-up to select in the list once the project is shown again after saving. */
    private String selectSetupAfterSave;

    /** 导出实施跟踪表…: all projects as shown (the same evaluations). */
    private void exportTracking() {
        String title = Texts.get("followup.exportTracking.title");
        Path out = AgencyExports.choose(this, title, Texts.get("followup.exportTracking.filter"), "xlsx",
                Texts.get("followup.exportTracking.fileName"));
        if (out == null) {
            return;
        }
        List<FollowUpEvaluation> shown = List.copyOf(data);
        LocalDate day = today();
        BackgroundTask.run(this, title, () -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            org.energydiag.core.report.followup.TrackingWorkbook.write(shown, day, bytes);
            org.energydiag.core.io.ProjectFile.writeAtomically(out, bytes.toByteArray());
            return Texts.format("followup.exportTracking.done", shown.size(), out.getFileName());
        }, message -> ExportDone.show(this, title, message, out));
    }

    /** 导出回访记录…: the selected enterprise's 技术回访记录. */
    private void exportVisits() {
        FollowUpEvaluation f = selected();
        if (f == null) {
            return;
        }
        String title = Texts.get("followup.exportVisits.title");
        Path out = AgencyExports.choose(this, title, Texts.get("followup.exportVisits.filter"), "docx",
                Texts.format("followup.exportVisits.fileName", f.evaluation().project().displayName()));
        if (out == null) {
            return;
        }
        LocalDate day = today();
        BackgroundTask.run(this, title, () -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            org.energydiag.core.report.followup.VisitRecord.write(f, day, bytes);
            org.energydiag.core.io.ProjectFile.writeAtomically(out, bytes.toByteArray());
            return Texts.format("followup.exportVisits.done", out.getFileName());
        }, message -> ExportDone.show(this, title, message, out));
    }

    /** 提交回访: the follow-up of the selected project queued as its own submission (without the plan). */
    private void queueUpload() {
        FollowUpEvaluation f = selected();
        if (f == null) {
            return;
        }
        String id = f.evaluation().project().id();
        upload.setEnabled(false);
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() {
                DiagnosisProject p = ctx.projects().load(id).orElseThrow();
                var prepared = org.energydiag.core.sync.FollowUpSubmission.build(p,
                        (aid, kind) -> ctx.attachments().get(id, aid, kind), org.energydiag.app.AppInfo.generator(),
                        Instant.now(ctx.clock()), java.util.UUID.randomUUID().toString());
                ctx.outbox().enqueue(prepared.submission(), prepared.files());
                ctx.sync().changed();
                return Texts.format("followup.uploadQueued", p.displayName(), prepared.submission().parts().size());
            }

            @Override
            protected void done() {
                try {
                    summary.setText(get());
                } catch (Exception e) {
                    summary.setText(Texts.format("followup.failed", cause(e)));
                }
                updateButtons();
            }
        }.execute();
    }

    /** The verifications and the 回访 of a project, in words. */
    static String detailText(FollowUpEvaluation f) {
        StringBuilder sb = new StringBuilder();
        if (f.verifications().isEmpty()) {
            sb.append(Texts.get("followup.noVerification")).append('\n');
        }
        for (SavingsVerification.Result r : f.verifications()) {
            if (r.verified()) {
                sb.append(Texts.format("followup.verified", r.setup().name(), NumberStyle.amount(r.annualTce()),
                        NumberStyle.amount(r.annualUncertaintyTce()), Math.round(SavingsVerification.CONFIDENCE * 100),
                        r.expectedTce() == null ? "—" : NumberStyle.amount(r.expectedTce()), r.statistics())).append('\n');
            } else {
                sb.append(Texts.format("followup.refused", r.setup().name(), r.reason())).append('\n');
            }
            r.notes().forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        List<Visit> visits = f.evaluation().project().followUp().visits();
        sb.append(Texts.format("followup.visits", visits.size())).append('\n');
        for (Visit v : visits) {
            sb.append(Texts.format("followup.visitLine", String.valueOf(v.date()), v.form().label(), v.notes(),
                    v.feedback().isBlank() ? "—" : v.feedback(), v.evidenceIds().size())).append('\n');
        }
        f.visitDue().ifPresent(d -> sb.append(Texts.format(f.visitOverdue() ? "followup.visitOverdue" : "followup.visitDue", d.toString())));
        return sb.toString();
    }

    /** 标记已完成: the selected task or key project completed today. */
    private void markComplete() {
        FollowUpEvaluation f = selected();
        int r = subjects.getSelectedRow();
        if (f == null || r < 0) {
            return;
        }
        Implementation done = f.rows().get(r).record().completed(today());
        save(f, p -> p.withFollowUp(p.followUp().with(done), Instant.now(ctx.clock())), null);
    }

    /** 记录回访…: the form, then the visit (and its photo) saved in the background. */
    private void recordVisit() {
        FollowUpEvaluation f = selected();
        if (f == null) {
            return;
        }
        VisitEntry entry = new VisitEntry(this, today());
        entry.setVisible(true);
        if (!entry.ok) {
            return;
        }
        Visit v = entry.visit();
        EvidenceStepPanel.Imported photo = entry.photo;
        save(f, p -> {
            FollowUp u = p.followUp();
            DiagnosisProject q = p;
            Visit withEvidence = v;
            if (photo != null) {
                List<Attachment> all = new ArrayList<>(p.site().attachments());
                all.add(photo.attachment());
                q = q.withSite(p.site().withAttachments(all), Instant.now(ctx.clock()));
                withEvidence = v.withEvidence(List.of(photo.attachment().id()));
            }
            return q.withFollowUp(u.with(withEvidence), Instant.now(ctx.clock()));
        }, photo);
    }

    /** Saves an edit of {@code f}'s project (the photo's bytes first) and shows it evaluated again. */
    private void save(FollowUpEvaluation f, UnaryOperator<DiagnosisProject> edit, EvidenceStepPanel.Imported photo) {
        int row = projects.getSelectedRow();
        int subjectRow = subjects.getSelectedRow();
        int setupRow = verificationsTable.getSelectedRow();
        String id = f.evaluation().project().id();
        for (JButton b : List.of(complete, editRecord, visit, setup, editSetup, removeSetup)) {
            b.setEnabled(false);
        }
        new SwingWorker<FollowUpEvaluation, Void>() {
            @Override
            protected FollowUpEvaluation doInBackground() {
                DiagnosisProject p = ctx.projects().load(id).orElseThrow();
                if (photo != null) {
                    // the bytes first: a saved project never points to missing bytes
                    ctx.attachments().put(id, photo.attachment().id(), photo.blobs());
                }
                DiagnosisProject q = edit.apply(p);
                ctx.projects().save(q);
                return followUp(q);
            }

            @Override
            protected void done() {
                try {
                    FollowUpEvaluation g = get();
                    int at = data.indexOf(f);
                    if (at >= 0) {
                        data.set(at, g);
                    }
                } catch (Exception e) {
                    summary.setText(Texts.format("followup.failed", cause(e)));
                }
                projectsModel.fireTableDataChanged();
                updateSummary();
                if (row >= 0 && row < data.size()) {
                    projects.setRowSelectionInterval(row, row);
                }
                showSelected();
                if (subjectRow >= 0 && subjectRow < subjects.getRowCount()) {
                    subjects.setRowSelectionInterval(subjectRow, subjectRow);
                }
                FollowUpEvaluation shown = selected();
                int at = shown == null || selectSetupAfterSave == null ? -1 : java.util.stream.IntStream.range(0, shown.verifications().size())
                        .filter(i -> shown.verifications().get(i).setup().id().equals(selectSetupAfterSave)).findFirst().orElse(-1);
                int keep = at >= 0 ? at : Math.min(setupRow, verificationsTable.getRowCount() - 1);
                if (keep >= 0) {
                    verificationsTable.setRowSelectionInterval(keep, keep);
                }
                selectSetupAfterSave = null;
                updateButtons();
            }
        }.execute();
    }

    /** A read-only column of the follow-up tables. */
    private static <R> RowTableModel.Column<R> column(String key, java.util.function.Function<R, Object> get) {
        return new RowTableModel.Column<>(Texts.get(key), Object.class, get, null);
    }

    /** The agency's projects in follow-up: done/all records, the next 回访, late records, expected vs verified savings. */
    private RowTableModel<FollowUpEvaluation> projectsTableModel() {
        return new RowTableModel<>(List.of(
                column("followup.col.enterprise", f -> f.evaluation().project().displayName()),
                column("followup.col.done", f -> f.count(org.energydiag.core.followup.ImplementationStatus.COMPLETED) + "/" + f.rows().size()),
                column("followup.col.due", f -> f.visitDue().map(d -> (f.visitOverdue() ? Texts.get("followup.overdueMark") : "") + d).orElse("—")),
                column("followup.col.late", f -> f.late().size()),
                column("followup.col.expected", f -> NumberStyle.amount(f.expectedOfVerifiedTce())),
                column("followup.col.verified", f -> f.verifications().stream().anyMatch(SavingsVerification.Result::verified)
                        ? NumberStyle.amount(f.verifiedTce()) : "—")),
                () -> data, rows -> { });
    }

    /** The records (tasks and key projects) of the selected project. */
    private RowTableModel<FollowUpEvaluation.Row> subjectsTableModel() {
        return new RowTableModel<>(List.of(
                column("followup.col.kind", x -> x.kind().label()),
                column("followup.col.name", FollowUpEvaluation.Row::name),
                column("followup.col.status", x -> x.status().label() + (x.late() ? Texts.get("followup.lateMark") : "")),
                column("followup.col.plannedFinish", x -> x.plannedFinish() == null ? "" : x.plannedFinish()
                        + (x.plannedFinishFromPlan() ? Texts.get("followup.plannedFromPlanMark") : "")),
                column("followup.col.finish", x -> x.record().finishDate() == null ? "" : x.record().finishDate().toString()),
                column("followup.col.expectedSubject", x -> NumberStyle.amount(x.expectedTce()))),
                () -> selected() == null ? List.of() : selected().rows(), rows -> { });
    }

    /** The verifications of the selected project: each set-up with its result or refusal and the statistics. */
    private RowTableModel<SavingsVerification.Result> verificationsTableModel() {
        return new RowTableModel<>(List.of(
                column("followup.mvcol.name", x -> x.setup().name()),
                column("followup.mvcol.subjects", x -> subjectNames(selected(), x.setup().subjectIds())),
                column("followup.mvcol.result", FollowUpDialog::resultText),
                column("followup.mvcol.statistics", x -> x.statistics().isEmpty() ? "—" : x.statistics())),
                () -> selected() == null ? List.of() : selected().verifications(), rows -> { });
    }

    /** The names of the credited subjects, as listed (an id no longer in the plan shown as such). */
    static String subjectNames(FollowUpEvaluation f, List<String> ids) {
        if (ids.isEmpty()) {
            return Texts.get("followup.mv.noSubjects");
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(f == null ? id : f.rows().stream().filter(r -> r.id().equals(id)).map(FollowUpEvaluation.Row::name).findFirst()
                    .orElse(Texts.get("followup.mv.goneSubject")));
        }
        return String.join("、", out);
    }

    /** 核验 X ± Y tce/a（方案预期 Z）, or 不给出：why. */
    static String resultText(SavingsVerification.Result r) {
        if (r.verified()) {
            return Texts.format("followup.mv.resultVerified", NumberStyle.amount(r.annualTce()), NumberStyle.amount(r.annualUncertaintyTce()),
                    Math.round(SavingsVerification.CONFIDENCE * 100), r.expectedTce() == null ? "—" : NumberStyle.amount(r.expectedTce()));
        }
        return Texts.format("followup.mv.resultRefused", r.reason());
    }

    /** A form of the two entry dialogs: labelled fields, the error line, 保存 (named {@code saveName}) and 取消. */
    static JPanel form(JDialog d, String[] labelKeys, java.awt.Component[] fields, JLabel error, String saveName, Runnable accept) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.NORTHWEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        for (int i = 0; i < labelKeys.length; i++) {
            c.gridx = 0;
            c.gridy = i;
            c.weightx = 0;
            p.add(new JLabel(Texts.get(labelKeys[i])), c);
            c.gridx = 1;
            c.weightx = 1;
            p.add(fields[i], c);
        }
        c.gridy = labelKeys.length;
        p.add(error, c);
        JButton save = new JButton(Texts.get("followup.entry.save"));
        save.setName(saveName);
        save.addActionListener(e -> accept.run());
        JButton cancel = new JButton(Texts.get("followup.entry.cancel"));
        cancel.addActionListener(e -> d.dispose());
        JPanel b = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        b.add(save);
        b.add(cancel);
        c.gridy = labelKeys.length + 1;
        p.add(b, c);
        return p;
    }

    /** The form of one 回访: date, form, persons, notes, feedback, satisfaction and a photo. */
    static final class VisitEntry extends JDialog {
        private static final long serialVersionUID = 1L;
        final JTextField date = new JTextField(10);
        final JComboBox<String> form = new JComboBox<>(java.util.Arrays.stream(VisitForm.values()).map(VisitForm::label).toArray(String[]::new));
        final JTextField persons = new JTextField(30);
        final JTextArea notes = new JTextArea(4, 30);
        final JTextField feedback = new JTextField(30);
        final JComboBox<String> satisfaction = new JComboBox<>();
        final JLabel photoLabel = new JLabel(Texts.get("followup.entry.noPhoto"));
        final JLabel error = new JLabel(" ");
        transient EvidenceStepPanel.Imported photo;
        boolean ok;

        VisitEntry(java.awt.Window owner, LocalDate today) {
            super(owner, Texts.get("followup.entry.title"), ModalityType.APPLICATION_MODAL);
            setName("followUp.entry");
            date.setName("followUp.entry.date");
            form.setName("followUp.entry.form");
            persons.setName("followUp.entry.persons");
            notes.setName("followUp.entry.notes");
            feedback.setName("followUp.entry.feedback");
            satisfaction.setName("followUp.entry.satisfaction");
            photoLabel.setName("followUp.entry.photoLabel");
            error.setName("followUp.entry.error");
            date.setText(today.toString());
            notes.setLineWrap(true);
            satisfaction.addItem(Texts.get("followup.entry.notAsked"));
            for (FeedbackLevel l : FeedbackLevel.values()) {
                satisfaction.addItem(l.label());
            }
            String[] labels = {"followup.entry.date", "followup.entry.form", "followup.entry.persons", "followup.entry.notes",
                    "followup.entry.feedback", "followup.entry.satisfaction", "followup.entry.photo"};
            JButton choose = new JButton(Texts.get("followup.entry.choosePhoto"));
            choose.setName("followUp.entry.choosePhoto");
            choose.addActionListener(e -> choosePhoto());
            JPanel photoRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
            photoRow.add(choose);
            photoRow.add(photoLabel);
            java.awt.Component[] fields = {date, form, persons, new JScrollPane(notes), feedback, satisfaction, photoRow};
            setContentPane(form(this, labels, fields, error, "followUp.entry.save", this::accept));
            pack();
            setLocationRelativeTo(owner);
        }

        private void choosePhoto() {
            JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.ATTACHMENT);
            if (ch.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            Path f = ch.getSelectedFile().toPath();
            try {
                photo = EvidenceStepPanel.readFile(f, false);
                photoLabel.setText(Texts.format("followup.entry.photoChosen", photo.attachment().caption()));
                error.setText(" ");
            } catch (Exception e) {
                photo = null;
                error.setText(e.getMessage());
            }
        }

        private void accept() {
            LocalDate d;
            try {
                d = LocalDate.parse(date.getText().trim());
            } catch (java.time.format.DateTimeParseException e) {
                error.setText(Texts.format("followup.entry.badDate", date.getText().trim()));
                return;
            }
            day = d;
            ok = true;
            dispose();
        }

        private transient LocalDate day;

        Visit visit() {
            int s = satisfaction.getSelectedIndex();
            return Visit.on(day, VisitForm.values()[form.getSelectedIndex()])
                    .withText(persons.getText().trim(), notes.getText().trim(), feedback.getText().trim())
                    .withSatisfaction(s <= 0 ? null : FeedbackLevel.values()[s - 1]);
        }
    }

    /** The form of a verification set-up: meters, periods, the production per period (pasted from a sheet). */
    static final class SetupEntry extends JDialog {
        private static final long serialVersionUID = 1L;
        final JTextField name = new JTextField(30);
        final JTextField meters = new JTextField(30);
        final JComboBox<String> period = new JComboBox<>(java.util.Arrays.stream(org.energydiag.core.followup.PeriodKind.values())
                .map(org.energydiag.core.followup.PeriodKind::label).toArray(String[]::new));
        final JTextField baselineFrom = new JTextField(10);
        final JTextField baselineTo = new JTextField(10);
        final JTextField reportingFrom = new JTextField(10);
        final JTextField reportingTo = new JTextField(10);
        final JTextField unit = new JTextField(6);
        final JTextArea drivers = new JTextArea(10, 30);
        final javax.swing.JList<String> subjects;
        final JLabel error = new JLabel(" ");
        private final String id;
        private final transient List<FollowUpEvaluation.Row> rows;
        transient VerificationSetup result;

        SetupEntry(java.awt.Window owner, VerificationSetup v, List<FollowUpEvaluation.Row> rows) {
            super(owner, Texts.get("followup.setup.title"), ModalityType.APPLICATION_MODAL);
            setName("followUp.setupEntry");
            id = v == null ? null : v.id();
            this.rows = List.copyOf(rows);
            subjects = new javax.swing.JList<>(rows.stream().map(r -> Texts.format("followup.setup.subjectItem", r.kind().label(), r.name(),
                    r.status().label())).toArray(String[]::new));
            subjects.setName("followUp.setup.subjects");
            subjects.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
            subjects.setVisibleRowCount(Math.min(6, Math.max(3, rows.size())));
            subjects.setToolTipText(Texts.get("followup.setup.subjectsTip"));
            if (v != null) {
                subjects.setSelectedIndices(java.util.stream.IntStream.range(0, rows.size())
                        .filter(i -> v.subjectIds().contains(rows.get(i).id())).toArray());
            }
            name.setName("followUp.setup.name");
            meters.setName("followUp.setup.meters");
            baselineFrom.setName("followUp.setup.baselineFrom");
            baselineTo.setName("followUp.setup.baselineTo");
            reportingFrom.setName("followUp.setup.reportingFrom");
            reportingTo.setName("followUp.setup.reportingTo");
            drivers.setName("followUp.setup.drivers");
            error.setName("followUp.setup.error");
            if (v != null) {
                name.setText(v.name());
                meters.setText(String.join("，", v.meterNames()));
                period.setSelectedIndex(v.period().ordinal());
                baselineFrom.setText(str(v.baselineFrom()));
                baselineTo.setText(str(v.baselineTo()));
                reportingFrom.setText(str(v.reportingFrom()));
                reportingTo.setText(str(v.reportingTo()));
                unit.setText(v.productionUnit());
                drivers.setText(org.energydiag.core.followup.DriverText.format(v.drivers()));
            } else {
                name.setText(Texts.get("followup.setup.defaultName"));
                unit.setText("t");
            }
            meters.setToolTipText(Texts.get("followup.setup.metersTip"));
            drivers.setToolTipText(Texts.get("followup.setup.driversTip"));
            JPanel base = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
            base.add(baselineFrom);
            base.add(new JLabel(Texts.get("followup.setup.to")));
            base.add(baselineTo);
            JPanel rep = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
            rep.add(reportingFrom);
            rep.add(new JLabel(Texts.get("followup.setup.to")));
            rep.add(reportingTo);
            String[] labels = {"followup.setup.name", "followup.setup.subjects", "followup.setup.meters", "followup.setup.period",
                    "followup.setup.baseline", "followup.setup.reporting", "followup.setup.unit", "followup.setup.drivers"};
            java.awt.Component[] fields = {name, new JScrollPane(subjects), meters, period, base, rep, unit, new JScrollPane(drivers)};
            setContentPane(form(this, labels, fields, error, "followUp.setup.save", this::accept));
            pack();
            setLocationRelativeTo(owner);
        }

        private static String str(LocalDate d) {
            return ImplementationEntry.str(d);
        }

        private static LocalDate date(JTextField f) {
            return ImplementationEntry.date(f);
        }

        private void accept() {
            try {
                List<org.energydiag.core.followup.DriverPeriod> d = org.energydiag.core.followup.DriverText.parse(drivers.getText());
                List<String> names = java.util.Arrays.stream(meters.getText().split("[,，;；]")).map(String::strip)
                        .filter(x -> !x.isEmpty()).toList();
                List<String> credited = java.util.Arrays.stream(subjects.getSelectedIndices()).mapToObj(i -> rows.get(i).id()).toList();
                if (credited.isEmpty()) {
                    error.setText(Texts.get("followup.setup.noSubjects"));
                    return;
                }
                if (name.getText().isBlank()) {
                    error.setText(Texts.get("followup.setup.noName"));
                    return;
                }
                result = new VerificationSetup(id, name.getText().trim(), credited, names,
                        org.energydiag.core.followup.PeriodKind.values()[period.getSelectedIndex()], date(baselineFrom),
                        date(baselineTo), date(reportingFrom), date(reportingTo), unit.getText().trim(), d);
                dispose();
            } catch (org.energydiag.core.followup.DriverText.Problem | IllegalArgumentException e) {
                error.setText(e.getMessage());
            }
        }
    }
}
