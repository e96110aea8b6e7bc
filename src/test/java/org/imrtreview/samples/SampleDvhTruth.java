package org.imrtreview.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The known curves of the samples' own colour DVH pictures (drawn by {@link DvhChartWriter} from the
 * table rows with {@link DvhCurveShape}): for scoring what the digitiser reads from them after
 * printing and scanning (bench and tests; the pictures themselves are the files in {@code samples/}).
 */
public final class SampleDvhTruth {

    /** One organ's known curve. */
    public record Known(String organ, double dMax, java.util.function.DoubleUnaryOperator curve) {
        public double volumeAt(double doseGy) {
            return curve.applyAsDouble(doseGy);
        }
    }

    /** One sample picture: its file, plan, prescription, dose axis end and organ curves (the black PTV left out). */
    public record Figure(String sample, String file, boolean threeD, double rx, double doseAxisMax, List<Known> curves) {
        public Path path(Path samples) {
            return samples.resolve(sample).resolve(file);
        }

        public String label() {
            return sample.substring(0, 2) + " " + (threeD ? "3D" : "IMRT");
        }
    }

    private SampleDvhTruth() {
    }

    /** The separate 3D and IMRT pictures of samples 01, 03, 04 and 07 (eight figures). */
    public static List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        add(out, "01-brain-glioblastoma-criteria-met", "dvh_3d.png", "dvh_imrt.png", 60, SampleGenerator.BRAIN_01);
        add(out, "03-lung-v20-csv-criteria-met", "DVH_3DCRT.png", "DVH_VMAT.png", 60, SampleGenerator.LUNG_03);
        add(out, "04-prostate-xls-criteria-not-met", "image001.png", "image002.png", 78, SampleGenerator.PROSTATE_04);
        add(out, "07-nasopharynx-missing-imaging-incomplete", "DVH_3D.png", "DVH_IMRT.png", 70, SampleGenerator.NASOPHARYNX_07);
        return out;
    }

    private static void add(List<Figure> out, String sample, String file3d, String fileImrt, double rx,
                            List<SampleGenerator.Oar> oars) {
        for (boolean threeD : new boolean[] {true, false}) {
            List<Known> known = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (DvhChartWriter.Curve c : SampleGenerator.curves(oars, threeD, rx)) {
                if (seen.add(c.organ())) {
                    known.add(new Known(c.organ(), c.shape().dMax, c.shape()::volumeAt));
                }
            }
            out.add(new Figure(sample, threeD ? file3d : fileImrt, threeD, rx, Math.ceil(rx * 1.15 / 5) * 5, known));
        }
    }
}
