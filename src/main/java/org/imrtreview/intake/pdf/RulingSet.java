package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rulings of a page with collinear pieces merged (Word draws each cell border separately). */
final class RulingSet {
    private static final double SAME_LINE = 1.2;
    private static final double JOIN_GAP = 3.0;

    private RulingSet() {
    }

    static List<Ruling> merged(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> same = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                same.add(r);
            }
        }
        same.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        List<Ruling> band = new ArrayList<>();
        double bandPosition = Double.NaN;
        for (Ruling r : same) {
            if (!band.isEmpty() && r.position() - bandPosition > SAME_LINE) {
                joinBand(band, out);
                band.clear();
            }
            if (band.isEmpty()) {
                bandPosition = r.position();
            }
            band.add(r);
        }
        joinBand(band, out);
        return out;
    }

    private static void joinBand(List<Ruling> band, List<Ruling> out) {
        if (band.isEmpty()) {
            return;
        }
        band.sort(Comparator.comparingDouble(Ruling::start));
        double position = 0;
        for (Ruling r : band) {
            position += r.position();
        }
        position /= band.size();
        double start = band.get(0).start();
        double end = band.get(0).end();
        for (Ruling r : band.subList(1, band.size())) {
            if (r.start() <= end + JOIN_GAP) {
                end = Math.max(end, r.end());
            } else {
                out.add(new Ruling(band.get(0).horizontal(), position, start, end));
                start = r.start();
                end = r.end();
            }
        }
        out.add(new Ruling(band.get(0).horizontal(), position, start, end));
    }

    /** Sorted distinct positions, values closer than {@code tolerance} merged into their mean. */
    static double[] cluster(List<Double> values, double tolerance) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        double last = Double.NaN;
        for (double v : sorted) {
            if (n > 0 && v - last > tolerance) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
            last = v;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
