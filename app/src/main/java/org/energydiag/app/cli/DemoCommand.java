package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;

/** {@code demo --out FILE.edproj}: writes a realistic demo project (a cement plant). */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo --out 文件.edproj        生成一个示例项目文件（水泥厂，数据为演示用）";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        if (target == null) {
            throw new CliException("缺少 --out 文件.edproj，例如：demo --out 示例.edproj");
        }
        DiagnosisProject p = DemoProjects.cementPlant(s.clock().instant(), s.agencyName());
        p = DemoProjects.withDecisions(p, s.evaluate(p).report(), s.clock().instant());
        Path path = Path.of(target);
        try {
            ProjectFile.write(p, path, s.generator(), s.clock().instant());
        } catch (IOException e) {
            throw new CliException("无法写入 " + path.toAbsolutePath() + "：" + e.getMessage()
                    + "。请检查文件夹是否存在且可写。");
        }
        out.println("已生成示例项目：" + path.toAbsolutePath() + "（" + p.displayName() + "）");
        return 0;
    }
}
