package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;

/** {@code export ID --out FILE.edproj}: writes one project to an exchange file. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export 项目ID --out 文件.edproj  导出项目（项目ID 见 list）";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        if (args.isEmpty() || args.get(0).startsWith("--") || target == null) {
            throw new CliException("用法：export 项目ID --out 文件.edproj");
        }
        String id = args.get(0);
        DiagnosisProject p = s.projects().load(id)
                .orElseThrow(() -> new CliException("找不到项目 " + id + "。用 list 查看项目ID。"));
        try {
            var store = s.attachments();
            ProjectFile.write(p, Path.of(target), s.generator(), s.clock().instant(), (aid, kind) -> store.get(p.id(), aid, kind));
        } catch (IOException e) {
            throw new CliException("无法写入 " + target + "：" + e.getMessage());
        }
        out.println("已导出：" + p.displayName() + " → " + Path.of(target).toAbsolutePath());
        return 0;
    }
}
