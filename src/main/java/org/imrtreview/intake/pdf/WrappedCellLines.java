package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imrtreview.ocr.OcrWord;

/**
 * Joins the second line of a wrapped cell that a scanned table left as a row of its own ("Mean &lt;
 * 52.5" over "Gy"): OCR baselines jitter, so the row grouper may take a wrapped line's gap for a
 * row gap. A row is such a line when its first cell is empty, it fills at most a third of the
 * columns, no cell of it holds a digit (a unit, a word: never a value or a limit of its own), each
 * of its cells sits under a filled cell of the row above, and that row fills at least half the
 * columns. Its cells are appended to the cells above, with a space. Only for tables read by OCR
 * (a text PDF's rows come from exact positions); the joined cell is then held to the cell grammar
 * like any other (decision 0251), and a join that makes no sense is doubted there. Decision 0254.
 *
 * <p>The first column's second line (an organ's "(right)" or "– boost phase") that the row grouper
 * still set apart (decision 0525 joins it by position first) is joined by its words: a row whose first
 * cell begins as no organ name does (an opening bracket, a dash, a small letter) and holds no digit,
 * whose other cells are empty or hold a speck of at most two characters, under a row that fills at
 * least half the columns. Its cells are appended to the row above (a speck too: no word inside the
 * table is dropped) and the first cell is doubted ({@link OcrWord.Doubt#LINE_JOINED_BY_WORDS}), so the
 * row waits for the nurse rather than being used as a name of its own or without its side.
 */
final class WrappedCellLines {

    private WrappedCellLines() {
    }

    static ExtractedTable join(ExtractedTable table) {
        List<List<String>> rows = new ArrayList<>();
        boolean changed = false;
        for (List<String> row : table.rows()) {
            List<String> above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (above != null && continuesFirstCell(above, row) && !header(above)) {
                List<String> joined = new ArrayList<>(above);
                for (int k = 0; k < row.size() && k < joined.size(); k++) {
                    if (filled(row.get(k))) {
                        String cell = filled(joined.get(k)) ? joined.get(k).stripTrailing() + " " + row.get(k).strip()
                                : row.get(k).strip();
                        joined.set(k, k == 0 ? cell + OcrConfidence.doubtMarker(OcrWord.Doubt.LINE_JOINED_BY_WORDS) : cell);
                    }
                }
                rows.set(rows.size() - 1, joined);
                changed = true;
            } else if (above != null && continues(above, row)) {
                List<String> joined = new ArrayList<>(above);
                for (int k = 0; k < row.size() && k < joined.size(); k++) {
                    if (filled(row.get(k))) {
                        joined.set(k, joined.get(k).stripTrailing() + " " + row.get(k).strip());
                    }
                }
                rows.set(rows.size() - 1, joined);
                changed = true;
            } else {
                rows.add(row);
            }
        }
        return changed ? new ExtractedTable(table.firstPage(), table.lastPage(), rows, table.columnEdges(), table.top(),
                table.bottom(), table.ruled(), table.pageHeight()) : table;
    }

    private static boolean continues(List<String> above, List<String> row) {
        int columns = row.size();
        if (columns < 3 || above.size() != columns || filled(row.get(0))) {
            return false;
        }
        int filled = 0;
        for (int k = 0; k < columns; k++) {
            if (filled(row.get(k))) {
                if (!filled(above.get(k)) || text(row.get(k)).chars().anyMatch(Character::isDigit)) {
                    return false;
                }
                filled++;
            }
        }
        long aboveFilled = above.stream().filter(WrappedCellLines::filled).count();
        return filled >= 1 && filled <= Math.max(1, columns / 3) && 2 * aboveFilled >= columns;
    }

    /** How a first cell's second line begins and no organ name does: a bracket, a dash, a small letter. */
    private static final Pattern SECOND_LINE = Pattern.compile("^[(\\[\\-\u2013\u2014\\p{Ll}]");

    /** A first cell's second line set as a row of its own, under a data row (see the class comment). */
    private static boolean continuesFirstCell(List<String> above, List<String> row) {
        int columns = row.size();
        if (columns < 3 || above.size() != columns || !filled(row.get(0)) || !filled(above.get(0))) {
            return false;
        }
        String first = text(row.get(0)).strip();
        if (!SECOND_LINE.matcher(first).find() || first.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (int k = 1; k < columns; k++) {
            if (filled(row.get(k)) && text(row.get(k)).replaceAll("\\s", "").length() > 2) {
                return false;
            }
        }
        long aboveFilled = above.stream().filter(WrappedCellLines::filled).count();
        return 2 * aboveFilled >= columns;
    }

    /**
     * A header row: under a header repeated on a new page goes on the last row of the page before ("(cervical) –
     * boost phase"), the stitcher's to place (decision 0480), never the header's.
     */
    private static boolean header(List<String> row) {
        return org.imrtreview.intake.table.HeaderMatcher.match(row.stream().map(c -> c == null ? "" : text(c)).toList())
                .isPlausibleHeader();
    }

    private static boolean filled(String cell) {
        return cell != null && !text(cell).isBlank();
    }

    /** The cell's text without the OCR markers. */
    private static String text(String cell) {
        StringBuilder sb = new StringBuilder();
        for (char c : cell.toCharArray()) {
            if (!OcrConfidence.isMarker(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
