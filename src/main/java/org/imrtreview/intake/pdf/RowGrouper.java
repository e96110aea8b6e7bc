package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the lines of an unruled table into rows. Horizontal rules between lines are hard row
 * boundaries (and when most line gaps carry one, each band is a row). Otherwise: when line
 * spacing varies, the tightest spacing is wrapped text inside a cell and lines that close are one
 * row unless both are complete data lines; when spacing is uniform, lines holding (nearly) every
 * column are row anchors and the partial lines (wrapped text) join the nearest anchor, with ties
 * going to the line above (top-aligned cells) unless the table is bottom-aligned (spreadsheet
 * exports), which is recognised from its first line.
 *
 * <p>On a page read by OCR ({@code scanned}) the baselines jitter by a point or more (a fax's 98-dpi
 * rows, a speck read as a character that pulls a line's mean baseline down), so a wrapped cell's
 * second line can sit further below its row than 1.08 times the tightest spacing and was cut off as a
 * row of its own ("Submandibular gland" over "(right)": the side went to no row). There a partial line
 * (not a complete data line) joins the line above while its gap is nearer the tightest spacing than
 * the row pitch (the median gap between two complete lines): halfway between them (decision 0525) —
 * unless another line lies tight below it: then it begins a row whose organ and values OCR set on two
 * baselines ("Ipsilateral lung" a few pixels above its "17.2%"), and joining it merged two rows.
 */
final class RowGrouper {
    private static final double TIGHT = 1.08;
    private static final double INFORMATIVE = 1.15;

    private final double[] edges;
    private final List<Ruling> horizontals;

    private final boolean scanned;

    RowGrouper(double[] edges, List<Ruling> horizontals) {
        this(edges, horizontals, false);
    }

    RowGrouper(double[] edges, List<Ruling> horizontals, boolean scanned) {
        this.edges = edges;
        this.horizontals = horizontals;
        this.scanned = scanned;
    }

    /** The gap up to which a partial line joins the line above on a scanned page (decision 0525); 0 elsewhere. */
    private double wrapJoin;

    /** Columns a complete line fills: the most that at least 30 % of the lines fill. */
    private int typicalFilled;

    List<List<TextLine>> group(List<TextLine> lines) {
        int[] counts = new int[edges.length];
        for (TextLine l : lines) {
            counts[filledColumns(l)]++;
        }
        int atLeast = 0;
        typicalFilled = 2;
        for (int k = edges.length - 1; k >= 2; k--) {
            atLeast += counts[k];
            if (atLeast >= 0.3 * lines.size()) {
                typicalFilled = k;
                break;
            }
        }
        List<List<TextLine>> bands = splitAtRules(lines);
        int ruledGaps = bands.size() - 1;
        if (ruledGaps > 0 && ruledGaps * 2 >= lines.size() - 1) {
            return bands; // every (or nearly every) row has its rule
        }
        double minGap = Double.MAX_VALUE;
        double maxGap = 0;
        for (int i = 1; i < lines.size(); i++) {
            double g = lines.get(i).baseline() - lines.get(i - 1).baseline();
            minGap = Math.min(minGap, g);
            maxGap = Math.max(maxGap, g);
        }
        boolean informative = maxGap > INFORMATIVE * minGap;
        wrapJoin = scanned ? wrapJoin(lines, minGap) : 0;
        boolean bottomAligned = lines.size() > 1 && !isFull(lines.get(0)) && isFull(lines.get(1));
        List<List<TextLine>> rows = new ArrayList<>();
        for (List<TextLine> band : bands) {
            rows.addAll(informative ? bySpacing(band, minGap) : byAnchors(band, bottomAligned));
        }
        return rows;
    }

    private List<List<TextLine>> splitAtRules(List<TextLine> lines) {
        List<List<TextLine>> bands = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        double width = edges[edges.length - 1] - edges[0];
        for (TextLine line : lines) {
            if (!current.isEmpty() && ruleBetween(current.get(current.size() - 1), line, width)) {
                bands.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        bands.add(current);
        return bands;
    }

    private boolean ruleBetween(TextLine upper, TextLine lower, double width) {
        for (Ruling h : horizontals) {
            if (h.position() > upper.baseline() && h.position() < lower.top() + 0.1 * lower.fontSize()
                    && h.covers(edges[0], edges[edges.length - 1], 0.5) && h.length() > 0.3 * width) {
                return true;
            }
        }
        return false;
    }

    private List<List<TextLine>> bySpacing(List<TextLine> band, double minGap) {
        List<List<TextLine>> rows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (int i = 0; i < band.size(); i++) {
            TextLine line = band.get(i);
            if (!row.isEmpty()) {
                TextLine prev = row.get(row.size() - 1);
                double gap = line.baseline() - prev.baseline();
                // a partial line with another line tight below it begins a row split over two baselines (its
                // organ's words a few pixels off its values), never a wrapped line of the row above
                boolean startsARow = i + 1 < band.size() && band.get(i + 1).baseline() - line.baseline() <= TIGHT * minGap;
                boolean tight = gap <= TIGHT * minGap || !isFull(line) && !startsARow && gap <= wrapJoin;
                boolean twoDataLines = isFull(prev) && isFull(line) && numericColumns(line) >= 2;
                if (!tight || twoDataLines) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
            row.add(line);
        }
        rows.add(row);
        return rows;
    }

    /**
     * Halfway between the tightest spacing and the row pitch (the median baseline gap between two
     * consecutive complete lines), when that pitch is clearly wider; else the tight rule alone (0).
     */
    private double wrapJoin(List<TextLine> lines, double minGap) {
        List<Double> pitches = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (isFull(lines.get(i)) && isFull(lines.get(i - 1))) {
                pitches.add(lines.get(i).baseline() - lines.get(i - 1).baseline());
            }
        }
        if (pitches.size() < 2) {
            return 0;
        }
        pitches.sort(Double::compare);
        double pitch = pitches.get(pitches.size() / 2);
        return pitch > INFORMATIVE * minGap ? (minGap + pitch) / 2 : 0;
    }

    private List<List<TextLine>> byAnchors(List<TextLine> band, boolean bottomAligned) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < band.size(); i++) {
            if (isFull(band.get(i))) {
                anchors.add(i);
            }
        }
        if (anchors.isEmpty()) {
            return List.of(band);
        }
        List<List<TextLine>> rows = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < band.size(); i++) {
            rows.get(nearestAnchor(band, anchors, i, bottomAligned)).add(band.get(i));
        }
        return rows;
    }

    private static int nearestAnchor(List<TextLine> band, List<Integer> anchors, int line, boolean bottomAligned) {
        int below = 0;
        while (below < anchors.size() && anchors.get(below) < line) {
            below++;
        }
        if (below < anchors.size() && anchors.get(below) == line) {
            return below;
        }
        int above = below - 1;
        if (above < 0) {
            return below;
        }
        if (below >= anchors.size()) {
            return above;
        }
        double y = band.get(line).baseline();
        double dUp = y - band.get(anchors.get(above)).baseline();
        double dDown = band.get(anchors.get(below)).baseline() - y;
        if (Math.abs(dUp - dDown) <= 0.1 * Math.max(dUp, dDown)) {
            return bottomAligned ? below : above;
        }
        return dUp < dDown ? above : below;
    }

    /**
     * A line holding text in all the columns a complete line usually fills but at most one (a
     * row's complete line). "Usually" rather than "all": a column whose numbers are right-aligned
     * and text left-aligned shows as two columns, each filled on some lines only.
     */
    private boolean isFull(TextLine line) {
        return filledColumns(line) >= Math.max(2, typicalFilled - 1);
    }

    private int filledColumns(TextLine line) {
        boolean[] filled = new boolean[edges.length - 1];
        for (Word w : line.words()) {
            filled[StreamTableFinder.columnOf(w.centerX(), edges)] = true;
        }
        int n = 0;
        for (boolean f : filled) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private int numericColumns(TextLine line) {
        boolean[] numeric = new boolean[edges.length - 1];
        for (Word w : line.words()) {
            if (w.text().chars().anyMatch(Character::isDigit)) {
                numeric[StreamTableFinder.columnOf(w.centerX(), edges)] = true;
            }
        }
        int n = 0;
        for (boolean f : numeric) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
