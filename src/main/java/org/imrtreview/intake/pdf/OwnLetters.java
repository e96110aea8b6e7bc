package org.imrtreview.intake.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Recognises the letters this program writes, wherever they end up (saved into a case folder by
 * hand, attached to a resubmission): {@code letter.pdf.LetterPdfRenderer} puts {@link #MARKER_KEY}
 * into the PDF's document information, and letters written before the marker carry the program as
 * creator and producer. Such a file is listed as "letter produced here" and is never read as
 * evidence (decision 0144).
 */
public final class OwnLetters {
    /** Custom document-information key the letter renderer sets (value: the letter kind). */
    public static final String MARKER_KEY = "IMRTReviewLetter";
    static final String PROGRAM = "IMRT Review Workstation";
    static final String NOTE = "letter produced here by the IMRT Review Workstation — not evidence, not read";

    private OwnLetters() {
    }

    public static boolean isOwnLetter(PDDocument doc) {
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info == null) {
                return false;
            }
            if (info.getCustomMetadataValue(MARKER_KEY) != null) {
                return true;
            }
            String creator = info.getCreator();
            String producer = info.getProducer();
            return PROGRAM.equals(creator) && producer != null && producer.startsWith(PROGRAM);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
