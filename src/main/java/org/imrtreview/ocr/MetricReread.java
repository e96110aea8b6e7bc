package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint's metric read with a letter where its number stands ("VoGy" on the fine fax, where the page shows
 * "V5Gy"): no look-alike table puts that right ({@link KnownWords} reads "o" as "0", and no metric is V0Gy), but
 * the word read again alone, enlarged, with only a metric's characters allowed, gives its digits. The word is
 * cut out and read at {@link #SCALES}; only when every reading is the same metric — the same letter and unit,
 * a digit for each character of the number as first read, and the digits and point first read kept where they
 * were — is the word shown so, and always doubted ({@link OcrWord.Doubt#CORRECTED}): the nurse compares it with
 * the page. No digit read is ever changed; only letters where digits stand are. Decision 0413.
 */
final class MetricReread {
    /** The enlargements of the two readings (the number check's and the closer look's). */
    static final double[] SCALES = {1.6, 2.5};
    /** A metric's characters: its letter, the number, the units. */
    static final String WHITELIST = "DV0123456789.Gyc%";
    private static final Pattern SHAPE = Pattern.compile("^([DV])(\\S{1,4}?)(Gy|cGy|%|cc)$");
    private static final Pattern METRIC = Pattern.compile("^([DV])(\\d+(?:\\.\\d+)?)(Gy|cGy|%|cc)$");

    private MetricReread() {
    }

    /** The words, each metric with a letter for a digit read again and, when the readings agree, put right. */
    static List<OcrWord> reread(List<OcrWord> words, GreyImage page, TextReader engine) {
        if (engine == null || !engine.available() || page == null) {
            return words;
        }
        List<OcrWord> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            OcrWord w = out.get(i);
            Matcher m = SHAPE.matcher(w.text());
            if (!m.matches() || m.group(2).chars().noneMatch(Character::isLetter)) {
                continue; // not a metric, or its number read as digits
            }
            String agreed = null;
            for (double scale : SCALES) {
                BufferedImage crop = NumberCheck.crop(page, List.of(w), scale);
                Optional<LineText> again = crop == null ? Optional.empty() : engine.readLine(crop, WHITELIST);
                String text = again.map(t -> t.text().replaceAll("\\s+", "")).orElse("");
                if (!fits(m, text) || agreed != null && !agreed.equals(text)) {
                    agreed = null;
                    break;
                }
                agreed = text;
            }
            if (agreed != null) {
                out.set(i, w.withText(agreed, List.of(new OcrSymbol(agreed, w.x0(), w.y0(), w.x1(), w.y1())))
                        .doubted(OcrWord.Doubt.CORRECTED));
            }
        }
        return out;
    }

    /** Whether {@code again} is the metric first read with a digit for each letter of its number, nothing else changed. */
    static boolean fits(Matcher first, String again) {
        Matcher m = METRIC.matcher(again);
        if (!m.matches() || !m.group(1).equals(first.group(1)) || !m.group(3).equals(first.group(3))) {
            return false;
        }
        String was = first.group(2);
        String now = m.group(2);
        if (was.length() != now.length()) {
            return false;
        }
        for (int k = 0; k < was.length(); k++) {
            char a = was.charAt(k);
            if ((Character.isDigit(a) || a == '.') && a != now.charAt(k)) {
                return false; // a digit or point read is never changed
            }
        }
        return now.charAt(0) != '0' || now.length() > 1 && now.charAt(1) == '.';
    }
}
