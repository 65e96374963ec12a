package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppContext;
import org.energydiag.app.sync.SyncService;
import org.energydiag.app.text.Texts;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPackage;
import org.energydiag.core.sync.SubmissionPart;
import org.energydiag.core.sync.SubmissionStatus;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.UserException;

/**
 * 同步: the upload queue with each submission's status, the last error in full, 立即同步, offline
 * packages (export for upload elsewhere, import from another laptop) and the settings. Reads the
 * queue off the event thread and follows the background uploader's status.
 */
final class SyncDialog extends JDialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** A row: the submission and whether its project changed after it was queued. */
    record Row(Submission submission, boolean outOfDate, boolean projectGone) {
    }

    static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        static final String[] COLUMNS = {Texts.get("sync.col.enterprise"), Texts.get("sync.col.queued"),
            Texts.get("sync.col.status"), Texts.get("sync.col.attempts"), Texts.get("sync.col.size"), Texts.get("sync.col.note")};
        List<Row> rows = new ArrayList<>();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Row row = rows.get(r);
            Submission s = row.submission();
            return switch (c) {
                case 0 -> s.title().isBlank() ? Texts.get("sync.unnamed") : s.title();
                case 1 -> TIME.format(s.createdAt());
                case 2 -> status(row);
                case 3 -> s.attempts();
                case 4 -> Texts.format("sync.sizeKb", Math.max(1, s.totalBytes() / 1024));
                default -> note(row);
            };
        }

        static String status(Row row) {
            Submission s = row.submission();
            String st = s.status().label();
            if (s.status() == SubmissionStatus.FAILED && s.retryable()) {
                st += Texts.get("sync.status.retrying");
            }
            if (row.outOfDate()) {
                st += Texts.get("sync.status.projectChanged");
            }
            return st;
        }

        static String note(Row row) {
            Submission s = row.submission();
            String n = switch (s.status()) {
                case UPLOADED -> Texts.format("sync.note.uploaded", s.receipt(), TIME.format(s.uploadedAt()));
                case FAILED -> firstLine(s.lastError());
                case UPLOADING -> Texts.get("sync.note.uploading");
                case PENDING -> s.lastError().isEmpty() ? Texts.get("sync.note.waiting")
                        : Texts.format("sync.note.lastError", firstLine(s.lastError()));
            };
            if (row.outOfDate()) {
                n += Texts.get("sync.note.outOfDate");
            }
            return n;
        }

        private static String firstLine(String s) {
            int i = s.indexOf('\n');
            return i < 0 ? s : s.substring(0, i);
        }
    }

    private final transient AppContext ctx;
    private final transient Outbox outbox;
    private final transient SyncService service;
    private final transient Consumer<ProjectSummary> resubmit;
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JTextArea detail = new JTextArea(6, 60);
    private final JLabel state = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JButton now = new JButton(Texts.get("sync.now"));
    private final JButton export = new JButton(Texts.get("sync.export"));
    private final JButton importPackage = new JButton(Texts.get("sync.import"));
    private final JButton resubmitButton = new JButton(Texts.get("sync.resubmit"));
    private final JButton delete = new JButton(Texts.get("sync.delete"));
    private final transient Consumer<SyncService.Status> listener;
    private Map<String, ProjectSummary> projects = new HashMap<>();
    private String lastUploading;

    /**
     * @param resubmit opens 提交到平台 for a project (the caller opens the project if needed)
     */
    SyncDialog(Window owner, AppContext ctx, Consumer<ProjectSummary> resubmit) {
        super(owner, Texts.get("sync.title"), ModalityType.MODELESS);
        setName("sync");
        this.ctx = ctx;
        this.outbox = ctx.outbox();
        this.service = ctx.sync();
        this.resubmit = resubmit;
        table.setName("sync.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(false);
        int[] widths = {230, 130, 170, 45, 75, 330};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        detail.setName("sync.detail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        state.setName("sync.state");
        progress.setName("sync.progress");
        progress.setVisible(false);
        now.setName("sync.now");
        export.setName("sync.export");
        importPackage.setName("sync.import");
        resubmitButton.setName("sync.resubmit");
        delete.setName("sync.delete");
        JButton settings = new JButton(Texts.get("sync.settings"));
        settings.setName("sync.settings");
        JButton close = new JButton(Texts.get("sync.close"));
        close.setName("sync.close");

        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][][grow,fill][][]"));
        p.add(state, "split 2, growx, wmin 0");
        p.add(progress, "w 200!");
        p.add(new JLabel(Texts.get("sync.intro")), "wmin 0");
        p.add(new JScrollPane(table), "h 160:240:");
        p.add(new JScrollPane(detail), "h 90:120:");
        p.add(now, "split 7, sg b");
        p.add(resubmitButton, "sg b");
        p.add(export, "sg b");
        p.add(importPackage, "sg b");
        p.add(delete, "sg b");
        p.add(settings, "gapleft push");
        p.add(close);
        setContentPane(p);
        // exporting a package and the settings (opened locked) stay in a read-only folder; the rest writes the outbox
        ReadOnlyLock.viewing(export);
        ReadOnlyLock.viewing(settings);
        ReadOnlyLock.viewing(close);
        ReadOnlyLock.lockIf(ctx.readOnly(), this);

        table.getSelectionModel().addListSelectionListener(e -> showSelected());
        now.addActionListener(e -> service.syncNow());
        settings.addActionListener(e -> new SyncSettingsDialog(this, ctx.syncSettings(), service, ctx.readOnly()).setVisible(true));
        close.addActionListener(e -> dispose());
        export.addActionListener(e -> exportSelected());
        importPackage.addActionListener(e -> importPackage());
        delete.addActionListener(e -> deleteSelected());
        resubmitButton.addActionListener(e -> {
            Row r = selected();
            if (r != null && projects.containsKey(r.submission().projectId())) {
                dispose();
                resubmit.accept(projects.get(r.submission().projectId()));
            }
        });
        listener = st -> SwingUtilities.invokeLater(() -> {
            showStatus(st);
            // progress of the same upload only moves the bar; anything else changes the queue
            if (st.uploading() == null || !st.uploading().equals(lastUploading)) {
                reload();
            }
            lastUploading = st.uploading();
        });
        service.addListener(listener);
        showStatus(service.status());
        reload();
        showSelected();
        setSize(980, 520);
        setLocationRelativeTo(owner);
    }

    @Override
    public void dispose() {
        service.removeListener(listener);
        super.dispose();
    }

    private void showStatus(SyncService.Status st) {
        StringBuilder sb = new StringBuilder(Texts.format("sync.state", st.connectivity().label(), st.pending()));
        if (st.nextTry() != null && st.uploading() == null) {
            sb.append(Texts.format("sync.state.nextTry",
                    DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(st.nextTry())));
        }
        if (!st.message().isEmpty()) {
            String m = st.message();
            int nl = m.indexOf('\n');
            sb.append(Texts.format("sync.state.message", nl < 0 ? m : m.substring(0, nl)));
        }
        state.setText(sb.toString());
        state.setForeground(Theme.color(st.connectivity() == SyncService.Connectivity.ONLINE ? Theme.MUTED : Theme.WARNING));
        boolean busy = st.uploading() != null && st.total() > 0;
        progress.setVisible(busy);
        if (busy) {
            progress.setValue((int) (1000 * st.sent() / st.total()));
        }
    }

    /** Reloads the queue and the projects' last changes off the event thread. */
    void reload() {
        BackgroundTask.run(this, Texts.get("sync.reading"), () -> {
            List<Submission> subs = outbox.list();
            Map<String, ProjectSummary> ps = new HashMap<>();
            for (ProjectSummary s : ctx.projects().listActive()) {
                ps.put(s.id(), s);
            }
            List<Row> rows = new ArrayList<>();
            java.util.Set<String> newest = new java.util.HashSet<>();
            for (Submission s : subs) { // newest first: only the newest of a project can be out of date
                ProjectSummary p = ps.get(s.projectId());
                boolean first = newest.add(s.projectId());
                rows.add(new Row(s, first && p != null && s.isOutOfDate(p.updatedAt()), p == null));
            }
            return new Object[] {rows, ps};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Row> rows = (List<Row>) result[0];
            @SuppressWarnings("unchecked")
            Map<String, ProjectSummary> ps = (Map<String, ProjectSummary>) result[1];
            String key = selected() == null ? null : selected().submission().key();
            projects = ps;
            model.rows = rows;
            model.fireTableDataChanged();
            int select = rows.isEmpty() ? -1 : 0; // the newest, unless another was selected
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).submission().key().equals(key)) {
                    select = i;
                }
            }
            if (select >= 0) {
                table.getSelectionModel().setSelectionInterval(select, select);
            }
            showSelected();
        });
    }

    private Row selected() {
        int i = table.getSelectedRow();
        return i < 0 || i >= model.rows.size() ? null : model.rows.get(i);
    }

    private void showSelected() {
        Row r = selected();
        export.setEnabled(r != null);
        delete.setEnabled(r != null && r.submission().status() != SubmissionStatus.UPLOADING);
        resubmitButton.setEnabled(r != null && !r.projectGone()
                && (r.outOfDate() || (r.submission().status() == SubmissionStatus.FAILED && !r.submission().retryable())));
        if (r == null) {
            detail.setText(model.rows.isEmpty() ? Texts.get("sync.empty") : "");
            return;
        }
        Submission s = r.submission();
        StringBuilder sb = new StringBuilder();
        sb.append(Texts.format("sync.detail.head", Model.status(r), Model.note(r))).append('\n');
        if (!s.lastError().isEmpty() && s.status() != SubmissionStatus.UPLOADED) {
            sb.append(Texts.format("sync.detail.reason", s.lastError())).append('\n');
        }
        if (s.nextAttemptAt() != null && s.status() == SubmissionStatus.FAILED) {
            sb.append(Texts.format("sync.detail.nextTry", TIME.format(s.nextAttemptAt()))).append('\n');
        }
        if (r.projectGone()) {
            sb.append(Texts.get("sync.detail.projectGone")).append('\n');
        }
        sb.append(Texts.format("sync.detail.key", s.key(), s.contentHash().substring(0, 16))).append('\n');
        for (SubmissionPart p : s.parts()) {
            sb.append(Texts.format("sync.detail.part", p.kind().label(), p.name(), Math.max(1, p.size() / 1024),
                    p.sha256().substring(0, 16))).append('\n');
        }
        detail.setText(sb.toString());
        detail.setCaretPosition(0);
    }

    private void exportSelected() {
        Row r = selected();
        if (r == null) {
            return;
        }
        Submission s = r.submission();
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.SUBMISSION);
        ch.setDialogTitle(Texts.get("sync.export.chooserTitle"));
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("sync.package.filter"), "zip"));
        String name = Texts.format("sync.export.fileName",
                (s.title().isBlank() ? Texts.get("sync.export.defaultName") : s.title()).replaceAll("[\\\\/:*?\"<>|]", ""),
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.systemDefault()).format(s.createdAt()));
        ch.setSelectedFile(new java.io.File(name));
        if (ch.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = ch.getSelectedFile().toPath();
        Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".zip");
        if (Files.exists(out) && JOptionPane.showConfirmDialog(this, Texts.format("sync.export.exists", out.getFileName()),
                Texts.get("sync.export.title"), JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return;
        }
        BackgroundTask.run(this, Texts.get("sync.export.title"), () -> {
            SubmissionPackage.write(s, part -> outbox.content(s.key(), part), out);
            return out;
        }, path -> ExportDone.show(this, Texts.get("sync.export.title"), Texts.format("sync.export.done", path.getFileName()), path));
    }

    private void importPackage() {
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.SUBMISSION);
        ch.setDialogTitle(Texts.get("sync.import.title"));
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("sync.package.filter"), "zip"));
        if (ch.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path in = ch.getSelectedFile().toPath();
        BackgroundTask.run(this, Texts.get("sync.import.title"), () -> {
            // streamed to temporary files in the data folder (swept at the next start if the window is killed), never whole in memory
            try (var spooled = SubmissionPackage.readToFiles(in, ctx.dataDir())) {
                var existing = outbox.find(spooled.submission().key());
                if (existing.isPresent()) {
                    throw new UserException(Texts.format("sync.import.duplicate", in.getFileName(), existing.get().status().label()));
                }
                outbox.enqueueFiles(spooled.submission(), spooled.files());
                return spooled.submission();
            }
        }, s -> {
            service.changed();
            reload();
            Dialogs.info(this, Texts.get("sync.import.title"), Texts.format("sync.import.done", s.title(), s.parts().size()));
        });
    }

    private void deleteSelected() {
        Row r = selected();
        if (r == null) {
            return;
        }
        Submission s = r.submission();
        String warn = s.status() == SubmissionStatus.UPLOADED ? Texts.get("sync.delete.uploaded")
                : Texts.get("sync.delete.notUploaded");
        if (JOptionPane.showConfirmDialog(this, Texts.format("sync.delete.confirm", s.title(), TIME.format(s.createdAt()), warn),
                Texts.get("sync.delete.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
            return;
        }
        BackgroundTask.run(this, Texts.get("sync.delete.title"), () -> {
            outbox.delete(s.key());
            return Instant.now();
        }, t -> {
            service.changed();
            reload();
        });
    }
}
