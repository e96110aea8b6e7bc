package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imrtreview.model.DvhCurve;

/**
 * DVHs stored in a DICOM RT Dose object (RT DVH module, PS3.3 C.8.8.4): the DVH Sequence (3004,0050),
 * each item with its referenced ROI (3004,0060 › 3006,0084), type, dose and volume units, dose scaling
 * and the data D1\V1\D2\V2… where Dᵢ is the width of bin i and Vᵢ its volume. The structure names are in
 * the RT Structure Set ({@link #structureNames}); without it the curves cannot be matched to organs and
 * none is used.
 * <p>Reading, as dicompyler-core and DVH Analytics do: bin edges are 0, D1, D1+D2, …; a CUMULATIVE Vᵢ is
 * the volume receiving at least the lower edge of bin i, and the curve falls to 0 at the top edge of
 * the last bin; a DIFFERENTIAL Vᵢ is the volume inside bin i. Dose in GY (or CGY) as stated, or RELATIVE
 * to the DVH Normalization Dose Value (3004,0042); volume in CM3 or PERCENT.
 */
public final class DicomDvhReader {

    static final String FORMAT = "DICOM RT Dose DVH sequence";

    /**
     * Dose Summation Types (3004,000A) whose dose is the whole course: a FRACTION, BEAM or CONTROL_POINT
     * dose's DVH would read a fraction of the course dose as if it were all of it (decision 0294).
     */
    private static final java.util.Set<String> WHOLE_PLAN_SUMMATIONS = java.util.Set.of("PLAN", "MULTI_PLAN",
            "BRACHY");

    /** The ROI names of an RT Structure Set, by ROI number, with the set's SOP Instance UID. */
    public record StructureNames(String instanceUid, Map<Integer, String> names) { }

    private DicomDvhReader() {
    }

    /** ROI numbers → names from an RT Structure Set file. */
    public static StructureNames structureNames(byte[] content) throws DvhFormatException {
        DicomData d = DicomData.parse(content);
        Map<Integer, String> names = new LinkedHashMap<>();
        for (Map<Integer, Object> roi : d.sequence(d.root(), 0x30060020)) {
            double number = d.number(roi, 0x30060022);
            String name = d.string(roi, 0x30060026);
            if (!Double.isNaN(number) && name != null && !name.isBlank()) {
                names.put((int) number, name);
            }
        }
        return new StructureNames(d.string(0x00080018), names);
    }

