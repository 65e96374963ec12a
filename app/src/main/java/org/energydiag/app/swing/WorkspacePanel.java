package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.CardLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.border.EmptyBorder;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.WizardController;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.report.plan.Chapter;

/**
 * The project workspace: the steps of the template (one per {@link Chapter}, in order) with
 * completeness markers on the left, the current step on the right. Each chapter's view comes from
 * {@link ChapterViews}. Steps not available are listed disabled as 尚未提供.
 */
final class WorkspacePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient WizardController wizard;
    private final JList<Chapter> steps;
    private final JLabel projectName = new JLabel();
    private final JButton previous = new JButton(Texts.get("workspace.previous"));
    private final JButton next = new JButton(Texts.get("workspace.next"));
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final java.util.Map<Chapter, StepView> views = new java.util.EnumMap<>(Chapter.class);
    private final transient RetrofitModel retrofit;
    private final transient org.energydiag.app.controller.RetrofitService retrofitService;
    private final transient ProjectSession session;
    /** The header's buttons that change the project or the data folder (locked in a read-only folder). */
    private final java.util.List<javax.swing.JComponent> writers = new java.util.ArrayList<>();

    org.energydiag.app.controller.RetrofitService retrofitService() {
        return retrofitService;
    }

    WorkspacePanel(ProjectSession session, Divisions divisions, IndustryClassification industries,
                   org.energydiag.core.meter.MeterStore meters,
                   java.util.List<org.energydiag.core.meter.analysis.TouSchedule> schedules,
                   EquipmentRatingView.Services equipmentServices,
                   org.energydiag.app.controller.RetrofitService retrofitService, java.nio.file.Path agencyTemplate,
                   Runnable backToHome, Runnable submit,
                   java.util.Map<String, org.energydiag.core.reference.EnergyCarrier> carriers,
                   org.energydiag.core.evidence.AttachmentStore attachments) {
        super(new BorderLayout());
        setName("workspace");
        this.retrofitService = retrofitService;
        this.session = session;
        this.wizard = new WizardController(session);

        JButton back = new JButton(Texts.get("workspace.back"));
        back.setName("workspace.back");
        back.addActionListener(e -> backToHome.run());
        projectName.setName("workspace.projectName");
        projectName.putClientProperty("FlatLaf.styleClass", "h3");
        // on a narrow window (1024×700 at 150 %) the name shortens and the buttons continue on a second line
        JPanel header = new JPanel(new MigLayout("insets 6 10 6 10, fillx", "[]unrel[grow,fill,60lp:pref][]"));
        header.add(back, "aligny top");
        header.add(projectName, "aligny top, wmin 60lp, shrinkprio 200"); // the name gives way before the buttons wrap
        JButton exportPlan = new JButton(Texts.get("workspace.exportPlan"));
        exportPlan.setName("workspace.exportPlan");
        exportPlan.setToolTipText(Texts.get("workspace.exportPlan.tooltip"));
        exportPlan.addActionListener(e -> {
            flushEdits();
            PlanExportAction.run(this, session, retrofitService, agencyTemplate,
                    (aid, kind) -> attachments.get(session.project().id(), aid, kind), this::goTo);
        });
        JButton exportReport = new JButton(Texts.get("diagreport.button"));
        exportReport.setName("workspace.exportDiagnosisReport");
        exportReport.setToolTipText(Texts.get("diagreport.button.tooltip"));
        exportReport.addActionListener(e -> {
            flushEdits();
            DiagnosisReportExportAction.run(this, session, retrofitService, agencyTemplate,
                    (aid, kind) -> attachments.get(session.project().id(), aid, kind));
        });
        JButton exportCarbon = new JButton(Texts.get("carbonreport.export.button"));
        exportCarbon.setName("workspace.exportCarbonReport");
        exportCarbon.setToolTipText(Texts.get("carbonreport.export.tooltip"));
        exportCarbon.addActionListener(e -> {
            flushEdits();
            CarbonReportExportAction.run(this, session, retrofitService, agencyTemplate);
        });
        JButton check = new JButton(Texts.get("planCheck.button"));
        check.setName("workspace.planCheck");
        check.setToolTipText(Texts.get("planCheck.tooltip"));
        check.addActionListener(e -> {
            flushEdits();
            var project = session.project();
            var analysis = session.analysis();
            BackgroundTask.run(this, Texts.get("planCheck.running"), () -> retrofitService.evaluate(project, analysis),
                    ev -> PlanCheckDialog.show(javax.swing.SwingUtilities.getWindowAncestor(this), ev, this::goTo));
        });
        WrapLayout buttonsLayout = new WrapLayout(6, 0);
        buttonsLayout.setAlignment(java.awt.FlowLayout.RIGHT);
        JPanel buttons = new JPanel(buttonsLayout);
        buttons.add(check);
        buttons.add(exportPlan);
        buttons.add(exportReport);
        buttons.add(exportCarbon);
        JButton submitButton = new JButton(Texts.get("workspace.submit"));
        submitButton.setName("workspace.submit");
        submitButton.setToolTipText(Texts.get("workspace.submit.tooltip"));
        submitButton.addActionListener(e -> {
            flushEdits();
            submit.run();
        });
        buttons.add(submitButton);
        writers.add(submitButton);
        // the feedback step of the service (附件3 企业满意度调查表), in the workspace as well as under 工具
        JButton satisfaction = new JButton(Texts.get("workspace.satisfaction"));
        satisfaction.setName("workspace.satisfaction");
        satisfaction.setToolTipText(Texts.get("workspace.satisfaction.tooltip"));
        satisfaction.addActionListener(e -> {
            flushEdits();
            SatisfactionDialog.open(javax.swing.SwingUtilities.getWindowAncestor(this), session);
        });
        buttons.add(satisfaction);
        writers.add(satisfaction);
        header.add(buttons, "aligny top, growx 0");
        add(header, BorderLayout.NORTH);

        DefaultListModel<Chapter> model = new DefaultListModel<>();
        wizard.steps().forEach(model::addElement);
        steps = new JList<>(model);
        steps.setName("workspace.steps");
        steps.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        steps.setCellRenderer(new StepListRenderer(wizard, () -> session.project().plan().keyProjects().size()));
        javax.swing.ToolTipManager.sharedInstance().registerComponent(steps); // the renderer's tooltip lists a step's open points
        steps.setSelectedValue(wizard.current(), false);
        steps.addListSelectionListener(e -> {
            Chapter s = steps.getSelectedValue();
            if (s != null && s != wizard.current() && wizard.available(s)) {
                flushEdits();
            }
            boolean chosen = s != null && s != wizard.current();
            if (s != null && !wizard.select(s)) {
                steps.setSelectedValue(wizard.current(), false); // unavailable: stay where we are
            } else if (chosen) {
                showFirstOpenPoint(s);
            }
        });
        JScrollPane nav = new JScrollPane(steps);
        nav.setBorder(new EmptyBorder(0, 0, 0, 0));
        JPanel west = new JPanel(new BorderLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Dimension getPreferredSize() {
                int width = com.formdev.flatlaf.util.UIScale.scale(310);
                int room = WorkspacePanel.this.getWidth();
                return new java.awt.Dimension(room > 0 ? Math.min(width, room * 28 / 100) : width, 10);
            }
        };
        JLabel navTitle = new JLabel(Texts.get("workspace.steps"));
        navTitle.setBorder(new EmptyBorder(6, 10, 6, 10));
        west.add(navTitle, BorderLayout.NORTH);
        west.add(nav, BorderLayout.CENTER);
        nav.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        // the renderer puts a title on two lines when the list is narrower than it: row heights follow the width
        nav.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                steps.setFixedCellHeight(1);
                steps.setFixedCellHeight(-1);
            }
        });
        // the steps' list takes at most 28 % of the window, so a small screen leaves the step its room
        west.setPreferredSize(null);
        west.setMinimumSize(new java.awt.Dimension(0, 0));
        add(west, BorderLayout.WEST);

        // one view per chapter, in the chapters' order; each is shown for its step and flushed before any way out
        retrofit = new RetrofitModel(session, retrofitService);
        ChapterViews.Context context = new ChapterViews.Context(session, divisions, industries, meters, schedules, equipmentServices,
                retrofit, carriers, attachments, agencyTemplate);
        for (Chapter chapter : wizard.steps()) {
            ChapterViews.View view = ChapterViews.create(chapter, context);
            views.put(chapter, view.step());
            content.add(view.shown(), chapter.name());
        }
        add(content, BorderLayout.CENTER);

        JPanel footer = new JPanel(new MigLayout("insets 6 10 6 10", "[grow][][]"));
        previous.setName("workspace.previous");
        next.setName("workspace.next");
        // leaving a step commits what is being typed in it
        previous.addActionListener(e -> {
            flushEdits();
            wizard.previous();
        });
        next.addActionListener(e -> {
            flushEdits();
            wizard.next();
        });
        footer.add(new JLabel(), "growx");
        footer.add(previous);
        footer.add(next);
        add(footer, BorderLayout.SOUTH);

        // every text area and nested table of every step: the wheel passes on, Tab leaves, pages open at the top
        StepPages.install(this);
        wizard.addListener(this::showCurrent);
        session.addListener(p -> {
            projectName.setText(p.displayName());
            steps.repaint();
        });
        session.addChecksListener(steps::repaint); // the badges follow the plan check
        projectName.setText(session.project().displayName());
        showCurrent();
    }

    /** Counts the steps shown; a step's deferred scroll to its top applies only while it is still the one shown. */
    private int shown;

    private void showCurrent() {
        cards.show(content, wizard.current().name());
        // a step opens at its top, also after what filling its fields (a text area's caret) did to its scroll position
        Component page = currentPage();
        content.validate();
        StepPages.toTop(page);
        int ticket = ++shown;
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (ticket == shown) {
                StepPages.toTop(page);
            }
        });
        if (wizard.current().ordinal() >= Chapter.DIAGNOSIS.ordinal()) {
            retrofit.recompute(); // meter data may have been imported since
        }
        steps.setSelectedValue(wizard.current(), true);
        previous.setEnabled(wizard.hasPrevious());
        next.setEnabled(wizard.hasNext());
    }

    /** The component shown for the current step (its page). */
    private Component currentPage() {
        for (Component c : content.getComponents()) {
            if (c.isVisible()) {
                return c;
            }
        }
        return content;
    }

    /** Commits what the user is still typing (before undo, leaving the project or closing). */
    void flushEdits() {
        stopTableEditing(this); // a cell left in edit mode in any step is committed, not dropped
        views.values().forEach(StepView::flushEdits);
        session.commitPendingEdits(); // every binder's typing, including views not listed above
    }

    /** Stops the editing of every table under {@code c}, committing the value being typed. */
    private static void stopTableEditing(java.awt.Component c) {
        if (c instanceof javax.swing.JTable t && t.isEditing() && !t.getCellEditor().stopCellEditing()) {
            t.getCellEditor().cancelCellEditing(); // an invalid value cannot be kept; the cell shows the saved one
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                stopTableEditing(child);
            }
        }
    }

    /**
     * Leads to where a plan-check issue is fixed: its chapter's step, then the field it names there
     * (an enterprise field by name, a key project by id), which the step's view reveals.
     */
    void goTo(org.energydiag.core.evaluation.CheckIssue issue) {
        Chapter.ofTarget(issue.target()).ifPresent(chapter -> {
            wizard.select(chapter);
            shown++; // the field revealed below decides where the page is, not the scroll to the top
            if (!issue.field().isEmpty()) {
                views.get(chapter).reveal(issue.field());
            }
        });
    }

    /** A step chosen in the list opens on the tab of its first open point (its badge's first line), if it has tabs. */
    private void showFirstOpenPoint(Chapter step) {
        var points = wizard.openPoints(step);
        if (!points.isEmpty()) {
            views.get(step).showPoints(points);
        }
    }

    /**
     * The project lies in a read-only data folder: every step's fields, tables and changing buttons
     * are locked ({@link ReadOnlyLock}), and so are 提交 and 满意度调查; viewing, the plan check and
     * the exports stay. {@code reason} is the tooltip of what is locked.
     */
    void setReadOnly(String reason) {
        ReadOnlyLock.lock(content, reason);
        writers.forEach(w -> ReadOnlyLock.lock(w, reason));
    }

    /** The project is being closed: background recomputation stops. */
    void close() {
        retrofit.close();
    }

    WizardController wizard() {
        return wizard;
    }

    ProjectSession session() {
        return session;
    }
}
