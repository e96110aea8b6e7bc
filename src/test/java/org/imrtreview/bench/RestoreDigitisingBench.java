package org.imrtreview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.SavedAxes;
import org.imrtreview.ui.digitize.SampleCase;
import org.imrtreview.review.SavedDigitising;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What restoring the nurse's saved digitising work adds to opening a case (decision 0090), on
 * sample 01 (two 1000x650 colour DVH PNGs, every curve assigned): "assignments" relabels intake's
 * curves (a SHA-256 of each file), "axes" (a corrected dose axis on both images) digitises both
 * again and recalibrates. Run with bench/restore-bench.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RestoreDigitisingBench {

    @Param({"assignments", "axes"})
    String saved;

    private ReviewCase loaded;
    private ReviewState state;

    @Setup
    public void loadSample() throws Exception {
        Path folder = SampleCase.copy(SampleCase.BRAIN, Files.createTempDirectory("restore-bench"));
        loaded = CaseLoader.standard().load(folder);
        List<DigitisedImageReview> reviews = new ArrayList<>();
        for (String file : List.of("dvh_3d.png", "dvh_imrt.png")) {
            List<CurveChoice> choices = new ArrayList<>();
            for (DvhCurve curve : SampleCase.unassigned(loaded, file)) {
                choices.add(new CurveChoice(SampleCase.key(curve), "Organ " + choices.size(), null));
            }
            SavedAxes axes = saved.equals("axes") ? new SavedAxes(new SavedAxes.Range(0, 70), null) : null;
            reviews.add(new DigitisedImageReview(DigitisedImageKey.ofImageFile(file), fingerprint(folder.resolve(file)),
                    axes, choices));
        }
        ReviewState s = ReviewState.fresh();
        for (DigitisedImageReview r : reviews) {
            s = s.withDigitisedReview(r, List.of(), Instant.EPOCH, "bench");
        }
        state = s;
    }

    private static ImageFingerprint fingerprint(Path file) throws IOException {
        return ImageFingerprint.of(file);
    }

    @Benchmark
    public SavedDigitising.Restoration restore() {
        SavedDigitising.Restoration r = new SavedDigitising().restore(loaded, state);
        if (!r.notices().isEmpty()) {
            throw new IllegalStateException(r.notices().toString());
        }
        return r;
    }
}
