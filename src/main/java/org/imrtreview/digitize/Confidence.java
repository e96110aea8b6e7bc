package org.imrtreview.digitize;

/** How sure an assignment of a digitised curve to an organ or plan is; always shown to the nurse. */
public enum Confidence {
    /** Chosen or confirmed by the nurse. */
    CONFIRMED,
    /** From the document itself: the plan the image was classified as at intake. */
    LIKELY,
    /**
     * From the legend text beside the curve's swatch: read from a PDF's text layer, or by optical
     * character recognition of the picture (the basis sentence says which, and how sure).
     */
    LEGEND_TEXT,
    /** From names the nurse or the request supplied, matched to legend swatches by their order. */
    LEGEND_ORDER,
    /** Not assigned: the nurse must choose. */
    NONE
}
