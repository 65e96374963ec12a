package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.report.carbon.CarbonReport;
import org.energydiag.core.report.carbon.CarbonReportWriter;

/**
 * {@code export-carbon-report FILE.edproj --out X.docx [--template T.docx]}: the enterprise carbon
 * accounting report (企业碳排放核算报告). What it still lacks is printed (and marked 【待补充】 in it);
 * a project whose report year has no emissions is refused with exit 2, naming what is missing.
 */
final class ExportCarbonReportCommand implements Command {

    @Override
    public String name() {
        return "export-carbon-report";
    }

    @Override
    public String usage() {
        return Texts.get("carbonreport.cli.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        Command.DocxArgs a = Command.docxArgs(args, "carbonreport.cli.usageError", "cli.exportPlan.notDocx");
        String target = a.target();
        ProjectEvaluation ev;
        try (ProjectFile.Contents contents = ProjectFile.readContents(Path.of(a.file()))) {
            ev = s.evaluate(contents.project());
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("carbonreport.cli.failed", e.getMessage()));
        }
        List<String> missing = CarbonReport.missing(ev);
        if (!CarbonReport.canBeMade(ev)) {
            throw new CliException(Texts.format("carbonreport.cli.cannot", String.join("；", missing)));
        }
        try {
            CarbonReportWriter.export(ev, a.templatePath(), Path.of(target));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.exportPlan.cannotWrite", Path.of(target).toAbsolutePath(),
                    org.energydiag.core.io.DiskSpace.reason(e, Path.of(target))));
        }
        if (missing.isEmpty()) {
            out.println(Texts.get("carbonreport.cli.exported"));
        } else {
            out.println(Texts.format("carbonreport.cli.exportedMissing", missing.size()));
            missing.forEach(m -> out.println("  - " + m));
        }
        out.println("  " + Path.of(target).toAbsolutePath());
        return 0;
    }
}
