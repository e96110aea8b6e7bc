package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * Elekta Monaco DVH export: a {@code " | "}-separated first line ("Patient ID: … | Plan Name: … |
 * … | Bin Width: … | Dose Units: … | Volume Units: …"), then one row per (structure, dose) point in
 * long format; structure names may contain spaces, so a row is "everything before the last two
 * numbers". No prescription and no structure volume are given; a date footer ends the file.
 */
public final class MonacoReader implements DvhReader {

    private static final Pattern ROW = Pattern.compile("^(.+?)\\s+([-+0-9.,eE]+|nan|NaN)\\s+([-+0-9.,eE]+|nan|NaN)$");

    @Override
    public String format() {
        return "Elekta Monaco DVH export";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        return !firstLines.isEmpty() && firstLines.get(0).contains("Patient ID:")
                && firstLines.get(0).contains("| Plan Name:");
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : lines.get(0).split("\\s*\\|\\s*")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon).strip().toLowerCase(Locale.ROOT), field.substring(colon + 1).strip());
            }
        }
        String plan = fields.getOrDefault("plan name", "");
        String doseUnits = fields.getOrDefault("dose units", "").toLowerCase(Locale.ROOT);
        String binUnit = fields.getOrDefault("bin width", "").toLowerCase(Locale.ROOT).contains("(cgy)") ? "cgy" : "gy";
        boolean relative = doseUnits.startsWith("%");
        double toGy = relative ? 1 : doseUnits.equals("gy") ? 1 : doseUnits.equals("cgy") ? 0.01 : Double.NaN;
        String volumeUnits = fields.getOrDefault("volume units", "").toLowerCase(Locale.ROOT);
        boolean volumeCc = volumeUnits.startsWith("cm") || volumeUnits.equals("cc") || volumeUnits.equals("ml");
        List<DvhCurve> curves = new ArrayList<>();
        if (Double.isNaN(toGy)) {
            problems.add(fields.containsKey("dose units") ? "Dose Units '" + fields.get("dose units")
                    + "' is not Gy, cGy or % — wrong units" : "the first line gives no Dose Units, so the doses cannot "
                    + "be read as Gy or cGy (units unknown)");
            return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, null, false)), curves, List.of(), problems);
        }
        if (!volumeCc && !volumeUnits.equals("%")) {
            problems.add(fields.containsKey("volume units") ? "Volume Units '" + fields.get("volume units")
                    + "' is not % or cm³ — wrong units" : "the first line gives no Volume Units, so the volumes cannot "
                    + "be read as % or cm³ (units unknown)");
            return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, null, false)), curves, List.of(), problems);
        }
        if (relative && prescriptionGy == null) {
            problems.add("doses are in % of the prescription (unit " + binUnit + ") and the file gives no prescription; "
                    + "enter it in the request details to read this file");
            return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, null, false)), curves, List.of(), problems);
        }
        Map<String, List<double[]>> byStructure = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                byStructure.computeIfAbsent(m.group(1).strip(), k -> new ArrayList<>())
                        .add(new double[] {DvhText.number(m.group(2)), DvhText.number(m.group(3))});
            }
        }
        String truncated = null;
        if (!byStructure.isEmpty() && !endsWithFooter(lines)) {
            // Monaco always closes with a date line; without it the last structure may be cut short.
            truncated = byStructure.keySet().stream().reduce((a, b) -> b).orElse(null);
            problems.add("structure '" + truncated + "' in plan '" + plan + "': the file ends without Monaco's date "
                    + "footer — it is truncated, so this last structure is not used");
        }
        for (Map.Entry<String, List<double[]>> e : byStructure.entrySet()) {
            if (e.getKey().equals(truncated)) {
                continue;
            }
            int n = e.getValue().size();
            double[] dose = new double[n];
            double[] volume = new double[n];
            for (int i = 0; i < n; i++) {
                double d = e.getValue().get(i)[0];
                dose[i] = relative ? d * prescriptionGy / 100 : d * toGy;
                volume[i] = e.getValue().get(i)[1];
            }
            if (CurveData.looksDifferential(volume)) {
                // Monaco's differential values are per bin, not per unit dose (DVHmetrics).
                double[][] c = CurveData.cumulativeFromDifferential(dose, volume, false);
                dose = c[0];
                volume = c[1];
                double total = volume.length == 0 ? 0 : volume[0];
                for (int i = 0; i < volume.length && total > 0 && !volumeCc; i++) {
                    volume[i] = 100 * volume[i] / total;
                }
            }
            CurveData.Outcome out = CurveData.cumulative(e.getKey(), plan, Double.NaN, dose, volume,
                    volumeCc ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT, fileName);
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(plan, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        if (byStructure.isEmpty()) {
            problems.add("no structure rows (name, dose, volume) were found");
        }
        return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, prescriptionGy, false)), curves,
                List.of(), problems);
    }

    private static boolean endsWithFooter(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (!l.isEmpty()) {
                return l.matches("^\\d{4}-\\d{2}-\\d{2}.*") || l.matches(".*\\d{1,2}:\\d{2}(:\\d{2})?.*");
            }
        }
        return false;
    }
}
