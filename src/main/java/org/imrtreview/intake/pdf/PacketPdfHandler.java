package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.intake.CaseBuilder;
import org.imrtreview.intake.ContentType;
import org.imrtreview.intake.FileHandler;
import org.imrtreview.model.Document;

/**
 * The case loader's PDF handler: a single document or a whole packet, read by
 * {@link PdfPacketReader} into logical documents with page ranges, the summary table (if any) and
 * specific problems (scanned pages, password, damage, truncation, size). Routing is by content: a
 * PDF named {@code .xlsx} is read here and the mislabelling noted.
 */
public final class PacketPdfHandler implements FileHandler {
    private final PdfProgressListener progress;

    public PacketPdfHandler() {
        this(PdfProgressListener.NONE);
    }

    public PacketPdfHandler(PdfProgressListener progress) {
        this.progress = progress;
    }

    @Override
    public boolean accepts(String fileName, byte[] head) {
        ContentType actual = ContentType.sniff(head);
        return actual == ContentType.PDF
                || "pdf".equals(ContentType.extension(fileName)) && (actual == ContentType.UNKNOWN || actual == ContentType.TEXT);
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        String mislabel = mislabelNote(file);
        if (mislabel != null) {
            into.problem(name, mislabel);
        }
        PacketResult result = new PdfPacketReader(progress).withScans(ScanReading.cached(into.cache()))
                .read(file, name);
        for (Document d : result.documents()) {
            into.document(d);
        }
        into.curves(result.curves());
        if (result.table() != null) {
            into.table(result.table());
            // a title stating another prescription than the request's, as a workbook's (decisions 0544, 0640)
            org.imrtreview.intake.TitlePrescription.check(into, name, result.tableTitle(),
                    result.table().ocrCells().isEmpty() ? null : result.table().location().split(",")[0]);
        }
        for (String p : result.problems()) {
            into.problem(name, p);
        }
        for (String p : result.damage()) {
            into.problem(name, p, org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED);
        }
        into.identities(result.identities());
    }

    private static String mislabelNote(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ContentType.mislabelNote(file.getFileName().toString(), ContentType.sniff(in.readNBytes(1024)));
        } catch (IOException e) {
            return null; // the reader reports why the file cannot be opened
        }
    }
}
