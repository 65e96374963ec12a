package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints 企业满意度调查表 through the real print system: CUPS with the cups-pdf queue "PDF" (see
 * .ci/run). The printed PDF has the form as outlines, so it is checked by rasterizing, not by text.
 */
class PrintToCupsTest {

    @TempDir
    Path tmp;

    private static PrintService pdfService() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals("PDF")).findFirst().orElse(null);
    }

    @Test
    void formPrintsToTheCupsPdfQueue() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        PrintService service = pdfService();
        if (ci) {
            assertThat(service).as("CI must provide the CUPS queue PDF (.ci/run creates it)").isNotNull();
        }
        Assumptions.assumeTrue(service != null, "no print service named PDF: install cups and cups-pdf (see .ci/run)");

        Path outDir = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = pdfs(outDir);
        long start = System.currentTimeMillis();

        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        job.setJobName("EnergyDiag 企业满意度调查表 测试");
        job.setPrintable(new SatisfactionFormPrintable(SatisfactionFormPrintableTest.form()),
                SatisfactionFormPrintable.a4(18));
        PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
        attrs.add(MediaSizeName.ISO_A4);
        attrs.add(new JobName("EnergyDiag-satisfaction-test", null));
        job.print(attrs);

        Path printed = waitForNewPdf(outDir, before, start, 60_000);
        assertThat(printed).as("a new PDF in %s within 60 s", outDir).isNotNull();
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", printed.toString(),
                tmp.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pdftoppm (poppler-utils) exit code").isZero();
        Path png;
        try (Stream<Path> s = Files.list(tmp)) {
            png = s.filter(f -> f.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
        BufferedImage img = ImageIO.read(png.toFile());
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (lum < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("ink on the printed page").isGreaterThan(500);
    }

    private static Set<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf")).toList());
        }
    }

    /** A PDF that was not there before, complete (its size no longer changes and it loads). */
    private static Path waitForNewPdf(Path dir, Set<Path> before, long start, long timeoutMs) throws Exception {
        long deadline = start + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            for (Path f : pdfs(dir)) {
                if (!before.contains(f)) {
                    long size = Files.size(f);
                    Thread.sleep(500);
                    if (size > 0 && size == Files.size(f)) {
                        try (PDDocument d = Loader.loadPDF(f.toFile())) {
                            return f;
                        } catch (IOException stillWriting) {
                            // try again
                        }
                    }
                }
            }
            Thread.sleep(250);
        }
        return null;
    }
}
