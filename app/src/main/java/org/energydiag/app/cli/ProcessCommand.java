package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.process.ProcessFlow;
import org.energydiag.core.process.ProcessUnit;
import org.energydiag.core.project.DiagnosisProject;

/**
 * {@code process FILE.edproj [--png OUT.png] [--dpi N]}: lists the production process units and,
 * with {@code --png}, draws the flow diagram (laid out automatically, 300 dpi by default).
 */
final class ProcessCommand implements Command {

    private static final String USAGE = "用法：process 文件.edproj [--png 流程图.png] [--dpi 300]";

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String usage() {
        return "process 文件.edproj [--png 图.png] [--dpi 300]   生产工艺流程：列出工序，或画出流程图";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String png = Command.option(args, "--png");
        String dpiText = Command.option(args, "--dpi");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(png) && !a.equals(dpiText)).toList();
        if (files.size() != 1) {
            throw new CliException(USAGE);
        }
        int dpi = 300;
        if (dpiText != null) {
            try {
                dpi = Integer.parseInt(dpiText.trim());
            } catch (NumberFormatException e) {
                dpi = -1;
            }
            if (dpi < 72 || dpi > 600) {
                throw new CliException("--dpi 应为 72 到 600 之间的整数，收到：" + dpiText);
            }
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException("无法读取项目：" + e.getMessage());
        }
        ProcessFlow flow = p.site().process();
        if (flow.isEmpty()) {
            throw new CliException("项目“" + p.displayName() + "”尚未录入生产工艺流程（工序）。请在“生产工艺流程”步骤中添加工序。");
        }
        out.println(p.displayName() + " 生产工艺流程：" + flow.units().size() + " 个工序");
        int i = 0;
        for (ProcessUnit u : flow.units()) {
            String next = String.join("、", u.next().stream().map(id -> flow.unit(id).map(ProcessUnit::name).orElse("?")).toList());
            out.println("  " + ++i + ". " + u.name() + (next.isEmpty() ? "" : " → " + next));
        }
        flow.problems().forEach(pr -> out.println("  注意：" + pr));
        if (png != null) {
            try {
                byte[] bytes = s.processPng(flow, dpi);
                ProjectFile.writeAtomically(Path.of(png), bytes);
            } catch (IOException e) {
                throw new CliException("无法写入 " + png + "：" + e.getMessage());
            }
            out.println("已画出流程图（" + dpi + " dpi）：" + Path.of(png).toAbsolutePath());
        }
        return 0;
    }
}
