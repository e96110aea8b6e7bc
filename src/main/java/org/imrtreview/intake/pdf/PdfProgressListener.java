package org.imrtreview.intake.pdf;

/**
 * Told after each page of a PDF is read, so the window can show "Reading packet.pdf: page 120 of
 * 500". Called on the reading thread: a UI listener hands the update to its own thread (e.g.
 * {@code Platform.runLater}). To cancel, interrupt the reading thread; the reader stops at the next
 * page and keeps what it has read.
 */
@FunctionalInterface
public interface PdfProgressListener {

    void pageRead(String file, int pagesDone, int pageCount);

    PdfProgressListener NONE = (file, done, count) -> { };
}
