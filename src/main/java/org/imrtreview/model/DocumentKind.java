package org.imrtreview.model;

/** What a submitted file (or a part of a PDF packet) is. */
public enum DocumentKind {
    SUMMARY_TABLE("Summary table"),
    DVH_IMAGE("DVH image"),
    DVH_DATA("DVH data"),
    CLINICAL_HISTORY("Clinical history"),
    CHART_NOTES("Chart notes"),
    IMAGING_REPORT("Imaging report"),
    REQUEST("Request details"),
    /** A letter this program wrote (recognised by its PDF metadata): never evidence (decision 0144). */
    OWN_LETTER("Letter produced here"),
    /**
     * A picture this program made (the overlaid DVH chart, a case-screen snapshot, a digitiser overlay;
     * recognised by its PNG text marker): never evidence (decision 0400).
     */
    OWN_PICTURE("Picture produced here"),
    /** The command line's own evaluation JSON saved beside the case: never evidence, never a request (decision 0410). */
    OWN_OUTPUT("Output produced here"),
    OTHER("Other");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
