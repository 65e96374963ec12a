package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.energydiag.app.swing.media.ExifJpegs;
import org.junit.jupiter.api.Test;

/**
 * 随附材料 as on site: a nameplate photo taken with the phone turned (EXIF orientation 6) and a
 * damaged file are added through the file chooser; the photo is stored upright (200×400 from a
 * 400×200 picture), the damaged file is refused with its name and the reason.
 */
class EvidenceGuiTest extends ProjectGuiTest {

    @Test
    void aTurnedPhotoIsStoredUprightAndADamagedFileIsRefused() throws Exception {
        Path files = Files.createDirectories(dir.resolve("photos"));
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpeg);
        Files.write(files.resolve("铭牌.jpg"), ExifJpegs.withOrientation(jpeg.toByteArray(), 6, true));
        Files.write(files.resolve("损坏.png"), "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.ATTACHMENTS.ordinal());
        window.button("evidence.add").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        app.chooseAll(chooser, files.resolve("铭牌.jpg"), files.resolve("损坏.png"));
        app.acknowledge(Pattern.compile("(?s).*已添加 1 个文件.*损坏\\.png.*"), GuiApp.WAIT_MS);

        GuiApp.waitUntil("listed", () -> window.list("evidence.list").target().getModel().getSize() == 1);
        GuiApp.waitUntil("upright", () -> window.label("evidence.info").target().getText().contains("200×400"));
        String row = GuiActionRunner.execute(() -> window.list("evidence.list").target().getModel().getElementAt(0).toString());
        assertThat(row).contains("铭牌.jpg");
        window.checkBox("evidence.inPlan").requireEnabled().check();
        GuiApp.waitUntil("saved", () -> window.label("status.save").target().getText().startsWith("已自动保存"));
        assertThat(window.list("workspace.steps").contents()[11]).doesNotContain("尚未提供");
    }

    @Test
    void filesDroppedOnTheListAreImported() throws Exception {
        Path pdf = dir.resolve("能源统计报表.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.ATTACHMENTS.ordinal());
        javax.swing.JList<?> list = window.list("evidence.list").target();
        java.awt.datatransfer.Transferable files = new java.awt.datatransfer.Transferable() {
            @Override
            public java.awt.datatransfer.DataFlavor[] getTransferDataFlavors() {
                return new java.awt.datatransfer.DataFlavor[] {java.awt.datatransfer.DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(java.awt.datatransfer.DataFlavor f) {
                return java.awt.datatransfer.DataFlavor.javaFileListFlavor.equals(f);
            }

            @Override
            public Object getTransferData(java.awt.datatransfer.DataFlavor f) {
                return java.util.List.of(pdf.toFile());
            }
        };
        // what the drop of a file from the desktop hands to the list's transfer handler
        boolean accepted = GuiActionRunner.execute(() -> {
            javax.swing.TransferHandler.TransferSupport support = new javax.swing.TransferHandler.TransferSupport(list, files);
            return list.getTransferHandler().canImport(support) && list.getTransferHandler().importData(support);
        });
        assertThat(accepted).isTrue();
        GuiApp.waitUntil("listed", () -> window.list("evidence.list").target().getModel().getSize() == 1);
        GuiApp.waitUntil("shown", () -> window.label("evidence.info").target().getText().contains("能源统计报表.pdf"));
        window.checkBox("evidence.inPlan").requireDisabled(); // only photos are placed in the plan
    }
}
