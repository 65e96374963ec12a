package org.energydiag.app.swing;

import java.awt.Window;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppContext;
import org.energydiag.app.AppInfo;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.app.swing.charts.PlanFigures;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.SubmissionBuilder;
import org.energydiag.core.sync.SubmissionQueue;
import org.energydiag.core.sync.SubmissionStatus;

/**
 * 提交到平台: shows what goes to the platform (project data, the plan generated now, the
 * satisfaction answers, an optional scan of the stamped form) and queues it in the outbox. The
 * upload itself happens in the background whenever the network is there.
 */
final class SubmitDialog extends JDialog {

    private static final long serialVersionUID = 1L;
    static final long MAX_SCAN_BYTES = 20L << 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private transient SubmissionBuilder.Scan scan;
    private final JLabel scanLabel = new JLabel(Texts.get("submit.scan.none"));

    SubmitDialog(Window owner, AppContext ctx, ProjectSession session, RetrofitService service, Path agencyTemplate) {
        super(owner, Texts.get("submit.title"), ModalityType.APPLICATION_MODAL);
        setName("submit");
        DiagnosisProject project = session.project();
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        p.add(new JLabel("<html><b>" + escape(project.displayName()) + "</b></html>"), "span 2");
        p.add(new JLabel(Texts.get("submit.label.projectData")));
        p.add(new JLabel(Texts.get("submit.projectData")));
        p.add(new JLabel(Texts.get("submit.label.plan")));
        p.add(new JLabel(Texts.get("submit.plan")));
        p.add(new JLabel(Texts.get("submit.label.satisfaction")));
        var sat = project.satisfaction();
        JLabel satLabel = new JLabel(sat.isEmpty() ? Texts.get("submit.satisfaction.missing")
                : sat.dateReturned() == null ? Texts.get("submit.satisfaction.entered")
                : Texts.format("submit.satisfaction.enteredOn", sat.dateReturned()));
        satLabel.setName("submit.satisfaction");
        if (sat.isEmpty()) {
            satLabel.setForeground(Theme.color(Theme.WARNING));
        }
        p.add(satLabel);
        p.add(new JLabel(Texts.get("submit.label.scan")));
        scanLabel.setName("submit.scan");
        JButton chooseScan = new JButton(Texts.get("submit.scan.choose"));
        chooseScan.setName("submit.chooseScan");
        JButton clearScan = new JButton(Texts.get("submit.scan.remove"));
        clearScan.setEnabled(false);
        p.add(scanLabel, "split 3, growx");
        p.add(chooseScan);
        p.add(clearScan);
        Outbox outbox = ctx.outbox();
        JLabel previous = new JLabel(" ");
        previous.setName("submit.previous");
        p.add(previous, "span 2, growx, wmin 0");
        JButton ok = new JButton(Texts.get("submit.ok"));
        ok.setName("submit.ok");
        JButton cancel = new JButton(Texts.get("submit.cancel"));
        p.add(ok, "span 2, split 2, tag ok, gaptop para");
        p.add(cancel, "tag cancel");
        setContentPane(p);
        getRootPane().setDefaultButton(ok);

        BackgroundTask.run(this, Texts.get("submit.readingQueue"), () -> outbox.latestFor(project.id()), latest -> latest.ifPresent(s -> {
            String state = s.status() == SubmissionStatus.UPLOADED ? Texts.format("submit.previous.uploaded", s.receipt())
                    : s.status().label();
            previous.setText(Texts.format("submit.previous", TIME.format(s.createdAt()), state)
                    + (s.isOutOfDate(project.updatedAt()) ? Texts.get("submit.previous.changed") : ""));
        }));

        chooseScan.addActionListener(e -> {
            JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.ATTACHMENT);
            ch.setDialogTitle(Texts.get("submit.scan.chooserTitle"));
            ch.setFileFilter(new FileNameExtensionFilter(Texts.get("submit.scan.filter"), "pdf", "jpg", "jpeg", "png"));
            if (ch.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            Path f = ch.getSelectedFile().toPath();
            BackgroundTask.run(this, Texts.get("submit.scan.reading"), () -> readScan(f), s -> {
                scan = s;
                scanLabel.setText(Texts.format("submit.scan.chosen", f.getFileName(), s.bytes().length / 1024));
                clearScan.setEnabled(true);
            });
        });
        clearScan.addActionListener(e -> {
            scan = null;
            scanLabel.setText(Texts.get("submit.scan.none"));
            clearScan.setEnabled(false);
        });
        cancel.addActionListener(e -> dispose());
        ok.addActionListener(e -> {
            ok.setEnabled(false);
            var analysis = session.analysis();
            Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
            SubmissionBuilder.Scan chosen = scan;
            BackgroundTask.run(this, Texts.get("submit.queueing"), () -> {
                var ev = service.evaluate(project, analysis);
                ByteArrayOutputStream docx = new ByteArrayOutputStream();
                var figures = PlanFigures.of(ev, (aid, kind) -> ctx.attachments().get(project.id(), aid, kind));
                try (var t = template == null ? null : Files.newInputStream(template)) {
                    new PlanDocxWriter(ev, figures).write(t, docx);
                }
                // the other reports of the notice, from the same evaluation (those that can be written)
                var reports = org.energydiag.core.sync.SubmissionReports.write(ev, figures,
                        org.energydiag.app.swing.charts.FootprintChart::figure, reportTemplates(template));
                var attachments = ctx.attachments();
                var prepared = SubmissionBuilder.build(project, (aid, kind) -> attachments.get(project.id(), aid, kind),
                        docx.toByteArray(), reports, chosen, AppInfo.generator(), ctx.clock().instant(),
                        java.util.UUID.randomUUID().toString());
                return SubmissionQueue.offer(outbox, prepared, ZoneId.systemDefault());
            }, message -> {
                ctx.sync().changed();
                dispose();
                Dialogs.info(owner, Texts.get("submit.title"), message);
            });
        });
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * The agency's templates of the reports: the plan's template serves the diagnosis report (same
     * placeholders); the carbon report's lies beside it ({@code carbon-report-template.docx}).
     */
    private static org.energydiag.core.sync.SubmissionReports.Templates reportTemplates(Path planTemplate) {
        return new org.energydiag.core.sync.SubmissionReports.Templates() {
            @Override
            public java.io.InputStream diagnosis() throws IOException {
                return planTemplate == null ? null : Files.newInputStream(planTemplate);
            }

            @Override
            public java.io.InputStream carbon() throws IOException {
                Path t = planTemplate == null ? null : planTemplate.resolveSibling(CarbonReportExportAction.TEMPLATE_FILE);
                return t != null && Files.isRegularFile(t) ? Files.newInputStream(t) : null;
            }

            @Override
            public java.io.InputStream footprint() {
                return null;
            }
        };
    }

    /** Reads a scan, refusing what is not a PDF, JPEG or PNG by its content, or is too large. */
    static SubmissionBuilder.Scan readScan(Path f) throws IOException {
        String name = f.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!SubmissionBuilder.SCAN_TYPES.containsKey(ext)) {
            throw new org.energydiag.core.workspace.UserException(Texts.format("submit.scan.unsupported", name));
        }
        long size = Files.size(f);
        if (size == 0) {
            throw new org.energydiag.core.workspace.UserException(Texts.format("submit.scan.empty", f));
        }
        if (size > MAX_SCAN_BYTES) {
            throw new org.energydiag.core.workspace.UserException(Texts.format("submit.scan.tooLarge", size / (1 << 20), f));
        }
        byte[] b = Files.readAllBytes(f);
        try {
            org.energydiag.core.evidence.EvidenceFile.detect(name, b); // content checked as for any evidence file
        } catch (org.energydiag.core.evidence.EvidenceException e) {
            throw new org.energydiag.core.workspace.UserException(e.getMessage(), e);
        }
        return new SubmissionBuilder.Scan(name, b);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
