package org.imrtreview.dvh;

import java.util.Locale;
import java.util.regex.Pattern;
import org.imrtreview.model.PlanKind;

/**
 * Tells a 3D-conformal plan from an IMRT plan by the words planners use in plan and file names
 * ("3DCRT", "4fld box", "AP/PA", "IMRT", "VMAT", "RapidArc", "Tomo"). A name that says both, or
 * neither, identifies nothing: the role then comes from the other plan or the nurse's choice.
 */
public final class PlanIdentifier {

    private static final Pattern THREE_D = Pattern.compile(
            "\\b3 ?d ?(crt|c)?\\b|\\b3 ?d ?conformal|\\bcrt\\b|\\bconformal\\b|\\b3dcrt|\\b[2-9] ?f(ie)?ld\\b|"
                    + "\\b[2-9] ?field\\b|\\bbox\\b|\\bap ?pa\\b|\\bopposed\\b|\\bwedged?\\b|\\bfif\\b|"
                    + "\\bfield ?in ?field\\b|\\btangents?\\b");
    private static final Pattern IMRT = Pattern.compile(
            "imrt|vmat|\\barcs?\\b|\\b\\d ?arcs?\\b|rapid ?arc|\\btomo|helical|\\bsliding ?window\\b|\\bdmlc\\b|"
                    + "\\bsmlc\\b|step ?(and|n|&) ?shoot|\\bipmrt\\b|\\bimpt\\b|\\bdcat\\b");

    private PlanIdentifier() {
    }

    /** The role a name tells, or null when it tells none or both. */
    public static PlanKind fromName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = name.toLowerCase(Locale.ROOT)
                .replaceAll("\\.(txt|csv|dvh|tsv|dat)$", "")
                .replaceAll("(?<=[a-z])(?=\\d)|(?<=\\d)(?=[a-z]{3,})", " ")
                .replaceAll("[_\\-./\\\\()\\[\\],;:+]", " ");
        boolean threeD = THREE_D.matcher(s).find();
        boolean imrt = IMRT.matcher(s).find();
        if (threeD == imrt) {
            return null;
        }
        return threeD ? PlanKind.THREE_D : PlanKind.IMRT;
    }

    /** Plan name first (it is what the planner typed), then the file name. */
    public static PlanKind identify(String planName, String fileName) {
        PlanKind byPlan = fromName(planName);
        if (byPlan != null) {
            return byPlan;
        }
        String base = fileName == null ? null : fileName.replaceAll(".*[/\\\\]", "");
        return fromName(base);
    }
}
