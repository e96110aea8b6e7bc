package org.imrtreview.intake;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DocumentKind;

/**
 * Decides what a clinical document is from its file name and its text, by keyword scoring: section
 * headings a clinic actually writes ("History of Present Illness", "Assessment and Plan",
 * "IMPRESSION") weigh most; name words ("history", "notes", "MRI") add to the text's evidence. Each
 * cue counts at most three times so a long document does not win by length. Pure: the PDF packet
 * splitter reuses it page by page.
 */
public final class TextClassifier {

    /** Below this score the document is {@link DocumentKind#OTHER}. */
    static final int MIN_SCORE = 6;
    private static final int MAX_HITS_PER_CUE = 3;

    private record Cue(Pattern pattern, int weight) { }

    private static final Map<DocumentKind, List<Cue>> TEXT_CUES = new EnumMap<>(DocumentKind.class);
    private static final Map<DocumentKind, List<Cue>> NAME_CUES = new EnumMap<>(DocumentKind.class);

    static {
        TEXT_CUES.put(DocumentKind.CLINICAL_HISTORY, List.of(
                cue("history of present illness", 6), cue("\\bHPI\\b", 4), cue("past medical history", 5),
                cue("\\bPMH\\b", 3), cue("past surgical history", 4), cue("family history", 3), cue("social history", 3),
                cue("consultation", 4), cue("\\bconsult\\b", 3), cue("reason for (referral|consultation)", 5),
                cue("chief complaint", 4), cue("oncologic history", 5), cue("clinical history", 5),
                cue("history and physical", 4), cue("\\bH&P\\b", 4), cue("letter of medical necessity", 4),
                cue("medications", 1), cue("allergies", 1), cue("diagnosed", 1), cue("staging", 1)));
        TEXT_CUES.put(DocumentKind.CHART_NOTES, List.of(
                cue("progress note", 6), cue("physical exam(ination)?", 4), cue("\\bvitals?\\b", 3),
                cue("vital signs", 4), cue("assessment and plan", 5), cue("assessment ?/ ?plan", 5),
                cue("\\bA/P\\b", 3), cue("follow[- ]up", 3), cue("interval history", 4), cue("review of systems", 3),
                cue("\\bROS\\b", 2), cue("\\bSOAP\\b", 3), cue("subjective", 2), cue("objective", 1),
                cue("on[- ]treatment visit", 5), cue("nursing note", 5), cue("chart note", 6), cue("clinic note", 5),
                cue("\\bECOG\\b", 2), cue("\\bKPS\\b", 2), cue("\\bBP\\b", 1), cue("pulse", 1), cue("weight", 1)));
        TEXT_CUES.put(DocumentKind.IMAGING_REPORT, List.of(
                cue("\\bIMPRESSION\\b", 5), cue("\\bFINDINGS\\b", 4), cue("\\bTECHNIQUE\\b", 4),
                cue("\\bCOMPARISON\\b", 2), cue("radiology", 4), cue("radiologist", 4), cue("\\bMRI\\b", 2),
                cue("\\bCT\\b", 2), cue("\\bPET\\b", 2), cue("PET/CT", 3), cue("contrast", 2), cue("gadolinium", 3),
                cue("\\bFDG\\b", 3), cue("\\bSUV", 3), cue("axial", 1), cue("sagittal", 1), cue("coronal", 1),
                cue("T1[- ]weighted|T2[- ]weighted|FLAIR", 3), cue("examination:", 2), cue("indication:", 2),
                cue("electronically signed by .*radiolog", 3), cue("imaging report", 6)));
        TEXT_CUES.put(DocumentKind.SUMMARY_TABLE, List.of(
                cue("summary analysis", 6), cue("organ\\(?s?\\)? at risk", 2), cue("source of constraint", 5),
                cue("dose constraint", 3), cue("only be met with IMRT", 6), cue("3D vs\\.? IMRT", 2)));
        TEXT_CUES.put(DocumentKind.DVH_IMAGE, List.of(
                cue("dose[- ]volume histogram", 6), cue("\\bDVH\\b", 3), cue("volume \\(%\\)", 3),
                cue("dose \\((c?Gy)\\)", 3), cue("cumulative", 1)));

        NAME_CUES.put(DocumentKind.CLINICAL_HISTORY, List.of(cue("histor", 6), cue("consult", 6), cue("\\bh ?& ?p\\b|\\bhp\\b", 4),
                cue("\\bhpi\\b", 5), cue("referral", 3), cue("necessity|\\blmn\\b", 4), cue("intake", 2)));
        NAME_CUES.put(DocumentKind.CHART_NOTES, List.of(cue("notes?\\b", 6), cue("progress", 6), cue("chart", 5),
                cue("visit", 4), cue("exam", 3), cue("clinic", 2), cue("soap", 4)));
        NAME_CUES.put(DocumentKind.IMAGING_REPORT, List.of(cue("imaging", 6), cue("radiolog", 6), cue("\\bmri\\b|mri", 5),
                cue("\\bct\\b", 5), cue("\\bpet\\b", 5), cue("scan", 3), cue("x-?ray", 4), cue("report", 1)));
        NAME_CUES.put(DocumentKind.SUMMARY_TABLE, List.of(cue("summary", 5), cue("table", 4), cue("constraint", 5),
                cue("analysis", 2)));
        NAME_CUES.put(DocumentKind.DVH_IMAGE, List.of(cue("dvh", 8), cue("histogram", 6)));
    }

    private static Cue cue(String regex, int weight) {
        return new Cue(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
    }

    /** The verdict with the score of every kind, for explaining it to the nurse. */
    public record Classification(DocumentKind kind, int score, Map<DocumentKind, Integer> scores) {
        public Classification {
            scores = Map.copyOf(scores);
        }
    }

    private TextClassifier() {
    }

    public static Classification classify(String fileName, String text) {
        Map<DocumentKind, Integer> scores = new LinkedHashMap<>();
        String name = normaliseName(fileName);
        String body = text == null ? "" : text;
        for (DocumentKind kind : TEXT_CUES.keySet()) {
            int score = score(body, TEXT_CUES.get(kind)) + score(name, NAME_CUES.getOrDefault(kind, List.of()));
            scores.put(kind, score);
        }
        DocumentKind best = DocumentKind.OTHER;
        int bestScore = 0;
        for (Map.Entry<DocumentKind, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return new Classification(bestScore >= MIN_SCORE ? best : DocumentKind.OTHER, bestScore, scores);
    }

    /** Kind from the file name alone (for scanned pages and images with no readable text). */
    public static DocumentKind classifyName(String fileName) {
        return classify(fileName, "").kind();
    }

    private static int score(String text, List<Cue> cues) {
        int total = 0;
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            int hits = 0;
            while (hits < MAX_HITS_PER_CUE && m.find()) {
                hits++;
            }
            total += hits * cue.weight();
        }
        return total;
    }

    /** "CT_chest-report.pdf" → "ct chest report": extension dropped, separators to spaces. */
    static String normaliseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return base.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_.\\-]+", " ").toLowerCase(Locale.ROOT);
    }
}
