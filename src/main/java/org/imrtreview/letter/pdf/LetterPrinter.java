package org.imrtreview.letter.pdf;

import java.awt.HeadlessException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a letter PDF through the system print service ({@link PDFPageable} with
 * {@link PrinterJob}), so paper matches the PDF and the preview page for page. Never throws at the
 * nurse: with no printer installed, a cancelled dialog or a failed job it returns a result with a
 * sentence to show (and "save as PDF" as the way out).
 */
public final class LetterPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(LetterPrinter.class);

    /** What happened, with the sentence the window or CLI shows. */
    public record PrintResult(Status status, String message) {
        public boolean printed() {
            return status == Status.PRINTED;
        }
    }

    public enum Status { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    public static final String NO_PRINTER_MESSAGE = "No printer is installed — save as PDF instead.";

    private final Supplier<PrintService[]> services;
    private final Supplier<PrinterJob> jobs;

    public LetterPrinter() {
        this(() -> PrintServiceLookup.lookupPrintServices(null, null), PrinterJob::getPrinterJob);
    }

    /** For tests and special set-ups: where print services and printer jobs come from. */
    public LetterPrinter(Supplier<PrintService[]> services, Supplier<PrinterJob> jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    /** Whether any printer is installed (the window greys out "Print" otherwise). */
    public boolean printerAvailable() {
        PrintService[] found = services.get();
        return found != null && found.length > 0;
    }

    /**
     * Prints the letter.
     *
     * @param jobName    shown in the printer queue (use the request ID, never the member's name)
     * @param showDialog whether to let the nurse choose printer and copies first
     */
    public PrintResult print(byte[] pdf, String jobName, boolean showDialog) {
        if (!printerAvailable()) {
            return new PrintResult(Status.NO_PRINTER, NO_PRINTER_MESSAGE);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = jobs.get();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            PrintService chosen = PrintServiceLookup.lookupDefaultPrintService();
            if (chosen != null) {
                job.setPrintService(chosen);
            }
            if (showDialog && !job.printDialog()) {
                return new PrintResult(Status.CANCELLED, "Printing was cancelled.");
            }
            job.print();
            return new PrintResult(Status.PRINTED, "Sent " + doc.getNumberOfPages() + " pages to "
                    + job.getPrintService().getName() + ".");
        } catch (HeadlessException e) {
            return new PrintResult(Status.FAILED, "The print dialog cannot open here (no display) — save as PDF instead.");
        } catch (PrinterException | IOException | RuntimeException e) {
            LOG.warn("printing failed: {}", e.toString());
            return new PrintResult(Status.FAILED, "The letter could not be printed (" + e.getMessage()
                    + ") — save as PDF instead.");
        }
    }
}
