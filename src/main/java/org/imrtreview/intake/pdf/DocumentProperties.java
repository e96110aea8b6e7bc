package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.imrtreview.intake.IdentityLines;
import org.imrtreview.model.IdentityClaim;

/**
 * Who a PDF's document properties say it is about (decision 0260): a title or subject written as a
 * labelled line ("DVH report — Patient: Doe, John"), or a property of its own named for the patient
 * ("PatientName", "Member ID", "DOB" — what some planning systems and EHR exports write). The
 * values go through {@link IdentityLines}, so only labelled values count; an author or a bare title
 * ("Consultation") is never a claim. At most {@link #MAX_KEYS} properties, each cut to
 * {@link #MAX_VALUE} characters.
 */
final class DocumentProperties {

    static final int MAX_KEYS = 64;
    static final int MAX_VALUE = 300;
    private static final Pattern IDENTITY_KEY = Pattern.compile("(?i)(patient|member|subscriber)[ _\\-]?(name|id|number|#)?"
            + "|(patient|member)?[ _\\-]?(dob|birth[ _\\-]?date|date[ _\\-]?of[ _\\-]?birth)");

    private DocumentProperties() {
    }

    static List<IdentityClaim> identities(PDDocument doc, String file) {
        StringBuilder text = new StringBuilder();
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info == null) {
                return List.of();
            }
            int n = 0;
            for (String key : info.getMetadataKeys()) {
                if (++n > MAX_KEYS) {
                    break;
                }
                String value = info.getCOSObject().getString(COSName.getPDFName(key));
                if (value == null || value.isBlank()) {
                    continue;
                }
                value = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
                value = value.replaceAll("[\\r\\n\\t]+", "  ").strip();
                if (key.equals("Title") || key.equals("Subject") || key.equals("Keywords")) {
                    text.append(value).append('\n');
                } else if (IDENTITY_KEY.matcher(key.strip()).matches()) {
                    text.append(label(key)).append(": ").append(value).append('\n');
                }
            }
        } catch (RuntimeException e) {
            return List.of(); // damaged properties: the pages are still read
        }
        List<IdentityClaim> out = new ArrayList<>();
        for (IdentityClaim c : IdentityLines.find(file, "document properties", text.toString())) {
            out.add(c);
        }
        return out;
    }

    /** "PatientName" → "Patient Name", "member_id" → "member id": the labels {@link IdentityLines} reads. */
    private static String label(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-]", " ");
    }
}
