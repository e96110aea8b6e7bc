package org.imrtreview.intake.pdf;

import java.util.List;

/**
 * What one pass over a page's content stream found: the horizontal text glyphs, table rulings,
 * placed images, and how much other vector drawing (curves, plot lines) the page holds and where,
 * with the drawing paths themselves ({@code marks}: their boxes and colours, for vector figures).
 * {@code pageIndex} is 0-based; sizes are in points as displayed (rotation applied).
 */
record PageContent(int pageIndex, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
                   List<PlacedImage> images, int vectorSegments, double[] vectorBounds, int otherTextGlyphs,
                   List<VectorMark> marks) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        images = List.copyOf(images);
        marks = List.copyOf(marks);
    }

    /** 1-based page number, as the nurse counts. */
    int pageNumber() {
        return pageIndex + 1;
    }

    /** Characters that are not spaces, including rotated text that the table reader ignores. */
    int visibleCharacters() {
        int n = otherTextGlyphs;
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                n++;
            }
        }
        return n;
    }

    double area() {
        return width * height;
    }
}
