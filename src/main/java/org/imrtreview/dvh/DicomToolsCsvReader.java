package org.imrtreview.dvh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.DvhCurve;

/**
 * The CSV written by the MATLAB "DICOM Manipulation Tools" {@code WriteDVH} (mwgeurts/dicom_tools, and the
 * applications built on it): {@code #,<file name>}, then a row of {@code ,PTV (1)(volume: 88.41)} headers,
 * then rows of dose in Gy followed by the % of each structure at or above it, each row ending in a comma.
 * The layout is documented in the function's header; it states the dose is in Gy.
 */
public final class DicomToolsCsvReader implements DvhReader {

    private static final Pattern HEADER = Pattern.compile("^(.*?)\\s*\\(\\d+\\)\\s*\\(volume:\\s*([0-9.eE+-]+)\\)$");

    @Override
    public String format() {
        return "MATLAB DICOM tools DVH CSV";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        return firstLines.size() >= 2 && firstLines.get(0).startsWith("#,") && firstLines.get(1).startsWith(",")
                && firstLines.get(1).contains("(volume:");
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        List<String> problems = new ArrayList<>();
        String plan = lines.get(0).substring(2).strip().replaceAll("\\.[^.]*$", "");
        List<String> head = WideCsvReader.split(lines.get(1), ',');
        List<double[]> rows = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = WideCsvReader.split(lines.get(i), ',');
            if (cells.size() < head.size()) {
                problems.add("line " + (i + 1) + " has " + cells.size() + " of " + head.size() + " columns"
                        + (i == lines.size() - 1 ? " — the file is truncated" : "") + "; the table is read up to it");
                break;
            }
            double[] row = new double[head.size()];
            for (int c = 0; c < head.size(); c++) {
                row[c] = DvhText.number(cells.get(c));
            }
            rows.add(row);
        }
        List<DvhCurve> curves = new ArrayList<>();
        for (int c = 1; c < head.size(); c++) {
            if (head.get(c).isBlank()) {
                continue;
            }
            Matcher m = HEADER.matcher(head.get(c).strip());
            if (!m.matches() || m.group(1).isBlank()) {
                problems.add("column " + (c + 1) + " is headed '" + head.get(c) + "', not 'name (n)(volume: v)' — "
                        + "the structure name is missing; not used");
                continue;
            }
            int col = c;
            double[] dose = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] volume = rows.stream().mapToDouble(r -> r[col]).toArray();
            CurveData.Outcome out = CurveData.cumulative(m.group(1).strip(), plan, DvhText.number(m.group(2)), dose,
                    volume, CurveData.VolumeKind.PERCENT, fileName);
            if (out.ok()) {
                curves.add(out.curve().withPlan(PlanIdentifier.identify(plan, fileName)));
            } else {
                problems.add(out.problem());
            }
        }
        return new DvhExport(fileName, format(), List.of(new DvhExport.Plan(plan, prescriptionGy, false)), curves,
                List.of(), problems);
    }
}
