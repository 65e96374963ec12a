package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.swing.charts.PlanFigures;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.plan.PlanExport;

/**
 * 导出改造方案: evaluates the project, shows the plan check, asks where to save, then writes the plan
 * (.docx) and the two lists (.xlsx) of that one evaluation in the background. The agency's template is used when the data folder has {@code templates/plan-template.docx}.
 */
final class PlanExportAction {
    private PlanExportAction() {
    }

    /**
     * Evaluates the project (in the background), shows the plan check when it found anything, and
     * when the user goes on asks where to save and writes the plan of that same evaluation.
     *
     * @param goTo leads to the field of an issue the user chose to fix
     */
    static void run(Component parent, ProjectSession session, RetrofitService service, Path agencyTemplate,
                    org.energydiag.core.io.ProjectFile.Blobs blobs, java.util.function.Consumer<CheckIssue> goTo) {
        var project = session.project();
        ProjectAnalysis analysis = session.analysis();
        BackgroundTask.run(parent, Texts.get("planCheck.running"), () -> service.evaluate(project, analysis), ev -> {
            if (PlanCheckDialog.confirm(javax.swing.SwingUtilities.getWindowAncestor(parent), ev, goTo)) {
                write(parent, ev, agencyTemplate, blobs);
            }
        });
    }

    /**
     * Asks where to save a .docx of this project (named after it with {@code suffix}), adds .docx when
     * the name lacks it and asks before replacing a file; null when the user cancelled.
     */
    static Path chooseDocx(Component parent, ProjectEvaluation ev, String chooserTitle, String suffix, String title) {
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.PLAN_EXPORT);
        ch.setDialogTitle(chooserTitle);
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("planExport.filter"), "docx"));
        String name = ev.project().displayName().replaceAll("[\\\\/:*?\"<>|（）()]", "") + suffix;
        ch.setSelectedFile(new java.io.File(name));
        if (ch.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path chosen = ch.getSelectedFile().toPath();
        Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".docx");
        if (Files.exists(out) && JOptionPane.showConfirmDialog(parent, Texts.format("planExport.replace", out.getFileName()), title,
                JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return null;
        }
        return out;
    }

    private static void write(Component parent, ProjectEvaluation ev, Path agencyTemplate,
                              org.energydiag.core.io.ProjectFile.Blobs blobs) {
        Path out = chooseDocx(parent, ev, Texts.get("planExport.chooserTitle"), Texts.get("planExport.fileSuffix"), Texts.get("planExport.title"));
        if (out == null) {
            return;
        }
        Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
        BackgroundTask.run(parent, Texts.get("planExport.running"), () -> {
            return PlanExport.write(ev, PlanFigures.of(ev, blobs), template, out);
        }, (List<Path> files) -> ExportDone.show(parent, Texts.get("planExport.title"), Texts.format("planExport.done",
                template == null ? "" : Texts.format("planExport.withTemplate", template),
                String.join("\n", files.stream().map(f -> f.getFileName().toString()).toList())), files.get(0)));
    }
}
