package org.imrtreview.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The clean-up a scanned or faxed page needs before OCR, all on the grey page: isolated specks
 * removed (a decimal point has a digit beside it; a speck of fax noise has nothing near it), the
 * tilt measured from the text lines' projection profile, sideways pages recognised from the same
 * profiles, and long thin dark runs found as table rulings (and whitened, so the engine does not read
 * a cell border as "|" or "l"). Pure Java; decision 0151.
 */
final class PageCleaner {
    /** Whether rulings broken into dashes are found whole (decision 0255; off only to measure without). */
    static final boolean DASHED = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.dashedRulings"));
    /** Share of a bridged run that must be ink. */
    static final double DASH_FILL = 0.5;

    /** A chain of at least this many dashes may be sparser. */
    static final int MANY_DASHES = 5;
    /** ... down to this share of ink. */
    static final double SPARSE_FILL = 0.2;

    /** A ruling this close to a crossing one (pixels at 320 dpi and less) meets it. */
    static final int SHORT_GAP = 30;

    /** Largest tilt searched for, degrees. */
    static final double MAX_SKEW = 6.0;

    private PageCleaner() {
    }

    /** Whitens small ink specks with no other ink near them; returns how many were removed. */
    static int despeckle(GreyImage img, int threshold, double dpi) {
        return despeckle(img, threshold, dpi, null);
    }

