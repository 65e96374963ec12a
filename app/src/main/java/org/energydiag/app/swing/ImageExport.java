package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.energydiag.app.swing.charts.ChartImages;
import org.energydiag.app.text.Texts;
import org.jfree.chart.JFreeChart;

/** 导出图片: asks for a PNG file and writes a chart or diagram at print resolution in the background. */
final class ImageExport {

    private ImageExport() {
    }

    static void chart(Component parent, JFreeChart chart, String name) {
        if (chart != null) {
            write(parent, name, target -> ChartImages.writePng(chart, target, ChartImages.PRINT_WIDTH, ChartImages.PRINT_HEIGHT));
        }
    }

    static void image(Component parent, Supplier<BufferedImage> image, String name) {
        write(parent, name, target -> ChartImages.writePng(image.get(), target));
    }

    private interface Writer {
        void write(Path target) throws java.io.IOException;
    }

    private static void write(Component parent, String name, Writer writer) {
        JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.IMAGE_EXPORT);
        fc.setFileFilter(new FileNameExtensionFilter(Texts.get("common.image.filter"), "png"));
        fc.setSelectedFile(new java.io.File(name + ".png"));
        if (fc.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path p = fc.getSelectedFile().toPath();
        Path target = p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? p
                : p.resolveSibling(p.getFileName() + ".png");
        BackgroundTask.run(parent, Texts.get("common.image.title"), () -> {
            writer.write(target);
            return target;
        }, t -> ExportDone.show(parent, Texts.get("common.image.title"), Texts.format("common.image.done", t.getFileName()), t));
    }
}
