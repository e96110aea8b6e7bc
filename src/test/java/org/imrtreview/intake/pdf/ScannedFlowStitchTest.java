package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stitcher on pages read by OCR (decisions 0480, 0481), with the lines and tables a faxed letter gives:
 * a row too few to be a table at the top of page 2 is read into the table when it is set as cells in its
 * columns, a sentence there never is (the case is held instead), and a header the finder read apart from
 * its rows is joined back to them on a scanned page only.
 */
class ScannedFlowStitchTest {
    /** The six columns of the letters' summary table (points). */
    private static final double[] EDGES = {72, 152, 244, 330, 390, 450, 540};
    private static final double SIZE = 10;

    private static final List<String> HEADER = List.of("OAR", "Constraint", "Constraint source", "Dose with 3D",
            "Dose with IMRT", "Can the constraint only be met with IMRT?");

    private static Word word(String text, double x0, double baseline, boolean spaced) {
        double x1 = x0 + 5.2 * text.length();
        return new Word(text, x0, x1, baseline - 0.78 * SIZE, baseline + 0.22 * SIZE, baseline, SIZE, spaced);
    }

    private static TextLine line(double baseline, Word... words) {
        return new TextLine(List.of(words), baseline, baseline - 0.78 * SIZE, baseline + 0.22 * SIZE, SIZE);
    }

