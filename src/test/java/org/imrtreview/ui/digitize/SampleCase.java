package org.imrtreview.ui.digitize;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.imrtreview.digitize.CurveMetrics;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;

/** A bundled sample copied into a temporary folder (tests never write into samples/), and curve look-ups. */
public final class SampleCase {
    public static final String BRAIN = "01-brain-glioblastoma-criteria-met";

    private SampleCase() {
    }

    public static Path copy(String name, Path target) {
        return SampleCopies.copyTo(Path.of("samples").toAbsolutePath().resolve(name), target.resolve(name), rel -> false);
    }

    /** The unassigned digitised curves intake made from {@code file}. */
    public static List<DvhCurve> unassigned(ReviewCase c, String file) {
        return c.dvhCurves().stream().filter(DigitizedCurves::isUnassigned).filter(d -> file.equals(d.sourceFile())).toList();
    }

    /** The curve key of an unassigned digitised curve ("#d62728 dashed"). */
    public static String key(DvhCurve unassigned) {
        return unassigned.structure().substring(DigitizedCurves.UNASSIGNED_PREFIX.length());
    }

    /** The digitised curve of {@code file} whose traced Dmax is farthest from {@code gy}. */
    public static DvhCurve farthestDmaxFrom(ReviewCase c, String file, double gy) {
        return unassigned(c, file).stream()
                .max(Comparator.comparingDouble(d -> Math.abs(CurveMetrics.dmax(d.doseGy(), d.volumePercent()) - gy)))
                .orElseThrow();
    }
}