    /**
     * As {@link #despeckle(GreyImage, int, double)}; each pixel whitened is also handed to {@code whitened} (its index
     * in {@code img.px}), so a later look can still see ink the clean-up took (decision 0411).
     */
    static int despeckle(GreyImage img, int threshold, double dpi, java.util.function.IntConsumer whitened) {
        int w = img.w;
        int h = img.h;
        boolean[] ink = img.ink(threshold);
        Labels label = new Labels(w * h);
        int maxArea = (int) Math.max(2, Math.round(4 * (dpi / 150) * (dpi / 150)));
        int radius = (int) Math.max(2, Math.round(dpi / 60));
        int[] stack = new int[Math.max(16, maxArea * 8 + 16)];
        int next = 1;
        int removed = 0;
        List<Integer> pixels = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || label.get(start) != 0) {
                continue;
            }
            int id = next++;
            pixels.clear();
            int sp = 0;
            stack[sp++] = start;
            label.set(start, id);
            boolean big = false;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            while (sp > 0) {
                int p = stack[--sp];
                int px = p % w;
                int py = p / w;
                if (!big) {
                    pixels.add(p);
                    if (pixels.size() > maxArea) {
                        big = true;
                    }
                }
                minX = Math.min(minX, px);
                maxX = Math.max(maxX, px);
                minY = Math.min(minY, py);
                maxY = Math.max(maxY, py);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (ink[q] && label.get(q) == 0) {
                            label.set(q, id);
                            if (sp == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[sp++] = q;
                        }
                    }
                }
            }
            if (big || isNear(ink, label, id, w, h, minX, minY, maxX, maxY, radius)
                    || betweenCharacters(ink, label, id, w, h, minX, minY, maxX, maxY, dpi)) {
                continue;
            }
            for (int p : pixels) {
                img.px[p] = (byte) 255;
                if (whitened != null) {
                    whitened.accept(p);
                }
            }
            removed++;
        }
        return removed;
    }

    /**
     * Specks between two characters that float above their line (decision 0306), on the upright,
     * straightened page after {@link #despeckle}: that clean-up keeps a speck with ink on both sides along
     * its line, as a decimal point has, so a speck of dust at mid-height between "9" and "7" stayed and was
     * read with the point as "9:7%" (beside a letter: "&lt;'45", "Kidney-(right)"). Such a speck goes when on
     * <em>both</em> sides the character beside it (the tallest piece of ink within its reach) ends below
     * it by more than the speck's height and a third of that character's height; a point sits on its
     * digits' line and stays, and a fax blotch under one digit does not move the other. Returns the
     * boxes {x0, y0, x1, y1} of the specks taken out, so the words read there can be checked for a
     * point they lost ({@code NumberCheck.doubtAtRemovedSpecks}).
     */
    static List<int[]> specksOffTheBaseline(GreyImage img, int threshold, double dpi) {
        int w = img.w;
        int h = img.h;
        boolean[] ink = img.ink(threshold);
        int maxArea = (int) Math.max(2, Math.round(4 * (dpi / 150) * (dpi / 150)));
        int radius = (int) Math.max(2, Math.round(dpi / 60));
        int reach = (int) Math.max(3, Math.round(dpi / 16));
        // every piece of ink: its box and area (labels from 1)
        InkPieces pieces = InkPieces.of(ink, w, h);
        Labels label = pieces.label();
        List<int[]> boxes = pieces.boxes();
        List<int[]> off = new ArrayList<>();
        for (int id = 1; id < boxes.size(); id++) {
            int[] b = boxes.get(id);
            if (b[4] > maxArea || isNear(ink, label, id, w, h, b[0], b[1], b[2], b[3], radius)) {
                continue;
            }
            int height = b[3] - b[1] + 1;
            int top = Math.max(0, b[1] - 3 * height);
            int[] left = tallestIn(label, boxes, id, w, Math.max(0, b[0] - reach), b[0] - 1, top, b[3]);
            int[] right = tallestIn(label, boxes, id, w, b[2] + 1, Math.min(w - 1, b[2] + reach), top, b[3]);
            if (left == null || right == null || !floatsAbove(b, left) || !floatsAbove(b, right)) {
                continue;
            }
            for (int y = b[1]; y <= b[3]; y++) {
                for (int x = b[0]; x <= b[2]; x++) {
                    if (label.get(y * w + x) == id) {
                        img.px[y * w + x] = (byte) 255;
                    }
                }
            }
            off.add(new int[] {b[0], b[1], b[2], b[3]});
        }
        return off;
    }

    /** Whether the speck ends above the character's bottom by more than its own height and a third of the character's. */
    private static boolean floatsAbove(int[] speck, int[] character) {
        int speckHeight = speck[3] - speck[1] + 1;
        int charHeight = character[3] - character[1] + 1;
        int below = character[3] - speck[3];
        return charHeight >= 3 * speckHeight && below > Math.max(2, speckHeight) && below > charHeight / 3.0;
    }

    /** The box of the tallest piece of ink other than {@code id} with a pixel in the window, null when none. */
    private static int[] tallestIn(Labels label, List<int[]> boxes, int id, int w, int x0, int x1, int y0, int y1) {
        int[] best = null;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int l = label.get(y * w + x);
                if (l != 0 && l != id) {
                    int[] b = boxes.get(l);
                    if (best == null || b[3] - b[1] > best[3] - best[1]) {
                        best = b;
                    }
                }
            }
        }
        return best;
    }

    /**
     * A decimal point: ink on both sides along its line within dpi/16 (a digit each side; fonts set
     * the point 4-6 px from its digits at 250 dpi, beyond {@code isNear}'s reach), in the band from
     * the point up to three of its heights above it (the digits stand on the same baseline).
     */
    private static boolean betweenCharacters(boolean[] ink, Labels label, int id, int w, int h, int minX, int minY,
                                             int maxX, int maxY, double dpi) {
        int reach = (int) Math.max(3, Math.round(dpi / 16));
        int top = Math.max(0, minY - 3 * (maxY - minY + 1));
        int bottom = Math.min(h - 1, maxY);
        return inkIn(ink, label, id, w, Math.max(0, minX - reach), minX - 1, top, bottom)
                && inkIn(ink, label, id, w, maxX + 1, Math.min(w - 1, maxX + reach), top, bottom);
    }

    private static boolean inkIn(boolean[] ink, Labels label, int id, int w, int x0, int x1, int y0, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int q = y * w + x;
                if (ink[q] && label.get(q) != id) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNear(boolean[] ink, Labels label, int id, int w, int h, int minX, int minY, int maxX, int maxY,
                                  int r) {
        for (int y = Math.max(0, minY - r); y <= Math.min(h - 1, maxY + r); y++) {
            for (int x = Math.max(0, minX - r); x <= Math.min(w - 1, maxX + r); x++) {
                int q = y * w + x;
                if (ink[q] && label.get(q) != id) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tilt of the text lines in degrees (positive: lines fall to the right), 0 when unclear. */
    static double skew(GreyImage img, int threshold) {
        int step = Math.max(1, img.w / 850);
        List<int[]> points = new ArrayList<>();
        for (int y = 0; y < img.h; y += step) {
            for (int x = 0; x < img.w; x += step) {
                if (img.at(x, y) <= threshold) {
                    points.add(new int[] {x / step, y / step});
                }
            }
        }
        if (points.size() < 200) {
            return 0;
        }
        double best = 0;
        double bestScore = score(points, 0, img.h / step);
        for (double a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.3) {
            double s = score(points, a, img.h / step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.3; a <= coarse + 0.3 + 1e-9; a += 0.05) {
            double s = score(points, a, img.h / step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.abs(best) < 0.05 ? 0 : best;
    }

    private static double score(List<int[]> points, double degrees, int rows) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) (Math.abs(t) * 1000) + 2;
        int[] hist = new int[rows + 2 * margin + 2];
        for (int[] p : points) {
            int r = (int) Math.round(p[1] - p[0] * t) + margin;
            if (r >= 0 && r < hist.length) {
                hist[r]++;
            }
        }
        double s = 0;
        for (int v : hist) {
            s += (double) v * v;
        }
        return s;
    }

    /**
     * Whether the text runs up and down the page (a page scanned sideways): the ink's column profile
     * is then more strongly banded than its row profile.
     */
    static boolean sideways(GreyImage img, int threshold) {
        int step = Math.max(1, img.w / 600);
        int rows = img.h / step + 1;
        int cols = img.w / step + 1;
        double[] rowSum = new double[rows];
        double[] colSum = new double[cols];
        for (int y = 0; y < img.h; y += step) {
            for (int x = 0; x < img.w; x += step) {
                if (img.at(x, y) <= threshold) {
                    rowSum[y / step]++;
                    colSum[x / step]++;
                }
            }
        }
        return banding(colSum) > 1.35 * banding(rowSum);
    }

    /** Mean squared difference of neighbouring profile values over the mean squared value. */
    private static double banding(double[] profile) {
        double diff = 0;
        double sq = 0;
        for (int i = 1; i < profile.length; i++) {
            diff += (profile[i] - profile[i - 1]) * (profile[i] - profile[i - 1]);
            sq += profile[i] * profile[i];
        }
        return sq == 0 ? 0 : diff / sq;
    }

    /**
     * Long thin straight ink runs (table rulings), found and whitened: first those as dark as the
     * text, then, on a page with grey levels, the faint ones a light grey border leaves (decision
     * 0259: a web page's or a spreadsheet's pale cell borders, lighter than the ink threshold after a
     * scan or JPEG, stayed on the page, so the table had no row rules and no rows).
     */
    static List<OcrRule> rulings(GreyImage img, int threshold, int faintThreshold, double dpi) {
        return rulings(img, threshold, faintThreshold, dpi, null);
    }

    /** As above; {@code taken}, when given, receives the text's ink each vertical ruling's whitening took (decision 0510). */
    static List<OcrRule> rulings(GreyImage img, int threshold, int faintThreshold, double dpi, List<int[]> taken) {
        List<OcrRule> rules = rulings(img, threshold, dpi, threshold, taken);
        if (faintThreshold > threshold) {
            rules = new ArrayList<>(rules);
            rules.addAll(rulings(img, faintThreshold, dpi, threshold, taken));
        }
        return rules;
    }

    /**
     * {@link #rulings(GreyImage, int, int, double)}, then the specks they kept: the despeckler keeps a speck with
     * ink on both sides along its line (a decimal point between its digits), and a speck between a cell's
     * border and its first letter has that too, so it stayed and was read as a mark ("·Optic chiasm",
     * "-4.2 Gy", "‘RTOG" on the scan bench). With the rulings whitened such a speck stands alone and goes; a
     * point between two digits still has them. Pages without rulings are not looked at again.
     */
    static List<OcrRule> rulingsAndTheirSpecks(GreyImage img, int threshold, int faintThreshold, double dpi) {
        return rulingsAndTheirSpecks(img, threshold, faintThreshold, dpi, null);
    }

    /** As above; {@code taken}, when given, receives the text's ink each vertical ruling's whitening took (decision 0510). */
    static List<OcrRule> rulingsAndTheirSpecks(GreyImage img, int threshold, int faintThreshold, double dpi,
                                               List<int[]> taken) {
        List<OcrRule> rules = rulings(img, threshold, faintThreshold, dpi, taken);
        if (!rules.isEmpty()) {
            despeckle(img, threshold, dpi);
        }
        return rules;
    }

    /** The threshold under which a pale ruling is ink: most of the way from the ink threshold to the paper. */
    static int faintThreshold(GreyImage img, int threshold) {
        int paper = img.paper(threshold);
        return (int) Math.round(threshold + FAINT * (paper - threshold));
    }

    /** Share of the way from the ink threshold to the paper's level under which a pale ruling counts. */
    static final double FAINT = Double.parseDouble(System.getProperty("imrt.ocr.faintRulings", "0.85"));

    /** Long thin straight ink runs (table rulings) at one threshold, found and whitened. */
    static List<OcrRule> rulings(GreyImage img, int threshold, double dpi) {
        return rulings(img, threshold, dpi, threshold, null);
    }

    private static List<OcrRule> rulings(GreyImage img, int threshold, double dpi, int textThreshold, List<int[]> taken) {
        boolean[] ink = img.ink(threshold);
        int minLength = (int) Math.round(dpi * 0.45);
        int maxThickness = maxThickness(dpi);
        // a thin ruling faxed at a tilt breaks into dashes where it straddles two pixel rows: gaps up
        // to a third of an inch are bridged (decision 0255)
        int gap = DASHED ? (int) Math.round(dpi / 3) : 0;
        List<OcrRule> rules = new ArrayList<>();
        rules.addAll(runs(ink, img.w, img.h, true, minLength, maxThickness, gap));
        rules.addAll(runs(ink, img.w, img.h, false, minLength, maxThickness, gap));
        if (DASHED) {
            rules = closed(rules, ink, img.w, img.h, gap);
        }
        if (taken != null && !rules.isEmpty()) {
            taken.addAll(inkTakenBeside(img, textThreshold, threshold, rules, dpi));
        }
        for (OcrRule r : rules) {
            whiten(img, ink, r, maxThickness);
        }
        return rules;
    }

    /**
     * Rulings' ends carried to the crossing ruling they stop short of by at most {@code reach}, when
     * the pixels between hold ink along the line (the last dashes of a broken ruling were too short
     * to be found): the grid is then closed, so its first and last rows are inside it.
     */
    static List<OcrRule> closed(List<OcrRule> rules, boolean[] ink, int w, int h, int reach) {
        List<OcrRule> out = new ArrayList<>();
        for (OcrRule r : rules) {
            int start = r.start();
            int end = r.end();
            int bestStart = start;
            int bestEnd = end;
            for (OcrRule c : rules) {
                if (c.horizontal() == r.horizontal() || r.position() < c.start() - 3 || r.position() > c.end() + 3) {
                    continue;
                }
                int at = c.position();
                if (at < start && start - at <= reach && at < bestStart && inked(ink, w, h, r, at, start)) {
                    bestStart = at;
                }
                if (at > end && at - end <= reach && at > bestEnd && inked(ink, w, h, r, end, at)) {
                    bestEnd = at;
                }
            }
            out.add(new OcrRule(r.horizontal(), r.position(), bestStart, bestEnd));
        }
        return out;
    }

    /** Whether a fifth of the stretch from..to along the rule's line (one pixel of drift) is ink, or it is very short. */
    private static boolean inked(boolean[] ink, int w, int h, OcrRule r, int from, int to) {
        if (to - from <= SHORT_GAP) {
            return true;
        }
        int lines = r.horizontal() ? h : w;
        int on = 0;
        for (int j = from; j <= to; j++) {
            if (onLine(ink, w, lines, r.horizontal(), r.position(), j)) {
                on++;
            }
        }
        return on >= 0.2 * (to - from + 1);
    }

    private record Band(int first, int last, int start, int end) { }

    /** Runs along rows (horizontal) or columns, with one pixel of drift allowed, grouped into thin bands. */
    private static List<OcrRule> runs(boolean[] ink, int w, int h, boolean horizontal, int minLength, int maxThickness,
                                      int gap) {
        int minPiece = Math.max(8, minLength / 3);
        int minDash = Math.max(6, minLength / 7);
        int hair = Math.max(3, minLength / 28);
        int clearAt = maxThickness / 2 + 3;
        int lines = horizontal ? h : w;
        int along = horizontal ? w : h;
        List<Band> open = new ArrayList<>();
        List<Band> done = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            List<int[]> found = new ArrayList<>();
            int runStart = -1;
            int chainStart = -1;
            int chainEnd = -1;
            int chainInk = 0;
            int chainPieces = 0;
            for (int j = 0; j <= along; j++) {
                boolean on = j < along && onLine(ink, w, lines, horizontal, i, j);
                if (on && runStart < 0) {
                    runStart = j;
                } else if (!on && runStart >= 0) {
                    int length = j - runStart;
                    boolean solid = length >= minLength;
                    if (solid || gap > 0 && (length >= minPiece && thinPiece(ink, w, lines, horizontal, i, runStart, j - 1, clearAt)
                            || horizontal && length >= minDash && hairline(ink, w, lines, i, runStart, j - 1, hair))) {
                        if (chainStart >= 0 && runStart - chainEnd - 1 > gap) {
                            closeChain(found, chainStart, chainEnd, chainInk, chainPieces, minLength);
                            chainStart = -1;
                        }
                        if (chainStart < 0) {
                            chainStart = runStart;
                            chainInk = 0;
                            chainPieces = 0;
                        }
                        chainEnd = j - 1;
                        chainInk += length;
                        chainPieces++;
                    }
                    runStart = -1;
                }
            }
            if (chainStart >= 0) {
                closeChain(found, chainStart, chainEnd, chainInk, chainPieces, minLength);
            }
            List<Band> still = new ArrayList<>();
            for (Band b : open) {
                int[] match = null;
                for (int[] f : found) {
                    if (f[0] < b.end() && f[1] > b.start()) {
                        match = f;
                        break;
                    }
                }
                if (match != null) {
                    found.remove(match);
                    still.add(new Band(b.first(), i, Math.min(b.start(), match[0]), Math.max(b.end(), match[1])));
                } else {
                    done.add(b);
                }
            }
            for (int[] f : found) {
                still.add(new Band(i, i, f[0], f[1]));
            }
            open = still;
        }
        done.addAll(open);
        List<OcrRule> out = new ArrayList<>();
        for (Band b : done) {
            // the +-1 drift makes every band two lines thicker than the ink
            if (b.last() - b.first() + 1 <= maxThickness + 2 && clearBeside(ink, w, h, horizontal, b)) {
                out.add(new OcrRule(horizontal, (b.first() + b.last()) / 2, b.start(), b.end()));
            }
        }
        return out;
    }

    private static boolean onLine(boolean[] ink, int w, int lines, boolean horizontal, int i, int j) {
        for (int d = -1; d <= 1; d++) { // one pixel of drift either side
            int li = i + d;
            if (li >= 0 && li < lines && (horizontal ? ink[li * w + j] : ink[j * w + li])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dash of a broken ruling: paper on one side of it at least (text may stand on the other),
     * {@code clearAt} pixels off its line, along at least 70 % of it; a letter's stroke is shorter.
     */
    private static boolean thinPiece(boolean[] ink, int w, int lines, boolean horizontal, int i, int from, int to,
                                     int clearAt) {
        for (int side : new int[] {i - clearAt, i + clearAt}) {
            int clear = 0;
            for (int j = from; j <= to; j++) {
                if (side < 0 || side >= lines || !(horizontal ? ink[side * w + j] : ink[j * w + side])) {
                    clear++;
                }
            }
            if (clear >= 0.7 * (to - from + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short dash of a hairline: paper {@code hair} pixels above and below it nearly all along (a
     * letter's flat top or foot has its stem rising or falling from it: a sixth of a "T" bar or an "E").
     */
    private static boolean hairline(boolean[] ink, int w, int lines, int i, int from, int to, int hair) {
        if (i - hair < 0 || i + hair >= lines) {
            return false;
        }
        int thick = 0;
        for (int j = from; j <= to; j++) {
            if (ink[(i - hair) * w + j] || ink[(i + hair) * w + j]) {
                thick++;
            }
        }
        return thick <= 0.12 * (to - from + 1);
    }

    /**
     * A chain of dashes long enough and inked enough along its length is a ruling: half ink, or, for
     * the short regular dashes a hairline faxed at a tilt leaves (a fifth of it ink), at least
     * {@link #MANY_DASHES} of them (flat letter bottoms along a baseline never come in such a row).
     */
    private static void closeChain(List<int[]> found, int start, int end, int inked, int pieces, int minLength) {
        int length = end - start + 1;
        if (length >= minLength && (inked >= DASH_FILL * length || pieces >= MANY_DASHES && inked >= SPARSE_FILL * length)) {
            found.add(new int[] {start, end});
        }
    }

    /**
     * A ruling has paper on both sides along most of its length; a band cut through a line of text
     * (letters touching along their baseline in a blurred fax) has letter bodies above it.
     */
    private static boolean clearBeside(boolean[] ink, int w, int h, boolean horizontal, Band b) {
        int lines = horizontal ? h : w;
        for (int side : new int[] {b.first() - 3, b.last() + 3}) {
            if (side < 0 || side >= lines) {
                continue;
            }
            int on = 0;
            for (int j = b.start(); j <= b.end(); j++) {
                if (horizontal ? ink[side * w + j] : ink[j * w + side]) {
                    on++;
                }
            }
            if (on > 0.3 * (b.end() - b.start() + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ink of the page before its rulings were whitened ({@code before}) that lay in a vertical ruling's whitened band
     * but was not the line's own (a stroke of a character touching or near the line), as {x, y} points: what the
     * whitening took from the text (decision 0510). The line's own columns are found row by row (the run of ink
     * nearest the line's position, at most its median width plus a pixel either side). Each point is
     * {x, y, grey}: its grey level on the page before, so the stroke can be put back for a second reading (decision 0520).
     */
    static List<int[]> inkTakenBeside(GreyImage before, int threshold, int faintThreshold, List<OcrRule> rules, double dpi) {
        List<int[]> out = new ArrayList<>();
        int half = whitenedHalf(dpi);
        for (OcrRule r : rules) {
            if (r.horizontal()) {
                continue;
            }
            int p = r.position();
            int y0 = Math.max(0, r.start());
            int y1 = Math.min(before.h - 1, r.end());
            if (y1 < y0) {
                continue;
            }
            int[] a = new int[y1 - y0 + 1];
            int[] b = new int[y1 - y0 + 1];
            int[] widths = new int[y1 - y0 + 1];
            for (int y = y0; y <= y1; y++) {
                int at = -1;
                for (int d = 0; d <= 2 && at < 0; d++) {
                    if (inkAt(before, p - d, y, faintThreshold)) {
                        at = p - d;
                    } else if (inkAt(before, p + d, y, faintThreshold)) {
                        at = p + d;
                    }
                }
                int lo = at;
                int hi = at;
                if (at >= 0) {
                    while (lo - 1 >= p - half && inkAt(before, lo - 1, y, faintThreshold)) {
                        lo--;
                    }
                    while (hi + 1 <= p + half && inkAt(before, hi + 1, y, faintThreshold)) {
                        hi++;
                    }
                }
                a[y - y0] = lo;
                b[y - y0] = hi;
                widths[y - y0] = at < 0 ? 0 : hi - lo + 1;
            }
            int[] sorted = widths.clone();
            java.util.Arrays.sort(sorted);
            int width = Math.max(1, sorted[sorted.length / 2]);
            for (int y = y0; y <= y1; y++) {
                int lo = a[y - y0];
                int hi = b[y - y0];
                int coreLo;
                int coreHi;
                if (lo < 0) {
                    coreLo = p - width / 2 - 1;
                    coreHi = p + width / 2 + 1;
                } else if (hi - lo + 1 <= width + 2) {
                    coreLo = lo - 1;
                    coreHi = hi + 1;
                } else { // the run is wider than the line: a stroke touches it; the line is where it lies most rows
                    coreLo = p - width / 2 - 1;
                    coreHi = p + (width - 1) / 2 + 1;
                }
                for (int x = p - half; x <= p + half; x++) {
                    if ((x < coreLo || x > coreHi) && inkAt(before, x, y, threshold)) {
                        out.add(new int[] {x, y, before.px[y * before.w + x] & 0xFF}); // its grey kept (decision 0520)
                    }
                }
            }
        }
        return out;
    }

    private static boolean inkAt(GreyImage img, int x, int y, int threshold) {
        return x >= 0 && y >= 0 && x < img.w && y < img.h && (img.px[y * img.w + x] & 0xFF) <= threshold;
    }

    /** The thickest run of ink taken for a ruling at {@code dpi}. */
    static int maxThickness(double dpi) {
        return (int) Math.max(3, Math.round(dpi / 28));
    }

    /** How far either side of a ruling's line the page is whitened at {@code dpi} (what may take a stroke with it). */
    static int whitenedHalf(double dpi) {
        return maxThickness(dpi) / 2 + 2;
    }

    private static void whiten(GreyImage img, boolean[] ink, OcrRule r, int thickness) {
        int half = thickness / 2 + 2;
        for (int a = r.start(); a <= r.end(); a++) {
            for (int d = -half; d <= half; d++) {
                int x = r.horizontal() ? a : r.position() + d;
                int y = r.horizontal() ? r.position() + d : a;
                if (x >= 0 && y >= 0 && x < img.w && y < img.h) {
                    img.px[y * img.w + x] = (byte) 255;
                }
            }
        }
    }
}