    /**
     * Reads the DVHs of an RT Dose file. {@code structureSets}: the RT Structure Sets available (the
     * one the dose references by UID is preferred; a single one is used when the reference is absent).
     */
    public static DvhExport read(String fileName, byte[] content, List<StructureNames> structureSets)
            throws DvhFormatException {
        DicomData d;
        try {
            d = DicomData.parse(content);
        } catch (DvhFormatException e) {
            throw new DvhFormatException(fileName + ": " + e.getMessage());
        }
        String sopClass = d.string(0x00080016);
        if (sopClass != null && !sopClass.equals(DicomData.RT_DOSE)) {
            throw new DvhFormatException(fileName + " is a DICOM file but not an RT Dose (SOP class " + sopClass + ")");
        }
        String plan = firstNonBlank(d.string(0x0008103E), d.string(0x30040006), baseName(fileName));
        List<String> problems = new ArrayList<>();
        List<Map<Integer, Object>> dvhs = d.sequence(d.root(), 0x30040050);
        if (dvhs.isEmpty()) {
            problems.add("the RT Dose holds a dose grid but no DVH sequence (3004,0050); DVHs would have to be "
                    + "calculated from the grid and the structure set, which this workstation does not do");
            return new DvhExport(fileName, FORMAT, List.of(new DvhExport.Plan(plan, null, false)), List.of(), List.of(),
                    problems);
        }
        String summation = upper(d.string(0x3004000A));
        if (!summation.isEmpty() && !WHOLE_PLAN_SUMMATIONS.contains(summation)) {
            problems.add(dvhs.size() + " DVHs are of a dose summed over " + summation.toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " only (Dose Summation Type " + summation + "), not over the whole plan: "
                    + "their doses would understate the course; not used. Ask for the plan's RT Dose (PLAN)");
            return new DvhExport(fileName, FORMAT, List.of(new DvhExport.Plan(plan, null, false)), List.of(), List.of(),
                    problems);
        }
        String fileDoseType = upper(d.string(0x30040004));
        StructureNames names = pick(d, structureSets);
        if (names == null) {
            problems.add(dvhs.size() + " DVHs are in the RT Dose but their structure names are in the RT Structure "
                    + "Set, which was not found beside it — the curves cannot be matched to organs; not used. Add "
                    + "the RS (RT Structure Set) file to the case folder");
            return new DvhExport(fileName, FORMAT, List.of(new DvhExport.Plan(plan, null, false)), List.of(), List.of(),
                    problems);
        }
        List<DvhCurve> curves = new ArrayList<>();
        List<DvhExport.StructureStats> stats = new ArrayList<>();
        int index = 0;
        for (Map<Integer, Object> item : dvhs) {
            index++;
            List<Map<Integer, Object>> refs = d.sequence(item, 0x30040060);
            double roi;
            try {
                roi = refs.isEmpty() ? Double.NaN : d.number(refs.get(0), 0x30060084);
            } catch (DvhFormatException e) {
                problems.add("DVH " + index + ": its ROI number is damaged (" + e.getMessage() + "); not used");
                continue;
            }
            String name = Double.isNaN(roi) ? null : names.names().get((int) roi);
            String label = "DVH " + index + (Double.isNaN(roi) ? "" : " (ROI " + (int) roi + ")");
            if (name == null) {
                problems.add(label + ": its ROI is not in the RT Structure Set, so its structure name is unknown; not used");
                continue;
            }
            label = "structure '" + name + "'";
            if (refs.size() > 1) {
                problems.add(label + ": the DVH combines " + refs.size() + " ROIs; not used");
                continue;
            }
            String contribution = upper(d.string(refs.get(0), 0x30040062));
            if (!contribution.isEmpty() && !contribution.equals("INCLUDED")) {
                problems.add(label + ": the DVH is of everything but this ROI (DVH ROI Contribution Type "
                        + contribution + "); not used");
                continue;
            }
            String doseType = upper(d.string(item, 0x30040004));
            if (doseType.isEmpty()) {
                doseType = fileDoseType;
            }
            if (!doseType.isEmpty() && !doseType.equals("PHYSICAL") && !doseType.equals("EFFECTIVE")) {
                problems.add(label + ": the DVH is of dose type " + doseType + (doseType.equals("ERROR")
                        ? " (a dose difference or uncertainty, not the planned dose)" : " (expected PHYSICAL or EFFECTIVE)")
                        + "; not used");
                continue;
            }
            try {
                Built b = build(d, item, label);
                if (b.problem != null) {
                    problems.add(b.problem);
                    continue;
                }
                CurveData.Outcome out = CurveData.cumulative(name, plan, b.volumeCc, b.dose, b.volume, b.kind, fileName);
                if (!out.ok()) {
                    problems.add(out.problem());
                    continue;
                }
                // DVH Minimum/Maximum/Mean Dose are "in units specified by Dose Units (3004,0002)" (PS3.3
                // C.8.8.4): DVH Dose Scaling applies to the bin widths only (decision 0274).
                DvhExport.StructureStats st = new DvhExport.StructureStats(name, plan,
                        b.unitToGy * d.number(item, 0x30040070), b.unitToGy * d.number(item, 0x30040072),
                        b.unitToGy * d.number(item, 0x30040074));
                String contradiction = CurveData.contradictsOwnStatistics(out.curve(), st,
                        "DVH Maximum Dose (3004,0072)", "DVH Mean Dose (3004,0074)", b.widestBinGy);
                if (contradiction != null) {
                    problems.add(label + ": " + contradiction);
                    continue;
                }
                curves.add(out.curve().withPlan(PlanIdentifier.identify(plan, fileName)));
                stats.add(st);
            } catch (DvhFormatException e) {
                problems.add(label + ": " + e.getMessage() + "; not used");
            }
        }
        return new DvhExport(fileName, FORMAT, List.of(new DvhExport.Plan(plan, null, false)), curves, stats, problems);
    }

