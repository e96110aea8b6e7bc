package org.imrtreview.letter.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.ServiceCodes;
import org.imrtreview.model.Request;

/**
 * The elements each letter must show (SPEC §6; ERISA 2560.503-1(g), NCQA UM 7, WAC 284-43-3070,
 * CMS integrated denial notice), by name, with the text that proves each one is on the page.
 */
final class RequiredElements {

    private RequiredElements() {
    }

    static Map<String, List<String>> forLetter(LetterKind kind, Request r, String reviewer) {
        Map<String, List<String>> e = new LinkedHashMap<>();
        e.put("letterhead with plan name and address", List.of("Evergreen Cascade Health Plan", "1200 Harbor Avenue"));
        e.put("date", List.of("November 26, 2026"));
        e.put("member name", List.of("Member: " + r.member().name()));
        e.put("member ID", List.of("Member ID: " + r.member().id()));
        e.put("request ID", List.of("Request ID: " + r.requestId()));
        e.put("requesting provider", List.of("Requesting provider: " + r.requestingProvider().name()));
        List<String> codes = new ArrayList<>();
        for (String code : r.requestedCodes()) {
            codes.add(ServiceCodes.system(code) + " " + code);
            codes.add(ServiceCodes.plainMeaning(code).substring(0, 30));
        }
        e.put("service codes with plain meanings", codes);
        e.put("policy by name", List.of("Intensity Modulated Radiotherapy (IMRT) for Tumors in Close Proximity to Organs at Risk"));
        e.put("contact line", List.of("Call us at 1-800-555-0142 (TTY 711)"));
        e.put("acronyms explained", List.of("IMRT: intensity-modulated radiation therapy", "DVH: dose-volume histogram",
                "OAR: organ at risk", "Gy: gray", "3D-CRT: three-dimensional conformal radiation therapy"));
        e.put("criteria and records free on request", List.of("free copy of the policy", "free copies of"));
        e.put("language-assistance taglines", List.of("ATENCIÓN", "注意", "주의", "ВНИМАНИЕ", "CHÚ Ý", "PAUNAWA", "УВАГА"));
        e.put("nondiscrimination notice", List.of("follows federal civil rights laws", "Office for Civil Rights"));
        e.put("clinical section for the provider with the row table",
                List.of("Clinical section for the provider", "Organ at risk", "Constraint", "3D plan", "IMRT plan"));
        switch (kind) {
            case APPROVAL -> {
                e.put("decision", List.of("Decision: Approved"));
                e.put("reviewer name and credentials", List.of("Reviewed by: " + reviewer));
                e.put("criterion applied", List.of("criterion I."));
                e.put("services approved", List.of("We approved these services"));
                e.put("authorization number", List.of("Authorization number: AUTH-"));
                e.put("validity period", List.of("Valid: ", " through "));
            }
            case REQUEST_INFO -> {
                e.put("decision", List.of("Decision: Pending — more information needed"));
                e.put("reviewer name and credentials", List.of("Reviewed by: " + reviewer));
                e.put("criterion applied", List.of("criterion I."));
                e.put("each missing item", List.of("What we need"));
                e.put("why it is needed", List.of("Why we need it"));
                e.put("due date", List.of("Please send it by", "Please send by:"));
                e.put("where to send it", List.of("by fax to 1-800-555-0143", "provider portal", "PO Box 4410"));
            }
            case DENIAL_DRAFT -> {
                e.put("decision", List.of("Decision: Not approved (draft for physician review)"));
                e.put("draft for physician signature", List.of("DRAFT — for physician review and signature"));
                // the draft names no physician: one is named only when a physician upholds the denial (decision 0220)
                e.put("physician reviewer not yet named", List.of("Physician reviewer: not yet reviewed"));
                e.put("criterion applied", List.of("criterion II"));
                e.put("member-specific reason with the numbers", List.of("the limit is", "The 3D plan gives", "the IMRT plan gives"));
                e.put("what could change the decision", List.of("What could change this decision"));
                e.put("appeal rights and deadlines", List.of("appeal", "72 hours", "30 days"));
                e.put("expedited appeal", List.of(r.plan().line() == Request.LineOfBusiness.MEDICARE_ADVANTAGE
                        ? "Fast appeal" : "Fast (expedited) appeal"));
                e.put("external review", List.of(switch (r.plan().line()) {
                    case COMMERCIAL -> "independent review organization (IRO)";
                    case MEDICARE_ADVANTAGE -> "Independent Review Entity";
                    case MEDICAID -> "independent review";
                }));
                e.put("peer-to-peer offer with phone", List.of("talk with our doctor", "1-800-555-0150"));
                if (r.plan().line() == Request.LineOfBusiness.COMMERCIAL) {
                    e.put("WA external review within 180 days", List.of("within 180 days after our appeal decision"));
                    e.put("ERISA right to sue", List.of("section 502(a) of ERISA"));
                }
            }
        }
        return e;
    }

    /** The PDF's text, whitespace runs folded to one space so wrapped lines read as one. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return fold(new PDFTextStripper().getText(doc));
        }
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(fold(s.getText(doc)));
            }
            return out;
        }
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Names of the elements whose text is not all in the letter (empty = complete). */
    static List<String> absent(Map<String, List<String>> elements, String text) {
        List<String> absent = new ArrayList<>();
        elements.forEach((name, needles) -> {
            for (String n : needles) {
                if (!text.contains(fold(n))) {
                    absent.add(name + " (\"" + n + "\")");
                }
            }
        });
        return absent;
    }
}
