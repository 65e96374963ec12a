package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
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
    public boolean writesDataFolder() {
        return true;
    }

    @Override
    public String usage() {
        return Texts.get("cli.import.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        if (args.isEmpty()) {
            throw new CliException(Texts.get("cli.import.usageError"));
        }
        try (ProjectFile.Contents contents = ProjectFile.readContents(Path.of(args.get(0)))) {
            DiagnosisProject p = contents.project();
            ProjectRepository repo = s.projects();
            if (repo.exists(p.id())) {
                if (args.contains("--copy")) {
                    p = p.copyAsNew(s.clock().instant());
                } else if (!args.contains("--replace")) {
                    throw new CliException(Texts.format("cli.import.exists", p.displayName(), p.id()));
                }
            }
            // the bytes and the project in one transaction, the project read back before it commits
            repo.importProject(p, contents.files());
            contents.notices().forEach(out::println);
            out.println(p.site().attachments().isEmpty() ? Texts.format("cli.import.done", p.displayName(), p.id())
                    : Texts.format("cli.import.doneWithAttachments", p.displayName(), p.id(), p.site().attachments().size()));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.import.failed", e.getMessage()));
        }
        return 0;
    }
}
