package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0542, on a whole case: sample 09 whose IMRT Eclipse export says "Type: Differential" over its
 * cumulative numbers. The reader summed them as bins, the curves of nothing replaced every IMRT value of the
 * table (rectum V70 2.3 %) and the case read CRITERIA_MET, though sample 09 as sent is referred for denial.
 */
class ExportLabelAgainstNumbersTest {

    @TempDir
    Path dir;

    @Test
    void cumulativeNumbersUnderADifferentialLabelDoNotDecideTheCase() throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir);
        Path export = sample.resolve("Eclipse_DVH_IMRT.txt");
        String text = Files.readString(export, StandardCharsets.UTF_8);
        Files.writeString(export, text.replace("Type                 : Cumulative Dose Volume Histogram",
                "Type                 : Differential Dose Volume Histogram"), StandardCharsets.UTF_8);

        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(sample));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.missing().contains("evidence"), e.missing().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED
                && p.file().equals("Eclipse_DVH_IMRT.txt") && p.message().contains("labelled differential")),
                e.problems().toString());
    }
}
