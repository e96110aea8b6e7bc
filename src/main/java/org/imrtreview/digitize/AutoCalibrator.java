package org.imrtreview.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Calibrates the axes of one image: ranges the nurse gave win; otherwise the tick labels are read
 * (numbers under the dose axis, left of the volume axis) and fitted to their positions. When the
 * volume axis cannot be read it is assumed to run 0-100 % over the frame, as DVH plots almost always
 * do; a dose axis that cannot be read has no safe default and is marked unknown. Units are
 * recognised from the numbers: a dose axis reaching beyond 250 is in cGy, a volume axis topping out
 * at 1 is a fraction, and one well beyond 100 is absolute volume (cc).
 */
final class AutoCalibrator {
    private final RgbImage image;
    private final PlotFrame frame;

    AutoCalibrator(RgbImage image, PlotFrame frame) {
        this.image = image;
        this.frame = frame;
    }

    Calibration calibrate(DigitizeOptions options, List<String> warnings) {
        double[] dose = {0, 100};
        CalibrationSource doseSource = CalibrationSource.UNKNOWN;
        List<String> notes = new ArrayList<>();
        if (options.doseRange() != null) {
            dose = new double[] {options.doseRange().from(), options.doseRange().to()};
            doseSource = CalibrationSource.USER;
        } else {
            Optional<AxisScale> scale = doseScale();
            if (scale.isPresent()) {
                dose = new double[] {scale.get().valueAt(frame.left()), scale.get().valueAt(frame.right())};
                doseSource = CalibrationSource.TICK_LABELS;
                notes.add("dose axis read from " + scale.get().labelsUsed() + " tick labels");
                if (Math.max(dose[0], dose[1]) > 250) {
                    dose = new double[] {dose[0] / 100, dose[1] / 100};
                    notes.add("dose axis values read as cGy");
                }
            } else {
                warnings.add("dose axis could not be read: confirm its range (for example --x-range 0:80)");
            }
        }
        double[] volume = {0, 100};
        CalibrationSource volumeSource = CalibrationSource.ASSUMED;
        boolean absolute = false;
        if (options.volumeRange() != null) {
            volume = new double[] {options.volumeRange().from(), options.volumeRange().to()};
            volumeSource = CalibrationSource.USER;
        } else {
            Optional<AxisScale> scale = volumeScale();
            if (scale.isPresent()) {
                volume = new double[] {scale.get().valueAt(frame.bottom()), scale.get().valueAt(frame.top())};
                volumeSource = CalibrationSource.TICK_LABELS;
                notes.add("volume axis read from " + scale.get().labelsUsed() + " tick labels");
                if (volume[1] <= 1.5) {
                    volume = new double[] {volume[0] * 100, volume[1] * 100};
                    notes.add("volume axis values read as fractions");
                } else if (volume[1] > 130) {
                    absolute = true;
                    notes.add("volume axis is absolute (cc): curves normalised to their volume at zero dose");
                }
            } else {
                warnings.add("volume axis assumed 0-100 % from the frame's bottom to top: confirm it");
            }
        }
        String note = String.join("; ", notes);
        return new Calibration(frame, dose[0], dose[1], volume[0], volume[1], doseSource, volumeSource, absolute,
                note.isEmpty() ? "axes not read" : note);
    }

    private Optional<AxisScale> doseScale() {
        int maxGlyph = maxGlyphHeight();
        Region strip = new Region(Math.max(0, (int) (frame.left() - 0.06 * frame.width())), (int) frame.bottom() + 2,
                Math.min(image.width() - 1, (int) (frame.right() + 0.06 * frame.width())),
                Math.min(image.height() - 1, (int) frame.bottom() + 4 + 3 * maxGlyph));
        if (strip.height() < 6) {
            return Optional.empty();
        }
        List<TickLabel> labels = firstRow(new TickLabelReader(image).read(strip, maxGlyph,
                TickLabelReader.AxisSide.TOP));
        List<double[]> points = new ArrayList<>();
        for (TickLabel l : labels) {
            points.add(new double[] {l.centerX(), l.value()});
        }
        return AxisScale.fit(points, tolerance()).filter(s -> s.slope() > 0);
    }

    private Optional<AxisScale> volumeScale() {
        int maxGlyph = maxGlyphHeight();
        int right = (int) frame.left() - 2;
        Region strip = new Region(Math.max(0, right - 8 * maxGlyph), Math.max(0, (int) (frame.top() - maxGlyph)),
                Math.max(0, right), Math.min(image.height() - 1, (int) (frame.bottom() + maxGlyph)));
        if (strip.width() < 6) {
            return Optional.empty();
        }
        List<TickLabel> labels = new TickLabelReader(image).read(strip, maxGlyph, TickLabelReader.AxisSide.RIGHT);
        List<double[]> points = new ArrayList<>();
        for (TickLabel l : labels) {
            points.add(new double[] {l.centerY(), l.value()});
        }
        return AxisScale.fit(points, tolerance()).filter(s -> s.slope() < 0);
    }

    /** Tick labels are the row of numbers under the dose axis with the most numbers in it. */
    private static List<TickLabel> firstRow(List<TickLabel> labels) {
        List<TickLabel> best = List.of();
        for (TickLabel anchor : labels) {
            List<TickLabel> row = labels.stream()
                    .filter(l -> Math.abs(l.centerY() - anchor.centerY()) <= 0.5 * anchor.height()).toList();
            if (row.size() > best.size()) {
                best = row;
            }
        }
        return best;
    }

    private int maxGlyphHeight() {
        return Math.max(12, Math.min(60, (int) (0.06 * Math.max(image.height(), image.width() * 0.6))));
    }

    private double tolerance() {
        return Math.max(2.5, 0.004 * Math.max(frame.width(), frame.height()));
    }

    static String describe(Calibration c) {
        return String.format(Locale.ROOT, "dose %.4g-%.4g Gy (%s), volume %.4g-%.4g %% (%s)", c.doseAtLeft(),
                c.doseAtRight(), c.doseSource(), c.volumeAtBottom(), c.volumeAtTop(), c.volumeSource());
    }
}
