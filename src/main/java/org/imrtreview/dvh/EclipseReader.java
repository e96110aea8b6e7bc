package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;

/**
 * Varian Eclipse "Tabular DVH" text export: single plans, plan sums and multi-plan files; absolute
 * (cGy/Gy) or relative (%) dose; % or cm³ volume; cumulative or differential (dVolume/dDose). The column
 * order is read from each structure's header line, never assumed. Rules: docs/dvh.md §Eclipse.
 */
public final class EclipseReader implements DvhReader {

    private static final Pattern KEY_VALUE = Pattern.compile("^([^:]+?)\\s*:\\s*(.*)$");
    private static final Pattern COLUMN_HEADER = Pattern.compile("(?i)dose\\s*\\[[^]]*].*volume|volume.*dose\\s*\\[");
    private static final Pattern UNIT = Pattern.compile("\\[([^]]*)]");

    @Override
    public String format() {
        return "Varian Eclipse DVH export";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        boolean patient = false;
        boolean type = false;
        for (String line : firstLines) {
            String l = line.strip();
            if (l.startsWith("Patient Name") || l.startsWith("Patient ID")) {
                patient = true;
            }
            if (l.matches("(?i)^Type\\s*:\\s*(Cumulative|Differential) Dose Volume Histogram.*")) {
                type = true;
            }
        }
        return patient && type;
    }

    /** Column roles found in a header line such as "Relative dose [%]  Dose [cGy]  Ratio of Total Structure Volume [%]". */
    private record Columns(int relativeDose, int absoluteDose, double absoluteToGy, int volume, boolean volumeCc,
                           boolean perUnitDose, double perUnitDoseToGy, boolean differentialPerBin, int count,
                           String problem) { }

    private static final class PlanBlock {
        String name;
        Double prescriptionGy;
        double percentForDose = 100;
        boolean sum;
    }

