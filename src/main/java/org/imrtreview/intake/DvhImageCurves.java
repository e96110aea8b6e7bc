package org.imrtreview.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.Confidence;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.digitize.RgbImage;
import org.imrtreview.intake.image.DecodedImage;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Digitises a colour DVH image while the case loads, so image-only submissions get overlaid curves
 * and table cross-checks too. Cheap and harmless by design: pictures up to 12 megapixels only, a
 * time budget bounds the work, and any failure
 * only adds a sentence to the document's note. Curves go into the case as {@code digitised}
 * (they only flag, never change a verdict), planned from the image's classification and named
 * from the legend text where OCR read it surely, else unassigned until the nurse chooses
 * (docs/digitize.md).
 */
final class DvhImageCurves {
    private static final Logger LOG = LoggerFactory.getLogger(DvhImageCurves.class);
    static final Duration TIME_BUDGET = Duration.ofSeconds(4);
    /** A 4000 x 3000 screenshot is digitised at load; larger pictures wait for the window. */
    static final long MAX_PIXELS_WHILE_LOADING = 12_000_000L;

    record Outcome(List<DvhCurve> curves, String note, boolean keep) {
        Outcome(List<DvhCurve> curves, String note) {
            this(curves, note, true);
        }
    }

    private DvhImageCurves() {
    }

    /** Raise when digitising at load changes in a way that makes older results wrong (decision 0230). */
    static final String CACHE_VERSION = "digitise12";

    /**
     * {@link #digitise} through the case's cache: a picture whose bytes, plan reading and settings did
     * not change is not digitised again. A result made close to its time budget may be partial (the
     * legend text is skipped once the budget is spent) and an unexpected failure may be passing: neither
     * is kept.
     */
    static Outcome digitise(Path file, String name, DecodedImage image, Document document, CaseBuilder into) {
        ResultCache cache = into.cache();
        ResultCache.Key key = new ResultCache.Key("digitised-image", ResultCache.sha256(file), CACHE_VERSION,
                "name=" + name + ";plan=" + document.plan() + ";budget=" + TIME_BUDGET.toMillis()
                        + ";legendOcr=" + System.getProperty(DvhImageDigitizer.LEGEND_OCR_PROPERTY, "default"));
        var cached = cache.get(key, Outcome.class);
        if (cached.isPresent()) {
            return cached.get();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        Outcome outcome = digitise(file, name, image, document);
        long cpu = (threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - cpu0;
        if (outcome.keep() && cpu < TIME_BUDGET.toNanos() / 2) {
            cache.put(key, outcome);
        } else {
            into.mayBePartial();
        }
        return outcome;
    }

    static Outcome digitise(Path file, String name, DecodedImage image, Document document) {
        boolean subsampled = image.sampleWidth() != image.width() || image.sampleHeight() != image.height();
        if (subsampled && (long) image.width() * image.height() > MAX_PIXELS_WHILE_LOADING) {
            return new Outcome(List.of(), "too large to digitise while loading; open it to digitise");
        }
        try {
            RgbImage rgb = subsampled ? RgbImage.of(ImageFiles.read(file))
                    : RgbImage.fromArgb(image.width(), image.height(), image.argb());
            DigitizeResult result = new DvhImageDigitizer().digitize(rgb, DigitizeOptions.automatic(TIME_BUDGET));
            List<CurveAssignment> assignments = new CurveAssigner().assign(result.curves(), document.plan(), List.of(), null);
            List<DvhCurve> curves = DigitizedCurves.toModel(result, assignments, name);
            String check = result.warnings().isEmpty() ? "" : "; check: " + String.join("; ", result.warnings());
            if (curves.isEmpty()) {
                String why = !result.calibration().trustworthy()
                        ? "the axes could not be read; confirm the axis ranges to use them"
                        : "none could be followed whole; open the image to check";
                return new Outcome(List.of(), String.format(Locale.ROOT, "%d curves traced but %s%s",
                        result.curves().size(), why, check));
            }
            long named = assignments.stream().filter(a -> a.structureConfidence() == Confidence.LEGEND_TEXT).count();
            String todo = named == 0 ? "assign them to organs"
                    : named == curves.size() ? "all named from the legend text; check the names"
                    : named + " named from the legend text; assign the rest to organs";
            return new Outcome(curves, String.format(Locale.ROOT, "%d curves digitised (%s); %s%s",
                    curves.size(), result.calibration().note(), todo, check));
        } catch (java.io.IOException e) {
            return new Outcome(List.of(), "not digitised: " + e.getMessage(), false);
        } catch (NotADvhPlotException e) {
            return new Outcome(List.of(), "not digitised: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.warn("digitising a DVH image failed: {}", e.getClass().getSimpleName());
            return new Outcome(List.of(), "not digitised (unexpected content)", false);
        }
    }
}
