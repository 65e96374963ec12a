package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.report.diagnosis.DiagnosisReportExport;

/**
 * {@code export-diagnosis-report FILE.edproj --out report.docx [--template T.docx]}: the
 * 节能降碳诊断报告 of the project's one evaluation, with the plan's figures. Exit 2 with what is
 * missing when the project cannot be evaluated, or when the file, the template or the target is bad.
 */
final class ExportDiagnosisReportCommand implements Command {

    @Override
    public String name() {
        return "export-diagnosis-report";
    }

    @Override
    public String usage() {
        return Texts.get("diagreport.cli.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        Command.DocxArgs a = Command.docxArgs(args, "diagreport.cli.usageError", "diagreport.cli.notDocx");
        String target = a.target();
        s.warmUpDocuments(); // while the project is read and evaluated
        try (ProjectFile.Contents contents = read(Path.of(a.file()))) {
            ProjectEvaluation ev = s.evaluate(contents.project());
            String refusal = DiagnosisReportExport.refusal(ev);
            if (!refusal.isEmpty()) {
                throw new CliException(refusal);
            }
            Path written = DiagnosisReportExport.write(ev, s.planFigures(ev, contents.asBlobs()),
                    a.templatePath(), Path.of(target));
            out.println(Texts.get("diagreport.cli.exported"));
            out.println("  " + written);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(Texts.format("diagreport.cli.cannotWrite", Path.of(target).toAbsolutePath(),
                    org.energydiag.core.io.DiskSpace.reason(e, Path.of(target))));
        }
    }

    private static ProjectFile.Contents read(Path file) throws CliException {
        try {
            return ProjectFile.readContents(file);
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("diagreport.cli.failed", e.getMessage()));
        }
    }
}
