package org.energydiag.app;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.app.cli.Cli;
import org.energydiag.app.cli.CliServices;
import org.energydiag.app.store.DataDirectory;
import org.energydiag.app.swing.SwingLauncher;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.workspace.ProjectRepository;

/** Entry point: the window without a command, the command line with one. */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        List<String> args = new ArrayList<>(List.of(argv));
        String dataDirArg = null;
        int i = args.indexOf("--data-dir");
        if (i >= 0) {
            if (i + 1 >= args.size()) {
                System.err.println(Texts.get("app.missingDataDir"));
                System.exit(2);
            }
            dataDirArg = args.get(i + 1);
            args.remove(i + 1);
            args.remove(i);
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        Path dataDir = DataDirectory.resolve(dataDirArg, System.getenv(), userHome);
        AppContext ctx = new AppContext(dataDir, userHome, Clock.systemDefaultZone());
        java.util.Optional<Path> projectFile = projectFileArgument(args);
        if (args.isEmpty() || projectFile.isPresent()) {
            if (!SwingLauncher.displayAvailable()) {
                System.err.println(Texts.get("app.noDisplay"));
                System.exit(2);
            }
            SwingLauncher.launch(ctx, projectFile.orElse(null));
            return;
        }
        ctx.installLogging();
        if (ctx.databaseEncrypted()) {
            ctx.usePassword(commandLinePassword(System.getenv()));
        }
        PrintStream out = new PrintStream(System.out, true, consoleCharset());
        PrintStream err = new PrintStream(System.err, true, consoleCharset());
        int code;
        try {
            code = new Cli().run(args, services(ctx), out, err);
        } finally {
            ctx.close();
        }
        System.exit(code);
    }

    /** The variable holding the password of an encrypted data folder for the command line. */
    public static final String PASSWORD_VAR = "ENERGYDIAG_PASSWORD";

    /**
     * The password of an encrypted data folder: {@value #PASSWORD_VAR}, else typed at the console
     * (not echoed) when there is one; null when neither (the store then refuses with exit 2).
     */
    static String commandLinePassword(java.util.Map<String, String> env) {
        String fromEnv = env.get(PASSWORD_VAR);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        var console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", Texts.get("app.passwordPrompt"));
            return typed == null || typed.length == 0 ? null : new String(typed);
        }
        return null;
    }

    /**
     * A project file given alone ({@code EnergyDiag 项目.edproj}: how the installed program is started
     * when an {@code .edproj} file is double-clicked): the window opens, imports it and opens it.
     */
    static java.util.Optional<Path> projectFileArgument(List<String> args) {
        if (args.size() != 1) {
            return java.util.Optional.empty();
        }
        String a = args.get(0);
        if (a.startsWith("-") || !a.toLowerCase(java.util.Locale.ROOT).endsWith(org.energydiag.core.io.ProjectFile.EXTENSION)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(a).toAbsolutePath().normalize());
    }

    /** The console's charset when it can show Chinese, UTF-8 otherwise (pipes, files, CI). */
    static Charset consoleCharset() {
        var console = System.console();
        if (console != null) {
            Charset cs = console.charset();
            if (cs.newEncoder().canEncode("节能")) {
                return cs;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static CliServices services(AppContext ctx) {
        return new CliServices() {
            @Override
            public Clock clock() {
                return ctx.clock();
            }

            @Override
            public ProjectRepository projects() {
                return ctx.projects();
            }

            @Override
            public Path dataDir() {
                return ctx.dataDir();
            }

            @Override
            public byte[] processPng(org.energydiag.core.process.ProcessFlow flow, int dpi) {
                return new org.energydiag.app.swing.charts.FlowDiagramRenderer(org.energydiag.app.swing.charts.ProcessLabels::shortLabel)
                        .png(flow, org.energydiag.core.process.FlowLayout.layout(flow), dpi);
            }

            @Override
            public org.energydiag.core.evidence.AttachmentStore attachments() {
                return ctx.attachments();
            }

            @Override
            public void backupTo(Path target) {
                org.energydiag.app.store.Database db;
                try {
                    db = ctx.database();
                } catch (org.energydiag.app.store.DataDirInUseException e) {
                    // the window holds the folder and its database: an online copy can only be taken there
                    throw new org.energydiag.core.workspace.StoreException(Texts.format("store.backup.windowOpen", ctx.dataDir()), e);
                }
                db.backupTo(target);
            }

            @Override
            public void checkBackup(Path zip) {
                // a backup of an encrypted folder is checked with the folder's password (ENERGYDIAG_PASSWORD or typed)
                org.energydiag.app.store.Backups.check(zip, org.energydiag.app.store.Backups.isEncrypted(zip)
                        ? commandLinePassword(System.getenv()) : null);
            }

            @Override
            public EnterpriseValidator validator() {
                return ctx.validator();
            }

            @Override
            public org.energydiag.core.reference.EnergyReference energyReference() {
                return ctx.energyReference();
            }

            @Override
            public org.energydiag.core.evaluation.References references() {
                return ctx.references();
            }

            @Override
            public org.energydiag.core.equipment.rating.EfficiencyRater equipmentRater() {
                return ctx.equipmentRater();
            }

            @Override
            public org.energydiag.core.catalogue.Catalogue catalogue() {
                return ctx.catalogue();
            }

            @Override
            public String generator() {
                return AppInfo.generator();
            }

            @Override
            public java.util.Optional<org.energydiag.core.meter.MeterStore> meterStore() {
                if (!java.nio.file.Files.exists(ctx.dataDir().resolve(org.energydiag.app.store.Database.FILE_NAME + ".mv.db"))) {
                    return java.util.Optional.empty(); // no database yet: no meter data
                }
                try {
                    return java.util.Optional.of(ctx.meterStore());
                } catch (org.energydiag.core.workspace.StoreException e) {
                    throw new org.energydiag.core.workspace.StoreException(org.energydiag.app.text.Texts.format(
                            "cli.meters.unavailable", ctx.dataDir(), e.getMessage()), e);
                }
            }

            @Override
            public void sweepOrphans() {
                ctx.sweepOrphans();
            }

            @Override
            public String agencyName() {
                return ctx.settings().load().agencyName();
            }

            @Override
            public void warmUpDocuments() {
                org.energydiag.app.swing.charts.PlanWarmup.documents();
            }

            @Override
            public java.util.Map<String, org.energydiag.core.report.plan.PlanDocxWriter.Figure> planFigures(
                    org.energydiag.core.evaluation.ProjectEvaluation ev, org.energydiag.core.io.ProjectFile.Blobs blobs) {
                return org.energydiag.app.swing.charts.PlanFigures.of(ev, blobs);
            }

            @Override
            public org.energydiag.core.report.plan.PlanDocxWriter.Figure footprintChart(org.energydiag.core.footprint.FootprintResult r) {
                return org.energydiag.app.swing.charts.FootprintChart.figure(r);
            }
        };
    }
}
