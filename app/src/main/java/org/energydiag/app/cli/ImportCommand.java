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
        DiagnosisProject p;
        ProjectFile.Contents contents;
        try {
            contents = ProjectFile.readContents(Path.of(args.get(0)));
            p = contents.project();
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.import.failed", e.getMessage()));
        }
        ProjectRepository repo = s.projects();
        if (repo.exists(p.id())) {
            if (args.contains("--copy")) {
                p = p.copyAsNew(s.clock().instant());
            } else if (!args.contains("--replace")) {
                throw new CliException(Texts.format("cli.import.exists", p.displayName(), p.id()));
            }
        }
        var store = s.attachments();
        try {
            for (var e : contents.blobs().entrySet()) { // the bytes first: a saved project never points to missing bytes
                store.put(p.id(), e.getKey(), e.getValue());
            }
            repo.put(p);
        } catch (RuntimeException e) {
            // nothing half-written: the bytes written for a project that was not stored are removed at once
            withdrawBlobs(repo, store, p.id(), contents.blobs().keySet());
            throw e;
        }
        out.println(p.site().attachments().isEmpty() ? Texts.format("cli.import.done", p.displayName(), p.id())
                : Texts.format("cli.import.doneWithAttachments", p.displayName(), p.id(), p.site().attachments().size()));
        return 0;
    }

    /** Removes the attachment bytes of a failed import that the stored project (if any) does not refer to. */
    private static void withdrawBlobs(ProjectRepository repo, org.energydiag.core.evidence.AttachmentStore store, String id,
                                      java.util.Set<String> written) {
        try {
            java.util.Set<String> keep = repo.load(id).map(old -> old.site().attachments().stream()
                    .map(org.energydiag.core.evidence.Attachment::id).collect(java.util.stream.Collectors.toSet()))
                    .orElse(java.util.Set.of());
            if (!written.isEmpty()) {
                store.sweep(id, keep);
            }
        } catch (RuntimeException cleanup) {
            // the sweep at the next start of a writer removes them
            java.util.logging.Logger.getLogger(ImportCommand.class.getName()).log(java.util.logging.Level.WARNING,
                    "cannot remove the attachment bytes of a failed import now", cleanup);
        }
    }
}
