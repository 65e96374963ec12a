package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.energydiag.app.text.Texts;

/**
 * {@code backup [--out FILE.zip]}: a consistent copy of the whole database, checked before it
 * replaces a file of the same name (the store's {@code Backups}); refused with an explanation while the window
 * holds the data folder (工具 → 立即备份 backs up from there). {@code backup --check FILE.zip}: checks a
 * backup (before restoring it) without touching the data folder.
 */
final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    // not writesDataFolder(): a backup writes only its own zip (its partial files are swept by Backups), and
    // while the window holds the folder it must say to use 工具 → 立即备份 rather than fail in the orphan sweep

    @Override
    public String usage() {
        return Texts.get("cli.backup.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String check = Command.option(args, "--check");
        if (check != null) {
            Path zip = Path.of(check);
            if (!Files.isRegularFile(zip)) {
                throw new CliException(Texts.format("cli.backup.noFile", zip.toAbsolutePath()));
            }
            s.checkBackup(zip); // a StoreException (exit 2) says what is damaged
            out.println(Texts.format("cli.backup.checked", zip.toAbsolutePath()));
            return 0;
        }
        String target = Command.option(args, "--out");
        Path p = target != null ? Path.of(target)
                : s.dataDir().resolve("backups").resolve("energydiag-"
                        + LocalDateTime.now(s.clock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        s.backupTo(p);
        out.println(Texts.format("cli.backup.done", p.toAbsolutePath()));
        return 0;
    }
}
