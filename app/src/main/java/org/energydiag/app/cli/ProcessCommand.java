package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.app.text.Texts;
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

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String usage() {
        return Texts.get("cli.process.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String png = Command.option(args, "--png");
        String dpiText = Command.option(args, "--dpi");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(png) && !a.equals(dpiText)).toList();
        if (files.size() != 1) {
            throw new CliException(Texts.get("cli.process.usageError"));
        }
        int dpi = 300;
        if (dpiText != null) {
            try {
                dpi = Integer.parseInt(dpiText.trim());
            } catch (NumberFormatException e) {
                dpi = -1;
            }
            if (dpi < 72 || dpi > 600) {
                throw new CliException(Texts.format("cli.process.badDpi", dpiText));
            }
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.process.cannotRead", e.getMessage()));
        }
        ProcessFlow flow = p.site().process();
        if (flow.isEmpty()) {
            throw new CliException(Texts.format("cli.process.noProcess", p.displayName()));
        }
        out.println(Texts.format("cli.process.heading", p.displayName(), flow.units().size()));
        int i = 0;
        for (ProcessUnit u : flow.units()) {
            String next = String.join("、", u.next().stream().map(id -> flow.unit(id).map(ProcessUnit::name).orElse("?")).toList());
            out.println("  " + ++i + ". " + u.name() + (next.isEmpty() ? "" : " → " + next));
        }
        flow.problems().forEach(pr -> out.println("  " + Texts.format("cli.process.problem", pr)));
        if (png != null) {
            try {
                byte[] bytes = s.processPng(flow, dpi);
                ProjectFile.writeAtomically(Path.of(png), bytes);
            } catch (IOException e) {
                throw new CliException(Texts.format("cli.process.cannotWrite", png, org.energydiag.core.io.DiskSpace.reason(e, Path.of(png))));
            }
            out.println(Texts.format("cli.process.drawn", dpi, Path.of(png).toAbsolutePath()));
        }
        return 0;
    }
}
