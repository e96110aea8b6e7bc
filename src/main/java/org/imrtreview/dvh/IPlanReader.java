package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * Brainlab iPlan DVH table, laid out as the real export in PyPlanScoring's test data
 * ({@code tests/tests_data/brainlab_plan_ptv/dvh_ptv_based.txt}): tab separated, a row
 * {@code Dose<TAB>PTV_1<TAB>…}, then a row of {@code [%] 43.750<TAB>[%] 0.331<TAB>…} saying what 100 %
 * stands for in each column — the dose that 100 % of the dose axis is, and each structure's volume in
 * cm³ — then rows of dose % and volume % (a trailing tab on each).
 *
 * <p>The file states no dose unit and no prescription. Its 100 % dose (43.75 for a 35 Gy SRS plan
 * normalised to its maximum, prescribed to the 80 % isodose) is read as Gy only when the case's
 * prescription is that dose or a whole-percent isodose of it between 50 and 100 % (decision 0280); the
 * note saying so goes with the export. With no prescription, or one that fits neither, the curves are
 * refused with the reason rather than guessed.
 */
public final class IPlanReader implements DvhReader {

    private static final Pattern REFERENCE = Pattern.compile("^\\[%]\\s*([0-9]+(?:\\.[0-9]+)?)$");
    /** Prescription isodose lines are whole percents; 50 % is the lowest used for radiosurgery. */
    private static final int LOWEST_ISODOSE = 50;

    @Override
    public String format() {
        return "Brainlab iPlan DVH table";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        if (firstLines.size() < 3) {
            return false;
        }
        List<String> names = cells(firstLines.get(0));
        List<String> refs = cells(firstLines.get(1));
        if (names.size() < 2 || !names.get(0).equalsIgnoreCase("Dose") || refs.size() != names.size()) {
            return false;
        }
        return refs.stream().allMatch(r -> REFERENCE.matcher(r).matches());
    }

    /** The cells of a line, without the trailing tab's empty cell. */
    private static List<String> cells(String line) {
        String[] raw = line.split("\t", -1);
        List<String> out = new ArrayList<>();
        for (String c : raw) {
            out.add(c.strip());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> names = cells(lines.get(0));
        List<String> refs = cells(lines.get(1));
        double[] reference = new double[refs.size()];
        for (int c = 0; c < refs.size(); c++) {
            Matcher m = REFERENCE.matcher(refs.get(c));
            reference[c] = m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
        String plan = fileName.replaceAll("\\.[^.]*$", "");
        List<String> problems = new ArrayList<>();
        Conversion dose = conversion(reference[0], prescriptionGy);
        if (dose.problem != null) {
            return new DvhExport(fileName, format(), List.of(), List.of(), List.of(), List.of("the "
                    + (names.size() - 1) + " DVH curves: " + dose.problem));
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(i));
            if (cells.size() != names.size()) {
                problems.add("line " + (i + 1) + " has " + cells.size() + " of " + names.size() + " columns"
                        + (i == lines.size() - 1 ? " — the file is truncated" : "") + "; the table is read up to it");
                break;
            }
            double[] row = new double[cells.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = DvhText.number(cells.get(c));
            }
            rows.add(row);
        }
        double[] doseGy = rows.stream().mapToDouble(r -> r[0] * dose.gyPerPercent).toArray();
        List<DvhCurve> curves = new ArrayList<>();
        for (int c = 1; c < names.size(); c++) {
            String name = names.get(c);
            if (name.isEmpty()) {
                problems.add("column " + (c + 1) + " has no structure name; not used");
                continue;
            }
            int col = c;
            double[] volume = rows.stream().mapToDouble(r -> r[col]).toArray();
            CurveData.Outcome out = CurveData.cumulative(name, plan, reference[c], doseGy, volume,
                    CurveData.VolumeKind.PERCENT, fileName);
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(plan, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        problems.add(dose.note);
        return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, prescriptionGy, false)), curves,
                List.of(), problems);
    }

    private record Conversion(double gyPerPercent, String note, String problem) { }

    /**
     * Gy per % of the dose axis, when the file's 100 % dose {@code reference} fits the prescription: equal to
     * it (100 % isodose) or the prescription is a whole-percent isodose of it from 50 to 100 %.
     */
    static Conversion conversion(double reference, Double prescriptionGy) {
        String ref = CurveData.number(reference);
        if (!(reference > 0)) {
            return new Conversion(0, null, "the dose column does not say what 100 % is ('[%] <dose>' missing); "
                    + "not used");
        }
        if (prescriptionGy == null || !(prescriptionGy > 0)) {
            return new Conversion(0, null, "doses are in % of " + ref + ", and the file names no unit or "
                    + "prescription; with the prescription in the request details they are read when it fits "
                    + "(100 % or a whole-percent isodose of " + ref + " Gy); not used until then");
        }
        for (boolean centigray : new boolean[] {false, true}) {
            double referenceGy = centigray ? reference / 100 : reference;
            if (centigray && reference < CurveData.IMPLAUSIBLE_GY) {
                break;
            }
            double isodose = 100 * prescriptionGy / referenceGy;
            long whole = Math.round(isodose);
            if (Math.abs(isodose - whole) <= 0.05 && whole >= LOWEST_ISODOSE && whole <= 100) {
                String unit = centigray ? "cGy" : "Gy";
                String how = "the prescription " + CurveData.gy(prescriptionGy) + (whole == 100 ? " is that dose"
                        : " is its " + whole + " % isodose");
                return new Conversion(referenceGy / 100, "dose unit inferred: doses are in % of " + ref
                        + " (no unit in the file), read as " + unit + " because " + how, null);
            }
        }
        double isodose = 100 * prescriptionGy / reference;
        return new Conversion(0, null, "doses are in % of " + ref + " (no unit in the file), which does not fit "
                + "the prescription " + CurveData.gy(prescriptionGy) + " (it would be the "
                + String.format(Locale.ROOT, "%.1f", isodose) + " % isodose of " + ref + " Gy, and prescriptions "
                + "are whole-percent isodoses from 50 to 100 %), so the doses cannot be converted to Gy; not used "
                + "rather than guessed");
    }
}
