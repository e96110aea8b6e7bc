package org.imrtreview.ocr;

/**
 * A long straight run of dark pixels (a table ruling on a scanned page), in the cleaned page's
 * pixels: {@code position} is the y of a horizontal rule or the x of a vertical one, {@code start}..
 * {@code end} its extent along the other axis.
 */
public record OcrRule(boolean horizontal, int position, int start, int end) {
}
