package org.imrtreview.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrtreview.model.PlanKind;

/**
 * Which plan a DVH image shows, from words in its file name or embedded text: "dvh_3d.png" → 3D,
 * "IMRT_DVH.jpg" → IMRT, "3D_vs_IMRT.png" or "comparison.png" → both. VMAT, tomotherapy and
 * RapidArc count as IMRT (decision 0021). Null when the words do not say. Pure.
 */
public final class PlanDetector {

    private static final Set<String> THREE_D = Set.of("3d", "3dcrt", "crt", "conformal", "3dconformal", "3dc", "3dplan");
    private static final Set<String> IMRT = Set.of("imrt", "vmat", "tomo", "tomotherapy", "rapidarc", "imrtplan", "vmatplan",
            "arc", "helical");
    private static final Set<String> BOTH = Set.of("vs", "versus", "comparison", "compare", "comparative", "combined",
            "overlay", "both");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    private PlanDetector() {
    }

    public static PlanKind detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                .replaceAll("3\\s*-\\s*d", "3d")
                .replaceAll("3d[\\s_-]*crt", "3dcrt")
                .replaceAll("intensity[\\s_-]*modulated", "imrt")
                .replaceAll("three[\\s_-]*dimensional", "3d");
        boolean threeD = false;
        boolean imrt = false;
        boolean both = false;
        for (String token : SPLIT.split(s)) {
            threeD |= THREE_D.contains(token);
            imrt |= IMRT.contains(token);
            both |= BOTH.contains(token);
        }
        if (threeD && imrt) {
            return PlanKind.BOTH;
        }
        if (threeD) {
            return PlanKind.THREE_D;
        }
        if (imrt) {
            return PlanKind.IMRT;
        }
        return both ? PlanKind.BOTH : null;
    }
}
