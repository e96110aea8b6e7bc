package org.imrtreview.dvh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * Philips Pinnacle³ DVH folder dump, written by a Pinnacle script, in the layout DVHmetrics' {@code readDVH}
 * documentation describes (RECONSTRUCTED: no real dump is public; decision 0281):
 * <pre>
 * DoseInfo.csv   "PrescriptionDose cGy","NumberOfFractions","Dosis cGy"
 * PatInfo.csv    "LastName","FirstName","MedicalRecordNumber"
 * PlanInfo.csv   "PlanName"
 * Data/Info.csv  "Filename","RegionOfInterestName","DoseMin cGy","DoseMax cGy","DoseMean cGy","Volume ccm"
 * Data/DVH1.csv  NumberOfDimensions = 2; NumberOfPoints = 431; Points[] ={ 0,312.6, … };
 * </pre>
 * The names and units are in {@code Data/Info.csv}; a curve file is nothing without it. The points are read
 * as cumulative dose (the unit of Info.csv's dose columns) against cm³, and only where they agree with
 * what Info.csv says of the same structure: the curve starts at the structure's volume, and its maximum
 * and mean match DoseMax and DoseMean. A curve that does not (per-fraction doses under a course total, a
 * volume column in %, a differential curve, a cut file) is refused with the reason, never guessed.
 */
public final class PinnacleDump {

    public static final String FORMAT = "Philips Pinnacle³ DVH folder (Data/Info.csv and DVH curve files)";
    private static final Pattern DOSE_UNIT = Pattern.compile("(?i)^dose(?:min|max|mean)\\s*\\.?\\s*(c?gy)$");
    private static final Pattern KEY = Pattern.compile("^\\s*(\\w+)(?:\\[\\])?\\s*=\\s*([^;{]*?)\\s*;?\\s*$");
    /** A curve's maximum may differ from DoseMax by two of its dose steps or 1 %, its mean by 2 %. */
    private static final double MEAN_TOLERANCE = 0.02;

    private PinnacleDump() {
    }

    /** Whether the first bytes are Data/Info.csv: a CSV header naming the curve files and the structures. */
    public static boolean isInfo(byte[] head) {
        String first = firstLine(head);
        return first.contains("Filename") && first.contains("RegionOfInterestName");
    }

    /** Whether the first bytes are a Pinnacle curve file ({@code NumberOfDimensions = 2; … Points[] ={}). */
    public static boolean isCurve(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.stripLeading().startsWith("NumberOfDimensions") && text.contains("Points[]");
    }

    /** Whether the first bytes are one of the dump's DoseInfo.csv, PatInfo.csv or PlanInfo.csv. */
    public static boolean isDumpInfo(byte[] head) {
        String first = firstLine(head);
        return first.contains("PrescriptionDose") && first.contains("NumberOfFractions")
                || first.contains("MedicalRecordNumber") && first.contains("LastName")
                || first.replace("\"", "").strip().equals("PlanName");
    }

    private static String firstLine(byte[] head) {
        List<String> lines = DvhText.lines(DvhText.decode(head));
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /**
     * Reads a dump. {@code files} maps paths relative to the dump's folder ({@code DoseInfo.csv},
     * {@code Data/Info.csv}, {@code Data/DVH1.csv}) to their bytes; {@code label} names the dump in
     * messages (the Info.csv's path in the case folder).
     */
    public static DvhExport read(String label, Map<String, byte[]> files, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        byte[] infoBytes = files.get("Data/Info.csv");
        if (infoBytes == null) {
            return refused(label, "Data/Info.csv is missing, so the curves have no structure names or units");
        }
        List<List<String>> info = csv(infoBytes);
        if (info.size() < 2) {
            return refused(label, "Data/Info.csv lists no structure");
        }
        List<String> head = info.get(0);
        int fileCol = column(head, "(?i)filename");
        int nameCol = column(head, "(?i)regionofinterestname");
        int minCol = column(head, "(?i)dosemin.*");
        int maxCol = column(head, "(?i)dosemax.*");
        int meanCol = column(head, "(?i)dosemean.*");
        int volCol = column(head, "(?i)volume.*");
        if (fileCol < 0 || nameCol < 0 || maxCol < 0 || meanCol < 0 || volCol < 0) {
            return refused(label, "Data/Info.csv lacks one of the columns Filename, RegionOfInterestName, DoseMax, "
                    + "DoseMean, Volume");
        }
        String unit = null;
        for (int c : new int[] {minCol, maxCol, meanCol}) {
            if (c < 0) {
                continue;
            }
            Matcher m = DOSE_UNIT.matcher(head.get(c).replaceAll("\\s+", " ").strip());
            String u = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
            if (u == null || unit != null && !unit.equals(u)) {
                return refused(label, "Data/Info.csv's dose column '" + head.get(c) + "' does not state Gy or cGy "
                        + "(or the columns disagree), so the curves' dose unit is unknown");
            }
            unit = u;
        }
        String volumeHead = head.get(volCol).toLowerCase(Locale.ROOT);
        if (!volumeHead.matches("volume\\s*\\.?\\s*(ccm|cc|cm3|cm³)")) {
            return refused(label, "Data/Info.csv's volume column '" + head.get(volCol) + "' is not in cm³");
        }
        double toGy = unit.equals("cgy") ? 0.01 : 1;
        DoseInfo dose = doseInfo(files.get("DoseInfo.csv"), problems);
        if (dose.unit != null && !dose.unit.equals(unit)) {
            problems.add("DoseInfo.csv gives the prescription in " + dose.unit + " but Data/Info.csv its doses in "
                    + unit + "; the curves are read in " + unit + ", as Info.csv says");
        }
        String plan = planName(files.get("PlanInfo.csv"));
        if (plan == null) {
            plan = label.replaceAll("(?i)/?Data/Info\\.csv$", "");
            plan = plan.isEmpty() ? "Pinnacle plan" : plan.substring(plan.lastIndexOf('/') + 1);
        }
        List<DvhCurve> curves = new ArrayList<>();
        List<DvhExport.StructureStats> stats = new ArrayList<>();
        for (int r = 1; r < info.size(); r++) {
            List<String> row = info.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != head.size()) {
                problems.add("Data/Info.csv line " + (r + 1) + " has " + row.size() + " of " + head.size()
                        + " columns; that structure is not read");
                continue;
            }
            String name = row.get(nameCol).strip();
            String fileName = row.get(fileCol).strip();
            String label2 = "structure '" + name + "' in plan '" + plan + "'";
            double volume = DvhText.number(row.get(volCol));
            double max = DvhText.number(row.get(maxCol)) * toGy;
            double mean = DvhText.number(row.get(meanCol)) * toGy;
            double min = minCol < 0 ? Double.NaN : DvhText.number(row.get(minCol)) * toGy;
            stats.add(new DvhExport.StructureStats(name, plan, min, max, mean));
            String path = "Data/" + fileName + (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? "" : ".csv");
            byte[] curveBytes = files.get(path);
            if (curveBytes == null) {
                problems.add(label2 + ": its curve file " + path + " is missing");
                continue;
            }
            Points points = points(curveBytes);
            if (points.problem != null) {
                problems.add(label2 + ": " + path + " " + points.problem);
                continue;
            }
            double[] doseGy = points.first.stream().mapToDouble(d -> d * toGy).toArray();
            double[] cc = points.second.stream().mapToDouble(Double::doubleValue).toArray();
            if (!(volume > 0) || Math.abs(cc[0] - volume) > Math.max(0.02 * volume, 0.05)) {
                problems.add(label2 + ": the curve starts at " + CurveData.number(cc[0]) + " while Data/Info.csv "
                        + "gives the structure " + CurveData.number(volume) + " cm³ — the volume column is not the "
                        + "cumulative cm³ this reader knows (% or a differential curve?); not used");
                continue;
            }
            CurveData.Outcome out = CurveData.cumulative(name, plan, volume, doseGy, cc, CurveData.VolumeKind.CC,
                    label);
            if (!out.ok()) {
                problems.add(out.problem());
                continue;
            }
            DvhCurve curve = out.curve();
            String disagreement = disagreement(curve, max, mean);
            if (disagreement != null) {
                problems.add(label2 + ": " + disagreement);
                continue;
            }
            curves.add(curve.withPlan(PlanIdentifier.identify(plan, label)));
        }
        Double rx = dose.totalGy != null ? dose.totalGy : prescriptionGy;
        return new DvhExport(label, FORMAT, List.of(new DvhExport.Plan(plan, rx, false)), curves, stats, problems);
    }

    /** Why the curve does not fit Info.csv's DoseMax/DoseMean, or null when it does. */
    private static String disagreement(DvhCurve curve, double max, double mean) {
        double[] d = curve.doseGy();
        double step = 0;
        for (int i = 1; i < d.length; i++) {
            step = Math.max(step, d[i] - d[i - 1]);
        }
        MetricValue curveMax = DvhMetrics.compute(curve, org.imrtreview.model.Metric.max(), null);
        MetricValue curveMean = DvhMetrics.compute(curve, org.imrtreview.model.Metric.mean(), null);
        if (!curveMax.present() || !curveMean.present()) {
            return "the curve ends at " + CurveData.gy(d[d.length - 1]) + " above 0 % volume while Data/Info.csv "
                    + "gives DoseMax " + CurveData.gy(max) + "; the file is cut short; not used";
        }
        if (Math.abs(curveMax.value() - max) > Math.max(2 * step, 0.01 * max)
                || Math.abs(curveMean.value() - mean) > Math.max(step, MEAN_TOLERANCE * mean)) {
            double ratio = max / curveMax.value();
            return "the curve's maximum " + CurveData.gy(curveMax.value()) + " and mean " + CurveData.gy(curveMean.value())
                    + " disagree with Data/Info.csv's DoseMax " + CurveData.gy(max) + " and DoseMean " + CurveData.gy(mean)
                    + (ratio > 1.5 ? " (" + Math.round(ratio) + " times larger — per-fraction doses, or another unit?)"
                    : "") + "; not used rather than guessed";
        }
        return null;
    }

    private record Points(List<Double> first, List<Double> second, String problem) { }

    /** The {@code Points[]} of a curve file, checked against its NumberOfDimensions / NumberOfPoints. */
    static Points points(byte[] bytes) {
        List<String> lines = DvhText.lines(DvhText.decode(bytes));
        Integer dims = null;
        Integer count = null;
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("Points")) {
                start = i + 1;
                break;
            }
            Matcher m = KEY.matcher(l);
            if (m.matches() && m.group(1).equals("NumberOfDimensions")) {
                dims = (int) DvhText.number(m.group(2));
            } else if (m.matches() && m.group(1).equals("NumberOfPoints")) {
                count = (int) DvhText.number(m.group(2));
            }
        }
        if (start < 0) {
            return new Points(null, null, "has no 'Points[] ={' list");
        }
        if (dims == null || dims != 2) {
            return new Points(null, null, "does not say NumberOfDimensions = 2 (dose, volume)");
        }
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        boolean closed = false;
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("}")) {
                closed = true;
                break;
            }
            if (l.isEmpty()) {
                continue;
            }
            String[] cells = l.replaceAll(",\\s*$", "").split("\\s*,\\s*");
            if (cells.length != 2 || !DvhText.isNumber(cells[0]) || !DvhText.isNumber(cells[1])) {
                return new Points(null, null, "line " + (i + 1) + " is not a 'dose,volume' pair ('" + l + "')");
            }
            first.add(DvhText.number(cells[0]));
            second.add(DvhText.number(cells[1]));
        }
        if (!closed) {
            return new Points(null, null, "ends after " + first.size() + " points without closing its list ('};') — the "
                    + "file is truncated; not used");
        }
        if (count != null && count != first.size()) {
            return new Points(null, null, "holds " + first.size() + " points but says NumberOfPoints = " + count
                    + " — points are missing; not used");
        }
        if (first.isEmpty()) {
            return new Points(null, null, "holds no points (empty structure)");
        }
        return new Points(first, second, null);
    }

    private record DoseInfo(String unit, Double totalGy) { }

    private static DoseInfo doseInfo(byte[] bytes, List<String> problems) {
        if (bytes == null) {
            return new DoseInfo(null, null);
        }
        List<List<String>> rows = csv(bytes);
        if (rows.size() < 2) {
            return new DoseInfo(null, null);
        }
        int total = column(rows.get(0), "(?i)dosis.*(c?gy)");
        if (total < 0 || rows.get(1).size() <= total) {
            return new DoseInfo(null, null);
        }
        String unit = rows.get(0).get(total).toLowerCase(Locale.ROOT).replaceAll(".*?\\b(c?gy)\\s*$", "$1");
        double value = DvhText.number(rows.get(1).get(total));
        return new DoseInfo(unit, value > 0 ? value * (unit.equals("cgy") ? 0.01 : 1) : null);
    }

    private static String planName(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        List<List<String>> rows = csv(bytes);
        if (rows.size() < 2) {
            return null;
        }
        int c = column(rows.get(0), "(?i)planname");
        return c < 0 || rows.get(1).size() <= c || rows.get(1).get(c).isBlank() ? null : rows.get(1).get(c).strip();
    }

    private static int column(List<String> head, String regex) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).replaceAll("\\s+", "").matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> csv(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : DvhText.lines(DvhText.decode(bytes))) {
            if (!line.isBlank()) {
                rows.add(WideCsvReader.split(line, ','));
            }
        }
        return rows;
    }

    private static DvhExport refused(String label, String why) {
        return new DvhExport(label, FORMAT, List.of(), List.of(), List.of(), List.of(why + "; not read"));
    }
}
