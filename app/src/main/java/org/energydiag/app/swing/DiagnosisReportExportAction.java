package org.energydiag.app.swing;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.swing.charts.PlanFigures;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.diagnosis.DiagnosisReportExport;

/**
 * 导出诊断报告: evaluates the project in the background (the same evaluation as the plan), says what is
 * missing when the project cannot have a report, else asks where to save and writes the 节能降碳诊断报告
 * (.docx) of that evaluation in the background, with the plan's figures; 打开文件 / 打开所在文件夹 after it.
 * The agency's template is the plan's ({@code templates/plan-template.docx} in the data folder): same placeholders.
 */
final class DiagnosisReportExportAction {
    private DiagnosisReportExportAction() {
    }

    static void run(Component parent, ProjectSession session, RetrofitService service, Path agencyTemplate,
                    org.energydiag.core.io.ProjectFile.Blobs blobs) {
        var project = session.project();
        var analysis = session.analysis();
        BackgroundTask.run(parent, Texts.get("diagreport.evaluating"), () -> service.evaluate(project, analysis), ev -> {
            String refusal = DiagnosisReportExport.refusal(ev);
            if (!refusal.isEmpty()) {
                JOptionPane.showMessageDialog(parent, refusal, Texts.get("diagreport.refused"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            write(parent, ev, agencyTemplate, blobs);
        });
    }

    private static void write(Component parent, ProjectEvaluation ev, Path agencyTemplate,
                              org.energydiag.core.io.ProjectFile.Blobs blobs) {
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.PLAN_EXPORT);
        ch.setDialogTitle(Texts.get("diagreport.chooserTitle"));
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("diagreport.filter"), "docx"));
        String name = ev.project().displayName().replaceAll("[\\\\/:*?\"<>|（）()]", "") + Texts.get("diagreport.fileSuffix");
        ch.setSelectedFile(new java.io.File(name));
        if (ch.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = ch.getSelectedFile().toPath();
        Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".docx");
        if (Files.exists(out) && JOptionPane.showConfirmDialog(parent, Texts.format("diagreport.replace", out.getFileName()),
                Texts.get("diagreport.title"), JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return;
        }
        Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
        BackgroundTask.run(parent, Texts.get("diagreport.running"),
                () -> DiagnosisReportExport.write(ev, PlanFigures.of(ev, blobs), template, out),
                (Path file) -> ExportDone.show(parent, Texts.get("diagreport.title"), Texts.format("diagreport.done",
                        template == null ? "" : Texts.format("diagreport.withTemplate", template), file.getFileName().toString()), file));
    }
}
