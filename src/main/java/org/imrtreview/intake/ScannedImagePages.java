package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.imrtreview.intake.pdf.ScanReading;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A picture file that is a page, not a DVH plot (a scanned table, a faxed chart note saved as TIFF):
 * read by OCR, classified by its text like a PDF page, and its summary table (if any) handed to the
 * case with every cell's confidence. When OCR is off or unavailable the picture stays as it was
 * classified, for reading by eye.
 */
final class ScannedImagePages {
    private static final Logger LOG = LoggerFactory.getLogger(ScannedImagePages.class);

    private ScannedImagePages() {
    }

    static Document read(Path file, String name, Document asClassified, CaseBuilder into) {
        ScanReading scans = ScanReading.cached(into.cache());
        if (!scans.enabled()) {
            return asClassified;
        }
        ScanReading.ImagePage page;
        try {
            page = scans.readImage(file, name);
        } catch (IOException | RuntimeException e) {
            LOG.info("a page picture could not be read by OCR: {}", e.getClass().getSimpleName());
            return asClassified;
        }
        if (page.words() < ScanReading.MIN_WORDS) {
            return asClassified;
        }
        String sure = String.format(Locale.ROOT, "read by OCR, %d words, mean confidence %.0f %%", page.words(),
                page.meanConfidence() * 100);
        page.notes().forEach(n -> into.problem(name, n));
        if (page.table() != null) {
            into.table(page.table());
            TitlePrescription.check(into, name, page.tableTitle(), "the picture"); // as a PDF's table's (decision 0640)
            long doubtful = page.table().ocrCells().stream().filter(c -> c.confidence() < 0.8 || c.doubt() != null).count();
            return new Document(name, DocumentKind.SUMMARY_TABLE, null, null, null, LoadState.LOADED,
                    "scanned summary table (" + sure + "; " + page.table().rows().size() + " rows"
                            + (doubtful == 0 ? "" : ", " + doubtful + " cell(s) to confirm") + ")");
        }
        DocumentKind kind = asClassified.kind() != DocumentKind.OTHER ? asClassified.kind() : page.kind();
        if (kind == DocumentKind.OTHER || kind == DocumentKind.DVH_IMAGE || kind == DocumentKind.SUMMARY_TABLE) {
            return new Document(name, asClassified.kind(), null, null, null, asClassified.state(),
                    asClassified.note() + "; " + sure);
        }
        // its text was read: it counts for the checklist as a text PDF does (a scan nobody could read does not,
        // decision 0289); the note says it was a scan read by OCR
        return new Document(name, kind, null, null, null, LoadState.LOADED,
                "scanned " + kind.title().toLowerCase(Locale.ROOT) + " (" + sure + ")");
    }
}
