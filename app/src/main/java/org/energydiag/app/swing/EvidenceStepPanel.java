package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Image;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.AttachmentOpening;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.media.ImageNormalizer;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.AttachmentStore;
import org.energydiag.core.evidence.EvidenceException;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.io.Hashes;

/**
 * Step 随附材料 (template 四): photos (nameplates, meters, documents) and files attached to the
 * project, an equipment item or a process unit, with caption and date; photos are stored upright
 * (EXIF orientation applied) and downscaled, the original optionally kept; thumbnails, full-size
 * view; files dropped on the list are imported; selected photos are placed in the plan.
 */
final class EvidenceStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient AttachmentStore store;
    private final transient Binder binder;
    private final DefaultListModel<Attachment> listModel = new DefaultListModel<>();
    private final JList<Attachment> list = new JList<>(listModel);
    private final JCheckBox keepOriginal = new JCheckBox(Texts.get("evidence.keepOriginal"));
    private final JComboBox<Choice> target = new JComboBox<>();
    private final JCheckBox inPlan = new JCheckBox(Texts.get("evidence.inPlan"));
    private final JLabel info = new WrapLabel();
    private final transient Map<String, ImageIcon> thumbs = new ConcurrentHashMap<>();
    private String selectedId;
    private boolean updating;

    /** A target in the combo: what the attachment documents. */
    record Choice(Attachment.Target target, String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The findings of 诊断 (recomputed in the background), to attach evidence to one. */
    private transient java.util.function.Supplier<List<org.energydiag.core.retrofit.Finding>> findings = List::of;

    void useFindings(java.util.function.Supplier<List<org.energydiag.core.retrofit.Finding>> source) {
        this.findings = source;
    }

    EvidenceStepPanel(ProjectSession session, AttachmentStore store) {
        super(new BorderLayout());
        this.session = session;
        this.store = store;
        this.binder = new Binder(session);
        setName("step.ATTACHMENTS");
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 1, gapy 3", "[grow,fill]"));
        PlanEdits.header(p, Texts.get("evidence.title"), Texts.get("evidence.intro"));
        list.setName("evidence.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        list.setVisibleRowCount(5);
        list.setTransferHandler(new Drop());
        setTransferHandler(new Drop());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                Attachment a = list.getSelectedValue();
                if (a != null && !a.id().equals(selectedId)) {
                    binder.flushPending();
                    selectedId = a.id();
                    showDetail();
                }
            }
        });
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open();
                }
            }
        });
        JButton add = new JButton(Texts.get("evidence.add"));
        add.setName("evidence.add");
        JButton remove = new JButton(Texts.get("evidence.remove"));
        remove.setName("evidence.remove");
        JButton open = ReadOnlyLock.viewing(new JButton(Texts.get("evidence.open")));
        open.setName("evidence.open");
        keepOriginal.setName("evidence.keepOriginal");
        add.addActionListener(e -> choose());
        remove.addActionListener(e -> removeSelected());
        open.addActionListener(e -> open());
        p.add(PlanEdits.buttons(add, remove, open, keepOriginal), "growx");
        p.add(new JLabel(Texts.get("evidence.supported")), "growx");
        p.add(new JScrollPane(list), "h 200:320:, pushy, growy");

        JPanel d = new JPanel(new MigLayout("insets 0, wrap 2, gapy 3", "[right][grow,fill]"));
        JTextField caption = new JTextField();
        binder.projectText(caption, "evidence.caption", Texts.get("evidence.caption"), pr -> selected(pr).map(Attachment::caption).orElse(""),
                (pr, v) -> update(pr, a -> a.withCaption(v)), null);
        JTextField date = new JTextField(10);
        JLabel dateError = new WrapLabel();
        dateError.setForeground(Theme.color(Theme.ERROR));
        binder.projectText(date, "evidence.date", Texts.get("evidence.date"),
                pr -> selected(pr).map(a -> a.date() == null ? "" : a.date().toString()).orElse(""),
                (pr, v) -> {
                    try {
                        LocalDate ld = v.isBlank() ? null : LocalDate.parse(v.trim());
                        dateError.setText(" ");
                        return update(pr, a -> a.withDate(ld));
                    } catch (java.time.format.DateTimeParseException ex) {
                        dateError.setText(Texts.get("evidence.date.error"));
                        return pr;
                    }
                }, null);
        target.setName("evidence.target");
        target.addActionListener(e -> {
            Choice c = (Choice) target.getSelectedItem();
            if (!updating && c != null && selectedId != null) {
                binder.editProject(Texts.get("evidence.edit.target"), null, pr -> update(pr, a -> a.withTarget(c.target(), c.id())));
            }
        });
        inPlan.setName("evidence.inPlan");
        inPlan.addActionListener(e -> {
            if (!updating && selectedId != null) {
                boolean v = inPlan.isSelected();
                binder.editProject(v ? Texts.get("evidence.edit.inPlan") : Texts.get("evidence.edit.notInPlan"), null,
                        pr -> update(pr, a -> a.withInPlan(v)));
            }
        });
        info.setName("evidence.info");
        d.add(new JLabel(Texts.get("evidence.caption.label")));
        d.add(caption);
        d.add(new JLabel(Texts.get("evidence.date.label")));
        d.add(date, "split 2, growx 0");
        d.add(dateError);
        d.add(new JLabel(Texts.get("evidence.target.label")));
        d.add(target);
        d.add(new JLabel(""));
        d.add(inPlan);
        d.add(new JLabel(""));
        d.add(info);
        p.add(d, "growx");
        add(p, BorderLayout.CENTER);
        session.addListener(pr -> refresh());
        refresh();
    }

    private java.util.Optional<Attachment> selected(DiagnosisProject p) {
        return selectedId == null ? java.util.Optional.empty() : p.site().attachment(selectedId);
    }

    private DiagnosisProject update(DiagnosisProject p, java.util.function.UnaryOperator<Attachment> change) {
        var a = selected(p);
        if (a.isEmpty()) {
            return p;
        }
        List<Attachment> all = new ArrayList<>(p.site().attachments());
        all.replaceAll(x -> x.id().equals(a.get().id()) ? change.apply(x) : x);
        return p.withSite(p.site().withAttachments(all), p.updatedAt());
    }

    private void refresh() {
        List<Attachment> all = session.project().site().attachments();
        updating = true;
        try {
            listModel.clear();
            all.forEach(listModel::addElement);
            if (selectedId != null && all.stream().noneMatch(a -> a.id().equals(selectedId))) {
                selectedId = null;
            }
            if (selectedId == null && !all.isEmpty()) {
                selectedId = all.get(0).id();
            }
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(selectedId)) {
                    list.setSelectedIndex(i);
                }
            }
        } finally {
            updating = false;
        }
        loadThumbnails(all);
        showDetail();
    }

    private void showDetail() {
        binder.refresh();
        DiagnosisProject p = session.project();
        var a = selected(p);
        updating = true;
        try {
            DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
            m.addElement(new Choice(Attachment.Target.PROJECT, "", Texts.get("evidence.target.project")));
            p.site().process().units().forEach(u -> m.addElement(new Choice(Attachment.Target.PROCESS, u.id(),
                    Texts.format("evidence.target.process", u.name()))));
            p.equipment().items().forEach(i -> m.addElement(new Choice(Attachment.Target.EQUIPMENT, i.id(),
                    Texts.format("evidence.target.equipment", i.name().isBlank() ? Texts.get("evidence.target.unnamed") : i.name()))));
            for (var f : findings.get()) {
                m.addElement(new Choice(Attachment.Target.FINDING, f.id(), Texts.format("evidence.target.finding", f.title())));
            }
            if (a.isPresent() && a.get().target() == Attachment.Target.FINDING
                    && findings.get().stream().noneMatch(f -> f.id().equals(a.get().targetId()))) {
                m.addElement(new Choice(Attachment.Target.FINDING, a.get().targetId(), Texts.get("evidence.target.findingGone")));
            }
            target.setModel(m);
            if (a.isPresent()) {
                for (int i = 0; i < m.getSize(); i++) {
                    Choice c = m.getElementAt(i);
                    if (c.target() == a.get().target() && c.id().equals(a.get().targetId())) {
                        target.setSelectedIndex(i);
                    }
                }
                inPlan.setSelected(a.get().inPlan());
                inPlan.setEnabled(a.get().isImage());
                Attachment x = a.get();
                info.setText(x.fileName() + "　" + Texts.format("evidence.info.size", Math.max(1, x.size() / 1024))
                        + (x.isImage() ? "　" + Texts.format("evidence.info.pixels", x.width(), x.height()) : "")
                        + (x.originalKept() ? "　" + Texts.get("evidence.info.originalKept") : ""));
            } else {
                info.setText(session.project().site().attachments().isEmpty() ? Texts.get("evidence.none") : " ");
            }
            target.setEnabled(a.isPresent());
        } finally {
            updating = false;
        }
    }

    private void loadThumbnails(List<Attachment> all) {
        String projectId = session.project().id();
        List<Attachment> missing = all.stream().filter(a -> a.isImage() && !thumbs.containsKey(a.id())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            for (Attachment a : missing) {
                try {
                    store.get(projectId, a.id(), Attachment.Blob.STORED).ifPresent(b -> {
                        byte[] png = ImageNormalizer.thumbnail(b, 72);
                        try {
                            thumbs.put(a.id(), new ImageIcon(ImageIO.read(new java.io.ByteArrayInputStream(png))));
                        } catch (java.io.IOException e) {
                            // no thumbnail: the row shows the file icon
                        }
                    });
                } catch (RuntimeException e) {
                    // a damaged image shows without a thumbnail
                }
            }
            SwingUtilities.invokeLater(list::repaint);
        }, "energydiag-thumbnails");
        t.setDaemon(true);
        t.start();
    }

    private void choose() {
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.ATTACHMENT);
        ch.setDialogTitle(Texts.get("evidence.add.title"));
        ch.setMultiSelectionEnabled(true);
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("evidence.add.filter"), "jpg", "jpeg", "png", "pdf", "xlsx", "docx"));
        if (ch.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            importFiles(List.of(ch.getSelectedFiles()).stream().map(File::toPath).toList());
        }
    }

    /** Imports files in the background; refused ones are listed with the reason, the others are added. */
    void importFiles(List<Path> files) {
        binder.flushPending();
        String projectId = session.project().id();
        boolean original = keepOriginal.isSelected();
        BackgroundTask.run(this, Texts.get("evidence.import.task"), () -> {
            List<Attachment> added = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    Imported im = readFile(f, original);
                    store.put(projectId, im.attachment().id(), im.blobs()); // the bytes first: the project never points to missing bytes
                    added.add(im.attachment());
                } catch (EvidenceException e) {
                    refused.add(e.getMessage());
                } catch (java.io.IOException e) {
                    refused.add(Texts.format("evidence.import.unreadable", name, e.getMessage()));
                }
            }
            return new Object[] {added, refused};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<Attachment> added = (List<Attachment>) result[0];
            @SuppressWarnings("unchecked")
            List<String> refused = (List<String>) result[1];
            if (!added.isEmpty()) {
                binder.editProject(Texts.format("evidence.edit.add", added.size()), null, p -> {
                    List<Attachment> all = new ArrayList<>(p.site().attachments());
                    all.addAll(added);
                    return p.withSite(p.site().withAttachments(all), p.updatedAt());
                });
                selectedId = added.get(added.size() - 1).id();
                refresh();
            }
            if (!refused.isEmpty()) {
                Dialogs.error(this, Texts.get("evidence.add.title"),
                        (added.isEmpty() ? "" : Texts.format("evidence.import.added", added.size()) + "\n")
                        + Texts.get("evidence.import.refused") + "\n" + String.join("\n", refused));
            }
        });
    }

    /** A file read, checked and (for photos) normalized, ready to store. */
    record Imported(Attachment attachment, Map<Attachment.Blob, byte[]> blobs) {
    }

    /**
     * Reads one file: refused with a message naming it when unsupported, damaged or too large;
     * photos turned upright (EXIF) and downscaled, the original kept when asked.
     */
    static Imported readFile(Path f, boolean original) throws EvidenceException, java.io.IOException {
        String name = f.getFileName().toString();
        EvidenceFile.requireSize(name, Files.size(f));
        byte[] bytes = Files.readAllBytes(f);
        EvidenceFile.Type type = EvidenceFile.detect(name, bytes);
        Map<Attachment.Blob, byte[]> blobs = new EnumMap<>(Attachment.Blob.class);
        byte[] stored = bytes;
        String mediaType = type.mediaType();
        int w = 0;
        int h = 0;
        boolean kept = false;
        if (type.isImage()) {
            ImageNormalizer.Result r = ImageNormalizer.normalize(name, bytes, type, ImageNormalizer.STORED_EDGE);
            stored = r.bytes();
            mediaType = r.mediaType();
            w = r.width();
            h = r.height();
            if (original && stored != bytes) {
                blobs.put(Attachment.Blob.ORIGINAL, bytes);
                kept = true;
            }
        }
        blobs.put(Attachment.Blob.STORED, stored);
        String fileName = mediaType.equals(type.mediaType()) ? name
                : name.replaceAll("\\.[^.]*$", "") + (mediaType.equals("image/png") ? ".png" : ".jpg");
        // a photo's date is when it was taken (EXIF), else the file's date
        LocalDate fileDate = LocalDate.ofInstant(Files.getLastModifiedTime(f).toInstant(), ZoneId.systemDefault());
        LocalDate date = type == EvidenceFile.Type.JPEG
                ? org.energydiag.core.evidence.ExifDate.read(bytes).orElse(fileDate) : fileDate;
        Attachment a = new Attachment(null, fileName, mediaType, name.replaceAll("\\.[^.]*$", ""), date,
                Attachment.Target.PROJECT, "", stored.length, Hashes.sha256(stored), w, h, kept, false);
        return new Imported(a, blobs);
    }

    private void removeSelected() {
        Attachment a = list.getSelectedValue();
        if (a == null) {
            return;
        }
        binder.editProject(Texts.format("evidence.edit.remove", a.fileName()), null, p -> {
            List<Attachment> all = new ArrayList<>(p.site().attachments());
            all.removeIf(x -> x.id().equals(a.id()));
            return p.withSite(p.site().withAttachments(all), p.updatedAt());
        });
        // the bytes stay until the next start (so 撤销 brings the attachment back) and are swept then
    }

    /** Where opened copies are written (a private temporary folder), made on first use. */
    private transient AttachmentOpening opening;

    private synchronized AttachmentOpening opening() throws java.io.IOException {
        if (opening == null) {
            opening = AttachmentOpening.inTemporaryFolder();
        }
        return opening;
    }

    /** The bytes of an attachment and what to do with them. */
    private record ToOpen(byte[] bytes, AttachmentOpening.Decision decision) {
    }

    /**
     * 查看: by the bytes (never the stored name): a photo in the window's viewer, a PDF/.docx/.xlsx
     * as a copy under a generated name with the system's program, anything else only 另存为….
     */
    private void open() {
        Attachment a = list.getSelectedValue();
        if (a == null) {
            return;
        }
        String projectId = session.project().id();
        BackgroundTask.run(this, Texts.get("evidence.open.task"), () -> {
            byte[] bytes = store.get(projectId, a.id(), Attachment.Blob.STORED)
                    .orElseThrow(() -> new org.energydiag.core.workspace.UserException(Texts.format("evidence.open.missing", a.fileName())));
            return new ToOpen(bytes, opening().decide(a, bytes));
        }, r -> {
            if (r.decision() instanceof AttachmentOpening.ShowImage img) {
                showImage(a, img.bytes());
            } else if (r.decision() instanceof AttachmentOpening.OpenCopy copy) {
                openCopy(a, copy.file());
            } else if (r.decision() instanceof AttachmentOpening.SaveOnly only) {
                offerSaveAs(r.bytes(), only);
            }
        });
    }

    private void showImage(Attachment a, byte[] bytes) {
        try {
            Image img = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (img == null) {
                throw new java.io.IOException(Texts.get("evidence.open.notAnImage"));
            }
            JDialog d = new JDialog(SwingUtilities.getWindowAncestor(this), a.caption().isBlank() ? a.fileName() : a.caption());
            d.setName("evidence.viewer");
            JLabel l = new JLabel(new ImageIcon(img));
            d.add(new JScrollPane(l));
            d.setSize(Math.min(1200, img.getWidth(null) + 40), Math.min(860, img.getHeight(null) + 60));
            d.setLocationRelativeTo(this);
            d.setVisible(true);
        } catch (java.io.IOException e) {
            Dialogs.error(this, Texts.get("evidence.open.title"), Texts.format("evidence.open.imageError", e.getMessage()));
        }
    }

    private void openCopy(Attachment a, Path copy) {
        ExportDone.Opener o = ExportDone.opener();
        if (!o.available()) {
            Dialogs.error(this, Texts.get("evidence.open.title"), Texts.format("evidence.open.noProgram", a.fileName()));
            return;
        }
        try {
            o.openFile(copy);
        } catch (java.io.IOException | RuntimeException e) {
            Dialogs.error(this, Texts.get("evidence.open.title"), Texts.format("evidence.open.programError", a.fileName(), e.getMessage()));
        }
    }

    /** Not on the allow-list: says what it seems to be and offers only 另存为… (cancel is the default). */
    private void offerSaveAs(byte[] bytes, AttachmentOpening.SaveOnly only) {
        String saveAs = Texts.get("evidence.open.saveAs");
        String cancel = Texts.get("common.cancel");
        int choice = javax.swing.JOptionPane.showOptionDialog(this, only.reason(), Texts.get("evidence.open.title"),
                javax.swing.JOptionPane.DEFAULT_OPTION, javax.swing.JOptionPane.WARNING_MESSAGE, null, new Object[] {saveAs, cancel}, cancel);
        if (choice != 0) {
            return;
        }
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.ATTACHMENT);
        ch.setDialogTitle(Texts.get("evidence.open.saveAsTitle"));
        ch.setSelectedFile(new File(ch.getCurrentDirectory(), only.suggestedName()));
        if (ch.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = ch.getSelectedFile().toPath();
        BackgroundTask.run(this, Texts.get("evidence.open.saveAsTitle"), () -> {
            try {
                AttachmentOpening.saveAs(bytes, target);
            } catch (java.io.IOException e) {
                throw new org.energydiag.core.workspace.UserException(Texts.format("evidence.open.saveFailed", e.getMessage()), e);
            }
            return target;
        }, t -> Dialogs.info(this, Texts.get("evidence.open.saveAsTitle"), Texts.format("evidence.open.saved", t.toAbsolutePath())));
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }

    /** Row: thumbnail (photos) or a file label, caption, file, target, date. */
    private final class Renderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
            super.getListCellRendererComponent(l, value, index, sel, focus);
            if (value instanceof Attachment a) {
                String target = switch (a.target()) {
                    case PROJECT -> Texts.get("evidence.row.project");
                    case PROCESS -> Texts.format("evidence.target.process", session.project().site().process().unit(a.targetId())
                            .map(u -> u.name()).orElse("?"));
                    case EQUIPMENT -> Texts.format("evidence.target.equipment", session.project().equipment().items().stream()
                            .filter(i -> i.id().equals(a.targetId())).findFirst().map(i -> i.name()).orElse("?"));
                    case FINDING -> Texts.format("evidence.target.finding", findings.get().stream().filter(f -> f.id().equals(a.targetId()))
                            .findFirst().map(f -> f.title()).orElse(Texts.get("evidence.row.findingGone")));
                };
                setText("<html><b>" + esc(a.caption().isBlank() ? a.fileName() : a.caption()) + "</b><br>" + esc(a.fileName())
                        + "　" + target + (a.date() == null ? "" : "　" + a.date())
                        + (a.inPlan() ? "　" + Texts.get("evidence.row.inPlan") : "") + "</html>");
                ImageIcon icon = thumbs.get(a.id());
                setIcon(icon);
                if (icon == null && !a.isImage()) {
                    setIcon(null);
                    String kind = a.fileName().contains(".")
                            ? a.fileName().substring(a.fileName().lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)
                            : Texts.get("evidence.row.file");
                    setText(getText().replace("<html>", "<html>[" + kind + "] "));
                }
                setIconTextGap(10);
            }
            return this;
        }

        private String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;");
        }
    }

    /** Files dropped on the step are imported. */
    private final class Drop extends TransferHandler {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean canImport(TransferSupport s) {
            return s.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport s) {
            try {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) s.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                importFiles(files.stream().map(File::toPath).toList());
                return true;
            } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                return false;
            }
        }
    }

    /** For tests. */
    Instant now() {
        return Instant.now();
    }
}
