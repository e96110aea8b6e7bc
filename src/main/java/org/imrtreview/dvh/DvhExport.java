package org.imrtreview.dvh;

import java.util.List;
import org.imrtreview.model.DvhCurve;

/**
 * What a DVH export held: its format, the plans named in it, the curves read (dose in Gy, volume in %,
 * plan role set when the plan or file name tells it) and the problems met, each a sentence naming the
 * structure and plan. {@code stats} keeps the summary lines the planning system printed (Eclipse
 * "Min/Max/Mean Dose"), which the reviewer can compare with the curve.
 */
public record DvhExport(String file, String format, List<Plan> plans, List<DvhCurve> curves,
                        List<StructureStats> stats, List<String> problems) {

    public DvhExport {
        plans = List.copyOf(plans);
        curves = List.copyOf(curves);
        stats = List.copyOf(stats);
        problems = List.copyOf(problems);
    }

    /** A plan (or plan sum) named in the export; {@code prescriptionGy} null when "not defined". */
    public record Plan(String name, Double prescriptionGy, boolean planSum) { }

    /** The planning system's own summary of one structure, in Gy (NaN where not printed). */
    public record StructureStats(String structure, String planName, double minGy, double maxGy, double meanGy) { }
}
