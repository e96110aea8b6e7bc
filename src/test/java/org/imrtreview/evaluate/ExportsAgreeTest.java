package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0546: sample 09 with a second export of its IMRT plan ("IMRT 7F") whose rectum curve gives V70 about
 * 14 % (the table's value) where the first gives 24.2 %. Which file decided the rectum row was a matter of the
 * files' names: CRITERIA_NOT_MET with the re-export named "_v2", CRITERIA_MET with the names the other way round,
 * never a word about the other file.
 */
class ExportsAgreeTest {

    @TempDir
    Path dir;

    private static final Pattern ROW = Pattern.compile("(?m)^([ \\t]*)(\\d+)([ \\t]+)([\\d.]+)[ \\t]*$");

    /** The IMRT export with the rectum's volumes from 60 Gy up scaled by 0.58. */
    private static String reexport(String text) {
        int a = text.indexOf("Structure: Rectum");
        int b = text.indexOf("Structure: Bladder");
        Matcher m = ROW.matcher(text.substring(a, b));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = Integer.parseInt(m.group(2)) >= 6000
                    ? String.format(java.util.Locale.ROOT, "%.4f", Double.parseDouble(m.group(4)) * 0.58) : m.group(4);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + v));
        }
        m.appendTail(sb);
        // a re-export prints its own curve's mean (decision 0641 holds an export to it): computed from the new rows
        String rectum = sb.toString();
        Matcher mean = Pattern.compile("Mean Dose \\[cGy\\]: [\\d.]+").matcher(rectum);
        if (mean.find()) {
            String without = rectum.substring(0, mean.start()) + rectum.substring(mean.end());
            org.imrtreview.dvh.DvhExport read = new org.imrtreview.dvh.EclipseReader().read("reexport.txt",
                    (text.substring(0, a) + without).lines().toList(), null);
            double gy = org.imrtreview.dvh.DvhMetrics.mean(read.curves().stream()
                    .filter(c -> c.structure().equals("Rectum")).findFirst().orElseThrow());
            rectum = rectum.substring(0, mean.start()) + String.format(java.util.Locale.ROOT, "Mean Dose [cGy]: %.1f", gy * 100)
                    + rectum.substring(mean.end());
        }
        return text.substring(0, a) + rectum + text.substring(b);
    }

    private Evaluation evaluate(String dirName, String reexportName, String originalName, boolean same) throws Exception {
        Path sample = SampleCopies.copyOf(Path.of("samples/09-prostate-dvh-data-mismatch").toAbsolutePath(), dir.resolve(dirName));
        Path imrt = sample.resolve("Eclipse_DVH_IMRT.txt");
        String text = Files.readString(imrt, StandardCharsets.UTF_8);
        Files.delete(imrt);
        Files.writeString(sample.resolve(originalName), text, StandardCharsets.UTF_8);
        Files.writeString(sample.resolve(reexportName), same ? text : reexport(text), StandardCharsets.UTF_8);
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(sample));
    }

    @Test
    void twoExportsOfOnePlanThatDisagreeHoldTheCaseWhicheverFileComesFirst() throws Exception {
        for (String[] names : new String[][] {{"Eclipse_DVH_IMRT_v2.txt", "Eclipse_DVH_IMRT.txt"},
                {"Eclipse_DVH_IMRT.txt", "Eclipse_DVH_IMRT_v1.txt"}}) {
            Evaluation e = evaluate(names[0].replace(".txt", ""), names[0], names[1], false);
            assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
            assertTrue(e.missing().contains("plan"), e.missing().toString());
            assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.EXPORTS_DISAGREE
                    && p.message().contains("Rectum (IMRT plan)")), e.problems().toString());
        }
    }

    @Test
    void theSameExportSentTwiceIsNoFinding() throws Exception {
        Evaluation e = evaluate("twice", "Eclipse_DVH_IMRT_copy.txt", "Eclipse_DVH_IMRT.txt", true);
        assertEquals(Determination.CRITERIA_NOT_MET, e.determination(), e.reasons().toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.EXPORTS_DISAGREE), e.problems().toString());
    }
}
