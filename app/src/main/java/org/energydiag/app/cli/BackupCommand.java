package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.energydiag.app.text.Texts;

/** {@code backup [--out FILE.zip]}: a consistent copy of the whole database. */
final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public boolean writesDataFolder() {
        return true;
    }

    @Override
    public String usage() {
        return Texts.get("cli.backup.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        Path p = target != null ? Path.of(target)
                : s.dataDir().resolve("backups").resolve("energydiag-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        s.backupTo(p);
        out.println(Texts.format("cli.backup.done", p.toAbsolutePath()));
        return 0;
    }
}
