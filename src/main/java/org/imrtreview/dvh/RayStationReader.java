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
 * changed between versions ({@code #Unit:}, {@code #Dose unit:}); the ROI volume is optional
 * ({@code #Roi volume:}/{@code #RoiVolume:}), so cc metrics may be unavailable.
 */
public final class RayStationReader implements DvhReader {

    private static final Pattern KEY = Pattern.compile("^#\\s*([^:]+?)\\s*:\\s*(.*)$");
    private static final Pattern DOSE_UNIT = Pattern.compile("(?i)^#[a-z ]*unit\\s*:\\s*(c?gy)\\b.*");

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
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        List<DvhCurve> curves = new ArrayList<>();
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
                Matcher unit = DOSE_UNIT.matcher(line);
                Matcher kv = KEY.matcher(line);
                String key = kv.matches() ? kv.group(1).toLowerCase(Locale.ROOT) : "";
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
                } else if (current != null && unit.matches()) {
                    current.toGy = unit.group(1).equalsIgnoreCase("gy") ? 1 : 0.01;
                } else if (current != null && key.endsWith("unit") && key.contains("dose")) {
                    current.unitProblem = "the dose unit is '" + value + "' (expected Gy or cGy) — wrong units";
                } else if (current != null && key.equals("volume unit")) {
                    current.volumeCc = value.toLowerCase(Locale.ROOT).startsWith("cm") || value.equalsIgnoreCase("cc");
                } else if (current != null && (key.equals("roi volume") || key.equals("roivolume"))) {
                    current.volumeCc1 = DvhText.number(value.replaceAll("[^0-9.,eE+-]", ""));
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
            int n = sec.points.size();
            double[] dose = new double[n];
            double[] volume = new double[n];
            for (int i = 0; i < n; i++) {
                dose[i] = sec.points.get(i)[0] * sec.toGy;
                volume[i] = sec.points.get(i)[1];
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
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(sec.plan, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        if (sections.isEmpty()) {
            problems.add("no #RoiName section was found");
        }
        List<DvhExport.Plan> plans = new ArrayList<>();
        Double prescription = rx;
        sections.stream().map(x -> x.plan).distinct()
                .forEach(p -> plans.add(new DvhExport.Plan(p == null ? "" : p, prescription, false)));
        return new DvhExport(fileName, format(), plans, curves, List.of(), problems);
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
