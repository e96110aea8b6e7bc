package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imrtreview.evaluate.OcrDoubts;
import org.imrtreview.model.Column;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Never wrong and silent (decision 0251): a summary table drawn here with the project's Liberation
 * Serif (no system fonts), scanned as a 200 dpi grey page with a 1° tilt and blur, with the
 * degradations that gave confident wrong values on the scan bench: a speck just after an organ name,
 * a faint "&lt;", a limit whose unit wrapped onto a second line, speck marks after a value. Every
 * cell the program takes from the page is either what was printed or doubted ({@code OCR_UNCERTAIN}).
 */
class ScanTrustTest {
    private static final String[] HEADER = {"Organ", "Constraint", "Source", "3D", "IMRT", "Only IMRT meets?"};
    private static final String[][] ROWS = {
        {"Duodenum", "Dmax < 56 Gy", "NRG GI-001", "57.2 Gy", "54.8 Gy", "Yes"},
        {"Kidney (right)", "Mean < 18 Gy", "QUANTEC", "19.4 Gy", "12.2 Gy", "Yes"},
        {"Kidney (left)", "Mean < 18 Gy", "QUANTEC", "9.8 Gy", "8.1 Gy", "No"},
        {"Penile bulb", "Mean < 52.5 Gy", "QUANTEC", "54.1 Gy", "41.7 Gy", "Yes"},
        {"Ipsilateral lung", "V20Gy < 15%", "RTOG 1005", "17.2%", "12.9%", "Yes"},
        {"Spinal cord", "Dmax < 45 Gy", "QUANTEC", "38.2 Gy", "30.5 Gy", "No"},
    };
    private static final int DPI = 200;
    private static final int[] COLUMN_X = {120, 420, 720, 960, 1140, 1320};
    private static final int TOP = 400;
    private static final int ROW_HEIGHT = 90;

    private static SummaryTable table;
    private static Set<String> doubted;

    @BeforeAll
    static void readTheScan() throws Exception {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
        BufferedImage scan = degraded(drawn());
        OcrPage page = PageOcr.shared().read(scan, DPI, DPI);
        PageAnalysis analysis = ScanReading.analyse(page, 0);
        List<SummaryTable> tables = ScanTables.summaryTables(analysis.tables());
        assertEquals(1, tables.size(), () -> "one summary table on the page: " + page.text());
        table = tables.get(0);
        if (Boolean.getBoolean("scanTrust.print")) {
            table.rows().forEach(System.out::println);
            OcrDoubts.ofTable(table).forEach(System.out::println);
        }
        doubted = new HashSet<>();
        for (OcrDoubts.Doubt d : OcrDoubts.ofTable(table)) {
            doubted.add(d.cell().row() + ":" + d.cell().column());
        }
    }

