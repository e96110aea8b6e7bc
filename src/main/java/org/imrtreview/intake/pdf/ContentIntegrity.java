package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Whether a page's content was read in full. PDFBox is lenient on purpose: a compressed content
 * stream that breaks off is decoded up to the break without an error, and unknown or failing
 * operators are skipped — so a damaged table page reads as a shorter table. This check inflates each
 * Flate-compressed content stream itself and reports a stream that is corrupt or cut off; together
 * with the operators the page reader saw fail ({@link PageContentCollector#contentErrors()}) it marks
 * a page as read only in part (decision 0132).
 */
final class ContentIntegrity {

    /** Every operator of PDF 1.7/2.0 content streams (ISO 32000 Annex A); anything else is damage. */
    private static final Set<String> OPERATORS = Set.of(
            "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP",
            "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M",
            "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD",
            "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"");
    /** Decoded bytes checked at most per stream; beyond this the page reader's own limits apply. */
    private static final long MAX_INFLATED = 64L * 1024 * 1024;

    private ContentIntegrity() {
    }

    static boolean isPdfOperator(String name) {
        return OPERATORS.contains(name);
    }

    /** True when a content stream of the page is corrupt or cut off (read only in part). */
    static boolean streamsDamaged(PDPage page) {
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                if (damaged(streams.next().getCOSObject())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean damaged(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filters)
                || filters instanceof COSArray a && a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
        if (!flate) {
            return false; // other filters are rare in content streams; PDFBox's own errors still count
        }
        Inflater inflater = new Inflater();
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] in = new byte[16384];
            byte[] out = new byte[65536];
            long total = 0;
            int n;
            while ((n = raw.read(in)) > 0 && !inflater.finished()) {
                inflater.setInput(in, 0, n);
                while (!inflater.needsInput() && !inflater.finished()) {
                    int got = inflater.inflate(out);
                    total += got;
                    if (total > MAX_INFLATED) {
                        return false;
                    }
                    if (got == 0 && inflater.needsDictionary()) {
                        return true;
                    }
                }
            }
            return !inflater.finished();
        } catch (DataFormatException e) {
            return true;
        } finally {
            inflater.end();
        }
    }
}
