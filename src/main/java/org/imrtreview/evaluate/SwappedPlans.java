package org.imrtreview.evaluate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.Unit;

/**
 * The exported DVH data's plans swapped against the table's columns (decision 0442). Exported data replace
 * a table value that differs from them (SPEC §4). When the plan the data call 3D is the one the table calls
 * IMRT (the plans' names swapped in the export, or the table's two columns), every row then differs, the
 * data replace every value, and the verdicts turn over: sample 09 with its two exports' plan names swapped
 * read "IMRT worse" on every row and was referred for denial, though the table agrees with the data as soon
 * as the plans are the other way round.
 *
 * <p>Judged on the rows (and limits) with exported data for both plans whose two plans' data differ beyond
 * tolerance (where they are alike a swap cannot be seen): the plans are swapped when in at least two such
 * rows, and in more than half of them, the table's 3D value matches the IMRT data and its IMRT value the 3D
 * data, while in none do both values match the data as labelled. Then no row supports: which column is
 * which plan is in doubt for the whole table.
 */
public final class SwappedPlans {

    private SwappedPlans() {
    }

    /** The finding: how many rows match crossed, of how many judged, and the files the data came from. */
    public record Finding(int crossed, int judged, Set<String> files3d, Set<String> filesImrt) {

        /** The blocking flag every row of the table gets. */
        public Flag flag() {
            return Flag.blocking(FlagCode.DVH_PLANS_SWAPPED, "The submitted DVH data look swapped against the table:"
                    + " in " + crossed + " of " + judged + " rows that can tell, the table's 3D values match the data of the"
                    + " plan taken as IMRT (" + String.join(", ", filesImrt) + ") and its IMRT values the data of the plan"
                    + " taken as 3D (" + String.join(", ", files3d) + "), and in none do they match as labelled. Either the"
                    + " plans' names in the export or the table's 3D and IMRT columns are the wrong way round. Ask the"
                    + " provider which plan is which, or set the plans' roles in the DVH view if the export names them"
                    + " wrongly; until then no row supports approval.",
                    "The dose-volume data sent with the request do not show which plan is IMRT and which is 3D.");
        }
    }

    public static Optional<Finding> of(List<RowContext> rows) {
        int judged = 0;
        int crossed = 0;
        int straight = 0;
        Set<String> files3d = new LinkedHashSet<>();
        Set<String> filesImrt = new LinkedHashSet<>();
        for (RowContext row : rows) {
            for (RowContext l : row.eachLimit()) {
                DvhEvidence d3 = l.dvh3d();
                DvhEvidence dI = l.dvhImrt();
                Unit unit = l.unit();
                if (d3 == null || dI == null || d3.digitised() || dI.digitised() || unit == null || l.constraint() == null) {
                    continue;
                }
                Double t3 = RowAssessor.comparable(l.table3d(), l.constraint());
                Double tI = RowAssessor.comparable(l.tableImrt(), l.constraint());
                if (t3 == null || tI == null || !DvhTolerance.differs(d3.value(), dI.value(), unit)) {
                    continue; // a missing value, or two plans alike here: this row cannot tell
                }
                judged++;
                boolean asLabelled = !DvhTolerance.differs(t3, d3.value(), unit) && !DvhTolerance.differs(tI, dI.value(), unit);
                boolean swapped = !DvhTolerance.differs(t3, dI.value(), unit) && !DvhTolerance.differs(tI, d3.value(), unit);
                if (asLabelled) {
                    straight++;
                } else if (swapped) {
                    crossed++;
                    files3d.add(String.valueOf(d3.file()));
                    filesImrt.add(String.valueOf(dI.file()));
                }
            }
        }
        return crossed >= 2 && straight == 0 && 2 * crossed > judged
                ? Optional.of(new Finding(crossed, judged, files3d, filesImrt)) : Optional.empty();
    }
}
