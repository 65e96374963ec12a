package org.energydiag.app.swing.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.energydiag.app.text.Texts;
import org.jfree.chart.JFreeChart;

/** Writes charts and diagrams as PNG files for the plan document, atomically. */
public final class ChartImages {

    /**
     * Print size in pixels: 2400 × 1500 is about 16 cm × 10 cm at 380 dpi, sharp on paper at the width of
     * an A4 text block.
     */
    public static final int PRINT_WIDTH = 2400;
    /** @see #PRINT_WIDTH */
    public static final int PRINT_HEIGHT = 1500;

    /** Logical size charts are laid out at; larger images are the same chart scaled up (readable fonts). */
    private static final double DRAW_WIDTH = 800;
    private static final double DRAW_HEIGHT = 500;

    private ChartImages() {
    }

    /** Draws {@code chart} at {@code widthPx × heightPx} and writes it to {@code file}. */
    public static void writePng(JFreeChart chart, Path file, int widthPx, int heightPx) throws IOException {
        double scale = Math.max(1, Math.min(widthPx / DRAW_WIDTH, heightPx / DRAW_HEIGHT));
        writePng(chart.createBufferedImage(widthPx, heightPx, widthPx / scale, heightPx / scale, null), file);
    }

    /** Writes {@code img} to a temporary file next to {@code file}, then moves it into place. */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException(Texts.get("charts.noPngWriter"));
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
