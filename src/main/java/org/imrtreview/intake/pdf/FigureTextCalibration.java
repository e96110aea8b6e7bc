package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CalibrationSource;
import org.imrtreview.digitize.PlotFrame;

/**
 * Reads a vector figure's axes from the PDF text layer (decision 0097): numbers just under the plot
 * frame are dose ticks, numbers just left of it volume ticks, each at an exact position. Positions
 * are mapped to the rendered pixels and fitted robustly (every pair proposes a scale, the one most
 * labels agree with wins; at least three must agree), so a stray number (a page number, a
 * footnote) is dropped. Units follow the image digitiser's rules: a dose axis beyond 250 is cGy, a
 * volume axis topping at 1.5 or less is a fraction; an absolute (cc) volume axis is left to the
 * pixels.
 */
final class FigureTextCalibration {
    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+(\\.\\d+)?%?");
    private static final int MIN_LABELS = 3;

    private FigureTextCalibration() {
    }

    record Fit(double intercept, double slope, int labels) {
        double at(double position) {
            return intercept + slope * position;
        }
    }

    /** A calibration from the text, keeping the pixel reading for an axis the text does not give; empty when neither axis is in the text. */
    static Optional<Calibration> calibrate(Calibration fromPixels, FigureRaster raster, List<TextLine> lines) {
        PlotFrame f = fromPixels.frame();
        double left = raster.displayX(f.left());
        double right = raster.displayX(f.right());
        double top = raster.displayY(f.top());
        double bottom = raster.displayY(f.bottom());
        double tolerance = Math.max(2, 0.75 * raster.scaleX());
        List<double[]> doseLabels = new ArrayList<>();
        List<double[]> volumeLabels = new ArrayList<>();
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                Double value = number(w.text());
                if (value == null) {
                    continue;
                }
                double cx = w.centerX();
                double cy = w.baseline() - 0.36 * w.fontSize();
                if (w.top() >= bottom - 2 && w.top() <= bottom + 2.5 * w.fontSize() + 6 && cx >= left - 15 && cx <= right + 15) {
                    doseLabels.add(new double[] {raster.pixelX(cx), value});
                } else if (w.x1() <= left + 2 && w.x1() >= left - 4 * w.fontSize() - 10 && cy >= top - 12 && cy <= bottom + 12) {
                    volumeLabels.add(new double[] {raster.pixelY(cy), value});
                }
            }
        }
        // an axis the nurse (or the command line) gave is never overridden
        Optional<Fit> dose = fromPixels.doseSource() == CalibrationSource.USER ? Optional.empty() : fit(doseLabels, tolerance);
        Optional<Fit> volume = fromPixels.volumeSource() == CalibrationSource.USER ? Optional.empty()
                : fit(volumeLabels, Math.max(2, 0.75 * raster.scaleY()));
        List<String> notes = new ArrayList<>();
        double doseLeft = fromPixels.doseAtLeft();
        double doseRight = fromPixels.doseAtRight();
        CalibrationSource doseSource = fromPixels.doseSource();
        if (dose.isPresent()) {
            doseLeft = dose.get().at(f.left());
            doseRight = dose.get().at(f.right());
            doseSource = CalibrationSource.TICK_LABELS;
            boolean centigray = Math.max(doseLeft, doseRight) > 250;
            if (centigray) {
                doseLeft /= 100;
                doseRight /= 100;
            }
            notes.add("dose axis read from " + dose.get().labels() + " tick labels in the PDF text"
                    + (centigray ? " (cGy)" : "")
                    + agreement(fromPixels.doseSource(), fromPixels.doseAtLeft(), fromPixels.doseAtRight(), doseLeft, doseRight));
        }
        double volumeBottom = fromPixels.volumeAtBottom();
        double volumeTop = fromPixels.volumeAtTop();
        CalibrationSource volumeSource = fromPixels.volumeSource();
        boolean absolute = fromPixels.volumeAbsolute();
        if (volume.isPresent()) {
            double b = volume.get().at(f.bottom());
            double t = volume.get().at(f.top());
            if (Math.max(b, t) <= 1.5) {
                b *= 100;
                t *= 100;
                notes.add("volume axis read from " + volume.get().labels() + " tick labels in the PDF text (fractions)");
            } else if (Math.max(b, t) <= 150) {
                notes.add("volume axis read from " + volume.get().labels() + " tick labels in the PDF text");
            } else {
                b = Double.NaN; // cc: the pixel reading normalises absolute volumes
            }
            if (!Double.isNaN(b) && b != t) {
                volumeBottom = b;
                volumeTop = t;
                volumeSource = CalibrationSource.TICK_LABELS;
                absolute = false;
            }
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        if (dose.isEmpty() && fromPixels.doseSource() == CalibrationSource.TICK_LABELS) {
            notes.add(0, "dose axis read from the picture's tick labels");
        }
        if (volume.isEmpty() && fromPixels.volumeSource() != CalibrationSource.UNKNOWN) {
            notes.add("volume axis " + (fromPixels.volumeSource() == CalibrationSource.ASSUMED ? "assumed 0-100 %"
                    : "read from the picture"));
        }
        return Optional.of(new Calibration(f, doseLeft, doseRight, volumeBottom, volumeTop, doseSource, volumeSource,
                absolute, String.join("; ", notes)));
    }

    private static String agreement(CalibrationSource pixelSource, double pl, double pr, double tl, double tr) {
        if (pixelSource != CalibrationSource.TICK_LABELS) {
            return " (the picture alone could not read it)";
        }
        double span = Math.abs(tr - tl);
        double off = Math.max(Math.abs(pl - tl), Math.abs(pr - tr));
        return off <= 0.01 * span ? " (agrees with the picture's)"
                : String.format(Locale.ROOT, " (replaces the picture's reading, %.1f %% of the axis off)", 100 * off / span);
    }

    static Double number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        t = t.replace('−', '-').replace("%", "");
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Optional<Fit> fit(List<double[]> positionValue, double tolerance) {
        List<double[]> best = List.of();
        int n = Math.min(positionValue.size(), 60);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double[] a = positionValue.get(i);
                double[] b = positionValue.get(j);
                if (Math.abs(a[0] - b[0]) < 1e-6 || a[1] == b[1]) {
                    continue;
                }
                double slope = (b[1] - a[1]) / (b[0] - a[0]);
                List<double[]> inliers = new ArrayList<>();
                for (double[] p : positionValue) {
                    if (Math.abs(a[0] + (p[1] - a[1]) / slope - p[0]) <= tolerance) {
                        inliers.add(p);
                    }
                }
                if (inliers.size() > best.size()) {
                    best = inliers;
                }
            }
        }
        if (best.size() < MIN_LABELS) {
            return Optional.empty();
        }
        double mp = 0;
        double mv = 0;
        for (double[] p : best) {
            mp += p[0];
            mv += p[1];
        }
        mp /= best.size();
        mv /= best.size();
        double spp = 0;
        double spv = 0;
        for (double[] p : best) {
            spp += (p[0] - mp) * (p[0] - mp);
            spv += (p[0] - mp) * (p[1] - mv);
        }
        double slope = spv / spp;
        return Optional.of(new Fit(mv - slope * mp, slope, best.size()));
    }
}
