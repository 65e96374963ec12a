package org.energydiag.app.swing.charts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.report.DocxMeta;
import org.energydiag.core.report.plan.ListsWorkbook;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Most of a plan export's first run is the JVM loading and initialising the document libraries
 * (POI, XMLBeans, the ooxml schemas: some 2 000 classes, about a second of CPU even for a tiny
 * document) and running their code cold. This does that work ahead, writing to nowhere, on one
 * daemon thread of low priority, so that the real export finds it done:
 * <ul>
 * <li>{@link #documents()}: the libraries alone (a document from the bundled template with the
 * paragraphs, runs, table, field and picture the plan uses; a workbook as the lists) — needs no
 * data, so {@code export-plan} starts it before it reads the project;</li>
 * <li>{@link #writer}: the plan writer itself on an evaluation, plan and lists — at the start of an
 * export while the figures are drawn on the calling thread ({@link PlanFigures#of(ProjectEvaluation,
 * org.energydiag.core.io.ProjectFile.Blobs)}), and in the window after start-up with the built-in
 * demo ({@link #afterStartup});</li>
 * <li>in the window after start-up only, the demo's figures drawn offscreen.</li>
 * </ul>
 * Each runs at most once per JVM, one after the other on the same thread, so two warm-ups never
 * initialise the same library classes at the same time; an export waits for a figure warm-up before
 * it draws ({@link #awaitFigures}) and for all of them before it writes ({@link #await}). They read
 * only the evaluation given (or the demo), touch no file, no database, no Swing component (the
 * document warm-ups no AWT either: they run while an export draws); a failure only leaves the
 * export cold. {@code -Denergydiag.planWarmup=false} turns them off (to measure without them; the
 * Swing tests run with it off, so that it never takes CPU from the robot).
 */
public final class PlanWarmup {

    private static final Logger LOG = Logger.getLogger(PlanWarmup.class.getName());
    /** The switch: {@code -Denergydiag.planWarmup=false} (read each time a warm-up would start). */
    public static final String SWITCH = "energydiag.planWarmup";
    /** A white 1 × 1 PNG. */
    private static final String ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC";
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plan-warmup");
        t.setDaemon(true); // never keeps the application from exiting
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private static final Object LOCK = new Object();
    /** Guarded by {@link #LOCK}: each warm-up once; the last one queued (the thread runs them in order). */
    private static CompletableFuture<Void> documents;
    private static CompletableFuture<Void> writer;
    private static CompletableFuture<Void> figures;
    private static CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    private PlanWarmup() {
    }

    /** Starts warming the document libraries, unless done or under way; never completes exceptionally. */
    public static CompletableFuture<Void> documents() {
        if (off()) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (LOCK) {
            if (documents == null) {
                documents = queue("document libraries", PlanWarmup::libraries);
            }
            return documents;
        }
    }

    /** Starts writing the plan and lists of {@code evaluation} to nowhere, unless done or under way. */
    public static CompletableFuture<Void> writer(Supplier<ProjectEvaluation> evaluation) {
        if (off()) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (LOCK) {
            if (writer == null) {
                writer = queue("plan writer", () -> write(evaluation.get()));
            }
            return writer;
        }
    }

    /**
     * In the window after start-up: the plan writer on the built-in demo project (evaluated with
     * {@code refs}), then its figures drawn offscreen, so that the first export finds the chart and
     * image code warm too (the window's own charts are drawn at screen size).
     */
    public static CompletableFuture<Void> afterStartup(Supplier<References> refs) {
        ProjectEvaluation[] once = new ProjectEvaluation[1]; // evaluated on the warm-up thread, used by both
        Supplier<ProjectEvaluation> demo = () -> {
            if (once[0] == null) {
                once[0] = ProjectEvaluation.of(DemoProjects.cementPlant(Instant.now(), ""), refs.get(), List.of(), LocalDate.now());
            }
            return once[0];
        };
        return CompletableFuture.allOf(writer(demo), figures(demo));
    }

    /** Starts drawing the figures of {@code evaluation}'s plan offscreen, unless done or under way. */
    static CompletableFuture<Void> figures(Supplier<ProjectEvaluation> evaluation) {
        if (off()) {
            return CompletableFuture.completedFuture(null);
        }
        synchronized (LOCK) {
            if (figures == null) {
                figures = queue("figures", () -> {
                    ProjectEvaluation ev = evaluation.get();
                    PlanFigures.of(ev.project(), ev.analysis(), org.energydiag.core.io.ProjectFile.Blobs.NONE);
                });
            }
            return figures;
        }
    }

    /**
     * Waits for a warm-up drawing figures (queued after start-up), so that an export never draws at
     * the same time as it; returns at once when there is none.
     */
    public static void awaitFigures() {
        CompletableFuture<Void> f;
        synchronized (LOCK) {
            f = figures;
        }
        if (f != null) {
            f.join();
        }
    }

    /** Waits until every warm-up started has finished; returns at once when none was. */
    public static void await() {
        CompletableFuture<Void> f;
        synchronized (LOCK) {
            f = last;
        }
        f.join();
    }

    private static boolean off() {
        return "false".equals(System.getProperty(SWITCH));
    }

    /** Whether the window's start-up warm-up (its last part, the figures) has run to its end in this JVM. */
    public static boolean afterStartupDone() {
        synchronized (LOCK) {
            return figures != null && figures.isDone();
        }
    }

    /** Whether a warm-up of the plan writer has run to its end in this JVM. */
    public static boolean done() {
        synchronized (LOCK) {
            return writer != null && writer.isDone();
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> queue(String what, Work work) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        RUNNER.execute(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "warm-up of the " + what + " failed (the first export will be slower)", e);
            } finally {
                f.complete(null);
            }
        });
        last = f;
        return f;
    }

    private static void write(ProjectEvaluation ev) throws IOException {
        OutputStream nowhere = OutputStream.nullOutputStream();
        new PlanDocxWriter(ev, Map.of(PlanDocxWriter.FIG_STRUCTURE, new PlanDocxWriter.Figure(png(), 1, 1, ""))).write(null, nowhere);
        ListsWorkbook.findings(ev.project(), ev.report(), nowhere);
        ListsWorkbook.projects(ev.project(), ev.report(), nowhere);
    }

    private static byte[] png() {
        // not drawn: this thread stays out of AWT, which the export's own thread is drawing with
        return Base64.getDecoder().decode(ONE_PIXEL_PNG);
    }

    /** What the plan and lists do with POI, on nothing: so that their classes are loaded and run once. */
    private static void libraries() throws IOException {
        OutputStream nowhere = OutputStream.nullOutputStream();
        try (InputStream in = PlanDocxWriter.class.getResourceAsStream(PlanDocxWriter.BUNDLED_TEMPLATE);
             XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph anchor = doc.getParagraphs().isEmpty() ? doc.createParagraph() : doc.getParagraphs().get(0);
            XWPFParagraph p = doc.insertNewParagraph(anchor.getCTP().newCursor());
            p.setStyle("Heading1");
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setKeepNext(true);
            XWPFRun r = p.createRun();
            r.setText("x");
            r.setBold(true);
            r.setFontSize(10.5);
            var pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            pr.addNewRFonts().setEastAsia("SimSun");
            XWPFRun begin = p.createRun();
            begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(" TOC ");
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            XWPFTable t = doc.insertNewTbl(p.getCTP().newCursor());
            var row = t.getRow(0) != null ? t.getRow(0) : t.createRow();
            while (row.getTableCells().size() < 2) {
                row.addNewTableCell();
            }
            var tblPr = t.getCTTbl().getTblPr() != null ? t.getCTTbl().getTblPr() : t.getCTTbl().addNewTblPr();
            (tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW()).setType(STTblWidth.PCT);
            (t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid()).addNewGridCol()
                    .setW(BigInteger.valueOf(1000));
            XWPFTableCell cell = row.getCell(0);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            cell.getParagraphs().get(0).createRun().setText("x");
            XWPFParagraph pic = doc.createParagraph();
            pic.setPageBreak(true);
            pic.createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "x.png", 360000, 360000);
            doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(XWPFParagraph::getText));
            doc.getFooterList().forEach(f -> f.getParagraphs().forEach(XWPFParagraph::getText));
            doc.enforceUpdateFields();
            DocxMeta.apply(doc, "x", "x", Instant.now());
            doc.write(nowhere);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("x");
            s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            s.getPrintSetup().setLandscape(true);
            s.setFitToPage(true);
            var font = wb.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 11);
            CellStyle cs = wb.createCellStyle();
            cs.setFont(font);
            cs.setBorderTop(BorderStyle.THIN);
            cs.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cs.setVerticalAlignment(VerticalAlignment.CENTER);
            cs.setWrapText(true);
            cs.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row row = s.createRow(0);
            row.setHeightInPoints(20);
            var c = row.createCell(0);
            c.setCellValue("x");
            c.setCellStyle(cs);
            row.createCell(1).setCellValue(1.5);
            s.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            s.createFreezePane(0, 1);
            s.setColumnWidth(0, 2000);
            s.createRow(1).createCell(0).setCellFormula("SUM(B1,1)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(nowhere);
        }
    }
}
