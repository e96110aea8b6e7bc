package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * RaySearch RayStation "Export DVH curves": {@code #}-prefixed keys, one section per ROI starting at
 * {@code #RoiName:}, then tab-separated dose/volume-% pairs on an irregular dose grid. The dose-unit key
 * changed between versions ({@code #Unit:}, {@code #Dose unit:}) and proton/ion doses carry RBE
 * ({@code cGy(RBE)}, {@code Gy (RBE)}, {@code GyRBE}); the ROI volume is optional ({@code #Roi volume:}/
 * {@code #RoiVolume:}), so cc metrics may be unavailable. Script-extended exports (decision 0293) may
 * list the points from the maximum down to 0 Gy, add {@code #Volume unit:} and the ROI's own
 * {@code #Min/#Max/#Mean dose:}; a ROI partly outside the dose grid ({@code #Roi volume fraction outside
 * grid:} above 0 %) is not used, and a curve that contradicts the file's own maximum or mean is refused.
 */
public final class RayStationReader implements DvhReader {

    private static final Pattern KEY = Pattern.compile("^#\\s*([^:]+?)\\s*:\\s*(.*)$");
    /** Gy or cGy, optionally RBE-weighted: "cGy", "Gy(RBE)", "cGy (RBE)", "GyRBE", "Gy RBE". */
    private static final Pattern DOSE_UNIT_VALUE = Pattern.compile("(?i)^(c?gy)(?:\\s*[(\\[]?\\s*rbe\\s*[)\\]]?)?$");
    /** The file's own statistics after a script's extra keys: "#Max dose: 6123" (in the ROI's dose unit). */
    private static final Pattern STAT_KEY = Pattern.compile("(min|max|mean|average) dose");

    @Override
    public String format() {
        return "RaySearch RayStation DVH export";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        return firstLines.stream().anyMatch(l -> l.strip().regionMatches(true, 0, "#RoiName:", 0, 9));
    }

    private static final class Section {
        String roi;
        String plan;
        double toGy = Double.NaN;
        boolean volumeCc;
        double volumeCc1 = Double.NaN;
        List<double[]> points = new ArrayList<>();
        String badLine;
        String unitProblem;
        String outsideGrid;
        double minRaw = Double.NaN;
        double maxRaw = Double.NaN;
        double meanRaw = Double.NaN;
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        List<DvhCurve> curves = new ArrayList<>();
        List<DvhExport.StructureStats> stats = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String plan = null;
        Double rx = null;
        Section current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher kv = KEY.matcher(line);
                String key = kv.matches() ? kv.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
                String value = kv.matches() ? kv.group(2).strip() : "";
                if (key.equals("roiname")) {
                    current = new Section();
                    current.roi = value;
                    current.plan = plan;
                    sections.add(current);
                } else if (key.equals("dosename")) {
                    plan = value;
                    if (current != null && current.points.isEmpty()) {
                        current.plan = value;
                    }
                } else if (key.startsWith("rx dose")) {
                    rx = parseDose(value);
                } else if (current != null && (key.equals("unit") || key.equals("dose unit") || key.equals("doseunit"))) {
                    Matcher unit = DOSE_UNIT_VALUE.matcher(value);
                    if (unit.matches()) {
                        current.toGy = unit.group(1).equalsIgnoreCase("gy") ? 1 : 0.01;
                    } else {
                        current.unitProblem = "the dose unit is '" + value + "' (expected Gy or cGy) — wrong units";
                    }
                } else if (current != null && (key.equals("volume unit") || key.equals("volumeunit"))) {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (v.startsWith("cm") || v.equals("cc") || v.equals("ccm") || v.equals("ml")) {
                        current.volumeCc = true;
                    } else if (!v.equals("%")) {
                        current.unitProblem = "the volume unit is '" + value + "' (expected % or cc) — wrong units";
                    }
                } else if (current != null && (key.equals("roi volume") || key.equals("roivolume"))) {
                    current.volumeCc1 = DvhText.number(value.replaceAll("[^0-9.,eE+-]", ""));
                } else if (current != null && key.startsWith("roi volume fraction outside")) {
                    double outside = DvhText.number(value.replace("%", ""));
                    if (!(outside >= 0)) {
                        current.outsideGrid = "the share of the ROI outside the dose grid ('" + value
                                + "') cannot be read, so the curve may not cover the whole structure; not used";
                    } else if (outside > 0) {
                        current.outsideGrid = CurveData.number(outside) + " % of the ROI lies outside the dose grid, "
                                + "so its DVH does not describe the whole structure (doses there are unknown); not used";
                    }
                } else if (current != null && STAT_KEY.matcher(key).matches()) {
                    double v = DvhText.number(value.replaceAll("(?i)\\s*c?gy.*$", ""));
                    if (key.startsWith("min")) {
                        current.minRaw = v;
                    } else if (key.startsWith("max")) {
                        current.maxRaw = v;
                    } else {
                        current.meanRaw = v;
                    }
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            String[] t = line.split("\\t|\\s+");
            if (t.length < 2) {
                current.badLine = line;
                continue;
            }
            current.points.add(new double[] {DvhText.number(t[0]), DvhText.number(t[1])});
        }
        int lastIndex = sections.size() - 1;
        for (int s = 0; s < sections.size(); s++) {
            Section sec = sections.get(s);
            String label = "ROI '" + sec.roi + "'" + (sec.plan == null ? "" : " in '" + sec.plan + "'");
            if (sec.unitProblem != null) {
                problems.add(label + ": " + sec.unitProblem);
                continue;
            }
            if (sec.badLine != null) {
                problems.add(label + ": line '" + sec.badLine + "' has one number where two are expected"
                        + (s == lastIndex ? " — the file is truncated" : ""));
                if (s != lastIndex) {
                    continue;
                }
            }
            if (Double.isNaN(sec.toGy)) {
                problems.add(label + ": no dose unit line (#Unit: Gy or cGy), so the doses cannot be read safely");
                continue;
            }
            if (sec.outsideGrid != null) {
                problems.add(label + ": " + sec.outsideGrid);
                continue;
            }
            int n = sec.points.size();
            double[] dose = new double[n];
            double[] volume = new double[n];
            // A script exporting at fixed dose steps lists the points from the maximum down to 0 Gy: read
            // such a curve backwards. A dose axis that goes both ways stays as it is and is refused.
            boolean descending = n >= 2 && sec.points.get(0)[0] > sec.points.get(n - 1)[0];
            for (int i = 1; i < n && descending; i++) {
                descending = sec.points.get(i)[0] <= sec.points.get(i - 1)[0];
            }
            for (int i = 0; i < n; i++) {
                double[] p = sec.points.get(descending ? n - 1 - i : i);
                dose[i] = p[0] * sec.toGy;
                volume[i] = p[1];
            }
            if (CurveData.looksDifferential(volume)) {
                double[][] c = CurveData.cumulativeFromDifferential(dose, volume, false);
                dose = c[0];
                volume = c[1];
                double total = volume.length == 0 ? 0 : volume[0];
                for (int i = 0; i < volume.length && total > 0 && !sec.volumeCc; i++) {
                    volume[i] = 100 * volume[i] / total;
                }
            }
            CurveData.Outcome out = CurveData.cumulative(sec.roi, sec.plan, sec.volumeCc1, dose, volume,
                    sec.volumeCc ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT, fileName);
            if (!out.ok()) {
                problems.add(out.problem());
                continue;
            }
            DvhExport.StructureStats st = new DvhExport.StructureStats(sec.roi, sec.plan, sec.minRaw * sec.toGy,
                    sec.maxRaw * sec.toGy, sec.meanRaw * sec.toGy);
            DvhCurve curve = CurveData.closedAtStatedMaximum(out.curve(), st.maxGy());
            String contradiction = CurveData.contradictsOwnStatistics(curve, st, "#Max dose", "#Mean dose");
            if (contradiction != null) {
                problems.add(label + ": " + contradiction);
                continue;
            }
            curves.add(curve.withPlan(PlanIdentifier.identify(sec.plan, fileName)));
            if (!Double.isNaN(st.minGy()) || !Double.isNaN(st.maxGy()) || !Double.isNaN(st.meanGy())) {
                stats.add(st);
            }
        }
        if (sections.isEmpty()) {
            problems.add("no #RoiName section was found");
        }
        List<DvhExport.Plan> plans = new ArrayList<>();
        Double prescription = rx;
        sections.stream().map(x -> x.plan).distinct()
                .forEach(p -> plans.add(new DvhExport.Plan(p == null ? "" : p, prescription, false)));
        return new DvhExport(fileName, format(), plans, curves, stats, problems);
    }

    private static Double parseDose(String value) {
        Matcher m = Pattern.compile("([0-9.,]+)\\s*(c?gy)?", Pattern.CASE_INSENSITIVE).matcher(value);
        if (!m.find()) {
            return null;
        }
        double v = DvhText.number(m.group(1));
        return "cgy".equalsIgnoreCase(m.group(2)) ? v / 100 : v;
    }
}
