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
    private final JLabel scanLabel = new JLabel("未附加（可选）");

    SubmitDialog(Window owner, AppContext ctx, ProjectSession session, RetrofitService service, Path agencyTemplate) {
        super(owner, "提交到平台", ModalityType.APPLICATION_MODAL);
        setName("submit");
        DiagnosisProject project = session.project();
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        p.add(new JLabel("<html><b>" + escape(project.displayName()) + "</b></html>"), "span 2");
        p.add(new JLabel("项目数据："));
        p.add(new JLabel("项目全部数据（与“导出项目”相同的 .edproj 文件）"));
        p.add(new JLabel("改造方案："));
        p.add(new JLabel("按当前数据生成的 节能降碳改造具体方案（.docx）"));
        p.add(new JLabel("满意度调查表："));
        var sat = project.satisfaction();
        JLabel satLabel = new JLabel(sat.isEmpty() ? "尚未录入企业返回的答案（工具 → 企业满意度调查表），可先提交，录入后再次提交"
                : "已录入" + (sat.dateReturned() == null ? "" : "（" + sat.dateReturned() + "）"));
        satLabel.setName("submit.satisfaction");
        if (sat.isEmpty()) {
            satLabel.setForeground(Theme.color(Theme.WARNING));
        }
        p.add(satLabel);
        p.add(new JLabel("盖章扫描件："));
        scanLabel.setName("submit.scan");
        JButton chooseScan = new JButton("选择文件…");
        chooseScan.setName("submit.chooseScan");
        JButton clearScan = new JButton("移除");
        clearScan.setEnabled(false);
        p.add(scanLabel, "split 3, growx");
        p.add(chooseScan);
        p.add(clearScan);
        Outbox outbox = ctx.outbox();
        JLabel previous = new JLabel(" ");
        previous.setName("submit.previous");
        p.add(previous, "span 2, growx, wmin 0");
        JButton ok = new JButton("加入上传队列");
        ok.setName("submit.ok");
        JButton cancel = new JButton("取消");
        p.add(ok, "span 2, split 2, tag ok, gaptop para");
        p.add(cancel, "tag cancel");
        setContentPane(p);
        getRootPane().setDefaultButton(ok);

        BackgroundTask.run(this, "读取上传队列", () -> outbox.latestFor(project.id()), latest -> latest.ifPresent(s -> {
            String state = s.status() == SubmissionStatus.UPLOADED ? "已上传（回执 " + s.receipt() + "）" : s.status().label();
            previous.setText("上次提交：" + TIME.format(s.createdAt()) + "，" + state
                    + (s.isOutOfDate(project.updatedAt()) ? "；此后项目已修改" : ""));
        }));

        chooseScan.addActionListener(e -> {
            JFileChooser ch = new JFileChooser();
            ch.setDialogTitle("选择盖章后的满意度调查表扫描件");
            ch.setFileFilter(new FileNameExtensionFilter("PDF、JPG、PNG", "pdf", "jpg", "jpeg", "png"));
            if (ch.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            Path f = ch.getSelectedFile().toPath();
            BackgroundTask.run(this, "读取扫描件", () -> readScan(f), s -> {
                scan = s;
                scanLabel.setText(f.getFileName() + "（" + (s.bytes().length / 1024) + " KB）");
                clearScan.setEnabled(true);
            });
        });
        clearScan.addActionListener(e -> {
            scan = null;
            scanLabel.setText("未附加（可选）");
            clearScan.setEnabled(false);
        });
        cancel.addActionListener(e -> dispose());
        ok.addActionListener(e -> {
            ok.setEnabled(false);
            var analysis = session.analysis();
            Path template = agencyTemplate != null && Files.isRegularFile(agencyTemplate) ? agencyTemplate : null;
            SubmissionBuilder.Scan chosen = scan;
            BackgroundTask.run(this, "生成并加入上传队列", () -> {
                var ev = service.evaluate(project, analysis);
                ByteArrayOutputStream docx = new ByteArrayOutputStream();
                try (var t = template == null ? null : Files.newInputStream(template)) {
                    new PlanDocxWriter(ev, PlanFigures.of(project, analysis, (aid, kind) -> ctx.attachments().get(project.id(), aid, kind)))
                            .write(t, docx);
                }
                var attachments = ctx.attachments();
                var prepared = SubmissionBuilder.build(project, (aid, kind) -> attachments.get(project.id(), aid, kind),
                        docx.toByteArray(), chosen, AppInfo.generator(), ctx.clock().instant());
                return SubmissionQueue.offer(outbox, prepared, ZoneId.systemDefault());
            }, message -> {
                ctx.sync().changed();
                dispose();
                Dialogs.info(owner, "提交到平台", message);
            });
        });
        pack();
        setLocationRelativeTo(owner);
    }

    /** Reads a scan, refusing what is not a PDF, JPEG or PNG by its content, or is too large. */
    static SubmissionBuilder.Scan readScan(Path f) throws IOException {
        String name = f.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!SubmissionBuilder.SCAN_TYPES.containsKey(ext)) {
            throw new org.energydiag.core.workspace.UserException("不支持的扫描件类型：" + name + "。请选择 PDF、JPG 或 PNG 文件。");
        }
        long size = Files.size(f);
        if (size == 0) {
            throw new org.energydiag.core.workspace.UserException("扫描件是空文件：" + f);
        }
        if (size > MAX_SCAN_BYTES) {
            throw new org.energydiag.core.workspace.UserException("扫描件过大（" + size / (1 << 20) + " MB）：" + f + "。请以较低分辨率（如 200 dpi）重新扫描，不超过 20 MB。");
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
