package org.energydiag.app.swing;

import java.awt.Component;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.energydiag.app.AppContext;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.agency.AnnualSummary;
import org.energydiag.core.report.agency.WorkPlanWorkbook;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.UserException;

/**
 * The agency's documents of all projects in the data folder, as the commands export-workplan and
 * export-summary write them: 附件1 工作计划表 (.xlsx) and the 附件4 annual summary draft (.docx),
 * submitted by the agency of the settings (asked for when it is not set).
 */
final class AgencyExports {

    private AgencyExports() {
    }

    /** 文件 → 导出工作计划表（附件1）… */
    static void workPlan(Component parent, AppContext ctx) {
        String agency = agency(parent, ctx);
        Path out = choose(parent, Texts.get("agencyExport.workplan.title"), Texts.get("agencyExport.workplan.filter"), "xlsx",
                Texts.get("agencyExport.workplan.fileName"));
        if (out == null) {
            return;
        }
        BackgroundTask.run(parent, Texts.get("agencyExport.workplan.title"), () -> {
            List<DiagnosisProject> projects = projects(ctx);
            WorkPlanWorkbook.Model m = WorkPlanWorkbook.model(projects, agency, agency);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WorkPlanWorkbook.write(m, bytes);
            ProjectFile.writeAtomically(out, bytes.toByteArray());
            return Texts.format("agencyExport.workplan.done", projects.size(), m.enterpriseRows().size(), m.productRows().size(),
                    out.getFileName());
        }, message -> ExportDone.show(parent, Texts.get("agencyExport.workplan.title"), message, out));
    }

    /** 文件 → 导出年度工作总结（附件4）… */
    static void summary(Component parent, AppContext ctx) {
        String agency = agency(parent, ctx);
        Path out = choose(parent, Texts.get("agencyExport.summary.title"), Texts.get("agencyExport.summary.filter"), "docx",
                Texts.get("agencyExport.summary.fileName"));
        if (out == null) {
            return;
        }
        BackgroundTask.run(parent, Texts.get("agencyExport.summary.title"), () -> {
            LocalDate today = LocalDate.now(ctx.clock());
            // each project evaluated as the window evaluates it (with its stored meter data): the one evaluation
            var service = new org.energydiag.app.controller.RetrofitService(ctx.references(), ctx.meterStore(), ctx.clock());
            List<ProjectEvaluation> evaluations = new ArrayList<>();
            for (DiagnosisProject p : projects(ctx)) {
                evaluations.add(service.evaluate(p, null));
            }
            // the follow-up after the plan (附件4 reports 企业反馈 and verified results), with the same meter data
            List<org.energydiag.core.verification.FollowUpEvaluation> followUps = new ArrayList<>();
            for (ProjectEvaluation ev : evaluations) {
                followUps.add(org.energydiag.core.verification.FollowUpEvaluation.of(ev, ctx.meterStore(), today,
                        org.energydiag.core.progress.NullProgressMonitor.INSTANCE));
            }
            AnnualSummary.Model m = AnnualSummary.model(evaluations, followUps, agency, today);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            AnnualSummary.write(m, bytes);
            ProjectFile.writeAtomically(out, bytes.toByteArray());
            return Texts.format("agencyExport.summary.done", evaluations.size(), out.getFileName());
        }, message -> ExportDone.show(parent, Texts.get("agencyExport.summary.title"), message, out));
    }

    /** The agency of the settings; when none is set, the settings are opened to set it first. */
    private static String agency(Component parent, AppContext ctx) {
        String agency = ctx.settings().load().agencyName();
        if (agency.isBlank()) {
            Dialogs.info(parent, Texts.get("agencyExport.noAgency.title"), Texts.get("agencyExport.noAgency"));
            new SettingsDialog(javax.swing.SwingUtilities.getWindowAncestor(parent), ctx.settings(), ctx.readOnly()).setVisible(true);
            agency = ctx.settings().load().agencyName();
        }
        return agency;
    }

    /** All projects of the data folder (not those in the recycle bin). */
    private static List<DiagnosisProject> projects(AppContext ctx) {
        List<ProjectSummary> all = ctx.projects().listActive();
        if (all.isEmpty()) {
            throw new UserException(Texts.get("agencyExport.noProjects"));
        }
        List<DiagnosisProject> projects = new ArrayList<>();
        for (ProjectSummary s : all) {
            ctx.projects().load(s.id()).ifPresent(projects::add);
        }
        return projects;
    }

    /** Asks where to save (the plan-export folder is remembered for these too); null when cancelled. */
    static Path choose(Component parent, String title, String filter, String ext, String name) {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.PLAN_EXPORT);
        fc.setDialogTitle(title);
        fc.setFileFilter(new FileNameExtensionFilter(filter, ext));
        fc.setSelectedFile(new java.io.File(name + "." + ext));
        if (fc.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path p = fc.getSelectedFile().toPath();
        Path out = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(p.getFileName() + "." + ext);
        if (Files.exists(out) && JOptionPane.showConfirmDialog(parent, Texts.format("agencyExport.replace", out.getFileName()), title,
                JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return null;
        }
        return out;
    }
}
