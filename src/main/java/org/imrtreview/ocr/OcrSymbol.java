package org.imrtreview.ocr;

/** One recognised character with its box in the cleaned page's pixels (origin top-left, y down). */
public record OcrSymbol(String text, int x0, int y0, int x1, int y1) {
}
