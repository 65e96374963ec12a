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
        try (ProjectFile.Contents contents = read(Path.of(files.get(0)))) {
            return export(contents, s, strict, template, target, out);
        }
    }

    private static ProjectFile.Contents read(Path file) throws CliException {
        try {
            return ProjectFile.readContents(file);
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.exportPlan.failed", e.getMessage()));
        }
    }

    private static int export(ProjectFile.Contents contents, CliServices s, boolean strict, String template, String target,
                              PrintStream out) throws CliException {
        DiagnosisProject p = contents.project();
        ProjectEvaluation ev = s.evaluate(p);
        CheckCommand.print(ev, out);
        if (strict && ev.hasErrors()) {
            out.println(Texts.format("cli.exportPlan.strictRefused", ev.errors().size()));
            return 2;
        }
        try {
            List<Path> written = PlanExport.write(ev, s.planFigures(ev, contents.asBlobs()),
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
