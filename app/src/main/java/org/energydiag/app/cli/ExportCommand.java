package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
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
        return Texts.get("cli.export.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        if (args.isEmpty() || args.get(0).startsWith("--") || target == null) {
            throw new CliException(Texts.get("cli.export.usageError"));
        }
        String id = args.get(0);
        DiagnosisProject p = s.projects().load(id)
                .orElseThrow(() -> new CliException(Texts.format("cli.export.notFound", id)));
        try {
            var store = s.attachments();
            ProjectFile.write(p, Path.of(target), s.generator(), s.clock().instant(), (aid, kind) -> store.get(p.id(), aid, kind));
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.export.cannotWrite", target, org.energydiag.core.io.DiskSpace.reason(e, Path.of(target))));
        }
        out.println(Texts.format("cli.export.done", p.displayName(), Path.of(target).toAbsolutePath()));
        return 0;
    }
}
