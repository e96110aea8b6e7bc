package org.imrtreview.intake;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.intake.pdf.PdfWarmUp;
import org.imrtreview.ocr.TesseractReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and first runs, on invented content and never on a case, the heavy code a case's first reading
 * needs: the spreadsheet reader (POI), the PDF reader and page renderer (PDFBox), the OCR engine
 * (Tesseract, kept for the program's later reading), then the old {@code .xls} workbook reader and the
 * TIFF picture reader (decision 0565). The window runs it on its read-ahead thread as the
 * worklist arrives, so the first case the nurse opens does not pay for it (decision 0312). Each part
 * that fails is skipped: the reading of a case then loads it as before. At most once per program run.
 */
public final class IntakeWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeWarmUp.class);
    private static final java.util.concurrent.atomic.AtomicBoolean BEGUN = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.concurrent.CountDownLatch DONE = new java.util.concurrent.CountDownLatch(1);
    private static volatile long cpuMs = -1;
    private static final java.util.List<String> DONE_PARTS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final java.util.Map<String, Long> PART_CPU_MS = new java.util.concurrent.ConcurrentHashMap<>();

    private IntakeWarmUp() {
    }

    /** Runs the warm-up unless it ran already (false then). */
    public static boolean run() {
        return run(() -> false);
    }

    /**
     * The same, stopping before its next part once {@code stop} says so (the window: a case started to
     * open, whose reading then loads the rest itself).
     */
    public static boolean run(java.util.function.BooleanSupplier stop) {
        if (!BEGUN.compareAndSet(false, true)) {
            return false;
        }
        long t0 = System.nanoTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        try {
            step("spreadsheet", IntakeWarmUp::spreadsheet, stop);
            step("pdf", PdfWarmUp::run, stop);
            step("ocr", IntakeWarmUp::ocr, stop);
            step("old workbook", IntakeWarmUp::oldWorkbook, stop);
            step("tiff", IntakeWarmUp::tiff, stop);
        } finally {
            cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            DONE.countDown();
        }
        LOG.debug("warm-up done in {} ms ({} ms CPU)", (System.nanoTime() - t0) / 1_000_000, cpuMs);
        return true;
    }

    /** Waits until the warm-up has run (benches); false if it did not within the time. */
    public static boolean await(long millis) throws InterruptedException {
        return DONE.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The CPU time the warm-up took on its thread, in ms (-1 before it ran). */
    public static long cpuMs() {
        return cpuMs;
    }

    /** The parts that ran to their end, in order (tests: a part that fails is skipped silently). */
    static java.util.List<String> partsDone() {
        return java.util.List.copyOf(DONE_PARTS);
    }

    /** The CPU each part that ran to its end took on its thread, in ms (benches). */
    static java.util.Map<String, Long> partCpuMs() {
        return java.util.Map.copyOf(PART_CPU_MS);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Step step, java.util.function.BooleanSupplier stop) {
        if (Thread.currentThread().isInterrupted() || stop.getAsBoolean()) {
            return;
        }
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
            step.run();
            DONE_PARTS.add(name);
            PART_CPU_MS.put(name, (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        } catch (Exception | LinkageError e) {
            LOG.debug("warm-up step {} skipped: {}", name, e.getClass().getSimpleName());
        }
    }

    /** What a warm-up part does with its invented file. */
    private interface FileStep {
        void run(Path file) throws IOException;
    }

    /** Runs {@code step} on a new temporary file (named {@code imrt-warm-up-*suffix}) and deletes it afterwards. */
    private static void onTempFile(String suffix, FileStep step) throws IOException {
        Path file = Files.createTempFile("imrt-warm-up-", suffix);
        try {
            step.run(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A small invented workbook written to a temporary file and read back as the case reader reads one. */
    private static void spreadsheet() throws IOException {
        onTempFile(".xlsx", file -> {
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                XSSFSheet sheet = book.createSheet("Summary");
                String[][] rows = {{"Structure", "Constraint", "3D", "IMRT"}, {"Spinal cord", "Dmax < 45 Gy", "46.2", "38.9"},
                        {"Parotid", "Dmean < 26 Gy", "31", "24.5"}};
                for (int r = 0; r < rows.length; r++) {
                    XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        if (r > 0 && c > 1) {
                            row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                        } else {
                            row.createCell(c).setCellValue(rows[r][c]);
                        }
                    }
                }
                book.write(out);
            }
            StreamingWorkbookGrids.of(file);
        });
    }

    /**
     * A small invented {@code .xls} (the old binary format) written to a temporary file and read back as the
     * case reader reads one, whole through POI's usermodel (about 520 classes of HSSF and POIFS that the
     * {@code .xlsx} part does not load; decision 0565).
     */
    static void oldWorkbook() throws IOException {
        onTempFile(".xls", file -> {
            try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                HSSFSheet sheet = book.createSheet("Summary");
                HSSFRow head = sheet.createRow(0);
                head.createCell(0).setCellValue("Structure");
                head.createCell(1).setCellValue("IMRT");
                HSSFRow row = sheet.createRow(1);
                row.createCell(0).setCellValue("Rectum V70");
                row.createCell(1).setCellValue(14.5);
                book.write(out);
            }
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                WorkbookGrids.of(workbook);
            }
        });
    }

    /**
     * A small invented TIFF (Deflate-compressed, as DVH pictures exported as {@code .tif} are) written to a
     * temporary file and read back as the case reader reads a picture (the JDK's TIFF reader, about 220
     * classes; decision 0565).
     */
    static void tiff() throws IOException {
        onTempFile(".tif", file -> {
            BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
                g.setColor(Color.BLUE);
                g.drawLine(4, 8, 60, 40);
            } finally {
                g.dispose();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            ImageFiles.read(file);
        });
    }

    /** The OCR engine started (it stays loaded for the program's later reading) and one invented line read. */
    private static void ocr() {
        TesseractReader reader = TesseractReader.shared();
        if (!reader.available()) {
            return;
        }
        BufferedImage line = new BufferedImage(240, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = line.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, line.getWidth(), line.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            g.drawString("Dmax 45.0 Gy", 10, 32);
        } finally {
            g.dispose();
        }
        reader.readLine(line, null);
    }
}