    private static final class StructureBlock {
        String name;
        String planName;
        double volumeCc = Double.NaN;
        /** "Dose Cover.[%]": the share of the structure inside the dose grid (NaN when not printed). */
        double doseCover = Double.NaN;
        Map<String, String> stats = new LinkedHashMap<>();
        String uncertainty;
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        List<DvhCurve> curves = new ArrayList<>();
        List<DvhExport.StructureStats> stats = new ArrayList<>();
        Map<String, PlanBlock> plans = new LinkedHashMap<>();
        boolean differential = false;
        PlanBlock currentPlan = null;
        StructureBlock structure = null;
        String pendingUncertainty = null;
        int skippedUncertainty = 0;

        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                i++;
                continue;
            }
            if (structure != null && COLUMN_HEADER.matcher(stripped).find() && !stripped.contains(":")) {
                Columns columns = columns(stripped, differential);
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).isBlank() && !startsWith(lines.get(end), "Structure:")) {
                    end++;
                }
                if (structure.uncertainty != null) {
                    skippedUncertainty++;
                } else {
                    readTable(fileName, structure, plans.get(structure.planName), columns, lines.subList(i + 1, end),
                            end >= lines.size(), prescriptionGy, curves, stats, problems);
                }
                structure = null;
                i = end;
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(stripped);
            if (!kv.matches()) {
                i++;
                continue;
            }
            String key = kv.group(1).strip();
            String value = kv.group(2).strip();
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.equals("type")) {
                differential = value.toLowerCase(Locale.ROOT).startsWith("differential");
            } else if (lower.equals("uncertainty plan")) {
                pendingUncertainty = value;
            } else if (lower.equals("structure")) {
                if (structure != null) {
                    problems.add("structure '" + structure.name + "' has no DVH table (no dose/volume column header)");
                }
                structure = new StructureBlock();
                structure.name = value;
                structure.planName = currentPlan == null ? null : currentPlan.name;
                structure.uncertainty = pendingUncertainty;
                pendingUncertainty = null;
            } else if (structure == null && (lower.equals("plan") || lower.equals("plan sum"))) {
                currentPlan = new PlanBlock();
                currentPlan.name = value;
                currentPlan.sum = lower.equals("plan sum");
                plans.put(value, currentPlan);
            } else if (structure == null && currentPlan != null && lower.matches("(prescribed|total) dose.*")) {
                currentPlan.prescriptionGy = doseValue(key, value);
            } else if (structure == null && currentPlan != null && lower.startsWith("% for dose")) {
                double pfd = DvhText.number(value);
                currentPlan.percentForDose = Double.isNaN(pfd) || pfd <= 0 ? 100 : pfd;
            } else if (structure != null && (lower.equals("plan") || lower.equals("plan sum"))) {
                structure.planName = value;
            } else if (structure != null && (lower.startsWith("volume [cm") || lower.startsWith("volume [cc")
                    || lower.startsWith("volume [ccm"))) {
                structure.volumeCc = DvhText.number(value);
            } else if (structure != null && lower.startsWith("dose cover")) {
                structure.doseCover = DvhText.number(value);
            } else if (structure != null && lower.matches("(min|max|mean) dose.*")) {
                structure.stats.put(key, value);
            }
            i++;
        }
        if (structure != null) {
            problems.add("structure '" + structure.name + "' has no DVH table — the file looks truncated");
        }
        if (skippedUncertainty > 0) {
            problems.add(skippedUncertainty + " uncertainty-scenario curve(s) were left out; only the nominal plan is used");
        }
        List<DvhExport.Plan> planList = new ArrayList<>();
        for (PlanBlock p : plans.values()) {
            planList.add(new DvhExport.Plan(p.name, p.prescriptionGy, p.sum));
        }
        if (curves.isEmpty() && problems.isEmpty()) {
            problems.add("no structure with DVH data was found");
        }
        return new DvhExport(fileName, format(), planList, withRoles(curves, plans, fileName), stats, problems);
    }

    private void readTable(String fileName, StructureBlock s, PlanBlock plan, Columns c, List<String> rows,
                           boolean atEndOfFile, Double fallbackRxGy, List<DvhCurve> curves,
                           List<DvhExport.StructureStats> stats, List<String> problems) {
        String label = "structure '" + s.name + "'" + (s.planName == null ? "" : " in plan '" + s.planName + "'");
        if (c.problem != null) {
            problems.add(label + ": " + c.problem);
            return;
        }
        Double rx = plan != null && plan.prescriptionGy != null ? plan.prescriptionGy : fallbackRxGy;
        double pfd = plan == null ? 100 : plan.percentForDose;
        if (c.absoluteDose < 0 && rx == null) {
            problems.add(label + ": doses are relative (% of prescription) and the plan gives no prescription, "
                    + "so they cannot be converted to Gy");
            return;
        }
        int n = rows.size();
        double[] dose = new double[n];
        double[] volume = new double[n];
        int kept = 0;
        String[] t = new String[Math.max(c.count, 1)];
        for (int r = 0; r < n; r++) {
            int found = DvhText.split(rows.get(r), t);
            if (found < c.count) {
                boolean last = r == n - 1;
                problems.add(label + ": line '" + rows.get(r).strip() + "' has " + found + " of " + c.count
                        + " columns" + (last && atEndOfFile ? " — the file is truncated (it ends mid-line)"
                        : last ? " — the table is cut short" : ""));
                if (!last) {
                    return;
                }
                break;
            }
            double d = c.absoluteDose >= 0 ? DvhText.number(t[c.absoluteDose]) * c.absoluteToGy
                    : DvhText.number(t[c.relativeDose]) * rx / pfd;
            dose[kept] = d;
            volume[kept] = DvhText.number(t[c.volume]);
            kept++;
        }
        dose = java.util.Arrays.copyOf(dose, kept);
        volume = java.util.Arrays.copyOf(volume, kept);
        CurveData.VolumeKind kind = c.volumeCc ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT;
        if (c.perUnitDose) {
            // Eclipse differential: volume per unit dose; integrate with bin widths in the column's own unit.
            double[] nativeDose = new double[kept];
            for (int k = 0; k < kept; k++) {
                nativeDose[k] = dose[k] / c.perUnitDoseToGy;
            }
            double[][] cumulative = CurveData.cumulativeFromDifferential(nativeDose, volume, true);
            for (int k = 0; k < cumulative[0].length; k++) {
                cumulative[0][k] *= c.perUnitDoseToGy;
            }
            dose = cumulative[0];
            volume = cumulative[1];
        } else if (c.differentialPerBin) {
            double[][] cumulative = CurveData.cumulativeFromDifferential(dose, volume, false);
            dose = cumulative[0];
            volume = cumulative[1];
            double total = volume.length == 0 ? 0 : volume[0];
            String notDifferential = differentialTotal(total, c.volumeCc, s.volumeCc);
            if (notDifferential != null) {
                problems.add(label + ": " + notDifferential);
                return;
            }
            if (total > 0 && !c.volumeCc) {
                for (int k = 0; k < volume.length; k++) {
                    volume[k] = 100 * volume[k] / total;
                }
            }
        }
        if (!c.perUnitDose && !c.differentialPerBin && !c.volumeCc) {
            String notPercent = notWholeAtZero(dose, volume, s);
            if (notPercent != null) {
                problems.add(label + ": " + notPercent);
                return;
            }
        }
        double volumeCc = s.volumeCc > 0 ? s.volumeCc : Double.NaN;
        CurveData.Outcome outcome = CurveData.cumulative(s.name, s.planName, volumeCc, dose, volume, kind, fileName);
        if (!outcome.ok()) {
            problems.add(outcome.problem());
            return;
        }
        DvhCurve curve = outcome.curve();
        DvhExport.StructureStats st = stats(s, rx, pfd);
        String truncated = truncatedAgainstHeader(curve, st, label);
        if (truncated != null) {
            problems.add(truncated);
            return;
        }
        DvhCurve closed = closedByHeader(curve, st);
        // the header's own Max Dose and Mean Dose must be the curve's: a header far from its curve was edited or
        // damaged (decision 0641; on real exports they differ by a bin at most, see there)
        String contradicts = CurveData.contradictsOwnStatistics(closed, st, "Max Dose", "Mean Dose",
                curve.size() < 2 ? 0 : Math.abs(curve.doseAt(curve.size() - 1) - curve.doseAt(curve.size() - 2)));
        if (contradicts != null) {
            problems.add(label + ": " + contradicts);
            return;
        }
        curves.add(closed);
        stats.add(st);
    }

    /**
     * A differential DVH's bins add up to the whole structure: 100 % (or the header's volume in cm³). Cumulative
     * values read as bins add up to many times that (every dose row holds most of the structure): the label says
     * differential but the numbers are cumulative, and integrating them gives a curve of nothing (decision 0542).
     * Null when the total fits (5 % allowed for rounding) or the volume to compare with is unknown.
     */
    static String differentialTotal(double total, boolean inCc, double headerCc) {
        double whole = inCc ? headerCc : 100;
        if (!(whole > 0) || !(total > whole * 1.05)) {
            return null;
        }
        String unit = inCc ? " cm³" : " %";
        return "the file says the DVH is differential, but its volumes add up to "
                + (total >= 1000 ? String.valueOf(Math.round(total)) : CurveData.number(total)) + unit
                + ", not the structure's " + CurveData.number(whole) + unit + " — is it a cumulative DVH labelled"
                + " differential? Not used";
    }

    /**
     * A cumulative DVH in % holds the whole structure at 0 Gy (every part of it receives at least 0 Gy): a
     * curve that starts at 0 Gy well under 100 % is in another unit than its label — most often cm³ labelled %,
     * its first value the structure's volume (decision 0542). Not judged when the header says part of the
     * structure lies outside the dose grid ("Dose Cover.[%]" under 99.5).
     */
    private static String notWholeAtZero(double[] dose, double[] volume, StructureBlock s) {
        if (dose.length == 0 || dose[0] > 0 || !(volume[0] < 99) || s.doseCover < 99.5) {
            return null;
        }
        boolean isVolume = s.volumeCc > 0 && Math.abs(volume[0] - s.volumeCc) <= Math.max(0.1, 0.01 * s.volumeCc);
        return "the volume at 0 Gy is " + CurveData.number(volume[0]) + " %, but a cumulative DVH in % holds the whole"
                + " structure (100 %) at 0 Gy" + (isVolume ? " and " + CurveData.number(volume[0]) + " cm³ is the"
                + " structure's volume in the header" : "") + " — the volume column is probably in cm³ but labelled %"
                + " (wrong units); not used";
    }

    /**
     * Eclipse stops the table at the structure's maximum dose; on a small structure the last row can
     * still hold a few tenths of a percent (part of one voxel). When the header's maximum agrees with
     * the last row (within two bins) the curve does end there: it is closed with a 0 % point at that
     * dose, so Dmax is known. Without a header maximum, or when it lies beyond, the curve stays open.
     */
    private static DvhCurve closedByHeader(DvhCurve c, DvhExport.StructureStats st) {
        int n = c.size();
        if (n < 2 || Double.isNaN(st.maxGy()) || !DvhMetrics.stopsAboveZero(c)) {
            return c;
        }
        double last = c.doseAt(n - 1);
        double bin = last - c.doseAt(n - 2);
        if (st.maxGy() > last + Math.max(2 * bin, 0.05)) {
            return c;
        }
        double[] dose = java.util.Arrays.copyOf(c.doseGy(), n + 1);
        double[] volume = java.util.Arrays.copyOf(c.volumePercent(), n + 1);
        dose[n] = Math.max(last, st.maxGy());
        volume[n] = 0;
        return new DvhCurve(c.structure(), c.planName(), c.plan(), c.volumeCc(), dose, volume, c.digitised(),
                c.sourceFile());
    }

    /** The curve stops well before the maximum the header prints: the table was cut off. */
    private static String truncatedAgainstHeader(DvhCurve c, DvhExport.StructureStats st, String label) {
        if (Double.isNaN(st.maxGy()) || c.size() < 2) {
            return null;
        }
        double lastDose = c.doseAt(c.size() - 1);
        double lastVolume = c.volumeAt(c.size() - 1);
        double bin = Math.abs(lastDose - c.doseAt(c.size() - 2));
        if (lastVolume > 1 && st.maxGy() > lastDose + Math.max(2 * bin, 0.05)) {
            return label + ": the curve stops at " + CurveData.gy(lastDose) + " with " + CurveData.number(lastVolume)
                    + " % of the volume still covered, but the header gives a maximum of " + CurveData.gy(st.maxGy())
                    + " — the table is truncated; not used";
        }
        return null;
    }

    private static DvhExport.StructureStats stats(StructureBlock s, Double rx, double pfd) {
        double min = Double.NaN;
        double max = Double.NaN;
        double mean = Double.NaN;
        for (Map.Entry<String, String> e : s.stats.entrySet()) {
            double gy = statGy(e.getKey(), e.getValue(), rx, pfd);
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.startsWith("min")) {
                min = gy;
            } else if (k.startsWith("max")) {
                max = gy;
            } else if (k.startsWith("mean")) {
                mean = gy;
            }
        }
        return new DvhExport.StructureStats(s.name, s.planName, min, max, mean);
    }

    private static double statGy(String key, String value, Double rx, double pfd) {
        double v = DvhText.number(value);
        String unit = unitOf(key);
        return switch (unit) {
            case "cgy" -> v / 100;
            case "gy" -> v;
            case "%" -> rx == null ? Double.NaN : v * rx / pfd;
            default -> Double.NaN;
        };
    }

    private static Columns columns(String header, boolean differential) {
        String[] parts = header.split("]");
        int rel = -1;
        int abs = -1;
        int vol = -1;
        double absToGy = 1;
        boolean cc = false;
        boolean perUnit = false;
        double perUnitToGy = 1;
        int count = 0;
        for (String part : parts) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            String unit = p.contains("[") ? p.substring(p.lastIndexOf('[') + 1).strip() : "";
            String name = p.contains("[") ? p.substring(0, p.lastIndexOf('[')).strip() : p;
            if (name.contains("volume")) {
                vol = count;
                if (name.contains("dvolume") || unit.contains("/")) {
                    perUnit = true;
                    cc = true;
                    String[] u = unit.split("/");
                    String doseUnit = u.length > 1 ? u[1].strip() : "cgy";
                    perUnitToGy = doseUnit.equals("gy") ? 1 : doseUnit.equals("cgy") ? 0.01 : Double.NaN;
                    if (Double.isNaN(perUnitToGy)) {
                        return problem("the differential volume column is per '" + doseUnit + "', which is not a dose unit");
                    }
                } else if (unit.equals("%")) {
                    cc = false;
                } else if (unit.startsWith("cm") || unit.equals("cc") || unit.equals("ccm")) {
                    cc = true;
                } else {
                    return problem("the volume column is in '" + unit + "' (expected % or cm³) — wrong units");
                }
            } else if (name.contains("dose")) {
                if (unit.equals("%") || name.contains("relative")) {
                    rel = count;
                } else if (unit.equals("cgy") || unit.equals("gy")) {
                    abs = count;
                    absToGy = unit.equals("cgy") ? 0.01 : 1;
                } else {
                    return problem("the dose column is in '" + unit + "' (expected Gy, cGy or %) — wrong units");
                }
            } else {
                return problem("unknown column '" + part.strip() + "]'");
            }
            count++;
        }
        if (vol < 0 || rel < 0 && abs < 0) {
            return problem("the table header does not name a dose and a volume column");
        }
        return new Columns(rel, abs, absToGy, vol, cc, perUnit, perUnitToGy, differential && !perUnit, count, null);
    }

    /** Whether the line, after leading blanks, starts with {@code prefix} (without copying the line). */
    private static boolean startsWith(String line, String prefix) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.startsWith(prefix, i);
    }

    private static Columns problem(String message) {
        return new Columns(-1, -1, 1, -1, false, false, 1, false, 0, message);
    }

    private static String unitOf(String key) {
        Matcher m = UNIT.matcher(key);
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
    }

    private static Double doseValue(String key, String value) {
        double v = DvhText.number(value);
        if (Double.isNaN(v)) {
            return null;
        }
        String unit = unitOf(key);
        return unit.equals("gy") ? v : v / 100;
    }

    /** Sets each curve's role from its plan name (plan sums: from their component plans when those agree) or the file name. */
    private static List<DvhCurve> withRoles(List<DvhCurve> curves, Map<String, PlanBlock> plans, String fileName) {
        PlanKind componentRole = null;
        boolean componentsAgree = true;
        for (PlanBlock p : plans.values()) {
            if (!p.sum) {
                PlanKind k = PlanIdentifier.fromName(p.name);
                if (k == null || componentRole != null && componentRole != k) {
                    componentsAgree = false;
                }
                componentRole = k == null ? componentRole : k;
            }
        }
        List<DvhCurve> out = new ArrayList<>(curves.size());
        for (DvhCurve c : curves) {
            PlanBlock p = plans.get(c.planName());
            PlanKind role = PlanIdentifier.fromName(c.planName());
            if (role == null && p != null && p.sum && componentsAgree) {
                role = componentRole;
            }
            if (role == null && plans.size() <= 1 || role == null && p != null && p.sum && plans.size() <= 2) {
                role = PlanIdentifier.identify(null, fileName);
            }
            out.add(c.withPlan(role));
        }
        return out;
    }
}
