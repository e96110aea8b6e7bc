package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * DVH tables with one dose column and one volume column <em>per structure</em>, side by side:
 * <ul>
 * <li>Sun Nuclear PlanIQ TXT: a row of structure names over repeated {@code Dose (Gy)} / {@code Volume (%)}
 * pairs (tab separated), each structure with its own dose grid;</li>
 * <li>3D Slicer / SlicerRT "Export DVH to CSV": {@code PTV Dose (Gy),PTV Value (% of 88.409 cc),…} with a
 * trailing separator, comma-separated with decimal points or tab-separated with decimal commas;</li>
 * <li>TomoTherapy Hi-Art CSV: name, dose, volume triplets ({@code PTV(STANDARD),Dose (cGy),Relative Volume});</li>
 * <li>the same pairing with the name in each header cell ({@code Rectum Dose [cGy]; Rectum Volume [cc]}),
 * as MATLAB and ESAPI scripts write it.</li>
 * </ul>
 * A structure's column ends at its first empty cell. The names come from the header cells or the row
 * above them; when neither gives one the file is refused, because curves cannot be matched to organs
 * without names (decision 0034).
 */
public final class PairedColumnsReader implements DvhReader {

    private static final Pattern DOSE = Pattern.compile("(?i)^\"?(.*?)\\s*dose\\s*[(\\[]\\s*(c?gy|%)\\s*[)\\]]\"?$");
    private static final Pattern VOLUME = Pattern.compile(
            "(?i)^\"?(.*?)\\s*(?:volume|value|vol)\\s*[(\\[]\\s*([^()\\[\\]]*?)\\s*[)\\]]\"?$");
    private static final Pattern PERCENT_OF = Pattern.compile("(?i)^%\\s*of\\s*([0-9.,]+)\\s*(cc|cm3|cm³|ml)$");

    @Override
    public String format() {
        return "DVH table with a dose and a volume column per structure (PlanIQ, SlicerRT, TomoTherapy)";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        for (int i = 0; i < firstLines.size(); i++) {
            Header h = header(firstLines.get(i), i > 0 ? firstLines.get(i - 1) : null);
            if (h != null) {
                return h.pairs >= 2 || h.namedInCells || h.namesRow || h.stride == 3;
            }
        }
        return false;
    }

    private record Header(char sep, int pairs, boolean namedInCells, boolean namesRow, List<String> names,
                          List<String> doseUnits, List<String> volumeUnits, int stride, int doseOffset) { }

    /** A Hi-Art dose column headed "Relative Dose" with no unit: fraction or %, the file does not say. */
    private static final String RELATIVE_NO_UNIT = "relative, no unit";

    private static final Pattern HIART_VOLUME = Pattern.compile("(?i)^(relative|absolute) volume\\s*(?:\\(([^)]*)\\))?$");