    /** Page 1 of a faxed letter: the header and six rows ending low on the page. */
    private static ExtractedTable page1() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(List.of("Lungs - GTV", "V20Gy < 35%", "QUANTEC / RTOG 0617", "38%", "29%", "Yes"));
        rows.add(List.of("Lungs - GTV", "Mean lung dose < 20 Gy", "QUANTEC", "21.4 Gy", "17.9 Gy", "Yes"));
        rows.add(List.of("Heart", "V30Gy < 46%", "QUANTEC", "41%", "22%", "No (both plans meet)"));
        rows.add(List.of("Heart", "Mean < 26 Gy", "QUANTEC", "27.5 Gy", "18.2 Gy", "Yes"));
        rows.add(List.of("Esophagus", "Mean < 34 Gy", "QUANTEC", "36.0 Gy", "30.1 Gy", "Yes"));
        rows.add(List.of("Spinal cord", "Max < 50 Gy", "QUANTEC", "44.8 Gy", "42.0 Gy", "No"));
        return new ExtractedTable(1, 1, rows, EDGES, 420, 690, true, 792);
    }

    /** Page 1's lines under its table: the footer only. */
    private static PageFlow flow1(boolean scanned) {
        return new PageFlow(1, 792, List.of(), true, List.of(line(752, word("Page", 280, 752, true),
                word("1", 305, 752, true), word("of", 313, 752, true), word("2", 326, 752, true))), false, scanned);
    }

    /** Page 2's lines above its first table (it has none): the running header, then {@code top}. */
    private static PageFlow flow2(boolean scanned, TextLine... top) {
        List<TextLine> head = new ArrayList<>();
        head.add(line(40, word("Letter", 72, 40, true), word("of", 104, 40, true), word("medical", 116, 40, true),
                word("necessity", 155, 40, true), word("-", 203, 40, true), word("page", 210, 40, true),
                word("2", 235, 40, true)));
        head.addAll(List.of(top));
        head.add(line(150, word("Given", 72, 150, true), word("these", 103, 150, true), word("findings,", 132, 150, true),
                word("IMRT", 180, 150, true), word("is", 205, 150, true), word("medically", 216, 150, true),
                word("necessary.", 266, 150, true)));
        return new PageFlow(2, 792, head, false, List.of(), true, scanned);
    }

    /** The brachial plexus row as OCR sets it: cells apart, no space between them (decision 0152). */
    private static TextLine brachialPlexusRow() {
        return line(86, word("Brachial", 76, 86, false), word("plexus", 120, 86, true), word("Max", 156, 86, false),
                word("<", 177, 86, true), word("66", 184, 86, true), word("Gy", 197, 86, true),
                word("RTOG", 248, 86, false), word("0617", 274, 86, true), word("61.3", 334, 86, false),
                word("Gy", 356, 86, true), word("60.0", 394, 86, false), word("Gy", 416, 86, true),
                word("No", 454, 86, false));
    }

    private static final String MARK = "\uE05F"; // an OCR confidence marker (0.95) as the reader leaves it

    /** The same row with each word's confidence marker, as lines read by OCR carry them. */
    private static TextLine marked(TextLine l) {
        List<Word> w = new ArrayList<>();
        for (Word x : l.words()) {
            w.add(new Word(x.text() + MARK, x.x0(), x.x1(), x.top(), x.bottom(), x.baseline(), x.fontSize(), x.spaced()));
        }
        return new TextLine(w, l.baseline(), l.top(), l.bottom(), l.fontSize());
    }

    @Test
    void aRowAtTheTopOfAScannedPage2IsReadIntoTheTable() {
        OcrConfidence ocr = new OcrConfidence();
        TableStitcher.Stitched s = TableStitcher.stitch(List.of(page1()),
                Map.of(1, flow1(true), 2, flow2(true, marked(brachialPlexusRow()))), t -> ocr.strip(t, "letter.pdf"));
        assertEquals(List.of(), s.loose());
        assertEquals(1, s.tables().size());
        ExtractedTable t = s.tables().get(0);
        assertEquals("pages 1-2", t.location());
        assertEquals(8, t.rows().size());
        // the markers are taken out by the reader's clean-up, and the row's cells are remembered as read by OCR
        assertEquals(List.of("Brachial plexus", "Max < 66 Gy", "RTOG 0617", "61.3 Gy", "60.0 Gy", "No"), t.rows().get(7));
        assertEquals(true, ocr.doubtful("RTOG 0617", 0.96));
    }

    @Test
    void aRowAtTheTopOfAScannedPage2AfterATypedPage1IsReadIntoTheTable() {
        TableStitcher.Stitched s = TableStitcher.stitch(List.of(page1()),
                Map.of(1, flow1(false), 2, flow2(true, brachialPlexusRow())), t -> t);
        assertEquals(List.of(), s.loose());
        assertEquals(8, s.tables().get(0).rows().size());
    }

    /**
     * A sentence at the top of a scanned page 2 whose words happen to miss every column edge and that holds a
     * number: never read as a row; it holds the case, as rows that cannot be joined do (0409).
     */
    @Test
    void aSentenceAtTheTopOfAScannedPage2IsNeverReadAsARow() {
        // OCR's word boxes: a word space (3 pt) between words, five of the gaps falling on the column edges
        double[][] at = {{76, 92}, {95, 120}, {123, 150.5}, {153.5, 185}, {188, 214}, {217, 230}, {233, 242.5},
            {245.5, 256}, {259, 270}, {273, 288}, {291, 300}, {303, 328.5}, {331.5, 342}, {345, 360}, {363, 388.5},
            {391.5, 405}, {408, 430}, {433, 448.5}, {451.5, 468}, {471, 505}};
        String[] text = ("The heart dose stayed under its cap of 41 Gy in each of the plans we have set out above.")
                .split(" ");
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            words.add(new Word(text[i], at[i][0], at[i][1],
                    86 - 0.78 * SIZE, 86 + 0.22 * SIZE, 86, SIZE, i > 0));
        }
        TextLine sentence = new TextLine(words, 86, 86 - 0.78 * SIZE, 86 + 0.22 * SIZE, SIZE);
        TableStitcher.Stitched s = TableStitcher.stitch(List.of(page1()),
                Map.of(1, flow1(true), 2, flow2(true, sentence)), t -> t);
        assertEquals(7, s.tables().get(0).rows().size());
        assertEquals(List.of(new TableStitcher.Loose(0, 2)), s.loose());
    }

    private static ExtractedTable headerAlone(int page) {
        return new ExtractedTable(page, page, List.of(List.of("OAR", "Constraint", "Constraint", "Dose with", "Dose with", "Can the"),
                List.of("", "", "source", "3D", "IMRT", "constraint only be met with IMRT?")),
                new double[] {76.5, 126.9, 226.9, 316.1, 387.4, 447.5, 525.2}, 315.6, 361.3, false, 792);
    }

    private static ExtractedTable rowsAlone(int page) {
        List<List<String>> rows = page1().rows().subList(1, 7);
        return new ExtractedTable(page, page, rows, new double[] {71.8, 152.0, 243.8, 329.5, 389.7, 449.8, 539.8},
                365.6, 521.5, true, 792);
    }

    /** A fax whose header row lost its rulings: the finder reads the header and the rows as two tables. */
    @Test
    void aHeaderReadApartFromItsRowsOnAScannedPageIsJoinedBack() {
        PageFlow scanned = new PageFlow(1, 792, List.of(), false, List.of(), false, true);
        List<ExtractedTable> tables = TableStitcher.stitch(List.of(headerAlone(1), rowsAlone(1)), Map.of(1, scanned),
                t -> t).tables();
        assertEquals(1, tables.size());
        assertEquals(HEADER, tables.get(0).rows().get(0));
        assertEquals(7, tables.get(0).rows().size());
        assertEquals(315.6, tables.get(0).top());
    }

    /** Control: on a text page two tables stay two tables (the finders' word, decision 0408). */
    @Test
    void aHeaderTableOnATextPageIsLeftAlone() {
        PageFlow typed = new PageFlow(1, 792, List.of(), false, List.of(), false, false);
        assertEquals(2, TableStitcher.stitch(List.of(headerAlone(1), rowsAlone(1)), Map.of(1, typed), t -> t)
                .tables().size());
    }

    /** Control: a table of rows of its own above another table is no header (its rows hold values). */
    @Test
    void aTableWithRowsIsNoHeader() {
        PageFlow scanned = new PageFlow(1, 792, List.of(), false, List.of(), false, true);
        ExtractedTable other = new ExtractedTable(1, 1, List.of(
                List.of("Target volume", "Total dose", "Fractions", "Per fraction", "Energy", "Technique"),
                List.of("PTV 60", "60 Gy", "30", "2.0 Gy", "6 MV", "IMRT")),
                new double[] {76.5, 126.9, 226.9, 316.1, 387.4, 447.5, 525.2}, 315.6, 361.3, false, 792);
        assertEquals(2, TableStitcher.stitch(List.of(other, rowsAlone(1)), Map.of(1, scanned), t -> t).tables().size());
    }

    /**
     * Two rows at the top of a scanned page 2, the second set by OCR out of the columns (a word across a column
     * edge: "Max<66Gy" run into the source): reading the first and stopping would lose the second without a
     * word; the case is held instead (decision 0480).
     */
    @Test
    void aRowOcrSetOutOfTheColumnsIsNotLeftBehind() {
        TextLine spinalCord = line(86, word("Spinal", 76, 86, false), word("cord", 110, 86, true), word("Max", 156, 86, false),
                word("<", 177, 86, true), word("50", 184, 86, true), word("Gy", 197, 86, true),
                word("QUANTEC", 248, 86, false), word("44.8", 334, 86, false), word("Gy", 356, 86, true),
                word("42.0", 394, 86, false), word("Gy", 416, 86, true), word("No", 454, 86, false));
        TextLine brachialPlexus = line(106, word("Brachial", 76, 106, false), word("plexus", 120, 106, true),
                word("Max<66GyRTOG", 200, 106, false), word("0617", 274, 106, true), word("61.3", 334, 106, false),
                word("Gy", 356, 106, true), word("60.0", 394, 106, false), word("Gy", 416, 106, true),
                word("No", 454, 106, false));
        List<List<String>> six = page1().rows().subList(0, 6);
        ExtractedTable fiveRows = new ExtractedTable(1, 1, six, EDGES, 420, 690, true, 792);
        TableStitcher.Stitched s = TableStitcher.stitch(List.of(fiveRows),
                Map.of(1, flow1(true), 2, flow2(true, spinalCord, brachialPlexus)), t -> t);
        assertEquals(6, s.tables().get(0).rows().size());
        assertEquals(List.of(new TableStitcher.Loose(0, 2)), s.loose());
    }

    /** A row OCR read short (its values on a line of their own, under half the columns): held, never merged. */
    @Test
    void aRowReadShortIsNotMergedIntoTheRowAbove() {
        TextLine spinalCord = line(86, word("Spinal", 76, 86, false), word("cord", 110, 86, true), word("Max", 156, 86, false),
                word("<", 177, 86, true), word("50", 184, 86, true), word("Gy", 197, 86, true),
                word("QUANTEC", 248, 86, false), word("44.8", 334, 86, false), word("Gy", 356, 86, true),
                word("42.0", 394, 86, false), word("Gy", 416, 86, true), word("No", 454, 86, false));
        TextLine values = line(100, word("61.3", 334, 100, false), word("Gy", 356, 100, true));
        List<List<String>> six = page1().rows().subList(0, 6);
        ExtractedTable fiveRows = new ExtractedTable(1, 1, six, EDGES, 420, 690, true, 792);
        TableStitcher.Stitched s = TableStitcher.stitch(List.of(fiveRows),
                Map.of(1, flow1(true), 2, flow2(true, spinalCord, values)), t -> t);
        assertEquals(6, s.tables().get(0).rows().size());
        assertEquals(List.of(new TableStitcher.Loose(0, 2)), s.loose());
    }
}

