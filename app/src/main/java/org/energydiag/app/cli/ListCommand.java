package org.energydiag.app.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.ProjectSummary;

/** {@code list}: the projects in the data folder, newest change first. */
final class ListCommand implements Command {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return Texts.get("cli.list.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) {
        List<ProjectSummary> all = s.projects().listActive();
        if (all.isEmpty()) {
            out.println(Texts.format("cli.list.empty", s.dataDir()));
            return 0;
        }
        for (ProjectSummary p : all) {
            out.println(p.id() + "  " + TIME.format(p.updatedAt()) + "  " + p.displayName());
        }
        return 0;
    }
}
