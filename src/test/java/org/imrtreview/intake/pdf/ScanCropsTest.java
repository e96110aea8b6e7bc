package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Column;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.ScanSpot;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.ocr.LineText;
import org.imrtreview.ocr.TesseractReader;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell read by OCR knows where on its page it was read, and the window's crop of that spot
 * shows the very value: sample 13's scanned table, each cell's picture read back.
 */
class ScanCropsTest {

    @TempDir
    Path tmp;

    private Path copy(String sample) {
        return SampleCopies.copyOf(Path.of("samples", sample), tmp);
    }


    @Test
    void eachScannedCellsPictureShowsTheValueReadFromIt() throws Exception {
        Path c = copy("13-lung-scanned-table");
        ReviewCase rc = CaseLoader.standard().load(c);
        List<OcrCell> cells = rc.table().ocrCells();
        assertEquals(24, cells.size(), "four rows of six cells, all read by OCR");
        for (OcrCell cell : cells) {
            assertNotNull(cell.spot(), "where " + cell.text() + " was read");
            assertEquals(1, cell.spot().page());
        }
        for (SummaryRow row : rc.table().rows()) {
            ScanSpot organ = rc.table().ocrCell(row.number(), Column.ORGAN).orElseThrow().spot();
            ScanSpot imrt = rc.table().ocrCell(row.number(), Column.DOSE_IMRT).orElseThrow().spot();
            assertTrue(organ.x1() < imrt.x0(), "columns left to right");
            assertTrue(organ.y0() < imrt.y1() && imrt.y0() < organ.y1(), "one row, one line: " + row.organ());
        }
        for (Column column : List.of(Column.ORGAN, Column.DOSE_3D, Column.DOSE_IMRT)) {
            for (SummaryRow row : rc.table().rows()) {
                OcrCell cell = rc.table().ocrCell(row.number(), column).orElseThrow();
                Optional<BufferedImage> crop = ScanCrops.crop(c, rc.table().file(), cell.spot());
                assertTrue(crop.isPresent(), cell.text());
                assertTrue(crop.get().getWidth() < 700 && crop.get().getHeight() < 120, "the cell, not the page: "
                        + crop.get().getWidth() + " x " + crop.get().getHeight());
                String read = TesseractReader.shared().readLine(crop.get(), null).map(LineText::text).orElse("");
                String digits = cell.text().replaceAll("[^0-9.]", "");
                assertTrue(read.replace(" ", "").contains(cell.text().replace(" ", "")) || !digits.isEmpty()
                        && read.contains(digits), "the crop of '" + cell.text() + "' reads '" + read + "'");
            }
        }
    }
}
