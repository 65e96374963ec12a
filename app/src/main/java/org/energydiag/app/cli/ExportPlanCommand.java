package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        return "export-plan 文件.edproj --out 方案.docx [--template 模板.docx] [--strict]   导出节能降碳改造具体方案及两份清单（先做方案检查；--strict 时有错误不导出）";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        String template = Command.option(args, "--template");
        boolean strict = args.contains("--strict");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(target) && !a.equals(template)).toList();
        if (files.size() != 1 || target == null) {
            throw new CliException("用法：export-plan 文件.edproj --out 方案.docx [--template 模板.docx] [--strict]");
        }
        if (!target.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CliException("--out 应为 .docx 文件，例如 --out 方案.docx");
        }
        DiagnosisProject p;
        ProjectFile.Contents contents;
        try {
            contents = ProjectFile.readContents(Path.of(files.get(0)));
            p = contents.project();
        } catch (ProjectFileException e) {
            throw new CliException("无法导出方案：" + e.getMessage());
        }
        ProjectEvaluation ev = s.evaluate(p);
        CheckCommand.print(ev, out);
        if (strict && ev.hasErrors()) {
            out.println("方案检查有 " + ev.errors().size() + " 个错误，按 --strict 未导出。请按上面的提示修改后重新导出。");
            return 2;
        }
        try {
            List<Path> written = PlanExport.write(ev, s.planFigures(p, ev.analysis(), (aid, kind) -> java.util.Optional.ofNullable(
                    contents.blobs().getOrDefault(aid, java.util.Map.of()).get(kind))),
                    template == null ? null : Path.of(template), Path.of(target));
            out.println("已导出" + (ev.checks().isEmpty() ? "" : "（方案检查的错误和提醒见上，导出的方案未改动它们）") + "：");
            written.forEach(f -> out.println("  " + f));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("无法写入 " + Path.of(target).toAbsolutePath() + "：" + e.getMessage() + "。请检查文件夹是否存在、可写，且文件未被 Word/WPS 打开。");
        }
        return 0;
    }
}
