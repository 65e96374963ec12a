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
 * Starts the window. The database opens on a background thread while the window is built and
 * painted, so the first paint does not wait for it. With {@code -Denergydiag.startupTrace=true}
 * the times to first paint and to the filled project list are printed (see {@code bench/}).
 */
public final class SwingLauncher {

    private static final Logger LOG = Logger.getLogger(SwingLauncher.class.getName());
    static final boolean TRACE = Boolean.getBoolean("energydiag.startupTrace");
    static final boolean EXIT_AFTER_START = Boolean.getBoolean("energydiag.exitAfterStartup");

    private SwingLauncher() {
    }

    /**
     * Called first thing when the window will start: on a daemon thread, while the main thread
     * reads the settings and locks the data folder, the graphics toolkit is connected, the fonts
     * (with their Chinese glyph tables) are read and the classes of the home window are loaded, so
     * that the event thread finds them ready. Only thread-safe, state-free work: no Swing
     * component is made here (the look and feel is set on the event thread).
     * {@code -Denergydiag.startupPrepare=false} switches it off (to measure it: {@code bench/startup.sh}).
     */
    public static void prepareInBackground() {
        Thread t = new Thread(() -> {
            try {
                if (!Boolean.parseBoolean(System.getProperty("energydiag.startupPrepare", "true"))) {
                    return;
                }
                java.awt.Toolkit.getDefaultToolkit();
                var img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                var g = img.createGraphics();
                try {
                    g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
                    g.setFont(new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 13));
                    g.drawString(Texts.get("home.title"), 0, 8);
                } finally {
                    g.dispose();
                }
                ClassLoader cl = SwingLauncher.class.getClassLoader();
                for (String name : HOME_CLASSES) {
                    Class.forName(name, false, cl);
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "start-up preparation skipped", e);
            }
        }, "startup-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** Classes the home window needs beyond the minimal window's, loaded by {@link #prepareInBackground}. */
    private static final String[] HOME_CLASSES = {
        "com.formdev.flatlaf.FlatLightLaf", "com.formdev.flatlaf.ui.FlatTableUI", "com.formdev.flatlaf.ui.FlatTableHeaderUI",
        "com.formdev.flatlaf.ui.FlatTextFieldUI", "com.formdev.flatlaf.ui.FlatScrollPaneUI", "com.formdev.flatlaf.ui.FlatScrollBarUI",
        "com.formdev.flatlaf.ui.FlatMenuBarUI", "com.formdev.flatlaf.ui.FlatMenuUI", "com.formdev.flatlaf.ui.FlatMenuItemUI",
        "javax.swing.JTable", "javax.swing.table.TableRowSorter", "javax.swing.JTextField", "javax.swing.JScrollPane",
        "javax.swing.JMenuBar", "javax.swing.JMenuItem", "net.miginfocom.swing.MigLayout", "net.miginfocom.layout.Grid",
        "org.energydiag.app.swing.MainFrame", "org.energydiag.app.swing.HomePanel", "org.energydiag.app.swing.ProjectTableModel",
    };

    /** False on a machine without a graphical display (a server, CI without Xvfb). */
    public static boolean displayAvailable() {
        return !java.awt.GraphicsEnvironment.isHeadless();
    }

    /** Starts the application; on exit the context is closed and the JVM exits. */
    public static void launch(AppContext ctx) {
        JFrame f = launch(ctx, () -> System.exit(0));
        if (f instanceof MainFrame main) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!main.saveBeforeShutdown(SHUTDOWN_FLUSH_MS)) {
                    LOG.warning("shutdown: the last edits could not be written in time");
                }
            }, "save-on-shutdown"));
        }
    }

    /** How long the shutdown hook waits for the event thread to hand over the last typing. */
    static final long SHUTDOWN_FLUSH_MS = 3_000;

    /**
     * Starts the window for {@code ctx}; {@code afterExit} runs after the window is closed and the
     * context released (tests pass one that does not end the JVM).
     *
     * @return the frame (built on the event thread)
     */
    public static JFrame launch(AppContext ctx, Runnable afterExit) {
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
        CompletableFuture<Opened> store = CompletableFuture.supplyAsync(() -> {
            HomeController hc = ctx.homeController();
            try {
                // before any project can be opened, so it never races with an attachment being added
                ctx.sweepAttachments();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "attachment sweep failed", e);
            }
            return new Opened(hc, hc.list());
        });
        JFrame[] frame = new JFrame[1];
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
            f.setVisible(true);
            store.whenComplete((opened, error) -> SwingUtilities.invokeLater(() -> {
                if (error != null) {
                    Dialogs.failure(f, Texts.get("common.cannotOpenData"), error);
                    f.exit();
                    return;
                }
                f.storeReady(opened.controller(), opened.projects());
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
                    ctx.backupIfDue();
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

    private record Opened(HomeController controller, List<ProjectSummary> projects) {
    }

    private static void traceFirstPaint(MainFrame f) {
        f.onFirstPaint(() -> System.out.println("startup: home window painted at " + sinceJvmStart() + " ms"));
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
