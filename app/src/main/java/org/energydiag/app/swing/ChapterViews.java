package org.energydiag.app.swing;

import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.core.evidence.AttachmentStore;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.report.plan.Chapter;

/**
 * The window's step view of each {@link Chapter}: the one place a chapter gets its panel. The
 * switch over the chapters has no default, so a new chapter does not compile until its view is
 * here; the workspace builds one view per chapter, in the chapters' order.
 */
final class ChapterViews {

    private ChapterViews() {
    }

    /** What the views are built from: the open project and the workspace's services. */
    record Context(ProjectSession session, Divisions divisions, IndustryClassification industries, MeterStore meters,
                   List<TouSchedule> schedules, EquipmentRatingView.Services equipmentServices, RetrofitModel retrofit,
                   Map<String, EnergyCarrier> carriers, AttachmentStore attachments, java.nio.file.Path agencyTemplate) {
    }

    /** A chapter's step view and the component the workspace shows for it (the view, or a scroll pane around it). */
    record View(StepView step, JComponent shown) {

        /**
         * A step whose tables and charts stretch: it fills the page down to its minimum size, below
         * which the page scrolls (both ways), so every control stays reachable on a small screen.
         */
        static <V extends JComponent & StepView> View of(V view) {
            return new View(view, ScrollablePanel.fill(view));
        }

        /** A step that is one long form ({@link ScrollablePanel}): the page scrolls down, and sideways below its minimum width. */
        static <V extends ScrollablePanel & StepView> View scrolled(V view) {
            return new View(view, ScrollablePanel.page(view));
        }
    }

    /** The step view of {@code chapter}. */
    static View create(Chapter chapter, Context c) {
        ProjectSession s = c.session();
        return switch (chapter) {
            case ENTERPRISE -> View.scrolled(new EnterpriseStepPanel(s, c.divisions(), c.industries()));
            case PROCESS -> View.of(new ProcessStepPanel(s, c.carriers(), c.attachments()));
            case EQUIPMENT -> equipment(c);
            case ENERGY -> View.of(new EnergyStepPanel(s, c.meters(), c.schedules()));
            case MANAGEMENT -> View.of(new ManagementStepPanel(s));
            case CARBON -> View.of(new CarbonStepPanel(s));
            case FOOTPRINT -> View.of(new FootprintStepPanel(s, c.retrofit().service(), c.agencyTemplate()));
            case DIAGNOSIS -> View.of(new DiagnosisStepPanel(s, c.retrofit()));
            case TARGETS -> View.of(new TargetsStepPanel(s, c.retrofit()));
            case TASKS -> View.of(new TasksStepPanel(s, c.retrofit()));
            case KEY_PROJECTS -> View.of(new KeyProjectsStepPanel(s));
            case SAFEGUARDS -> View.of(new SafeguardsStepPanel(s));
            case ATTACHMENTS -> attachments(c);
        };
    }

    /** The inventory, with the rating of the selected item below it. */
    private static View equipment(Context c) {
        EquipmentRatingView ratings = new EquipmentRatingView(c.session(), c.equipmentServices());
        EquipmentStepPanel equipment = new EquipmentStepPanel(c.session(), ratings.columns(), ratings.panel());
        equipment.addSelectionListener(() -> ratings.show(equipment.selectedItem()));
        return View.of(equipment);
    }

    /** Photos and files, which may be linked to the findings of chapter 二. */
    private static View attachments(Context c) {
        EvidenceStepPanel evidence = new EvidenceStepPanel(c.session(), c.attachments());
        RetrofitModel retrofit = c.retrofit();
        evidence.useFindings(() -> retrofit.report() == null ? List.of() : retrofit.report().findings());
        return View.of(evidence);
    }
}