    /**
     * TomoTherapy Hi-Art: structure, dose, volume triplets — {@code PTV(STANDARD),Dose (cGy),Relative Volume,…}
     * (DVHmetrics parseHiArt; layout reconstructed), the name cell of each triplet empty in the data rows.
     */
    private static Header triplets(List<String> cells, char sep) {
        if (cells.size() < 3 || cells.size() % 3 != 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<String> doseUnits = new ArrayList<>();
        List<String> volumeUnits = new ArrayList<>();
        for (int c = 0; c < cells.size(); c += 3) {
            Matcher d = DOSE.matcher(cells.get(c + 1));
            Matcher v = HIART_VOLUME.matcher(cells.get(c + 2).strip());
            String name = cells.get(c).replaceAll("(?i)\\(STANDARD\\)$", "").strip();
            // Relative dose (decision 0275): "Relative Dose (%)" is % of the prescription like "Dose (%)";
            // a bare "Relative Dose" is recognised but its scale (fraction or %) is not stated.
            boolean bareRelative = cells.get(c + 1).strip().replace("\"", "").equalsIgnoreCase("relative dose");
            boolean relativePercent = d.matches() && d.group(1).strip().equalsIgnoreCase("relative")
                    && d.group(2).equals("%");
            if (!(bareRelative || d.matches() && (d.group(1).isBlank() || relativePercent)) || !v.matches()
                    || name.isEmpty()) {
                return null;
            }
            names.add(name);
            doseUnits.add(bareRelative ? RELATIVE_NO_UNIT : d.group(2).toLowerCase(Locale.ROOT));
            volumeUnits.add(v.group(1).equalsIgnoreCase("relative") ? "%" : v.group(2) == null ? "" : v.group(2));
        }
        return new Header(sep, names.size(), true, false, names, doseUnits, volumeUnits, 3, 1);
    }

    /** The header if {@code line} is one: dose, volume, dose, volume … (a trailing empty cell allowed). */
    private static Header header(String line, String previous) {
        char sep = WideCsvReader.separator(line);
        List<String> cells = WideCsvReader.split(line, sep);
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        Header tri = triplets(cells, sep);
        if (tri != null) {
            return tri;
        }
        if (cells.size() < 2 || cells.size() % 2 != 0) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<String> doseUnits = new ArrayList<>();
        List<String> volumeUnits = new ArrayList<>();
        boolean named = true;
        for (int c = 0; c < cells.size(); c += 2) {
            Matcher d = DOSE.matcher(cells.get(c));
            Matcher v = VOLUME.matcher(cells.get(c + 1));
            if (!d.matches() || !v.matches()) {
                return null;
            }
            // SlicerRT 4.x names its columns after the DVH array node: "PTV_DvhArray Dose (Gy)".
            String name = d.group(1).strip().replaceFirst("_Dvh(Array|Table)$", "");
            named &= !name.isEmpty();
            names.add(name.isEmpty() ? v.group(1).strip() : name);
            doseUnits.add(d.group(2).toLowerCase(Locale.ROOT));
            volumeUnits.add(v.group(2).strip());
        }
        boolean namesRow = false;
        if (!named && previous != null && !previous.isBlank()) {
            List<String> above = WideCsvReader.split(previous, sep);
            List<String> fromRow = new ArrayList<>();
            for (int c = 0; c < cells.size(); c += 2) {
                fromRow.add(c < above.size() ? above.get(c).strip() : "");
            }
            if (fromRow.stream().noneMatch(String::isEmpty) && fromRow.stream().noneMatch(DvhText::isNumber)) {
                namesRow = true;
                names = fromRow;
            }
        }
        return new Header(sep, cells.size() / 2, named, namesRow, names, doseUnits, volumeUnits, 2, 0);
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        int at = -1;
        Header h = null;
        for (int i = 0; i < lines.size() && h == null; i++) {
            h = header(lines.get(i), i > 0 ? lines.get(i - 1) : null);
            at = i;
        }
        String plan = baseName(fileName);
        if (h == null) {
            return new DvhExport(fileName, format(), List.of(), List.of(), List.of(),
                    List.of("no header line of dose/volume column pairs was found"));
        }
        if (!h.namedInCells && !h.namesRow) {
            return new DvhExport(fileName, format(), List.of(), List.of(), List.of(), List.of("the structure names "
                    + "are missing: the dose/volume columns are not named (no row of structure names above "
                    + "them) — without names the curves cannot be matched to organs; not read"));
        }
        List<DvhCurve> curves = new ArrayList<>();
        for (int s = 0; s < h.pairs; s++) {
            String name = h.names.get(s);
            String label = "structure '" + name + "'";
            String doseUnit = h.doseUnits.get(s);
            if (doseUnit.equals(RELATIVE_NO_UNIT)) {
                problems.add(label + ": the dose column is headed 'Relative Dose' without a unit, so whether its "
                        + "values are fractions or percentages of the prescription is not stated (units unknown); not "
                        + "used. Ask for an export in Gy or cGy");
                continue;
            }
            double toGy = doseUnit.equals("gy") ? 1 : doseUnit.equals("cgy") ? 0.01
                    : prescriptionGy == null ? Double.NaN : prescriptionGy / 100;
            if (Double.isNaN(toGy)) {
                problems.add(label + ": doses are in % of the prescription, which is not known; enter it in the "
                        + "request details");
                continue;
            }
            String vu = h.volumeUnits.get(s).toLowerCase(Locale.ROOT);
            Matcher pOf = PERCENT_OF.matcher(vu);
            double volumeCc = Double.NaN;
            CurveData.VolumeKind kind;
            if (vu.equals("%")) {
                kind = CurveData.VolumeKind.PERCENT;
            } else if (pOf.matches()) {
                kind = CurveData.VolumeKind.PERCENT;
                volumeCc = DvhText.number(pOf.group(1));
            } else if (vu.equals("cc") || vu.startsWith("cm") || vu.equals("ml")) {
                kind = CurveData.VolumeKind.CC;
            } else {
                problems.add(label + ": the volume column is in '" + h.volumeUnits.get(s)
                        + "' (expected %, cc or cm³) — unknown units; not used");
                continue;
            }
            List<double[]> points = new ArrayList<>();
            String bad = null;
            for (int r = at + 1; r < lines.size() && bad == null; r++) {
                if (lines.get(r).isBlank()) {
                    continue;
                }
                List<String> cells = WideCsvReader.split(lines.get(r), h.sep);
                int at0 = h.stride * s + h.doseOffset;
                String d = at0 < cells.size() ? cells.get(at0) : "";
                String v = at0 + 1 < cells.size() ? cells.get(at0 + 1) : "";
                if (d.isEmpty() && v.isEmpty()) {
                    continue;
                }
                if (d.isEmpty() || v.isEmpty()) {
                    bad = "line " + (r + 1) + " has a dose without a volume or a volume without a dose"
                            + (r == lines.size() - 1 ? " — the file is truncated" : "");
                    break;
                }
                points.add(new double[] {DvhText.number(d) * toGy, DvhText.number(v)});
            }
            if (bad != null) {
                problems.add(label + ": " + bad + "; not used");
                continue;
            }
            double[] dose = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] volume = points.stream().mapToDouble(p -> p[1]).toArray();
            CurveData.Outcome out = CurveData.cumulative(name, plan, volumeCc, dose, volume, kind, fileName);
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(null, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, prescriptionGy, false)), curves,
                List.of(), problems);
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