    private static Font serif(float size) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/fonts/LiberationSerif-Regular.ttf"))) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
    }

    /** The table as printed: 10.5 pt Liberation Serif at 200 dpi, rules under the header, degradations drawn in. */
    private static BufferedImage drawn() throws Exception {
        BufferedImage img = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = serif(10.5f * DPI / 72f);
        g.setFont(font);
        g.setColor(Color.BLACK);
        g.drawString("Dosimetric comparison: 3D conformal vs IMRT", COLUMN_X[0], TOP - 120);
        for (int c = 0; c < HEADER.length; c++) {
            g.drawString(HEADER[c], COLUMN_X[c], TOP);
        }
        g.fillRect(COLUMN_X[0], TOP + 22, 1500, 3);
        var metrics = g.getFontMetrics();
        for (int r = 0; r < ROWS.length; r++) {
            int y = TOP + (r + 1) * ROW_HEIGHT;
            for (int c = 0; c < HEADER.length; c++) {
                String text = ROWS[r][c];
                if (r == 1 && c == 1) { // a faint "<": light toner
                    g.drawString("Mean ", COLUMN_X[c], y);
                    int x = COLUMN_X[c] + metrics.stringWidth("Mean ");
                    g.setColor(new Color(205, 205, 205));
                    g.drawString("<", x, y);
                    g.setColor(Color.BLACK);
                    g.drawString(" 18 Gy", x + metrics.stringWidth("<"), y);
                } else if (r == 3 && c == 1) { // the unit wrapped onto a second line of the cell
                    g.drawString("Mean < 52.5", COLUMN_X[c], y);
                    g.drawString("Gy", COLUMN_X[c], y + 40);
                } else {
                    g.drawString(text, COLUMN_X[c], y);
                }
            }
        }
        // a speck just after "Kidney" (the despeckler keeps it: it has ink on both sides along the line)
        int kidneyEnd = COLUMN_X[0] + metrics.stringWidth("Kidney");
        g.fillRect(kidneyEnd + 4, TOP + 2 * ROW_HEIGHT - 4, 4, 4);
        // two short marks after "17.2%" (a stain, read as a quote)
        int valueEnd = COLUMN_X[3] + metrics.stringWidth("17.2%");
        int y = TOP + 5 * ROW_HEIGHT;
        g.fillRect(valueEnd + 8, y - 30, 3, 9);
        g.fillRect(valueEnd + 14, y - 30, 3, 9);
        g.dispose();
        return img;
    }

    /** 1° tilt, a light blur and a sprinkle of specks, as a 200 dpi office scan. */
    private static BufferedImage degraded(BufferedImage page) {
        BufferedImage tilted = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = tilted.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(1.0), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        float[] k = new float[9];
        java.util.Arrays.fill(k, 1f / 9);
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(tilted, null);
        Random random = new Random(14);
        for (int i = 0; i < 900; i++) {
            int x = random.nextInt(blurred.getWidth() - 2);
            int yy = random.nextInt(blurred.getHeight() - 2);
            blurred.getRaster().setSample(x, yy, 0, 40);
        }
        return blurred;
    }

    /** The row as the program has it, matched by its organ's first word (rows may be split or joined). */
    private static SummaryRow row(int index) {
        String first = ROWS[index][0].split(" ")[0];
        String side = ROWS[index][0].contains("(") ? ROWS[index][0].substring(ROWS[index][0].indexOf('(') + 1, ROWS[index][0].indexOf('(') + 3) : "";
        return table.rows().stream()
                .filter(r -> r.organ() != null && r.organ().contains(first.substring(0, 4)) && r.organ().contains(side))
                .findFirst().orElse(null);
    }

    /** Every cell of the row is what was printed (spacing aside), empty (flagged as missing), or doubted. */
    private static void neverWrongAndSilent(int index) {
        SummaryRow r = row(index);
        if (r == null) {
            return; // a row not read at all is not a wrong value (the case lacks it: fail closed)
        }
        Column[] columns = Column.values();
        for (int i = 0; i < columns.length; i++) {
            final int c = i;
            String read = r.cell(columns[c]);
            String printed = ROWS[index][c];
            boolean right = read != null && read.replace(" ", "").equals(printed.replace(" ", ""));
            boolean empty = read == null || read.isBlank();
            boolean flagged = doubted.contains(r.number() + ":" + columns[c]);
            assertTrue(right || empty || flagged, () -> columns[c] + " of " + ROWS[index][0] + " printed \"" + printed
                    + "\" read \"" + read + "\" without a doubt; table " + table.rows());
        }
    }

    @Test
    void theCleanRowsAreReadAsPrinted() {
        SummaryRow spinal = row(5);
        assertNotNull(spinal, () -> "the spinal cord row: " + table.rows());
        assertEquals("Dmax < 45 Gy", spinal.constraint());
        assertEquals("38.2 Gy", spinal.dose3d());
        assertFalse(doubted.contains(spinal.number() + ":" + Column.DOSE_3D), "a clean value is not doubted");
        neverWrongAndSilent(0);
        neverWrongAndSilent(2);
        neverWrongAndSilent(5);
    }

    @Test
    void aSpeckAfterAnOrganNameIsNeverASilentMisread() {
        neverWrongAndSilent(1);
    }

    @Test
    void aFaintComparisonSignIsKeptOrItsConstraintDoubted() {
        SummaryRow r = row(1);
        assertNotNull(r, () -> "the right kidney row: " + table.rows());
        assertTrue(r.constraint().contains("<") || doubted.contains(r.number() + ":" + Column.CONSTRAINT),
                () -> "constraint read \"" + r.constraint() + "\" without its sign and not doubted");
        neverWrongAndSilent(1);
    }

    @Test
    void aUnitOnTheCellsSecondLineIsJoinedOrTheLimitDoubted() {
        SummaryRow r = row(3);
        assertNotNull(r, () -> "the penile bulb row: " + table.rows());
        assertTrue(r.constraint().contains("Gy") || doubted.contains(r.number() + ":" + Column.CONSTRAINT),
                () -> "constraint read \"" + r.constraint() + "\" without its unit and not doubted");
        neverWrongAndSilent(3);
    }

    @Test
    void marksAfterAValueAreNeverASilentMisread() {
        neverWrongAndSilent(4);
    }
}
