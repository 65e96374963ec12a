package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.PlanExport;

/**
 * {@code export-plan FILE.edproj --out plan.docx [--template T.docx]}: the 节能降碳改造具体方案 and,
 * next to it, the 诊断问题清单 and 改造项目清单 as .xlsx.
 */
final class ExportPlanCommand implements Command {

    @Override
    public String name() {
        return "export-plan";
    }

    @Override
    public String usage() {
        return Texts.get("cli.exportPlan.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        String template = Command.option(args, "--template");
        boolean strict = args.contains("--strict");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(target) && !a.equals(template)).toList();
        if (files.size() != 1 || target == null) {
            throw new CliException(Texts.get("cli.exportPlan.usageError"));
        }
        if (!target.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CliException(Texts.get("cli.exportPlan.notDocx"));
        }
        s.warmUpDocuments(); // while the project is read and evaluated
        DiagnosisProject p;
        ProjectFile.Contents contents;
        try {
            contents = ProjectFile.readContents(Path.of(files.get(0)));
            p = contents.project();
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.exportPlan.failed", e.getMessage()));
        }
        ProjectEvaluation ev = s.evaluate(p);
        CheckCommand.print(ev, out);
        if (strict && ev.hasErrors()) {
            out.println(Texts.format("cli.exportPlan.strictRefused", ev.errors().size()));
            return 2;
        }
        try {
            List<Path> written = PlanExport.write(ev, s.planFigures(ev, (aid, kind) -> java.util.Optional.ofNullable(
                    contents.blobs().getOrDefault(aid, java.util.Map.of()).get(kind))),
                    template == null ? null : Path.of(template), Path.of(target));
            out.println(ev.checks().isEmpty() ? Texts.get("cli.exportPlan.exported")
                    : Texts.get("cli.exportPlan.exportedDespiteChecks"));
            written.forEach(f -> out.println("  " + f));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.exportPlan.cannotWrite", Path.of(target).toAbsolutePath(), org.energydiag.core.io.DiskSpace.reason(e, Path.of(target))));
        }
        return 0;
    }
}
