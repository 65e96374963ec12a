package org.energydiag.app.swing;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JOptionPane;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.text.Texts;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.carbon.CarbonReport;
import org.energydiag.core.report.carbon.CarbonReportWriter;

/**
 * 导出碳排放核算报告: evaluates the project in the background (the one evaluation the plan uses),
 * says what the report cannot be made without, asks where to save and writes the report of that
 * evaluation in the background. The agency's template is {@code templates/carbon-report-template.docx}
 * beside the plan's, when the data folder has one.
 */
final class CarbonReportExportAction {

    /** The agency template's file name, in the data folder's templates folder (beside the plan's). */
    static final String TEMPLATE_FILE = "carbon-report-template.docx";

    private CarbonReportExportAction() {
    }

    static void run(Component parent, ProjectSession session, RetrofitService service, Path planTemplate) {
        var project = session.project();
        ProjectAnalysis analysis = session.analysis();
        BackgroundTask.run(parent, Texts.get("carbonreport.export.evaluating"), () -> service.evaluate(project, analysis), ev -> {
            if (!CarbonReport.canBeMade(ev)) {
                JOptionPane.showMessageDialog(parent, Texts.format("carbonreport.cli.cannot", String.join("；", CarbonReport.missing(ev))),
                        Texts.get("carbonreport.export.title"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            write(parent, ev, planTemplate == null ? null : planTemplate.resolveSibling(TEMPLATE_FILE));
        });
    }

    private static void write(Component parent, ProjectEvaluation ev, Path agencyTemplate) {
        Path out = PlanExportAction.chooseDocx(parent, ev, Texts.get("carbonreport.export.chooserTitle"),
                Texts.get("carbonreport.export.fileSuffix"), Texts.get("carbonreport.export.title"));
        if (out == null) {
            return;
        }
        Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
        List<String> missing = CarbonReport.missing(ev);
        BackgroundTask.run(parent, Texts.get("carbonreport.export.running"), () -> {
            CarbonReportWriter.export(ev, template, out);
            return out;
        }, (Path file) -> ExportDone.show(parent, Texts.get("carbonreport.export.title"), Texts.format("carbonreport.export.done",
                template == null ? "" : Texts.format("planExport.withTemplate", template), file.getFileName().toString(),
                missing.isEmpty() ? "" : Texts.format("carbonreport.export.missing", missing.size(), String.join("\n", missing))), file));
    }
}
