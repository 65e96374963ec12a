package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppContext;
import org.energydiag.app.AppInfo;
import org.energydiag.app.controller.HomeController;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.SaveStatus;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.Settings;

/** The main window: home and the project workspace, a menu bar and a status bar. */
final class MainFrame extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final transient AppContext ctx;
    private final transient Runnable onExit;
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final HomePanel home;
    private final JLabel saveStatus = new JLabel(" ");
    private final JLabel syncStatus = new JLabel(" ");
    /** The status line's note of what just happened (e.g. a task made a key project); cleared after a while. */
    private final JLabel notice = new JLabel(" ");
    private final javax.swing.Timer noticeTimer = new javax.swing.Timer(NOTICE_MS, e -> notice.setText(" "));
    static final int NOTICE_MS = 15_000;
    private transient org.energydiag.app.sync.SyncService sync;
    private final java.util.List<javax.swing.JMenuItem> syncItems = new java.util.ArrayList<>();
    private transient ProjectSession session;
    private WorkspacePanel workspace;
    private transient Runnable firstPaint;
    private volatile boolean exited;
    private transient java.util.List<org.energydiag.core.meter.analysis.TouSchedule> touSchedules = java.util.List.of();
    private final Action undo = new AbstractAction(Texts.get("main.undo")) {
        private static final long serialVersionUID = 1L;

        @Override
        public void actionPerformed(ActionEvent e) {
            if (session != null) {
                workspace.flushEdits();
                session.undo();
            }
        }
    };
    private final Action redo = new AbstractAction(Texts.get("main.redo")) {
        private static final long serialVersionUID = 1L;

        @Override
        public void actionPerformed(ActionEvent e) {
            if (session != null) {
                workspace.flushEdits();
                session.redo();
            }
        }
    };

    MainFrame(AppContext ctx, Runnable onExit) {
        super(AppInfo.NAME);
        this.ctx = ctx;
        this.onExit = onExit;
        setName("mainFrame");
        FileChoosers.use(ctx.settings()); // every chooser of this window reopens in its purpose's last folder
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
        setContentPane(new JPanel(new BorderLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            public void paint(java.awt.Graphics g) {
                super.paint(g);
                Runnable r = firstPaint;
                firstPaint = null;
                if (r != null) {
                    r.run();
                }
            }
        });
        home = new HomePanel(this::openProject, ctx::references);
        center.add(home, "home");
        getContentPane().add(center, BorderLayout.CENTER);
        if (ctx.readOnly()) { // decided when the folder was taken, before the window
            JLabel banner = new JLabel("<html>" + Texts.format("main.readOnlyBanner", ctx.dataDir()) + "</html>");
            banner.setName("readOnlyBanner");
            banner.setForeground(Theme.color(Theme.WARNING));
            banner.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 10, 6, 10));
            getContentPane().add(banner, BorderLayout.NORTH);
            home.setReadOnly(Texts.get("main.readOnlyButton"));
        }
        JPanel statusBar = new JPanel(new MigLayout("insets 2 10 2 10", "[grow][]"));
        JLabel folder = new JLabel(Texts.format("main.dataFolder", ctx.dataDir()));
        folder.setForeground(Theme.color(Theme.MUTED));
        saveStatus.setName("status.save");
        syncStatus.setName("status.sync");
        syncStatus.setToolTipText(Texts.get("main.syncTooltip"));
        syncStatus.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        syncStatus.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                openSync();
            }
        });
        // on a narrow or scaled window the data folder gives way first, then the note (both shortened
        // with …, the whole text in the tooltip); sync and save states keep their width
        statusBar.setLayout(new MigLayout("insets 2 10 2 10", "[shrinkprio 300][grow, shrinkprio 200]unrel[]unrel[]"));
        folder.setToolTipText(folder.getText());
        statusBar.add(folder, "wmin 0");
        notice.setName("status.notice");
        statusBar.add(notice, "wmin 0");
        statusBar.add(syncStatus);
        statusBar.add(saveStatus);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        setJMenuBar(menus());
        // right after the first paint, while the database opens on the other core: the list and the menus' items
        onFirstPaint(() -> SwingUtilities.invokeLater(() -> {
            home.ensureTable();
            fillMenus();
        }));
        updateUndo();
        setGlassPane(inputSwallower());

        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setMinimumSize(new Dimension(Math.min(1000, screen.width), Math.min(640, screen.height)));
        setSize(Math.min(1320, screen.width), Math.min(820, screen.height));
        setLocationRelativeTo(null);
    }

    /** A glass pane that takes every mouse event while it is shown (a project being opened). */
    private static java.awt.Component inputSwallower() {
        JPanel glass = new JPanel();
        glass.setOpaque(false);
        glass.setName("main.inputBlocker");
        java.awt.event.MouseAdapter eat = new java.awt.event.MouseAdapter() {
        };
        glass.addMouseListener(eat);
        glass.addMouseMotionListener(eat);
        glass.addMouseWheelListener(eat);
        glass.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.WAIT_CURSOR));
        return glass;
    }

    /** The uploader is running: show its state in the status bar and enable the 同步 menu. */
    void syncReady(org.energydiag.app.sync.SyncService service) {
        this.sync = service;
        fillMenus();
        syncItems.get(0).setEnabled(true);
        syncItems.get(1).setEnabled(session != null);
        showSyncStatus(service.status());
        service.addListener(st -> javax.swing.SwingUtilities.invokeLater(() -> showSyncStatus(st)));
    }

    private void showSyncStatus(org.energydiag.app.sync.SyncService.Status st) {
        String text;
        if (st.uploading() != null && st.total() > 0) {
            text = Texts.format("main.syncUploading", 100 * st.sent() / st.total());
        } else if (st.pending() == 0) {
            text = st.connectivity() == org.energydiag.app.sync.SyncService.Connectivity.NOT_CONFIGURED ? Texts.get("main.syncNotConfigured")
                    : Texts.get("main.syncNothingPending");
        } else {
            text = Texts.format("main.syncPending", st.pending(), st.connectivity().label());
        }
        syncStatus.setText(text);
        boolean problem = st.pending() > 0 && st.connectivity() != org.energydiag.app.sync.SyncService.Connectivity.ONLINE;
        syncStatus.setForeground(Theme.color(problem ? Theme.WARNING : Theme.MUTED));
        syncStatus.setToolTipText(st.message().isEmpty() ? Texts.get("main.syncTooltip") : st.message());
    }

    private SyncDialog syncDialog;

    private void openSync() {
        if (sync == null) {
            return;
        }
        if (syncDialog != null && syncDialog.isDisplayable()) {
            syncDialog.toFront();
            return;
        }
        syncDialog = new SyncDialog(this, ctx, summary -> {
            if (session != null && session.project().id().equals(summary.id())) {
                submitProject();
            } else {
                BackgroundTask.run(this, Texts.get("main.openingProject"), () -> ctx.projects().load(summary.id())
                        .orElseThrow(() -> new org.energydiag.core.workspace.UserException(Texts.format("main.projectGone", summary.displayName()))),
                        p -> {
                            openProject(p);
                            Dialogs.info(this, Texts.get("main.resubmitTitle"), Texts.format("main.resubmitOpened", p.displayName()));
                        });
            }
        });
        syncDialog.setVisible(true);
    }

    private void submitProject() {
        if (session == null || sync == null) {
            return;
        }
        workspace.flushEdits();
        new SubmitDialog(this, ctx, session, workspace.retrofitService(),
                ctx.dataDir().resolve("templates").resolve("plan-template.docx")).setVisible(true);
    }

    /** Runs {@code r} once, right after the window content was first painted (start-up; its measurement). */
    void onFirstPaint(Runnable r) {
        Runnable before = firstPaint;
        firstPaint = before == null ? r : () -> {
            before.run();
            r.run();
        };
    }

    HomePanel home() {
        return home;
    }

    void storeReady(HomeController controller, List<ProjectSummary> projects) {
        home.setController(controller, projects);
    }

    private final JMenu fileMenu = new JMenu(Texts.get("main.menu.file"));
    private final JMenu editMenu = new JMenu(Texts.get("main.menu.edit"));
    private final JMenu viewMenu = new JMenu(Texts.get("main.menu.view"));
    private final JMenu toolsMenu = new JMenu(Texts.get("main.menu.tools"));
    private final JMenu syncMenu = new JMenu(Texts.get("main.menu.sync"));
    private final JMenu helpMenu = new JMenu(Texts.get("main.menu.help"));
    private boolean menusFilled;

    /**
     * The menu bar with its menus; their items are added by {@link #fillMenus()} right after the
     * window's first paint (about 30 ms of start-up otherwise), or when a menu opens first.
     */
    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        fileMenu.setMnemonic(KeyEvent.VK_F);
        editMenu.setMnemonic(KeyEvent.VK_E);
        syncMenu.setName("menu.syncMenu");
        for (JMenu m : new JMenu[] {fileMenu, editMenu, viewMenu, toolsMenu, syncMenu, helpMenu}) {
            m.addMenuListener(new javax.swing.event.MenuListener() {
                @Override
                public void menuSelected(javax.swing.event.MenuEvent e) {
                    fillMenus();
                }

                @Override
                public void menuDeselected(javax.swing.event.MenuEvent e) {
                }

                @Override
                public void menuCanceled(javax.swing.event.MenuEvent e) {
                }
            });
            bar.add(m);
        }
        return bar;
    }

    /** Adds the menus' items (once; accelerators work from then on). */
    private void fillMenus() {
        if (menusFilled) {
            return;
        }
        menusFilled = true;
        int mod = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenu file = fileMenu;
        file.add(item(Texts.get("main.menu.home"), "menu.home", e -> showHome()));
        JMenuItem importItem = item(Texts.get("main.menu.import"), "menu.import", e -> {
            showHome();
            home.importFile();
        });
        if (ctx.readOnly()) {
            importItem.setEnabled(false);
            importItem.setToolTipText(Texts.get("main.readOnlyButton"));
        }
        file.add(importItem);
        file.addSeparator();
        file.add(item(Texts.get("main.menu.exportWorkplan"), "menu.exportWorkplan", e -> {
            flushOpenProject();
            AgencyExports.workPlan(this, ctx);
        }));
        file.add(item(Texts.get("main.menu.exportSummary"), "menu.exportSummary", e -> {
            flushOpenProject();
            AgencyExports.summary(this, ctx);
        }));
        file.add(item(Texts.get("main.menu.followUp"), "menu.followUp", e -> {
            // the records are edited there: the open project is closed first, so its autosave cannot overwrite them
            showHome();
            if (session == null) {
                FollowUpDialog.show(this, ctx);
            }
        }));
        file.addSeparator();
        file.add(item(Texts.get("main.menu.exit"), "menu.exit", e -> exit()));
        JMenu edit = editMenu;
        undo.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_Z, mod));
        redo.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_Y, mod));
        JMenuItem u = new JMenuItem(undo);
        u.setName("menu.undo");
        JMenuItem r = new JMenuItem(redo);
        r.setName("menu.redo");
        edit.add(u);
        edit.add(r);
        JMenu tools = toolsMenu;
        tools.add(item(Texts.get("main.menu.catalogue"), "menu.catalogue", e -> new CatalogueDialog(this, ctx, () -> session).setVisible(true)));
        tools.add(SatisfactionDialog.menuItem(this, () -> session, tools));
        tools.add(item(Texts.get("main.menu.benchmarks"), "menu.benchmarks", e -> new BenchmarkTableDialog(this, ctx).setVisible(true)));
        tools.add(item(Texts.get("main.menu.settings"), "menu.settings", e -> new SettingsDialog(this, ctx.settings(),
                w -> new EncryptionDialog(w, ctx.database()).setVisible(true), ctx.readOnly()).setVisible(true)));
        tools.addSeparator();
        tools.add(item(Texts.get("main.menu.backupNow"), "menu.backupNow", e -> BackupNow.run(this, ctx, this::flushOpenProject)));
        JMenuItem openSync = item(Texts.get("main.menu.syncWindow"), "menu.sync", e -> openSync());
        JMenuItem submitItem = item(Texts.get("main.menu.submit"), "menu.submit", e -> submitProject());
        JMenuItem syncSettings = item(Texts.get("main.menu.syncSettings"), "menu.syncSettings",
                e -> new SyncSettingsDialog(this, ctx.syncSettings(), sync, ctx.readOnly()).setVisible(true));
        syncMenu.add(openSync);
        syncMenu.add(submitItem);
        syncMenu.addSeparator();
        syncMenu.add(syncSettings);
        syncItems.add(openSync);
        syncItems.add(submitItem);
        syncItems.get(0).setEnabled(sync != null); // until the database is open
        syncItems.get(1).setEnabled(sync != null && session != null);
        JMenu view = viewMenu;
        view.add(item(Texts.get("main.menu.light"), "menu.light", e -> setTheme(Settings.Theme.LIGHT)));
        view.add(item(Texts.get("main.menu.dark"), "menu.dark", e -> setTheme(Settings.Theme.DARK)));
        JMenu help = helpMenu;
        JMenuItem stepHelp = item(Texts.get("main.menu.stepHelp"), "menu.stepHelp", e -> showStepHelp());
        stepHelp.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        help.add(stepHelp);
        help.add(item(Texts.get("main.menu.gettingStarted"), "menu.gettingStarted", e -> HelpDialog.showGettingStarted(this)));
        help.addSeparator();
        help.add(item(Texts.get("main.menu.about"), "menu.about", e -> Dialogs.info(this, Texts.get("main.aboutTitle"),
                Texts.format("main.aboutText", AppInfo.NAME, AppInfo.VERSION, ctx.dataDir()))));
    }

    /** Writes the open project's last typing, so that documents of all projects read it. */
    private void flushOpenProject() {
        if (session != null) {
            workspace.flushEdits();
            session.flush();
        }
    }

    /** F1, 帮助 → 本步骤说明: the help of the step shown; on the home screen 入门. */
    void showStepHelp() {
        if (workspace != null && workspace.isShowing()) {
            HelpDialog.showStep(this, workspace.wizard().current());
        } else {
            HelpDialog.showGettingStarted(this);
        }
    }

    /** Shows {@code text} in the status line of the main window that holds {@code c} (nothing outside one). */
    static void notice(java.awt.Component c, String text) {
        if (javax.swing.SwingUtilities.getWindowAncestor(c) instanceof MainFrame f) {
            f.showNotice(text);
        }
    }

    /** Shows a short note in the status line (what an action did, where to look next). */
    void showNotice(String text) {
        notice.setText(text);
        notice.setToolTipText(text);
        noticeTimer.setRepeats(false);
        noticeTimer.restart();
    }

    /** The first-run question (agency, engineer), once the home window is showing and the store is open. */
    void offerFirstRun() {
        FirstRunDialog.offer(this, ctx.settings());
    }

    private static JMenuItem item(String text, String name, java.awt.event.ActionListener l) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        i.addActionListener(l);
        return i;
    }

    private void setTheme(Settings.Theme theme) {
        Settings s = ctx.settings().load();
        if (ctx.readOnly()) { // the settings live in the data folder: the theme holds for this session only
            Theme.switchTo(theme);
            return;
        }
        try {
            ctx.settings().save(new Settings(s.agencyName(), s.engineerName(), theme));
        } catch (RuntimeException ex) {
            Dialogs.error(this, Texts.get("main.themeTitle"), Texts.format("main.themeNotSaved", ex.getMessage()));
        }
        Theme.switchTo(theme);
    }

    /** Opens a project once the reference data it needs is loaded (off the event thread). */
    private void openProject(DiagnosisProject p) {
        // Opening the project that is open already (e.g. 重新提交 from the sync window): its last
        // edits are written first and the project is read again, so the copy read earlier cannot
        // replace them.
        boolean reopen = session != null && session.project().id().equals(p.id());
        if (reopen) {
            workspace.flushEdits();
            session.flush();
        }
        BackgroundTask.run(this, Texts.get("main.openingProject"), () -> {
            ctx.validator();
            ctx.energyReference();
            ctx.catalogue();
            ctx.equipmentRater();
            touSchedules = ctx.touSchedules();
            return reopen ? ctx.projects().load(p.id()).orElse(p) : p;
        }, this::showProject);
    }

    private void showProject(DiagnosisProject p) {
        if (!closeSession()) {
            return;
        }
        // The project's pages take a moment to build on the event thread: the list gives way to
        // 正在打开 at once (painted before the build starts), and clicks or keys made while it is
        // built are swallowed rather than landing on a page the user has not seen yet.
        showOpening(p.displayName());
        try {
            buildWorkspace(p);
        } finally {
            releaseInputAfterQueuedEvents();
        }
    }

    private JPanel openingCard;
    private javax.swing.JLabel openingText;

    private void showOpening(String name) {
        if (openingCard == null) {
            openingText = new JLabel();
            openingText.setName("main.opening");
            openingText.putClientProperty("FlatLaf.styleClass", "h3");
            javax.swing.JProgressBar bar = new javax.swing.JProgressBar();
            bar.setIndeterminate(true);
            openingCard = new JPanel(new MigLayout("insets dialog, wrap 1, align center center", "[center]"));
            openingCard.add(openingText);
            openingCard.add(bar, "width 240lp");
            center.add(openingCard, "opening");
        }
        openingText.setText(Texts.format("main.openingNamed", name));
        cards.show(center, "opening");
        getGlassPane().setVisible(true);
        center.paintImmediately(0, 0, center.getWidth(), center.getHeight());
        if (openingShown != null) {
            openingShown.run();
        }
    }

    private transient Runnable openingShown;

    /** For tests: runs after 正在打开 was painted, before the workspace is built. */
    void openingShownListener(Runnable r) {
        openingShown = r;
    }

    /** For tests: the open project as stored, after closing it (back to the list). */
    DiagnosisProject openProjectForTest() {
        DiagnosisProject p = session.project();
        showHome();
        return p;
    }

    /** For tests: opens {@code p} as the list's 打开 does once its data is read. */
    void showProjectForTest(DiagnosisProject p) {
        showProject(p);
    }

    /**
     * Input the user gave while the workspace was built is already queued (the toolkit queues it
     * while the event thread is busy): the glass pane, which swallows it, is lifted only after
     * those events were dispatched.
     */
    private void releaseInputAfterQueuedEvents() {
        javax.swing.SwingUtilities.invokeLater(() -> getGlassPane().setVisible(false));
    }

    private void buildWorkspace(DiagnosisProject p) {
        session = ctx.openSession(p, javax.swing.SwingUtilities::invokeLater);
        session.addListener(new ProjectSession.Listener() {
            @Override
            public void projectChanged(DiagnosisProject project) {
                updateUndo();
                showTitle(project); // the title follows the enterprise name as it is typed
            }

            @Override
            public void saveStatusChanged(SaveStatus status) {
                showSaveStatus(status);
            }
        });
        workspace = new WorkspacePanel(session, ctx.divisions(), ctx.industries(), ctx.meterStore(), touSchedules,
                new EquipmentRatingView.Services(ctx.equipmentRater(), ctx.catalogue()),
                new org.energydiag.app.controller.RetrofitService(new org.energydiag.core.evaluation.References(ctx.energyReference(),
                        ctx.equipmentRater(), ctx.catalogue(), touSchedules), ctx.meterStore(), ctx.clock()), ctx.dataDir().resolve("templates").resolve("plan-template.docx"), this::showHome, this::submitProject,
                ctx.energyReference().carriers(), ctx.attachments());
        if (ctx.readOnly()) {
            workspace.setReadOnly(Texts.get("main.readOnlyEdit"));
        }
        center.add(workspace, "workspace");
        cards.show(center, "workspace");
        showSaveStatus(session.saveStatus());
        updateUndo();
        showTitle(p);
        fillMenus();
        syncItems.get(1).setEnabled(sync != null);
    }

    private void showTitle(DiagnosisProject p) {
        String title = p.displayName() + " - " + AppInfo.NAME;
        if (!title.equals(getTitle())) {
            setTitle(title);
        }
    }

    private void showSaveStatus(SaveStatus s) {
        switch (s.state()) {
            case SAVED -> {
                saveStatus.setText(Texts.format("main.saved", s.time() == null ? "" : TIME.format(s.time())));
                saveStatus.setForeground(Theme.color(Theme.MUTED));
            }
            case SAVING -> saveStatus.setText(Texts.get("main.saving"));
            case FAILED -> {
                saveStatus.setText(Texts.format("main.saveFailedStatus", s.message()));
                saveStatus.setForeground(Theme.color(Theme.ERROR));
            }
        }
    }

    private void updateUndo() {
        boolean s = session != null;
        undo.setEnabled(s && session.canUndo());
        redo.setEnabled(s && session.canRedo());
        undo.putValue(Action.NAME, s && session.canUndo() ? Texts.format("main.undoWith", session.undoLabel()) : Texts.get("main.undo"));
        redo.putValue(Action.NAME, s && session.canRedo() ? Texts.format("main.redoWith", session.redoLabel()) : Texts.get("main.redo"));
    }

    private void showHome() {
        if (!closeSession()) {
            return;
        }
        cards.show(center, "home");
        setTitle(AppInfo.NAME);
        notice.setText(" ");
        fillMenus();
        syncItems.get(1).setEnabled(false);
        saveStatus.setText(" ");
        home.reload(null);
    }

    /**
     * Writes pending edits and closes the open project. When they cannot be written the user
     * decides: keep the project open (and retry), or leave it anyway.
     *
     * @return false when the user chose to stay
     */
    private boolean closeSession() {
        if (workspace != null) {
            workspace.flushEdits();
        }
        if (session != null) {
            while (!session.flush()) {
                Object[] options = {Texts.get("main.saveFailedRetry"), Texts.get("main.saveFailedDiscard"), Texts.get("main.saveFailedBack")};
                int a = JOptionPane.showOptionDialog(this, Texts.format("main.saveFailedMessage", session.saveStatus().message()),
                        Texts.get("main.saveFailedTitle"), JOptionPane.DEFAULT_OPTION, JOptionPane.ERROR_MESSAGE, null, options, options[0]);
                if (a == 1) {
                    break;
                }
                if (a != 0) {
                    return false;
                }
            }
            session.close();
            session = null;
        }
        if (workspace != null) {
            workspace.close();
            center.remove(workspace);
            workspace = null;
        }
        updateUndo();
        return true;
    }

    void exit() {
        if (!closeSession()) {
            return;
        }
        exited = true;
        dispose();
        onExit.run();
    }

    /**
     * The last way out: the JVM is ending without the window being closed (the user logs out, the
     * system shuts down, the process is sent SIGTERM). Called on the shutdown-hook thread: commits
     * the typing still waiting for its pause and any table cell being edited (on the event thread,
     * if it answers within the time given), then writes what is pending and releases the store.
     *
     * @return true when nothing was left unsaved
     */
    boolean saveBeforeShutdown(long timeoutMs) {
        if (exited) {
            return true;
        }
        java.util.concurrent.CountDownLatch flushed = new java.util.concurrent.CountDownLatch(1);
        ProjectSession[] open = new ProjectSession[1];
        javax.swing.SwingUtilities.invokeLater(() -> {
            try {
                if (workspace != null) {
                    workspace.flushEdits();
                    workspace.close(); // no background report may start on a store about to close
                }
                open[0] = session;
            } finally {
                flushed.countDown();
            }
        });
        boolean onTime;
        try {
            onTime = flushed.await(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        // the session's saver is thread-safe: wait for its last write here, not on the event thread
        boolean saved = !onTime || open[0] == null || open[0].flush();
        ctx.close();
        return onTime && saved;
    }
}
