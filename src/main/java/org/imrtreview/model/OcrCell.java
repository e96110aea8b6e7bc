package org.imrtreview.model;

/**
 * A summary-table cell that was read by OCR from a scanned or faxed page: the text as read, the
 * engine's confidence in it (0..1, the least sure word of the cell), where it was read
 * ("scan.pdf page 2") and, when the reader itself doubts a word of it whatever the confidence
 * ({@code doubt}, null otherwise), why: the word read differently when read again enlarged, or a
 * mark like a decimal point sits between digits where none was read. A nurse's correction or
 * confirmation of the cell removes it from the table's list: from then on the value is hers, not
 * the engine's. {@code spot} (null when not known) is the box on the page the cell was read from,
 * which the window shows beside the value.
 */
public record OcrCell(int row, Column column, String text, double confidence, String where, String doubt, ScanSpot spot) {

    public OcrCell(int row, Column column, String text, double confidence, String where, String doubt) {
        this(row, column, text, confidence, where, doubt, null);
    }

    public OcrCell(int row, Column column, String text, double confidence, String where) {
        this(row, column, text, confidence, where, null, null);
    }
}
