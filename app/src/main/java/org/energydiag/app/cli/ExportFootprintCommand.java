package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.report.footprint.FootprintDocxWriter;
import org.energydiag.core.report.footprint.FootprintReport;

/**
 * {@code export-footprint FILE.edproj --product NAME --out X.docx [--template T.docx] [--incomplete]}:
 * 产品碳足迹核算报告 of one product. Exit 2 naming what the report lacks (written anyway with
 * {@code --incomplete}, which marks it in the document), or listing the products when NAME is unknown.
 */
final class ExportFootprintCommand implements Command {

    @Override
    public String name() {
        return "export-footprint";
    }

    @Override
    public String usage() {
        return Texts.get("cli.exportFootprint.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String product = Command.option(args, "--product");
        boolean incomplete = args.contains("--incomplete");
        if (product == null) {
            throw new CliException(Texts.get("cli.exportFootprint.usageError"));
        }
        Command.DocxArgs a = Command.docxArgs(args, "cli.exportFootprint.usageError", "cli.exportPlan.notDocx", "--product");
        String target = a.target();
        ProjectEvaluation ev;
        try (ProjectFile.Contents contents = ProjectFile.readContents(Path.of(a.file()))) {
            ev = s.evaluate(contents.project());
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.exportFootprint.failed", e.getMessage()));
        }
        Optional<FootprintReport> report = FootprintReport.of(ev, product);
        if (report.isEmpty()) {
            List<String> studied = ev.project().footprint().studies().stream().map(x -> x.product()).toList();
            out.println(Texts.format("cli.exportFootprint.unknownProduct", product));
            out.println(studied.isEmpty() ? Texts.get("cli.exportFootprint.noStudies")
                    : Texts.format("cli.exportFootprint.studied", String.join("、", studied)));
            List<String> others = FootprintReport.products(ev.project()).stream().filter(x -> !studied.contains(x)).toList();
            if (!others.isEmpty()) {
                out.println(Texts.format("cli.exportFootprint.notStudied", String.join("、", others)));
            }
            return 2;
        }
        List<String> missing = report.get().missing();
        if (!missing.isEmpty()) {
            out.println(Texts.format("cli.exportFootprint.missing", missing.size()));
            missing.forEach(m -> out.println("  - " + m));
            if (!incomplete) {
                out.println(Texts.get("cli.exportFootprint.notWritten"));
                return 2;
            }
        }
        Path to = Path.of(target);
        try {
            FootprintDocxWriter.export(report.get(), s.footprintChart(report.get().result()),
                    a.templatePath(), to);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.exportPlan.cannotWrite", to.toAbsolutePath(),
                    org.energydiag.core.io.DiskSpace.reason(e, to)));
        }
        out.println(Texts.get(missing.isEmpty() ? "cli.exportFootprint.exported" : "cli.exportFootprint.exportedIncomplete"));
        out.println("  " + to.toAbsolutePath());
        return 0;
    }
}
