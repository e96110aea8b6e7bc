package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;

/**
 * Two DVH exports of one plan that give one structure different curves (decision 0546): an export of the IMRT
 * plan and a re-export after re-optimisation, "IMRT 7F" in two files. Exported data decide rows (SPEC §4), and
 * which file's curve decided was a matter of file order: sample 09 with a second IMRT export whose rectum V70
 * is 14 % (the table's value) read CRITERIA_NOT_MET or CRITERIA_MET by the files' names. Which export is the plan
 * requested is the provider's to say; the case waits (item {@code plan}), as for two tables that disagree (0402).
 *
 * <p>Curves are compared per plan role (3D, IMRT) and structure name (case, spaces and punctuation aside), one per
 * file, exported only (digitised pictures are approximate, 0015): they disagree when their mean doses differ by
 * more than max(0.5 Gy, 2 %) or their volumes at any of 20 doses across the range by more than 2 percentage points.
 * A plan sum ("Sum" in the plan name) is not compared with its phases.
 */
public final class ExportsAgree {

    private static final int POINTS = 20;
    private static final double VOLUME_POINTS = 2.0;

    private ExportsAgree() {
    }

    public static List<Problem> check(ReviewCase reviewCase) {
        List<Problem> out = new ArrayList<>();
        if (reviewCase == null || reviewCase.dvhCurves() == null) {
            return out;
        }
        // role|structure -> file -> first curve of that file
        Map<String, Map<String, DvhCurve>> groups = new LinkedHashMap<>();
        for (DvhCurve c : reviewCase.dvhCurves()) {
            if (c == null || c.digitised() || c.sourceFile() == null || c.structure() == null
                    || (c.plan() != PlanKind.THREE_D && c.plan() != PlanKind.IMRT)
                    || (c.planName() != null && c.planName().toLowerCase(Locale.ROOT).contains("sum"))) {
                continue;
            }
            String key = c.plan() + "|" + c.structure().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(c.sourceFile(), c);
        }
        Map<String, List<String>> byPair = new LinkedHashMap<>();
        for (Map<String, DvhCurve> files : groups.values()) {
            if (files.size() < 2) {
                continue;
            }
            List<DvhCurve> curves = new ArrayList<>(files.values());
            DvhCurve first = curves.get(0);
            for (DvhCurve other : curves.subList(1, curves.size())) {
                String how = differs(first, other);
                if (how != null) {
                    String role = other.plan() == PlanKind.IMRT ? "IMRT" : "3D";
                    byPair.computeIfAbsent(other.sourceFile() + "\u0000" + first.sourceFile() + "\u0000" + role, k -> new ArrayList<>())
                            .add(other.structure() + " (" + (other.plan() == PlanKind.IMRT ? "IMRT" : "3D") + " plan): " + how);
                }
            }
        }
        for (Map.Entry<String, List<String>> e : byPair.entrySet()) {
            String[] files = e.getKey().split("\u0000");
            List<String> shown = e.getValue().subList(0, Math.min(3, e.getValue().size()));
            out.add(new Problem(files[0], "is a DVH export of the " + files[2] + " plan, as is " + files[1]
                    + ", but the two give different curves: "
                    + String.join("; ", shown) + (e.getValue().size() > 3 ? "; and " + (e.getValue().size() - 3) + " more" : "")
                    + ". Which export is the plan requested decides the rows; ask the provider which one is current"
                    + " (or record why the difference does not matter)", ProblemCode.EXPORTS_DISAGREE));
        }
        return out;
    }

    /** How two curves of one structure differ beyond rounding, or null when they agree. */
    static String differs(DvhCurve a, DvhCurve b) {
        double ma = DvhMetrics.mean(a);
        double mb = DvhMetrics.mean(b);
        if (Double.isFinite(ma) && Double.isFinite(mb)
                && Math.abs(ma - mb) > Math.max(0.5, 0.02 * Math.max(Math.abs(ma), Math.abs(mb)))) {
            return "mean " + number(mb) + " Gy here, " + number(ma) + " Gy there";
        }
        double top = Math.max(DvhMetrics.max(a), DvhMetrics.max(b));
        if (!Double.isFinite(top) || top <= 0) {
            return null;
        }
        for (int i = 1; i < POINTS; i++) {
            double d = top * i / POINTS;
            double va = DvhMetrics.volumePercentAtDose(a, d);
            double vb = DvhMetrics.volumePercentAtDose(b, d);
            if (Double.isFinite(va) && Double.isFinite(vb) && Math.abs(va - vb) > VOLUME_POINTS) {
                return "V" + number(d) + "Gy " + number(vb) + " % here, " + number(va) + " % there";
            }
        }
        return null;
    }

    private static String number(double v) {
        return org.imrtreview.model.Metric.number(Math.round(v * 10) / 10.0);
    }
}
