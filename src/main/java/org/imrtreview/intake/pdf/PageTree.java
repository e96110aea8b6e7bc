package org.imrtreview.intake.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The pages a PDF's page tree really holds. PDFBox finds page {@code i} by the {@code /Count} of each
 * node of the tree, so a false count makes real pages unreachable ("page 5 could not be read") although
 * nothing on them is damaged. {@link #recount} rewrites every node's count, in memory only, from the
 * pages below it, so each real page is read as it is; the false count itself is still reported by the
 * caller (decision 0264).
 */
final class PageTree {
    /** Deeper than this is a loop or an attack, not a page tree (real ones are 2-4 levels deep). */
    private static final int MAX_DEPTH = 64;

    private PageTree() {
    }

    /**
     * Sets each node's {@code /Count} to the pages below it, as PDFBox's page iterator finds them (a
     * node reached twice counts once; one deeper than {@value #MAX_DEPTH} counts as empty; counting
     * stops past {@code maxPages}), and returns the root's count.
     */
    static int recount(PDDocument doc, int maxPages) {
        COSDictionary root = doc.getPages().getCOSObject();
        return recount(root, 0, new IdentityHashMap<>(), maxPages);
    }

    /** {@link #recount} for viewers: a page tree that cannot be walked is left as it is. */
    static void recountQuietly(PDDocument doc) {
        try {
            recount(doc, PdfPacketReader.MAX_PAGES);
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox's own count stands; the reader reports the damage
        }
    }

    private static int recount(COSDictionary node, int depth, Map<COSDictionary, Boolean> seen, int maxPages) {
        if (!(node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids)) {
            // a leaf counts as PDFBox's page iterator counts it: only when it says it is a page
            return depth > 0 && COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) ? 1 : 0;
        }
        if (depth > MAX_DEPTH || seen.put(node, Boolean.TRUE) != null) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < kids.size() && count <= maxPages; i++) {
            COSBase kid = kids.get(i);
            if (kid instanceof COSObject o) {
                kid = o.getObject();
            }
            if (kid instanceof COSDictionary d) {
                count += recount(d, depth + 1, seen, maxPages);
            }
        }
        node.setInt(COSName.COUNT, count);
        return count;
    }
}
