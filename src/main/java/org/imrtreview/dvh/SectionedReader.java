package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * Text exports made of one section per structure — a line naming the structure, "key: value" lines,
 * a column header, rows of numbers — in the layouts DVHmetrics reads (layouts reconstructed from its
 * parsers; no raw file was public, decision 0163):
 * <ul>
 * <li>Varian CadPlan: {@code Histogram : Rectum}, {@code Prescr. dose (Gy):}, {@code Volume (cc):},
 * {@code Dose maximum (Gy):}, columns {@code Dose (Gy)  Relative dose (%)  Volume (cm3)};</li>
 * <li>Nucletron/Elekta Oncentra MasterPlan: {@code ROI: Rectum}, file keys {@code Absolute dose - [Gy]},
 * {@code Relative volume - [%]}, {@code Cumulative mode}, columns {@code Bin  Dose  Volume};</li>
 * <li>ProSoma: {@code Name: Rectum}, {@code Volume [cm³]:}, {@code Max [Gy]:}, columns
 * {@code Dose [Gy]  Volume [%]};</li>
 * <li>PRIMO (Monte Carlo): {@code # Structure: Rectum}, {@code # Volume [cm3]:}, {@code # Max. Dose [Gy]:},
 * a {@code # Dose [Gy]  Volume [%]} header over a dotted line, rows up to the next dotted line.</li>
 * </ul>
 * Column roles come from the header's names and units; a column without a unit takes it from the
 * file's dose/volume unit keys; anything unknown is refused (units unknown).
 */
public final class SectionedReader implements DvhReader {

    private final String format;
    private final Predicate<List<String>> recognise;
    private final Pattern sectionStart;

    private SectionedReader(String format, Predicate<List<String>> recognise, String sectionStart) {
        this.format = format;
        this.recognise = recognise;
        this.sectionStart = Pattern.compile(sectionStart);
    }

    static SectionedReader cadPlan() {
        return new SectionedReader("Varian CadPlan DVH export",
                l -> any(l, "^Histogram\\s*:.+") && any(l, "(?i)^(Cumulative|Differential) (Dose Volume.*|DVH).*"),
                "^Histogram\\s*:\\s*(.+)$");
    }

    static SectionedReader masterPlan() {
        return new SectionedReader("Oncentra MasterPlan DVH export",
                l -> any(l, "^ROI: .+") && any(l, "(?i)^(Absolute|Relative) (dose|volume) - .*"), "^ROI:\\s*(.+)$");
    }

    static SectionedReader proSoma() {
        return new SectionedReader("ProSoma DVH export",
                l -> any(l, "^Name:\\s+\\S.*") && any(l, "(?i)^(Cumulative|Differential) DVH.*"), "^Name:\\s+(.+)$");
    }

    static SectionedReader primo() {
        return new SectionedReader("PRIMO DVH export",
                l -> any(l, "^# Structure: .+") && any(l, "^# Type:\\s*(Cumulative|Differential).*"),
                "^# Structure:\\s*(.+)$");
    }

    private static boolean any(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        return lines.stream().anyMatch(l -> p.matcher(l.strip()).matches());
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        return recognise.test(firstLines);
    }

    private static final Pattern KEY = Pattern.compile("^#?\\s*([^:]+?)\\s*:\\s*(.*)$");
    private static final Pattern COLUMN = Pattern.compile(
            "(?i)(relative dose|rel\\.\\s*dose|dv/dd|dose|volume|bin)\\s*(?:[\\[(]\\s*([^\\])]*?)\\s*[\\])])?");

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        List<DvhCurve> curves = new ArrayList<>();
        List<DvhExport.StructureStats> stats = new ArrayList<>();
        String plan = null;
        String fileDoseUnit = null;
        String fileVolumeUnit = null;
        boolean differential = false;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (sectionStart.matcher(l).matches()) {
                starts.add(i);
                continue;
            }
            if (!starts.isEmpty()) {
                continue;
            }
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.matches("^(# type:\\s*)?differential.*") || lower.startsWith("differential mode")) {
                differential = true;
            }
            Matcher planLine = Pattern.compile("(?i)^(?:#\\s*project|plan)\\s*:?\\s+(.+)$").matcher(l);
            if (plan == null && planLine.matches()) {
                plan = planLine.group(1).strip();
            }
            Matcher unit = Pattern.compile("(?i)^(absolute|relative) (dose|volume) - .*\\[([^]]+)]").matcher(l);
            if (unit.matches()) {
                if (unit.group(2).equalsIgnoreCase("dose")) {
                    fileDoseUnit = unit.group(3).strip().toLowerCase(Locale.ROOT);
                } else {
                    fileVolumeUnit = unit.group(3).strip().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (plan == null) {
            plan = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            Matcher m = sectionStart.matcher(lines.get(from).strip());
            m.matches();
            String name = m.group(1).strip();
            String problem = section(fileName, name, plan, lines.subList(from + 1, to), to == lines.size(), differential,
                    fileDoseUnit, fileVolumeUnit, prescriptionGy, curves, stats);
            if (problem != null) {
                problems.add("structure '" + name + "' in plan '" + plan + "': " + problem);
            }
        }
        if (starts.isEmpty()) {
            problems.add("no structure section was found");
        }
        return new DvhExport(fileName, format, List.of(new DvhExport.Plan(plan, prescriptionGy, false)), curves, stats,
                problems);
    }

    private String section(String fileName, String name, String plan, List<String> lines, boolean last,
                           boolean differential, String fileDoseUnit, String fileVolumeUnit, Double fallbackRx,
                           List<DvhCurve> curves, List<DvhExport.StructureStats> stats) {
        double volumeCc = Double.NaN;
        Double rx = fallbackRx;
        boolean rxFromFile = false;
        double isodose = Double.NaN;
        double max = Double.NaN;
        double min = Double.NaN;
        double mean = Double.NaN;
        // statistics printed in % (CadPlan "Dose maximum (%)"), converted once the 100 % dose is known
        double maxPct = Double.NaN;
        double minPct = Double.NaN;
        double meanPct = Double.NaN;
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            String l = lines.get(i).strip();
            String bare = l.startsWith("#") ? l.substring(1).strip() : l;
            String lower = bare.toLowerCase(Locale.ROOT);
            if (!bare.contains(":") && lower.contains("dose") && lower.contains("volume")) {
                header = i;
                break;
            }
            Matcher kv = KEY.matcher(l);
            if (!kv.matches()) {
                continue;
            }
            String key = kv.group(1).toLowerCase(Locale.ROOT);
            double v = DvhText.number(kv.group(2).replaceAll("[^0-9.,eE+-].*$", ""));
            double toGy = key.contains("cgy") ? 0.01 : key.contains("gy") ? 1 : Double.NaN;
            boolean pct = key.matches(".*[(\\[]\\s*%\\s*[)\\]].*");
            if (key.startsWith("volume")) {
                volumeCc = key.contains("%") ? Double.NaN : v;
            } else if (key.startsWith("prescr")) {
                if (!Double.isNaN(v * toGy)) {
                    rx = v * toGy;
                    rxFromFile = true;
                }
            } else if (key.startsWith("% for dose")) {
                isodose = v;
            } else if (key.matches("(dose maximum|max|max\\. dose).*")) {
                max = v * toGy;
                maxPct = pct ? v : maxPct;
            } else if (key.matches("(dose minimum|min|min\\. dose).*")) {
                min = v * toGy;
                minPct = pct ? v : minPct;
            } else if (key.matches("(dose mean|average|ave\\. dose|mean).*")) {
                mean = v * toGy;
                meanPct = pct ? v : meanPct;
            }
        }
        if (header < 0) {
            return "no dose/volume column header — the table is missing" + (last ? " (the file looks truncated)" : "");
        }
        String head = lines.get(header).strip().replaceFirst("^#\\s*", "");
        List<String[]> cols = new ArrayList<>();
        Matcher c = COLUMN.matcher(head);
        while (c.find()) {
            cols.add(new String[] {c.group(1).toLowerCase(Locale.ROOT), c.group(2) == null ? "" : c.group(2)
                    .toLowerCase(Locale.ROOT).strip()});
        }
        int dose = -1;
        int rel = -1;
        int vol = -1;
        double toGy = 1;
        boolean cc = false;
        boolean perUnitDose = false;
        for (int k = 0; k < cols.size(); k++) {
            String what = cols.get(k)[0];
            String unit = cols.get(k)[1];
            if (what.equals("bin")) {
                continue;
            }
            if (what.contains("dose") && !what.equals("dv/dd")) {
                if (unit.isEmpty() && fileDoseUnit != null) {
                    unit = fileDoseUnit;
                }
                if (what.startsWith("rel") || unit.equals("%")) {
                    rel = k;
                } else if (unit.equals("gy") || unit.equals("cgy")) {
                    dose = k;
                    toGy = unit.equals("cgy") ? 0.01 : 1;
                } else if (unit.equals("ev/g")) {
                    return "doses are in eV/g, PRIMO's uncalibrated Monte Carlo dose (not Gy until PRIMO calibrates "
                            + "it); not used. Ask for the export after dose calibration, in Gy";
                } else {
                    return "the dose column is in '" + unit + "' (expected Gy, cGy or %) — units unknown; not used";
                }
            } else {
                if (unit.isEmpty() && fileVolumeUnit != null) {
                    unit = fileVolumeUnit;
                }
                vol = k;
                perUnitDose = what.equals("dv/dd");
                if (unit.equals("%")) {
                    cc = false;
                } else if (unit.startsWith("cc") || unit.startsWith("cm") || unit.equals("ml") || perUnitDose) {
                    cc = true;
                } else {
                    return "the volume column is in '" + unit + "' (expected % or cm³) — units unknown; not used";
                }
            }
        }
        if (vol < 0 || dose < 0 && rel < 0) {
            return "the column header '" + head + "' does not name a dose and a volume column — not used";
        }
        if (dose < 0 && rx == null) {
            return "doses are relative (% of prescription) and no prescription is known, so they cannot be converted to Gy";
        }
        if (dose < 0 && rxFromFile && !Double.isNaN(isodose) && Math.abs(isodose - 100) > 1e-9) {
            // DVHmetrics reads 100 % as the prescribed dose, RadOnc as the prescribed dose / (% for dose):
            // they differ here, and the file gives no Gy column to tell.
            return "doses are relative and the prescription (" + CurveData.gy(rx) + ") is to the " + CurveData.number(isodose)
                    + " % isodose, so the dose of 100 % is not certain (" + CurveData.gy(rx) + " or "
                    + CurveData.gy(rx * 100 / isodose) + ") and there is no dose column in Gy; not used";
        }
        List<double[]> rows = new ArrayList<>();
        String[] t = new String[Math.max(cols.size(), 1)];
        for (int i = header + 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("#") && l.replace("#", "").strip().matches("\\.+")) {
                if (rows.isEmpty()) {
                    continue; // PRIMO's dotted line under the header
                }
                break;
            }
            if (l.isEmpty()) {
                if (rows.isEmpty()) {
                    continue;
                }
                break;
            }
            int n = DvhText.split(l, t);
            if (n < cols.size() || !DvhText.isNumber(t[0])) {
                if (n > 0 && DvhText.isNumber(t[0])) {
                    return "line '" + l + "' has " + n + " of " + cols.size() + " columns"
                            + (i == lines.size() - 1 ? " — the file is truncated (it ends mid-line)" : "") + "; not used";
                }
                break;
            }
            double d = dose >= 0 ? DvhText.number(t[dose]) * toGy : DvhText.number(t[rel]) * rx / 100;
            rows.add(new double[] {d, DvhText.number(t[vol]), rel >= 0 ? DvhText.number(t[rel]) : Double.NaN});
        }
        if (!Double.isNaN(maxPct) || !Double.isNaN(meanPct) || !Double.isNaN(minPct)) {
            double hundred = hundredPercentGy(rows, dose >= 0, rx, rxFromFile, isodose);
            if (!Double.isNaN(hundred)) {
                max = Double.isNaN(maxPct) ? max : maxPct * hundred / 100;
                min = Double.isNaN(minPct) ? min : minPct * hundred / 100;
                mean = Double.isNaN(meanPct) ? mean : meanPct * hundred / 100;
            }
        }
        double[] doses = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] volumes = rows.stream().mapToDouble(r -> r[1]).toArray();
        if (differential) {
            double[][] cum = CurveData.cumulativeFromDifferential(doses, volumes, perUnitDose);
            doses = cum[0];
            volumes = cum[1];
            if (!cc && volumes.length > 0 && volumes[0] > 0) {
                double total = volumes[0];
                for (int i = 0; i < volumes.length; i++) {
                    volumes[i] = 100 * volumes[i] / total;
                }
            }
        }
        CurveData.Outcome out = CurveData.cumulative(name, plan, volumeCc, doses, volumes,
                cc ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT, fileName);
        if (!out.ok()) {
            String p = out.problem();
            int colon = p.indexOf(": ");
            return colon > 0 && p.startsWith("structure '") ? p.substring(colon + 2) : p;
        }
        DvhExport.StructureStats st = new DvhExport.StructureStats(name, plan, min, max, mean);
        DvhCurve curve = CurveData.closedAtStatedMaximum(out.curve(), max);
        String contradiction = CurveData.contradictsOwnStatistics(curve, st, "maximum", "mean");
        if (contradiction != null) {
            return contradiction;
        }
        curves.add(curve.withPlan(PlanIdentifier.identify(plan, fileName)));
        stats.add(st);
        return null;
    }

    /**
     * The dose of 100 % for statistics printed in % of the prescription (CadPlan {@code Dose maximum (%)};
     * decision 0275). Best from the file's own columns: where a row gives both Gy and %, 100 % is
     * Gy / % × 100 (taken at the row with the largest %, where the rounding of the % column matters
     * least). Without a Gy column only when the file prescribes to the 100 % isodose, where DVHmetrics
     * (Rx × %) and RadOnc (Rx / isodose × %) agree. NaN when neither holds: the statistics stay
     * unconverted and are not compared.
     */
    private static double hundredPercentGy(List<double[]> rows, boolean gyColumn, Double rx, boolean rxFromFile,
                                           double isodose) {
        if (gyColumn) {
            double[] best = null;
            for (double[] r : rows) {
                if (!Double.isNaN(r[2]) && r[2] > 0 && (best == null || r[2] > best[2])) {
                    best = r;
                }
            }
            if (best != null && best[2] >= 10) {
                return best[0] / best[2] * 100;
            }
        }
        if (rx != null && rxFromFile && Math.abs(isodose - 100) < 1e-9) {
            return rx;
        }
        return Double.NaN;
    }
}
