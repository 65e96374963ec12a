package org.energydiag.app.swing;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.energydiag.app.AppContext;
import org.energydiag.app.controller.HomeController;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.StoreException;

/**
 * Starts the window. The database opens on a background thread right after the home window's
 * first paint (neither waits for the other's class loading on a two-core machine). With {@code -Denergydiag.startupTrace=true}
 * the times to first paint and to the filled project list are printed (see {@code bench/}).
 */
public final class SwingLauncher {

    private static final Logger LOG = Logger.getLogger(SwingLauncher.class.getName());
    static final boolean TRACE = Boolean.getBoolean("energydiag.startupTrace");
    static final boolean EXIT_AFTER_START = Boolean.getBoolean("energydiag.exitAfterStartup");

    private SwingLauncher() {
    }

    /** False on a machine without a graphical display (a server, CI without Xvfb). */
    public static boolean displayAvailable() {
        return !java.awt.GraphicsEnvironment.isHeadless();
    }

    /** Starts the application; on exit the context is closed and the JVM exits. */
    public static void launch(AppContext ctx) {
        launch(ctx, (java.nio.file.Path) null);
    }

    /**
     * Starts the application and, when {@code projectFile} is given (an {@code .edproj} file
     * double-clicked), imports it once the data is open and opens it; on exit the JVM exits.
     */
    public static void launch(AppContext ctx, java.nio.file.Path projectFile) {
        JFrame f = launch(ctx, () -> System.exit(0), projectFile);
        if (f instanceof MainFrame main) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!main.saveBeforeShutdown(SHUTDOWN_FLUSH_MS)) {
                    LOG.warning("shutdown: the last edits could not be written in time");
                }
            }, "save-on-shutdown"));
        }
    }

    /** The latest the database waits for the home window's first paint before it opens. */
    static final long STORE_AFTER_MS = 1_500;

    /** How long the shutdown hook waits for the event thread to hand over the last typing. */
    static final long SHUTDOWN_FLUSH_MS = 3_000;

    /**
     * Starts the window for {@code ctx}; {@code afterExit} runs after the window is closed and the
     * context released (tests pass one that does not end the JVM).
     *
     * @return the frame (built on the event thread)
     */
    public static JFrame launch(AppContext ctx, Runnable afterExit) {
        return launch(ctx, afterExit, null);
    }

    /**
     * macOS hands a double-clicked document to a running or starting program as an event, not as an
     * argument: where the desktop offers it, an {@code .edproj} arriving so is imported and opened as
     * {@code EnergyDiag 文件.edproj} would be (events that came before the list was ready are delivered by
     * the toolkit once the handler is set). Not tried on a Mac; elsewhere the action is not supported.
     */
    private static void acceptOpenFileEvents(MainFrame f) {
        if (!java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
            return;
        }
        java.awt.Desktop.getDesktop().setOpenFileHandler(e -> SwingUtilities.invokeLater(() -> e.getFiles().stream()
                .filter(file -> file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(org.energydiag.core.io.ProjectFile.EXTENSION))
                .findFirst().ifPresent(file -> f.home().importAndOpen(file.toPath()))));
    }

    /**
     * As {@link #launch(AppContext, Runnable)}; then imports {@code projectFile} (null for none)
     * as 导入… does (a project already there: replace or keep both) and opens it.
     */
    public static JFrame launch(AppContext ctx, Runnable afterExit, java.nio.file.Path projectFile) {
        Settings settings = ctx.settings().load();
        try {
            ctx.lockDataDir();
        } catch (StoreException e) {
            EventQueue.invokeLater(() -> {
                Theme.apply(settings.theme());
                JOptionPane.showMessageDialog(null, e.getMessage(), Texts.get("common.alreadyRunning"), JOptionPane.WARNING_MESSAGE);
                afterExit.run();
            });
            return null;
        }
        // The database opens once the home window has been painted: on two cores, opening it beside
        // the window's first build delayed the paint by a third while the list came no sooner. If no
        // paint comes (a window kept hidden), it opens after STORE_AFTER_MS anyway.
        java.util.concurrent.CountDownLatch painted = new java.util.concurrent.CountDownLatch(1);
        JFrame[] frame = new JFrame[1];
        CompletableFuture<Opened> store = CompletableFuture.supplyAsync(() -> {
            try {
                painted.await(STORE_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (ctx.databaseEncrypted()) {
                askPassword(ctx, frame[0]);
            }
            HomeController hc = ctx.homeController();
            try {
                // before any project can be opened, so it never races with an attachment being added
                ctx.sweepOrphans();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "attachment sweep failed", e);
            }
            return new Opened(hc, hc.list());
        });
        Runnable build = () -> {
            installErrorHandler();
            chineseDialogs();
            Theme.apply(settings.theme());
            MainFrame f = new MainFrame(ctx, () -> {
                ctx.close();
                afterExit.run();
            });
            frame[0] = f;
            if (TRACE || EXIT_AFTER_START) {
                traceFirstPaint(f);
            }
            f.onFirstPaint(painted::countDown);
            f.setVisible(true);
            store.whenComplete((opened, error) -> SwingUtilities.invokeLater(() -> {
                if (error != null) {
                    Dialogs.failure(f, Texts.get("common.cannotOpenData"), error);
                    f.exit();
                    return;
                }
                f.storeReady(opened.controller(), opened.projects());
                if (projectFile != null) {
                    f.home().importAndOpen(projectFile);
                }
                acceptOpenFileEvents(f);
                if (TRACE) {
                    System.out.println("startup: project list shown at " + sinceJvmStart() + " ms");
                }
                if (EXIT_AFTER_START) {
                    SwingUtilities.invokeLater(f::exit);
                    return;
                }
                CompletableFuture.runAsync(() -> {
                    var sync = ctx.sync(); // the upload queue: recovers interrupted uploads, then sends what is due
                    SwingUtilities.invokeLater(() -> f.syncReady(sync));
                    sync.start();
                    ctx.validator(); // warm the reference data before the first project opens
                    var backup = ctx.backupIfDue();
                    if (backup.failure() != null || !backup.damaged().isEmpty()) {
                        String note = backup.failure() != null ? Texts.format("main.backup.failed", backup.failure())
                                : Texts.format("main.backup.damaged", backup.damaged().get(0).getFileName(),
                                        backup.written() == null ? "" : Texts.get("main.backup.rewritten"));
                        SwingUtilities.invokeLater(() -> f.showNotice(note));
                    }
                    // the document libraries, on a daemon thread of its own, so that the first plan export is warm
                    org.energydiag.app.swing.charts.PlanWarmup.afterStartup(ctx::references);
                });
                // first run: agency and engineer, asked once the home window has shown and the list is filled
                SwingUtilities.invokeLater(f::offerFirstRun);
            }));
        };
        if (SwingUtilities.isEventDispatchThread()) {
            build.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(build);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "cannot build the window", e);
                throw new IllegalStateException(e);
            }
        }
        return frame[0];
    }

    /**
     * The window is Chinese; so are the standard dialogs (file chooser, message boxes), whatever
     * the operating system's language: Swing and FlatLaf ship zh_CN texts.
     */
    private static void chineseDialogs() {
        if (!"zh".equals(java.util.Locale.getDefault().getLanguage())) {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        }
        javax.swing.JComponent.setDefaultLocale(java.util.Locale.getDefault());
    }

    /**
     * An unexpected error on the event thread is logged in full and shown as a short Chinese
     * message, never as a stack trace; saved data is not affected (saves run in their own thread).
     */
    private static void installErrorHandler() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            String message = Dialogs.describe(e); // logs the stack trace
            SwingUtilities.invokeLater(() -> Dialogs.error(null, Texts.get("common.errorTitle"), message));
        });
    }

    /**
     * Asks the password of an encrypted data folder until it opens the database; cancelling ends
     * the start (the store's future fails with the message and the window closes).
     */
    private static void askPassword(AppContext ctx, java.awt.Component owner) {
        String message = Texts.format("password.ask", ctx.dataDir());
        while (true) {
            String pw = PasswordPrompt.ask(owner, message);
            if (pw == null) {
                throw new StoreException(Texts.format("store.passwordRequired", ctx.dataDir()));
            }
            ctx.usePassword(pw);
            try {
                ctx.projects();
                return;
            } catch (org.energydiag.app.store.Database.PasswordException e) {
                message = Texts.format("password.wrong", ctx.dataDir());
            }
        }
    }

    private record Opened(HomeController controller, List<ProjectSummary> projects) {
    }

    private static void traceFirstPaint(MainFrame f) {
        f.onFirstPaint(() -> System.out.println("startup: home window painted at " + sinceJvmStart() + " ms"));
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
