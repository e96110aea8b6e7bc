package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.imrtreview.evaluate.OcrDoubts;
import org.imrtreview.model.Column;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;
import org.imrtreview.ocr.OcrPage;
import org.imrtreview.ocr.PageOcr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken letters of a dose table's own words on a faxed page (decision 0320): the tail of a "Q" lost
 * ("OUANTEC"), the flag of a "1" lost in a metric ("Dlcc"), drawn here in the project's Liberation
 * Sans, tilted, made 1-bit with specks. Every cell the program takes is as printed or doubted, and a
 * word put right from the vocabulary is shown as printed but doubted until the nurse confirms it.
 */
class KnownWordsScanTest {
    private static final String[] HEADER = {"Organ", "Constraint", "Source", "3D", "IMRT", "Only IMRT meets?"};
    private static final String[][] ROWS = {
        {"Duodenum", "D1cc < 56 Gy", "NRG GI-001", "57.2 Gy", "54.8 Gy", "Yes"},
        {"Stomach", "Dmax < 54 Gy", "QUANTEC", "53.1 Gy", "50.4 Gy", "No"},
        {"Kidney (right)", "Mean < 18 Gy", "QUANTEC", "19.4 Gy", "12.2 Gy", "Yes"},
        {"Spinal cord", "Dmax < 45 Gy", "QUANTEC", "38.2 Gy", "30.5 Gy", "No"},
    };
    private static final int DPI = 200;
    private static final int[] COLUMN_X = {120, 420, 720, 960, 1140, 1320};
    private static final int TOP = 400;
    private static final int ROW_HEIGHT = 90;

    private static SummaryTable table;
    private static Map<String, String> doubts;

    @BeforeAll
    static void readTheFax() throws Exception {
        assumeTrue(PageOcr.shared().available(), "no OCR natives for this platform");
        OcrPage page = PageOcr.shared().read(faxed(drawn()), DPI, DPI);
        List<SummaryTable> tables = ScanTables.summaryTables(ScanReading.analyse(page, 0).tables());
        assertEquals(1, tables.size(), () -> "one summary table on the page: " + page.text());
        table = tables.get(0);
        doubts = new HashMap<>();
        for (OcrDoubts.Doubt d : OcrDoubts.ofTable(table)) {
            doubts.put(d.cell().row() + ":" + d.cell().column(), d.why());
        }
        if (Boolean.getBoolean("knownWords.print")) {
            table.rows().forEach(System.out::println);
            OcrDoubts.ofTable(table).forEach(System.out::println);
        }
    }

    private static Font sans(float size) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/fonts/LiberationSans-Regular.ttf"))) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        }
    }

    /** 10 pt Liberation Sans at 200 dpi; the Q's tail and the 1's flag whitened where the fax lost them. */
    private static BufferedImage drawn() throws Exception {
        BufferedImage img = new BufferedImage(1700, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(sans(10f * DPI / 72f));
        g.setColor(Color.BLACK);
        var metrics = g.getFontMetrics();
        for (int c = 0; c < HEADER.length; c++) {
            g.drawString(HEADER[c], COLUMN_X[c], TOP);
        }
        g.fillRect(COLUMN_X[0], TOP + 22, 1500, 3);
        for (int r = 0; r < ROWS.length; r++) {
            int y = TOP + (r + 1) * ROW_HEIGHT;
            for (int c = 0; c < HEADER.length; c++) {
                g.drawString(ROWS[r][c], COLUMN_X[c], y);
            }
            g.setColor(Color.WHITE);
            if (ROWS[r][2].equals("QUANTEC") && r != 3) { // the Q's tail lost: the lower right of its box
                int q = metrics.charWidth('Q');
                g.fillRect(COLUMN_X[2] + q / 2 + 1, y - 6, q, 14);
            }
            if (ROWS[r][1].startsWith("D1cc")) { // the 1's flag lost: the upper left of its box
                int d = metrics.charWidth('D');
                int one = metrics.charWidth('1');
                g.fillRect(COLUMN_X[1] + d, y - metrics.getAscent(), one / 2 + 1, metrics.getAscent() / 2);
            }
            g.setColor(Color.BLACK);
        }
        g.dispose();
        return img;
    }

    /** A 0.6° tilt, then 1-bit at mid grey with specks: a fine-mode fax. */
    private static BufferedImage faxed(BufferedImage page) {
        BufferedImage tilted = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = tilted.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(0.6), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        BufferedImage bits = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Random random = new Random(20);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                boolean ink = tilted.getRaster().getSample(x, y, 0) < 128 || random.nextInt(4000) == 0;
                bits.setRGB(x, y, ink ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return bits;
    }

    private static SummaryRow row(String organStart) {
        return table.rows().stream().filter(r -> r.organ() != null && r.organ().startsWith(organStart)).findFirst().orElse(null);
    }

    @Test
    void everyCellIsAsPrintedOrDoubted() {
        for (String[] printed : ROWS) {
            SummaryRow r = row(printed[0].substring(0, 4));
            if (r == null) {
                continue; // a row not read is missing, never wrong
            }
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                String read = r.cell(columns[c]);
                boolean right = read != null && read.replace(" ", "").equals(printed[c].replace(" ", ""));
                boolean empty = read == null || read.isBlank();
                String key = r.number() + ":" + columns[c];
                int cc = c;
                assertTrue(right || empty || doubts.containsKey(key), () -> columns[cc] + " printed \"" + printed[cc]
                        + "\" read \"" + read + "\" without a doubt: " + table.rows());
            }
        }
    }

    @Test
    void aBrokenQIsReadAsTheSourceItIsAndDoubted() {
        SummaryRow stomach = row("Stom");
        assertNotNull(stomach, () -> "the stomach row: " + table.rows());
        assertEquals("QUANTEC", stomach.source(), () -> "rows: " + table.rows());
        assertTrue(doubts.containsKey(stomach.number() + ":" + Column.SOURCE), () -> "doubts: " + doubts);
    }

    @Test
    void aMetricWithALostFlagIsReadAsTheMetricAndDoubted() {
        SummaryRow duodenum = row("Duod");
        assertNotNull(duodenum, () -> "the duodenum row: " + table.rows());
        assertEquals("D1cc < 56 Gy", duodenum.constraint(), () -> "rows: " + table.rows());
        assertTrue(doubts.containsKey(duodenum.number() + ":" + Column.CONSTRAINT), () -> "doubts: " + doubts);
    }
}
