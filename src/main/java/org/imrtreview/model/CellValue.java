package org.imrtreview.model;

/**
 * A dose/volume cell of the table: the provider's text verbatim and, when readable, the quantity
 * (already converted to the constraint's unit by the evaluator; {@code converted} tells whether a
 * cGy↔Gy conversion happened). {@code quantity} is null for an empty or unreadable cell.
 */
public record CellValue(String text, Quantity quantity, boolean converted) {

    public static CellValue missing(String text) {
        return new CellValue(text, null, false);
    }

    public boolean present() {
        return quantity != null;
    }

    public boolean blank() {
        return text == null || text.isBlank();
    }
}