    /**
     * {@code unitToGy}: Gy per unit of Dose Units (the statistics' factor); the bin widths are in units
     * of Dose Units × DVH Dose Scaling. {@code widestBinGy}: the widest bin, the resolution the curve's own
     * maximum and mean can have against the printed ones.
     */
    private record Built(double[] dose, double[] volume, CurveData.VolumeKind kind, double volumeCc, double unitToGy,
                         double widestBinGy, String problem) {
        static Built fail(String problem) {
            return new Built(null, null, null, Double.NaN, 1, 0, problem);
        }
    }

    private static Built build(DicomData d, Map<Integer, Object> item, String label) throws DvhFormatException {
        String type = upper(d.string(item, 0x30040001));
        String doseUnits = upper(d.string(item, 0x30040002));
        String volumeUnits = upper(d.string(item, 0x30040054));
        double scaling = d.number(item, 0x30040052);
        if (Double.isNaN(scaling)) {
            scaling = 1;
        }
        double unitToGy = switch (doseUnits) {
            case "GY" -> 1;
            case "CGY" -> 0.01;
            case "RELATIVE" -> {
                double norm = d.number(item, 0x30040042);
                if (Double.isNaN(norm)) {
                    norm = d.number(d.root(), 0x30040042);
                }
                yield Double.isNaN(norm) ? Double.NaN : norm / 100;
            }
            default -> Double.NaN;
        };
        double toGy = scaling * unitToGy;
        if (Double.isNaN(toGy) || toGy <= 0) {
            return Built.fail(label + ": dose units '" + doseUnits + "'" + (doseUnits.equals("RELATIVE")
                    ? " without a DVH Normalization Dose Value" : "") + " cannot be converted to Gy (units unknown); not used");
        }
        if (!volumeUnits.equals("CM3") && !volumeUnits.equals("PERCENT")) {
            return Built.fail(label + ": volume units '" + volumeUnits + "' (expected CM3 or PERCENT) — units "
                    + "unknown; not used");
        }
        if (!type.equals("CUMULATIVE") && !type.equals("DIFFERENTIAL")) {
            return Built.fail(label + ": DVH type '" + type + "' is not read (CUMULATIVE or DIFFERENTIAL); not used");
        }
        double[] data = d.numbers(item, 0x30040058);
        double bins = d.number(item, 0x30040056);
        if (data.length == 0 || data.length % 2 != 0) {
            return Built.fail(label + ": the DVH data hold " + data.length + " numbers, not dose/volume pairs; not used");
        }
        int n = data.length / 2;
        if (!Double.isNaN(bins) && (int) bins != n) {
            return Built.fail(label + ": the DVH says " + (int) bins + " bins but holds " + n + " — truncated or "
                    + "damaged; not used");
        }
        double[] edges = new double[n + 1];
        double[] binVolume = new double[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            double width = data[2 * i];
            if (!(width >= 0)) {
                return Built.fail(label + ": bin " + (i + 1) + " has a negative width; not used");
            }
            widest = Math.max(widest, width * toGy);
            edges[i + 1] = edges[i] + width * toGy;
            binVolume[i] = data[2 * i + 1];
        }
        double[] volume = new double[n + 1];
        if (type.equals("CUMULATIVE")) {
            System.arraycopy(binVolume, 0, volume, 0, n);
        } else {
            double sum = 0;
            for (int i = n - 1; i >= 0; i--) {
                sum += binVolume[i];
                volume[i] = sum;
            }
        }
        volume[n] = 0;
        CurveData.VolumeKind kind = volumeUnits.equals("CM3") ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT;
        return new Built(edges, volume, kind, Double.NaN, unitToGy, widest, null);
    }

    private static StructureNames pick(DicomData d, List<StructureNames> sets) {
        if (sets == null || sets.isEmpty()) {
            return null;
        }
        List<Map<Integer, Object>> refs = d.sequence(d.root(), 0x300C0060);
        String wanted = refs.isEmpty() ? null : d.string(refs.get(0), 0x00081155);
        if (wanted != null) {
            for (StructureNames s : sets) {
                if (wanted.equals(s.instanceUid())) {
                    return s;
                }
            }
            return null;
        }
        return sets.size() == 1 ? sets.get(0) : null;
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
