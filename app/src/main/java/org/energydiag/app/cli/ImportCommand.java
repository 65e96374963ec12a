package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectRepository;

/**
 * {@code import FILE.edproj [--replace | --copy]}: stores a project file. When the project
 * exists already, one of the options must say what to do; without it nothing is changed.
 */
final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import 文件.edproj [--replace|--copy]  导入项目；已存在时须指定覆盖或另存为副本";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        if (args.isEmpty()) {
            throw new CliException("用法：import 文件.edproj [--replace|--copy]");
        }
        DiagnosisProject p;
        ProjectFile.Contents contents;
        try {
            contents = ProjectFile.readContents(Path.of(args.get(0)));
            p = contents.project();
        } catch (ProjectFileException e) {
            throw new CliException("导入失败，未做任何改动：" + e.getMessage());
        }
        ProjectRepository repo = s.projects();
        if (repo.exists(p.id())) {
            if (args.contains("--copy")) {
                p = p.copyAsNew(s.clock().instant());
            } else if (!args.contains("--replace")) {
                throw new CliException("项目“" + p.displayName() + "”已存在（ID " + p.id()
                        + "）。请加 --replace 覆盖现有项目，或加 --copy 另存为副本。未做任何改动。");
            }
        }
        var store = s.attachments();
        for (var e : contents.blobs().entrySet()) { // the bytes first: a saved project never points to missing bytes
            store.put(p.id(), e.getKey(), e.getValue());
        }
        repo.put(p);
        out.println("已导入：" + p.displayName() + "（ID " + p.id() + "）"
                + (p.site().attachments().isEmpty() ? "" : "，附件 " + p.site().attachments().size() + " 个"));
        return 0;
    }
}
