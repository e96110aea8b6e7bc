package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.constraint.ConstraintParser;
import org.imrtreview.constraint.QuantityParser;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.CellValue;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0505: a volume written without unit as a fraction ("0.45" beside "38%" against V20 < 35%) was read as
 * 0.45 %, so the IMRT plan "met" the limit and sample 03 with only that row (and the cord) was CRITERIA_MET. Read
 * as a fraction it is 45 %, which fails. Neither reading is guessed when they fall on different sides of the limit.
 */
class FractionOfWholeTest {

    private static final Path LUNG = Path.of("samples/03-lung-v20-csv-criteria-met");

    @TempDir
    Path tmp;

    @Test
    void aFractionThatMayMeetOrFailIsAskedFor() throws Exception {
        Path folder = SampleCopies.copyTo(LUNG, tmp.resolve("fraction"), rel -> false);
        Path csv = folder.resolve("summary_table.csv");
        String table = Files.readString(csv).replace("Total lung,V20 < 35%,NCCN,38%,29%,Yes", "Total lung,V20 < 35%,NCCN,38%,0.45,Yes");
        table = table.replaceAll("(?m)^(Heart|Esophagus),.*\\R", "");
        Files.writeString(csv, table);
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("doseImrt"), e.missing());
        RowResult lung = e.rows().get(0);
        assertFalse(lung.supports());
        assertTrue(lung.flags().stream().anyMatch(f -> f.code() == FlagCode.VALUE_MISSING
                && f.message().startsWith("The IMRT value \"0.45\" has no unit and reads either as a percentage (0.45 %) "
                        + "or as a fraction of the organ (45 %)")), lung.flags().toString());
    }

    @Test
    void readingsThatAgreeOrUnitsWrittenAreKept() {
        var v20 = ConstraintParser.read("V20 < 35%");
        assertFalse(QuantityParser.cell("0.45", v20).present());
        assertTrue(QuantityParser.fractionOfWhole(0.45, v20));
        // both readings meet (0.2 % and 20 %): kept as written, as before
        CellValue agree = QuantityParser.cell("0.2", v20);
        assertEquals(0.2, agree.quantity().value(), 1e-9);
        // a unit written, a whole number, a limit under 1 %, a dose metric, a lower limit both readings fail
        assertEquals(0.45, QuantityParser.cell("0.45%", v20).quantity().value(), 1e-9);
        assertEquals(29.0, QuantityParser.cell("29", v20).quantity().value(), 1e-9);
        assertTrue(QuantityParser.cell("0.3", ConstraintParser.read("V50 < 0.5%")).present());
        assertTrue(QuantityParser.cell("0.95", ConstraintParser.read("Dmax < 107%")).present());
        assertTrue(QuantityParser.cell("0.5", ConstraintParser.read("V20 > 95%")).present());
    }
}
