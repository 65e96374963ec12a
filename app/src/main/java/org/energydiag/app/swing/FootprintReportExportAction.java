package org.energydiag.app.swing;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JOptionPane;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.footprint.FootprintDocxWriter;
import org.energydiag.core.report.footprint.FootprintReport;

/**
 * 导出产品碳足迹核算报告 of one studied product: evaluates the project in the background (the one
 * evaluation the plan uses), names what the report lacks and offers to write it marked incomplete
 * (as {@code export-footprint --incomplete}) or not at all, asks where to save and writes the report
 * with its chart in the background. The agency's template is {@code templates/footprint-report-template.docx}
 * beside the plan's, when the data folder has one.
 */
final class FootprintReportExportAction {

    /** The agency template's file name, in the data folder's templates folder (beside the plan's). */
    static final String TEMPLATE_FILE = "footprint-report-template.docx";

    private FootprintReportExportAction() {
    }

    static void run(Component parent, ProjectSession session, RetrofitService service, Path planTemplate, String product) {
        var project = session.project();
        var analysis = session.analysis();
        BackgroundTask.run(parent, Texts.get("footprint.export.evaluating"), () -> service.evaluate(project, analysis), ev -> {
            Optional<FootprintReport> report = FootprintReport.of(ev, product);
            if (report.isEmpty()) {
                JOptionPane.showMessageDialog(parent, Texts.format("footprint.export.noStudy", product),
                        Texts.get("footprint.export.title"), JOptionPane.WARNING_MESSAGE);
                return;
            }
            List<String> missing = report.get().missing();
            if (!missing.isEmpty()) {
                Object[] options = {Texts.get("footprint.export.anyway"), Texts.get("footprint.export.cancel")};
                int answer = JOptionPane.showOptionDialog(parent, Texts.format("footprint.export.incomplete", product,
                                missing.size(), "· " + String.join("\n· ", missing)), Texts.get("footprint.export.title"),
                        JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]);
                if (answer != 0) {
                    return;
                }
            }
            write(parent, ev, report.get(), planTemplate == null ? null : planTemplate.resolveSibling(TEMPLATE_FILE));
        });
    }

    private static void write(Component parent, ProjectEvaluation ev, FootprintReport report, Path agencyTemplate) {
        String suffix = Texts.format("footprint.export.fileSuffix", report.study().product().replaceAll("[\\\\/:*?\"<>|（）()]", ""));
        Path out = PlanExportAction.chooseDocx(parent, ev, Texts.get("footprint.export.chooserTitle"), suffix,
                Texts.get("footprint.export.title"));
        if (out == null) {
            return;
        }
        Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
        List<String> missing = report.missing();
        BackgroundTask.run(parent, Texts.get("footprint.export.running"), () -> {
            FootprintDocxWriter.export(report, org.energydiag.app.swing.charts.FootprintChart.figure(report.result()), template, out);
            return out;
        }, (Path file) -> ExportDone.show(parent, Texts.get("footprint.export.title"), Texts.format("footprint.export.done",
                template == null ? "" : Texts.format("planExport.withTemplate", template), file.getFileName().toString(),
                missing.isEmpty() ? "" : Texts.format("footprint.export.missing", missing.size(), String.join("\n", missing))), file));
    }
}
