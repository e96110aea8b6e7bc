package org.imrtreview.letter.content;

import java.util.Locale;
import java.util.Map;

/**
 * CPT/HCPCS codes of the IMRT policy with the plain meaning every letter must give next to each
 * code. An unknown code still gets a sentence (never a blank): the member is told to call.
 */
public final class ServiceCodes {

    private static final Map<String, String> MEANINGS = Map.of(
            "77301", "Planning the IMRT treatment, including the dose-volume histograms (DVHs) for the tumor and nearby organs",
            "77338", "Designing and making the multi-leaf collimator, the device that shapes the radiation beams, for IMRT",
            "77385", "Giving IMRT treatment, simple, including guidance and tracking",
            "77386", "Giving IMRT treatment, complex, including guidance and tracking",
            "G6015", "Giving intensity-modulated treatment with narrow, shaped beams, per treatment session",
            "G6016", "Giving compensator-based intensity-modulated treatment, per treatment session");

    private ServiceCodes() {
    }

    /** Code as printed: upper case, spaces removed; a modifier ("77386-26") is kept. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** "CPT" for five digits, "HCPCS" for a letter and four digits. */
    public static String system(String code) {
        String c = base(normalise(code));
        return c.matches("\\d{4}[0-9A-Z]") ? "CPT" : c.matches("[A-Z]\\d{4}") ? "HCPCS" : "Code";
    }

    public static String plainMeaning(String code) {
        String meaning = MEANINGS.get(base(normalise(code)));
        return meaning != null ? meaning
                : "A service not described in our IMRT policy; call us if you have questions about this code";
    }

    public static boolean known(String code) {
        return MEANINGS.containsKey(base(normalise(code)));
    }

    private static String base(String code) {
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : code;
    }
}
