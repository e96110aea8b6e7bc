package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.model.PlanKind;

/**
 * Proposes organ and plan for each digitised curve. Nothing is guessed silently: the plan comes
 * from the image's classification at intake (a single-plan image), names only from what the nurse
 * or the request supplied, matched to the legend swatches in their order, and every proposal says
 * how sure it is. The nurse's own choices (remembered in the review state, by curve key) win; then
 * the legend text beside the curve's own swatch (PDF text, or OCR above its certainty cut); then
 * typed names matched by legend order (decision 0085). A typed name that disagrees with the legend
 * text is reported in the basis.
 * On a combined 3D-vs-IMRT image the plan of a curve is left open unless its name says it:
 * conventions for which plan is dashed differ between clinics.
 */
public final class CurveAssigner {

    /** A stable key for a curve of an image, such as "#d62728 dashed", for remembering the nurse's choice. */
    public static String key(TracedCurve curve) {
        return curve.hexColour() + " " + curve.style().label();
    }

    public List<CurveAssignment> assign(List<TracedCurve> curves, PlanKind imagePlan, List<String> legendNames,
                                        Map<String, CurveAssignment> byNurse) {
        List<CurveAssignment> out = new ArrayList<>();
        long swatches = curves.stream().filter(c -> c.legendOrder() >= 0).count();
        // One missed swatch would shift every later name onto the wrong curve: names are only
        // matched when every name has exactly one swatch.
        boolean namesFit = !legendNames.isEmpty() && swatches == legendNames.size();
        for (TracedCurve curve : curves) {
            String key = key(curve);
            CurveAssignment chosen = byNurse == null ? null : byNurse.get(key);
            if (chosen != null) {
                out.add(chosen);
                continue;
            }
            String name = null;
            List<String> basis = new ArrayList<>();
            Confidence nameConfidence = Confidence.LEGEND_ORDER;
            if (curve.legendLabel() != null) {
                name = curve.legendLabel().text();
                nameConfidence = Confidence.LEGEND_TEXT;
                basis.add(String.format(Locale.ROOT, "legend reads \"%s\" (%s, %.0f %% sure)", name,
                        curve.legendLabel().source(), 100 * curve.legendLabel().certainty()));
                if (namesFit && curve.legendOrder() >= 0) {
                    String typed = legendNames.get(curve.legendOrder()).trim();
                    if (!sameOrgan(typed, name)) {
                        basis.add("differs from the supplied name \"" + typed + "\" for legend entry "
                                + (curve.legendOrder() + 1) + ": check");
                    }
                }
            } else if (!legendNames.isEmpty() && !namesFit) {
                basis.add(legendNames.size() + " names given but " + swatches + " legend entries found: names not matched");
            } else if (namesFit && curve.legendOrder() >= 0) {
                name = legendNames.get(curve.legendOrder()).trim();
                basis.add("name " + (curve.legendOrder() + 1) + " of the supplied list, matched to legend entry "
                        + (curve.legendOrder() + 1));
            }
            PlanKind plan = null;
            Confidence planConfidence = Confidence.NONE;
            PlanKind named = name == null ? null : planFromName(name);
            boolean singlePlanImage = imagePlan == PlanKind.THREE_D || imagePlan == PlanKind.IMRT;
            if (singlePlanImage && named != null && named != imagePlan) {
                // The document says one plan, the curve's own name the other: the nurse decides.
                basis.add("the image was classified as " + imagePlan.label() + " but the name says " + named.label()
                        + ": plan not assigned");
            } else if (singlePlanImage) {
                plan = imagePlan;
                planConfidence = Confidence.LIKELY;
                basis.add("the image shows the " + imagePlan.label() + " plan");
            } else if (named != null) {
                plan = planFromName(name);
                planConfidence = nameConfidence;
                basis.add("the name says " + plan.label());
            }
            out.add(new CurveAssignment(key, name, name == null ? Confidence.NONE : nameConfidence, plan,
                    planConfidence, basis.isEmpty() ? "not assigned" : String.join("; ", basis)));
        }
        return out;
    }

    /** Both names stand for the same organ, or neither is an organ and they read alike. */
    private static boolean sameOrgan(String a, String b) {
        var oa = OrganNames.normalise(a);
        var ob = OrganNames.normalise(b);
        if (oa.isPresent() && ob.isPresent()) {
            return oa.get().tg263().equals(ob.get().tg263());
        }
        return oa.isEmpty() && ob.isEmpty() && a.replaceAll("[\\s_]+", "").equalsIgnoreCase(b.replaceAll("[\\s_]+", ""));
    }

    /**
     * The plan a curve's name states: "Brainstem (IMRT)", "cord VMAT", "SpinalCord_IMRT", "Lung 3D-CRT".
     * Underscores separate words in planning-system names, so they count as spaces here.
     */
    static PlanKind planFromName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        boolean imrt = n.matches(".*\\b(imrt|vmat|rapidarc|tomo\\w*)\\b.*");
        boolean threeD = n.matches(".*\\b(3d|3dcrt|3d-crt|3d crt|conformal)\\b.*");
        if (imrt == threeD) {
            return null;
        }
        return imrt ? PlanKind.IMRT : PlanKind.THREE_D;
    }
}
