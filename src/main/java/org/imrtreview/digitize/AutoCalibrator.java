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

    /** A Gy axis beyond this is implausible for external-beam plans: the numbers are more likely % of the prescription. */
    static final double MAX_PLAUSIBLE_GY = 95;

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
                double top = Math.max(dose[0], dose[1]);
                boolean percentSign = PercentSign.foundIn(image, doseTitleStrip());
                if (percentSign || (top > MAX_PLAUSIBLE_GY && top <= 250)) {
                    // Relative dose: only the prescription turns it into Gy; never guess it.
                    String why = percentSign ? "dose axis is in % of the prescription (a % sign in its title)"
                            : String.format(Locale.ROOT, "dose axis reaches %.0f, too high for Gy: probably %% of the"
                                    + " prescription", top);
                    if (options.prescriptionGy() != null && percentSign) {
                        double rx = options.prescriptionGy();
                        dose = new double[] {dose[0] * rx / 100, dose[1] * rx / 100};
                        notes.add(why + "; converted with the " + fmt(rx) + " Gy prescription");
                        warnings.add(why + ": converted to Gy with the " + fmt(rx) + " Gy prescription you gave; check it");
                    } else {
                        doseSource = CalibrationSource.UNKNOWN;
                        notes.add(why);
                        // Without a '%' seen, an axis reaching 95-250 might still be Gy: the prescription alone does
                        // not convert it (decision 0102), so only the range in Gy is asked for.
                        warnings.add(percentSign
                                ? why + ": give the prescription (--prescription GY) or the axis range in Gy (--x-range);"
                                        + " its curves are not used until then"
                                : why + ", but no % sign was read under it, so a prescription alone does not convert it:"
                                        + " give the axis range in Gy (--x-range, or type the values in the window); its"
                                        + " curves are not used until then");
                    }
                } else if (top > 250) {
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
                double top = volume[1];
                if (top >= 0.9 && top <= 1.5) {
                    volume = new double[] {volume[0] * 100, volume[1] * 100};
                    notes.add("volume axis values read as fractions");
                } else if (top > 130) {
                    absolute = true;
                    notes.add("volume axis is absolute (cm³): curves normalised to their volume at zero dose");
                    warnings.add(String.format(Locale.ROOT, "volume axis is in cm³ (it reaches %.0f), not %%: each curve"
                            + " was turned into %% of its own volume at 0 Gy; check against the structure volumes",
                            top));
                } else if (top < 90) {
                    // Not 100 %, not a fraction: absolute volume of small organs, or a zoomed % axis.
                    absolute = true;
                    volumeSource = CalibrationSource.ASSUMED;
                    notes.add(String.format(Locale.ROOT, "volume axis tops at %.3g: absolute (cm³) or zoomed", top));
                    warnings.add(String.format(Locale.ROOT, "volume axis tops at %.3g, not 100 %%: absolute volume (cm³)"
                            + " or a zoomed axis; confirm it (--y-range) before its curves are used", top));
                }
            } else {
                warnings.add("volume axis assumed 0-100 % from the frame's bottom to top: confirm it");
            }
        }
        String note = String.join("; ", notes);
        return new Calibration(frame, dose[0], dose[1], volume[0], volume[1], doseSource, volumeSource, absolute,
                note.isEmpty() ? "axes not read" : note);
    }

    /** Whether any axis has readable tick labels: what tells a plot's frame from a window's panel. */
    boolean readsAnAxis() {
        return doseScale().isPresent() || volumeScale().isPresent();
    }

    /** Under the dose tick labels: where the axis title and its unit are. */
    private Region doseTitleStrip() {
        int maxGlyph = maxGlyphHeight();
        return new Region(Math.max(0, (int) frame.left()), Math.min(image.height() - 1, (int) frame.bottom() + 2),
                Math.min(image.width() - 1, (int) frame.right()),
                Math.min(image.height() - 1, (int) frame.bottom() + 6 + 5 * maxGlyph));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private Optional<AxisScale> doseScale() {
        Optional<AxisScale> scale = doseScale(150);
        return scale.isPresent() ? scale : doseScale(TickLabelReader.PALE_INK_LUMA);
    }

    private Optional<AxisScale> volumeScale() {
        Optional<AxisScale> scale = volumeScale(150);
        return scale.isPresent() ? scale : volumeScale(TickLabelReader.PALE_INK_LUMA);
    }

    private Optional<AxisScale> doseScale(int inkLuma) {
        int maxGlyph = maxGlyphHeight();
        Region strip = new Region(Math.max(0, (int) (frame.left() - 0.06 * frame.width())), (int) frame.bottom() + 2,
                Math.min(image.width() - 1, (int) (frame.right() + 0.06 * frame.width())),
                Math.min(image.height() - 1, (int) frame.bottom() + 4 + 3 * maxGlyph));
        if (strip.height() < 6) {
            return Optional.empty();
        }
        List<TickLabel> labels = firstRow(new TickLabelReader(image, inkLuma).read(strip, maxGlyph,
                TickLabelReader.AxisSide.TOP));
        List<double[]> points = new ArrayList<>();
        for (TickLabel l : labels) {
            points.add(new double[] {l.centerX(), l.value()});
        }
        return AxisScale.fit(points, tolerance()).filter(s -> s.slope() > 0);
    }

    private Optional<AxisScale> volumeScale(int inkLuma) {
        int maxGlyph = maxGlyphHeight();
        int right = (int) frame.left() - 2;
        Region strip = new Region(Math.max(0, right - 8 * maxGlyph), Math.max(0, (int) (frame.top() - maxGlyph)),
                Math.max(0, right), Math.min(image.height() - 1, (int) (frame.bottom() + maxGlyph)));
        if (strip.width() < 6) {
            return Optional.empty();
        }
        List<TickLabel> labels = new TickLabelReader(image, inkLuma).read(strip, maxGlyph, TickLabelReader.AxisSide.RIGHT);
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
