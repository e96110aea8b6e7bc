package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0641: sample 09 whose IMRT Eclipse export prints the rectum's "Max Dose" 6380 cGy and "Mean Dose" 2480
 * cGy, 20 Gy under its own curve (which reaches 0 % at 83.7 Gy, mean 44.8 Gy), was decided on that curve with no
 * word (0579's probe): a header so far from its curve is an edited or damaged export.
 */
class EclipseOwnStatisticsTest {

    private static final Path SAMPLE = Path.of("samples/09-prostate-dvh-data-mismatch");
    private static final String EXPORT = "Eclipse_DVH_IMRT.txt";
    private static final String RECTUM_MAX = "Max Dose [cGy]: 8378.9\nMean Dose [cGy]: 4476.6";

    @TempDir
    Path dir;

    private Evaluation withRectumHeader(String sub, String header) throws Exception {
        Path sample = SampleCopies.copyTo(SAMPLE, dir.resolve(sub), rel -> false);
        Path export = sample.resolve(EXPORT);
        String text = Files.readString(export, StandardCharsets.UTF_8);
        String lf = text.contains("\r\n") ? "\r\n" : "\n";
        String from = RECTUM_MAX.replace("\n", lf);
        assertTrue(text.contains(from), "sample 09's rectum header changed");
        Files.writeString(export, text.replace(from, header.replace("\n", lf)), StandardCharsets.UTF_8);
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(sample));
    }

    @Test
    void aHeaderFarBelowItsCurveIsNoEvidence() throws Exception {
        Evaluation e = withRectumHeader("edited", "Max Dose [cGy]: 6378.9\nMean Dose [cGy]: 2476.6");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.missing().contains("evidence"), e.missing().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED && p.file().equals(EXPORT)
                && p.message().contains("structure 'Rectum'") && p.message().contains("the file's own Max Dose is 63.79 Gy")
                && p.message().contains("contradicts itself")), e.problems().toString());
    }

    @Test
    void aMeanAloneFarFromTheCurveIsNoEvidence() throws Exception {
        Evaluation e = withRectumHeader("mean", "Max Dose [cGy]: 8378.9\nMean Dose [cGy]: 2476.6");
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED
                && p.message().contains("the file's own Mean Dose is 24.77 Gy")), e.problems().toString());
    }

    @Test
    void aHeaderRoundedAsEclipsePrintsItIsRead() throws Exception {
        // the printed statistics of real exports are within a bin of the curve's (0641's measurement): rounded to
        // whole Gy here, 0.3 Gy off the max and 0.2 Gy off the mean, the sample reads as sent
        for (String header : List.of("Max Dose [cGy]: 8400\nMean Dose [cGy]: 4500", "Max Dose [cGy]: 8350\nMean Dose [cGy]: 4460")) {
            Evaluation e = withRectumHeader("rounded" + Math.abs(header.hashCode()), header);
            assertEquals(Determination.CRITERIA_NOT_MET, e.determination(), header + ": " + e.problems());
            assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED), header);
        }
    }
}
