package org.energydiag.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.core.io.DiskSpace;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.StoreException;

/**
 * The command line: {@code java -jar energydiag.jar [--data-dir DIR] COMMAND ...}.
 * Exit codes: 0 success; 2 bad input, invalid project or refused operation (with a message that
 * names what is wrong); 1 only for an internal error.
 */
public final class Cli {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    /** Evaluate without the data folder's meter data (e.g. while the window has the folder open). */
    public static final String NO_METERS = "--no-meters";

    private final List<Command> commands = List.of(new DemoCommand(), new ValidateCommand(), new ListCommand(),
            new ExportCommand(), new ImportCommand(), new BackupCommand(), new BalanceCommand(), new MeterImportCommand(), new CatalogueCommand(), new RateCommand(),
            new TasksCommand(), new CheckCommand(), new ExportPlanCommand(), new ExportDiagnosisReportCommand(),
            new ExportCarbonReportCommand(), new ExportWorkplanCommand(), new ExportSummaryCommand(), new ExportFormCommand(),
            new ProcessCommand(), new ExportFootprintCommand(), new FollowUpCommand());

    public static boolean isCommand(String word) {
        return new Cli().commands.stream().anyMatch(c -> c.name().equals(word))
                || word.equals("help") || word.equals("--help") || word.equals("-h") || word.equals("--version");
    }

    public int run(List<String> args, CliServices services, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            printHelp(out);
            return 0;
        }
        if (args.get(0).equals("--version")) {
            out.println(services.generator());
            return 0;
        }
        Command cmd = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
        if (cmd == null) {
            err.println(Texts.format("cli.unknownCommand", args.get(0)));
            return 2;
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        CliServices used = rest.remove(NO_METERS) ? CliServices.withoutMeters(services) : services;
        try {
            if (cmd.writesDataFolder()) {
                used.sweepOrphans();
            }
            return cmd.run(rest, used, out);
        } catch (CliException | StoreException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command " + cmd.name() + " failed", e);
            if (DiskSpace.isFull(e)) { // a file written by the command, whatever layer reported it
                err.println(DiskSpace.message(Texts.format("cli.diskFull.command", cmd.name()), services.dataDir(), -1));
                return 2;
            }
            err.println(Texts.format("cli.internalError", e, org.energydiag.app.LogFolder.text()));
            return 1;
        }
    }

    public void printHelp(PrintStream out) {
        out.println(Texts.get("cli.help.title"));
        out.println();
        // started from the installed program's launcher (jpackage sets jpackage.app-version) or by java -jar
        out.println(Texts.get(System.getProperty("jpackage.app-version") != null ? "cli.help.usageLauncher" : "cli.help.usage"));
        out.println(Texts.get("cli.help.noCommand"));
        out.println(Texts.get("cli.help.projectFile"));
        out.println();
        out.println(Texts.get("cli.help.commands"));
        for (Command c : commands) {
            out.println("  " + c.usage());
        }
        out.println("  " + Texts.get("cli.help.helpOption"));
        out.println("  " + Texts.get("cli.help.versionOption"));
        out.println();
        out.println(Texts.get("cli.help.options"));
        out.println("  " + Texts.get("cli.help.dataDirOption"));
        out.println("  " + Texts.get("cli.help.noMetersOption"));
        out.println("  " + Texts.get("cli.help.passwordVar"));
        out.println();
        out.println(Texts.get("cli.help.exitCodes"));
    }
}
