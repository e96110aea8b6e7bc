package org.imrtreview.model;

/**
 * A summary-table cell that was read by OCR from a scanned or faxed page: the text as read, the
 * engine's confidence in it (0..1, the least sure word of the cell) and where it was read
 * ("scan.pdf page 2"). A nurse's correction or confirmation of the cell removes it from the table's
 * list: from then on the value is hers, not the engine's.
 */
public record OcrCell(int row, Column column, String text, double confidence, String where) {
}
