package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.energydiag.app.AppContext;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 随附材料 → 查看 on a project received from elsewhere, holding a Windows program named
 * 审计报告.pdf.exe and described as a PDF, an .hta page, a real PDF named with a path and a photo
 * named as a PDF. The desktop's open is replaced by a recorder: the program and the page never
 * reach it (the program is only offered as 另存为…, saved where chosen under the name given, and not
 * opened); the PDF reaches it as a copy under a generated name ending in .pdf; the photo is shown by
 * the window.
 */
class AttachmentOpenGuiTest {

    @TempDir
    Path dir;
    private GuiApp app;
    private ExportDone.Opener before;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @AfterEach
    void close() {
        if (before != null) {
            ExportDone.useOpener(before);
        }
        if (app != null) {
            app.close();
        }
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTA = "<html><head><HTA:APPLICATION/><script language=\"VBScript\">CreateObject(\"WScript.Shell\").Run \"calc\"</script></head></html>"
            .getBytes(StandardCharsets.UTF_8);

    static byte[] exe() {
        byte[] b = new byte[2048];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void onlyDocumentsOnTheAllowListReachTheDesktopAndAProgramIsOnlySavedWhereChosen() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("审计报告.pdf.exe", exe());
        files.put("说明.hta", HTA);
        files.put("../../电费单.pdf", PDF);
        files.put("扫描件.pdf", jpeg());
        receivedProject(files);
        before = ExportDone.useOpener(new ExportDone.Opener() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void openFile(Path file) {
                opened.add(file);
            }

            @Override
            public void openFolder(Path file) {
                opened.add(file);
            }
        });
        app = GuiApp.launch(dir);
        var window = app.window;
        window.table("home.projects").requireRowCount(1);
        window.table("home.projects").selectRows(0);
        window.button("home.open").click();
        app.waitForWorkspace();
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.ATTACHMENTS.ordinal());
        GuiApp.waitUntil("listed", () -> window.list("evidence.list").target().getModel().getSize() == 4);

        // the program: 另存为… only, saved where chosen, never opened
        window.list("evidence.list").selectItem(0);
        window.button("evidence.open").click();
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        pane.requireMessage(Pattern.compile("(?s).*审计报告\\.pdf\\.exe.*Windows 程序.*"));
        app.press(pane.buttonWithText("另存为…"), "warning closed", () -> !pane.target().isShowing());
        var chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        assertThat(chooser.fileNameTextBox().text()).isEqualTo("审计报告_pdf_exe.bin");
        Path target = Files.createDirectories(dir.resolve("检查")).resolve("审计报告_pdf_exe.bin");
        app.choose(chooser, target);
        app.acknowledge(Pattern.compile("(?s)附件已另存到.*审计报告_pdf_exe\\.bin.*未打开.*"), GuiApp.WAIT_MS);
        assertThat(target).hasBinaryContent(exe());

        // the page: 取消 writes nothing and opens nothing
        window.list("evidence.list").selectItem(1);
        window.button("evidence.open").click();
        JOptionPaneFixture page = JOptionPaneFinder.findOptionPane().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        page.requireMessage(Pattern.compile("(?s).*说明\\.hta.*脚本.*"));
        app.press(page.buttonWithText("取消"), "warning closed", () -> !page.target().isShowing());

        // the real PDF: a copy under a generated name with the extension of what it is
        window.list("evidence.list").selectItem(2);
        window.button("evidence.open").click();
        GuiApp.waitUntil("the PDF handed to the desktop", () -> opened.size() == 1);
        Path copy = opened.get(0);
        assertThat(copy.getFileName().toString()).matches("附件-[0-9a-f]{12}\\.pdf");
        assertThat(copy).hasBinaryContent(PDF);

        // the photo named as a PDF: shown by the window
        window.list("evidence.list").selectItem(3);
        window.button("evidence.open").click();
        var viewer = WindowFinder.findDialog("evidence.viewer").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        viewer.requireVisible();
        viewer.close();

        assertThat(opened).containsExactly(copy);
        assertThat(dir.resolve("电费单.pdf")).doesNotExist();
    }

    /** A project as received from another laptop: its attachments stored with the names it carried. */
    private void receivedProject(Map<String, byte[]> files) {
        AppContext ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.systemDefaultZone());
        try {
            DiagnosisProject p = DiagnosisProject.create(Instant.now());
            List<Attachment> list = new java.util.ArrayList<>();
            for (var f : files.entrySet()) {
                Attachment a = new Attachment(null, f.getKey(), "application/pdf", "", null, Attachment.Target.PROJECT, "",
                        f.getValue().length, Hashes.sha256(f.getValue()), 0, 0, false, false);
                ctx.attachments().put(p.id(), a.id(), Map.of(Attachment.Blob.STORED, f.getValue()));
                list.add(a);
            }
            ctx.projects().put(p.withSite(p.site().withAttachments(list), p.updatedAt()));
        } finally {
            ctx.close();
        }
    }
}
