package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;

/** {@code demo [--sample cement|methanol] --out FILE.edproj}: writes a realistic demo project (a cement plant by default). */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return Texts.get("cli.demo.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        if (target == null) {
            throw new CliException(Texts.get("cli.demo.missingOut"));
        }
        String sample = Command.option(args, "--sample");
        DiagnosisProject p;
        if (sample == null || sample.equals("cement")) {
            p = DemoProjects.cementPlant(s.clock().instant(), s.agencyName());
        } else if (sample.equals("methanol")) {
            p = DemoProjects.methanolPlant(s.clock().instant(), s.agencyName());
        } else {
            throw new CliException(Texts.format("cli.demo.unknownSample", sample));
        }
        boolean cement = sample == null || sample.equals("cement");
        // the cement demo's plan was handed in some months ago and has been followed up since
        p = cement ? org.energydiag.core.demo.DemoFollowUp.decidedAndFollowedUp(p, s.evaluate(p).report(), s.clock().instant())
                : DemoProjects.withDecisions(p, s.evaluate(p).report(), s.clock().instant());
        Path path = Path.of(target);
        try {
            ProjectFile.write(p, path, s.generator(), s.clock().instant());
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.demo.cannotWrite", path.toAbsolutePath(), org.energydiag.core.io.DiskSpace.reason(e, path)));
        }
        out.println(Texts.format("cli.demo.done", path.toAbsolutePath(), p.displayName()));
        if (cement) {
            out.println(Texts.get("cli.demo.followUpNote"));
        }
        return 0;
    }
}
