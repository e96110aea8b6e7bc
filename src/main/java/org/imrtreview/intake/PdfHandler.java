package org.imrtreview.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.intake.image.PixelStats;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF as one document (first version; the packet splitter of issue 3 replaces it): text of
 * the first {@value #MAX_PAGES} pages → {@link TextClassifier} by name and content. A PDF whose
 * pages carry no text is a scan: classified by its name, state {@link LoadState#SCANNED}, and the
 * nurse is told to read it by eye. A PDF printout of a DVH is rendered at low resolution for the
 * colour check. Routing is by content: a PDF named {@code .xlsx} is read here and the mislabelling
 * noted.
 */
public final class PdfHandler implements FileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PdfHandler.class);

    static final int MAX_PAGES = 20;
    static final long MAX_BYTES = 300L * 1024 * 1024;
    /** Fewer readable characters per page than this means a scanned page. */
    private static final int MIN_CHARS_PER_PAGE = 25;
    private static final float COLOUR_CHECK_DPI = 50f;

    @Override
    public boolean accepts(String fileName, byte[] head) {
        ContentType actual = ContentType.sniff(head);
        return actual == ContentType.PDF
                || "pdf".equals(ContentType.extension(fileName)) && (actual == ContentType.UNKNOWN || actual == ContentType.TEXT);
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        String fileName = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                unreadable(into, name, "is too large (" + size / (1024 * 1024) + " MB) to read", LoadState.UNREADABLE);
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(1024);
            }
            String mislabel = ContentType.mislabelNote(fileName, ContentType.sniff(head));
            if (mislabel != null) {
                into.problem(name, mislabel);
            }
        } catch (IOException e) {
            unreadable(into, name, "could not be read (" + e.getClass().getSimpleName() + ")", LoadState.UNREADABLE);
            return;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            readDocument(pdf, name, into);
        } catch (InvalidPasswordException e) {
            unreadable(into, name, "is password-protected; ask the provider for an unprotected copy", LoadState.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            LOG.info("PDF could not be read: {}", e.getClass().getSimpleName());
            unreadable(into, name, "is damaged or not a PDF", LoadState.UNREADABLE);
        }
    }

    private void readDocument(PDDocument pdf, String name, CaseBuilder into) throws IOException {
        int pages = pdf.getNumberOfPages();
        if (pages == 0) {
            unreadable(into, name, "has no pages", LoadState.UNREADABLE);
            return;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setEndPage(Math.min(pages, MAX_PAGES));
        String text = stripper.getText(pdf);
        int readable = text.replaceAll("\\s+", "").length();
        int pagesRead = Math.min(pages, MAX_PAGES);
        String pageWords = pages == 1 ? "1 page" : pages + " pages";
        if (readable < MIN_CHARS_PER_PAGE * pagesRead) {
            DocumentKind kind = TextClassifier.classifyName(name);
            String message = "is a scanned page — text not readable"
                    + (kind == DocumentKind.OTHER ? "" : "; taken as " + kind.title().toLowerCase(Locale.ROOT) + " by its name")
                    + "; read it by eye";
            into.problem(name, message);
            into.document(new Document(name, kind, null, null, null, LoadState.SCANNED, pageWords + ", " + message));
            return;
        }
        TextClassifier.Classification c = TextClassifier.classify(name, text);
        String note = pageWords + (pages > MAX_PAGES ? " (first " + MAX_PAGES + " read)" : "")
                + ", recognised as " + c.kind().title().toLowerCase(Locale.ROOT) + " from its name and text";
        if (c.kind() == DocumentKind.DVH_IMAGE) {
            PlanKind plan = PlanDetector.detect(TextClassifier.normaliseName(name));
            if (plan == null) {
                plan = PlanDetector.detect(text.length() > 2000 ? text.substring(0, 2000) : text);
            }
            Boolean colour = colour(pdf);
            into.document(new Document(name, DocumentKind.DVH_IMAGE, plan, colour, null, LoadState.LOADED,
                    note + (Boolean.FALSE.equals(colour) ? "; grayscale — the policy requires colour DVHs" : "")));
            return;
        }
        if (c.kind() == DocumentKind.SUMMARY_TABLE) {
            note += "; tables inside PDFs are not read yet — attach the spreadsheet or type the rows";
        }
        into.document(new Document(name, c.kind(), null, null, null, LoadState.LOADED, note));
    }

    /** Renders page 1 coarsely and checks it for colour; null when it cannot be rendered. */
    private static Boolean colour(PDDocument pdf) {
        try {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, COLOUR_CHECK_DPI, ImageType.RGB);
            int w = page.getWidth();
            int h = page.getHeight();
            return PixelStats.of(page.getRGB(0, 0, w, h, null, 0, w), w, h).isColour();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void unreadable(CaseBuilder into, String name, String message, LoadState state) {
        into.problem(name, message);
        into.document(new Document(name, DocumentKind.OTHER, null, null, null, state, message));
    }
}
