package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * Generic "wide" CSV (ProKnow style, ESAPI scripts, spreadsheets): one {@code Dose (Gy)} / {@code Dose
 * [cGy]} column and one column per structure, {@code Rectum (%)} or {@code Rectum (cc)}; comma,
 * semicolon or tab separated; title lines such as {@code Plan: IMRT} above the header are read for the
 * plan name. Volumes padded with zeros up to the plan's maximum dose are trimmed.
 */
public final class WideCsvReader implements DvhReader {

    private static final Pattern DOSE_HEADER = Pattern.compile("(?i)^\\s*\"?\\s*dose\\s*[(\\[]\\s*(c?gy|%)\\s*[)\\]]\\s*\"?\\s*$");
    private static final Pattern STRUCTURE_HEADER = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^()\\[\\]]*?)\\s*[)\\]]\\s*$");

    @Override
    public String format() {
        return "DVH table (CSV, one column per structure)";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        for (String line : firstLines) {
            List<String> cells = split(line, separator(line));
            if (cells.size() >= 2 && DOSE_HEADER.matcher(cells.get(0)).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        String plan = null;
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = split(lines.get(i), separator(lines.get(i)));
            if (cells.size() >= 2 && DOSE_HEADER.matcher(cells.get(0)).matches()) {
                header = i;
                break;
            }
            String joined = String.join(" ", cells).strip();
            Matcher m = Pattern.compile("(?i)^plan(?: name)?\\s*[:=]\\s*(.+)$").matcher(joined);
            if (m.matches()) {
                plan = m.group(1).strip();
            }
        }
        if (header < 0) {
            return new DvhExport(fileName, format(), List.of(), List.of(), List.of(),
                    List.of("no 'Dose (Gy)' header line was found"));
        }
        char sep = separator(lines.get(header));
        List<String> head = split(lines.get(header), sep);
        Matcher doseUnit = DOSE_HEADER.matcher(head.get(0));
        doseUnit.matches();
        String unit = doseUnit.group(1).toLowerCase(Locale.ROOT);
        if (unit.equals("%") && prescriptionGy == null) {
            return new DvhExport(fileName, format(), List.of(), List.of(), List.of(),
                    List.of("doses are in % of the prescription, which is not known; enter it in the request details"));
        }
        double toGy = unit.equals("cgy") ? 0.01 : unit.equals("gy") ? 1 : prescriptionGy / 100;
        int columns = head.size();
        for (int c = 1; c < columns; c++) {
            String cell = head.get(c).strip();
            String bare = cell.replaceAll("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$", "").strip().toLowerCase(Locale.ROOT);
            if (DOSE_HEADER.matcher(cell).matches() || bare.equals("volume") || bare.equals("value")
                    || bare.equals("dose")) {
                // A PlanIQ-like file whose row of names was lost: every curve would be called "Volume".
                return new DvhExport(fileName, format(), List.of(), List.of(), List.of(), List.of("column " + (c + 1)
                        + " is headed '" + cell + "', not a structure name — the structure names are missing "
                        + "(a dose column repeats or the volume columns are unnamed), so the curves cannot be "
                        + "matched to organs; not read"));
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i), sep);
            if (cells.size() < columns) {
                problems.add("line " + (i + 1) + " has " + cells.size() + " of " + columns + " columns"
                        + (i == lines.size() - 1 ? " — the file is truncated" : "") + "; the table is read up to it");
                break;
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = DvhText.number(cells.get(c));
            }
            rows.add(row);
        }
        String planName = plan == null ? baseName(fileName) : plan;
        List<DvhCurve> curves = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
            String name = head.get(c).strip();
            boolean cc = false;
            Matcher m = STRUCTURE_HEADER.matcher(name);
            if (m.matches()) {
                String u = m.group(2).toLowerCase(Locale.ROOT);
                if (u.equals("%") || u.equals("cc") || u.startsWith("cm")) {
                    name = m.group(1).strip();
                    cc = !u.equals("%");
                } else if (u.matches("[0-9.,]+\\s*(cc|cm.*)")) {
                    name = m.group(1).strip();
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            int n = trimmedLength(rows, c);
            double[] dose = new double[n];
            double[] volume = new double[n];
            for (int r = 0; r < n; r++) {
                dose[r] = rows.get(r)[0] * toGy;
                volume[r] = rows.get(r)[c];
            }
            CurveData.Outcome out = CurveData.cumulative(name, planName, Double.NaN, dose, volume,
                    cc ? CurveData.VolumeKind.CC : CurveData.VolumeKind.PERCENT, fileName);
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(plan, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(planName, prescriptionGy, false)), curves,
                List.of(), problems);
    }

    /** Rows up to and including the first zero after the last non-zero volume (padding removed). */
    private static int trimmedLength(List<double[]> rows, int column) {
        int lastPositive = -1;
        for (int r = 0; r < rows.size(); r++) {
            double v = rows.get(r)[column];
            if (v > 0 || Double.isNaN(v)) {
                lastPositive = r;
            }
        }
        return Math.min(rows.size(), lastPositive + 2);
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    static char separator(String line) {
        int tabs = count(line, '\t');
        int semis = count(line, ';');
        int commas = count(line, ',');
        if (tabs >= semis && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Splits one CSV line, honouring double quotes ("Parotid, left (%)"). */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == sep && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
