package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import java.awt.BorderLayout;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.core.retrofit.Safeguards;

/**
 * Step 实施保障措施 (template 三（四）): 组织保障, 技术保障, 资金保障, 制度保障 with starter texts
 * naming the enterprise; the engineer edits them.
 */
final class SafeguardsStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient Binder binder;

    SafeguardsStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.binder = new Binder(session);
        setName("step.SAFEGUARDS");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 3", "[grow,fill]"));
        PlanEdits.header(p, Texts.get("safeguards.title"), Texts.get("safeguards.intro"));
        area(p, session, Texts.get("safeguards.organization"), "safeguards.organization", Safeguards::organization,
                (s, v) -> new Safeguards(v, s.technical(), s.funding(), s.institutional()));
        area(p, session, Texts.get("safeguards.technical"), "safeguards.technical", Safeguards::technical,
                (s, v) -> new Safeguards(s.organization(), v, s.funding(), s.institutional()));
        area(p, session, Texts.get("safeguards.funding"), "safeguards.funding", Safeguards::funding,
                (s, v) -> new Safeguards(s.organization(), s.technical(), v, s.institutional()));
        area(p, session, Texts.get("safeguards.institutional"), "safeguards.institutional", Safeguards::institutional,
                (s, v) -> new Safeguards(s.organization(), s.technical(), s.funding(), v));
        JButton reset = new JButton(Texts.get("safeguards.reset"));
        reset.setName("safeguards.reset");
        reset.addActionListener(e -> binder.editProject(Texts.get("safeguards.reset.edit"), null,
                PlanEdits.plan(pl -> pl.withSafeguards(Safeguards.empty()))));
        // the starter texts are not the engineer's until confirmed: the step shows ✓ only then (Chapter.SAFEGUARDS)
        JButton confirm = new JButton(Texts.get("safeguards.confirm"));
        confirm.setName("safeguards.confirm");
        confirm.setToolTipText(Texts.get("safeguards.confirm.tooltip"));
        confirm.addActionListener(e -> {
            binder.flushPending();
            binder.editProject(Texts.get("safeguards.confirm.edit"), null, pr -> pr.withPlan(pr.plan().withSafeguards(
                    pr.plan().safeguards().orStarter(pr.enterprise().name())), pr.updatedAt()));
        });
        JLabel state = new JLabel(" ");
        state.setName("safeguards.state");
        binder.addRefresher(() -> {
            Safeguards s = session.project().plan().safeguards();
            long open = java.util.stream.Stream.of(s.organization(), s.technical(), s.funding(), s.institutional())
                    .filter(String::isBlank).count();
            // the starter texts name the enterprise: confirmed before the name is typed they would keep 企业 for good
            boolean named = !session.project().enterprise().name().isBlank();
            confirm.setEnabled(open > 0 && named);
            state.setText(open == 0 ? Texts.get("safeguards.state.confirmed") : Texts.format("safeguards.state.starter", open)
                    + (named ? "" : Texts.get("safeguards.state.noName")));
            state.setForeground(Theme.color(open == 0 ? Theme.OK : Theme.WARNING));
        });
        p.add(PlanEdits.buttons(confirm, reset), "growx");
        p.add(state, "wmin 0");
        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private void area(JPanel p, ProjectSession session, String label, String field, Function<Safeguards, String> get,
                      BiFunction<Safeguards, String, Safeguards> set) {
        ScrollablePanel.section(p, label);
        JTextArea a = new JTextArea(5, 60);
        a.setLineWrap(true);
        binder.projectText(a, field, label, pr -> get.apply(pr.plan().safeguards().orStarter(pr.enterprise().name())),
                (pr, v) -> {
                    Safeguards current = pr.plan().safeguards();
                    String starter = get.apply(Safeguards.starter(pr.enterprise().name()));
                    // an aspect still on its starter text stays blank (it follows the enterprise's name); one the
                    // engineer confirmed or wrote keeps its text, also when that equals the starter
                    boolean blank = get.apply(current).isBlank();
                    return pr.withPlan(pr.plan().withSafeguards(set.apply(current, blank && v.equals(starter) ? "" : v)), pr.updatedAt());
                }, null);
        p.add(new JScrollPane(a), "grow, h 110!");
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }
}
