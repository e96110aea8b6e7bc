package org.imrtreview.intake.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream collecting glyphs, rulings, images and vector-drawing
 * statistics. Text and graphics are gathered together (instead of a text stripper plus a separate
 * graphics pass) so each page is parsed once. Glyph outlines and Type 3 procedures are never run:
 * only positions matter here.
 */
final class PageContentCollector extends PDFGraphicsStreamEngine {
    /** Thicker than this, a filled rectangle is a shape (cell shading, bar), not a line. */
    private static final double MAX_RULING_THICKNESS = 2.5;
    private static final double MIN_RULING_LENGTH = 4;
    /** A page with more glyphs than this is not a table page; the rest are ignored to bound memory. */
    static final int MAX_GLYPHS = 250_000;
    private static final int MAX_RULINGS = 50_000;
    /** Drawing paths kept per page for finding vector figures; a plot has tens to hundreds. */
    static final int MAX_MARKS = 20_000;
    /** Coloured lines are plot content (curves, legend swatches), never table rules alone. */
    private static final int MIN_MARK_CHROMA = 40;
    private static final double MAX_SWATCH_LENGTH = 80;
    /** Images smaller than this (points, both sides) are logos, bullets or signatures. */
    private static final double MIN_IMAGE_SIDE = 40;

    private final PageGeometry geometry;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<PlacedImage> images = new ArrayList<>();
    private final List<VectorMark> marks = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final double[] vectorBounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    private int vectorSegments;
    private int otherTextGlyphs;
    private boolean pathHasCurves;
    /** Bounds of the current path in PDF page space, for clipping paths. */
    private final double[] pathBox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    private boolean clipPending;
    private float startX;
    private float startY;
    private float currentX;
    private float currentY;
    /** Operators that failed or are not PDF operators at all: signs of a damaged content stream. */
    private int contentErrors;

    PageContentCollector(PDPage page) {
        super(page);
        this.geometry = new PageGeometry(page.getCropBox() == null ? PDRectangle.LETTER : page.getCropBox(),
                page.getRotation());
    }

    PageContent collect(int pageIndex) throws IOException {
        processPage(getPage());
        double[] bounds = vectorSegments == 0 ? null : vectorBounds.clone();
        return new PageContent(pageIndex, geometry.displayWidth(), geometry.displayHeight(), glyphs, rulings,
                images, vectorSegments, bounds, otherTextGlyphs, marks);
    }

    /** How many operators of the page's content failed or were not PDF operators (0 on an intact page). */
    int contentErrors() {
        return contentErrors;
    }

    @Override
    protected void operatorException(org.apache.pdfbox.contentstream.operator.Operator operator,
                                     List<org.apache.pdfbox.cos.COSBase> operands, IOException e) throws IOException {
        contentErrors++;
        super.operatorException(operator, operands, e);
    }

    @Override
    protected void unsupportedOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        if (!ContentIntegrity.isPdfOperator(operator.getName())) {
            contentErrors++;
        }
        super.unsupportedOperator(operator, operands);
    }

    // ---- text -----------------------------------------------------------------------------

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            otherTextGlyphs++;
            return;
        }
        Point2D.Float origin = trm.transformPoint(0, 0);
        Point2D.Float advance = trm.transformPoint(displacement.getX(), 0);
        Point2D.Float up = trm.transformPoint(0, 1);
        double[] o = geometry.toDisplay(origin.x, origin.y);
        double[] a = geometry.toDisplay(advance.x, advance.y);
        double[] u = geometry.toDisplay(up.x, up.y);
        double upX = u[0] - o[0];
        double upY = u[1] - o[1];
        boolean upright = upY < 0 && Math.abs(upX) < 0.2 * -upY;
        if (!upright || glyphs.size() >= MAX_GLYPHS) {
            otherTextGlyphs++;
            return;
        }
        double size = -upY;
        double x0 = Math.min(o[0], a[0]);
        double x1 = Math.max(o[0], a[0]);
        if (isDuplicate(unicode, x0, o[1], size)) {
            return; // "fake bold": the same glyph drawn twice with a tiny offset
        }
        glyphs.add(new Glyph(unicode, x0, x1, o[1] - 0.78 * size, o[1] + 0.22 * size, o[1], size));
    }

    private boolean isDuplicate(String text, double x0, double baseline, double size) {
        for (int i = glyphs.size() - 1; i >= Math.max(0, glyphs.size() - 3); i--) {
            Glyph g = glyphs.get(i);
            if (g.text().equals(text) && Math.abs(g.x0() - x0) < 0.1 * size && Math.abs(g.baseline() - baseline) < 0.1 * size) {
                return true;
            }
        }
        return false;
    }

    // ---- paths -------------------------------------------------------------------------------

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        addSegment(p0.getX(), p0.getY(), p1.getX(), p1.getY());
        addSegment(p1.getX(), p1.getY(), p2.getX(), p2.getY());
        addSegment(p2.getX(), p2.getY(), p3.getX(), p3.getY());
        addSegment(p3.getX(), p3.getY(), p0.getX(), p0.getY());
        path.add(null); // subpath boundary
        currentX = startX = (float) p0.getX();
        currentY = startY = (float) p0.getY();
    }

    @Override
    public void moveTo(float x, float y) {
        if (!path.isEmpty() && path.get(path.size() - 1) != null) {
            path.add(null);
        }
        currentX = startX = x;
        currentY = startY = y;
    }

    @Override
    public void lineTo(float x, float y) {
        addSegment(currentX, currentY, x, y);
        currentX = x;
        currentY = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        pathHasCurves = true;
        addSegment(currentX, currentY, x3, y3);
        currentX = x3;
        currentY = y3;
    }

    @Override
    public void closePath() {
        if (currentX != startX || currentY != startY) {
            addSegment(currentX, currentY, startX, startY);
        }
        currentX = startX;
        currentY = startY;
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        pathBox[0] = Math.min(pathBox[0], Math.min(x0, x1));
        pathBox[1] = Math.min(pathBox[1], Math.min(y0, y1));
        pathBox[2] = Math.max(pathBox[2], Math.max(x0, x1));
        pathBox[3] = Math.max(pathBox[3], Math.max(y0, y1));
        double[] a = geometry.toDisplay(x0, y0);
        double[] b = geometry.toDisplay(x1, y1);
        path.add(new double[] {a[0], a[1], b[0], b[1]});
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(currentX, currentY);
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void clip(int windingRule) {
        // applied when the path ends ("W n"); only its bounds are kept: enough to know which part
        // of an image is shown (figures are cropped with rectangles)
        clipPending = true;
    }

    @Override
    public void strokePath() {
        if (!isWhite(true)) {
            strokeSegments();
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (!isWhite(false)) {
            fillSubpaths();
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        if (!isWhite(false)) {
            fillSubpaths();
        }
        if (!isWhite(true)) {
            strokeSegments();
        }
        clearPath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        vectorSegments++;
    }

    private void strokeSegments() {
        int rgb = colour(true);
        boolean coloured = rgb >= 0 && chroma(rgb) >= MIN_MARK_CHROMA;
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int markSegments = 0;
        boolean horizontal = true;
        double drawnLength = 0;
        for (double[] s : path) {
            if (s == null) {
                continue;
            }
            double dx = Math.abs(s[2] - s[0]);
            double dy = Math.abs(s[3] - s[1]);
            boolean ruling = false;
            if (!pathHasCurves && dy < 1 && dx >= MIN_RULING_LENGTH) {
                addRuling(new Ruling(true, (s[1] + s[3]) / 2, s[0], s[2]));
                ruling = true;
            } else if (!pathHasCurves && dx < 1 && dy >= MIN_RULING_LENGTH) {
                addRuling(new Ruling(false, (s[0] + s[2]) / 2, s[1], s[3]));
                ruling = true;
            } else if (dx + dy > 0) {
                countVector(s);
            }
            if ((!ruling || coloured) && dx + dy > 0) {
                markSegments++;
                horizontal &= dy < 1;
                drawnLength += dx;
                box[0] = Math.min(box[0], Math.min(s[0], s[2]));
                box[1] = Math.min(box[1], Math.min(s[1], s[3]));
                box[2] = Math.max(box[2], Math.max(s[0], s[2]));
                box[3] = Math.max(box[3], Math.max(s[1], s[3]));
            }
        }
        if (markSegments > 0 && marks.size() < MAX_MARKS) {
            double width = box[2] - box[0];
            boolean swatch = coloured && horizontal && box[3] - box[1] < 1.5 && width >= 6 && width <= MAX_SWATCH_LENGTH;
            boolean dashed = dashPattern() || markSegments > 1 && drawnLength < 0.85 * width;
            marks.add(new VectorMark(box[0], box[1], box[2], box[3], markSegments, Math.max(rgb, 0), dashed, swatch));
        }
    }

    private boolean dashPattern() {
        try {
            float[] dashes = getGraphicsState().getLineDashPattern().getDashArray();
            return dashes != null && dashes.length > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The current stroking or filling colour as packed RGB, -1 when it is a pattern or unknown. */
    private int colour(boolean stroking) {
        try {
            PDColor c = stroking ? getGraphicsState().getStrokingColor() : getGraphicsState().getNonStrokingColor();
            if (c == null || c.getColorSpace() == null || c.isPattern()) {
                return -1;
            }
            return c.toRGB() & 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static int chroma(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }

    private void fillSubpaths() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        int segments = 0;
        for (int i = 0; i <= path.size(); i++) {
            double[] s = i < path.size() ? path.get(i) : null;
            if (s == null) {
                if (segments > 0) {
                    classifyFill(minX, minY, maxX, maxY, segments);
                }
                minX = minY = Double.MAX_VALUE;
                maxX = maxY = -Double.MAX_VALUE;
                segments = 0;
                continue;
            }
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
            segments++;
        }
    }

    private void classifyFill(double minX, double minY, double maxX, double maxY, int segments) {
        double w = maxX - minX;
        double h = maxY - minY;
        if (!pathHasCurves && h <= MAX_RULING_THICKNESS && w >= MIN_RULING_LENGTH) {
            addRuling(new Ruling(true, (minY + maxY) / 2, minX, maxX));
            fillMark(minX, minY, maxX, maxY, segments, w <= MAX_SWATCH_LENGTH && w >= 6);
        } else if (!pathHasCurves && w <= MAX_RULING_THICKNESS && h >= MIN_RULING_LENGTH) {
            addRuling(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        } else if (pathHasCurves || segments != 4) {
            // a polygon or curve: plot markers, filled areas, glyph-like drawings
            vectorSegments += segments;
            extendBounds(minX, minY, maxX, maxY);
            fillMark(minX, minY, maxX, maxY, segments, false);
        } else if (w >= 3 && h >= 3 && w <= 16 && h <= 16) {
            // plain filled rectangles are cell shading or backgrounds, but a small coloured square
            // beside text is a legend key (Excel, matplotlib patches)
            fillMark(minX, minY, maxX, maxY, 0, true);
        }
    }

    private void fillMark(double minX, double minY, double maxX, double maxY, int segments, boolean swatchShape) {
        int rgb = colour(false);
        boolean coloured = rgb >= 0 && chroma(rgb) >= MIN_MARK_CHROMA;
        if ((segments > 0 || coloured) && marks.size() < MAX_MARKS) {
            marks.add(new VectorMark(minX, minY, maxX, maxY, segments, Math.max(rgb, 0), false, swatchShape && coloured));
        }
    }

    private void countVector(double[] s) {
        vectorSegments++;
        extendBounds(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3]));
    }

    private void extendBounds(double minX, double minY, double maxX, double maxY) {
        vectorBounds[0] = Math.min(vectorBounds[0], minX);
        vectorBounds[1] = Math.min(vectorBounds[1], minY);
        vectorBounds[2] = Math.max(vectorBounds[2], maxX);
        vectorBounds[3] = Math.max(vectorBounds[3], maxY);
    }

    private void addRuling(Ruling r) {
        if (rulings.size() < MAX_RULINGS) {
            rulings.add(r);
        }
    }

    private void clearPath() {
        if (clipPending && pathBox[2] >= pathBox[0]) {
            getGraphicsState().intersectClippingPath(new java.awt.geom.Area(new Rectangle2D.Double(pathBox[0], pathBox[1],
                    pathBox[2] - pathBox[0], pathBox[3] - pathBox[1])));
        }
        clipPending = false;
        pathBox[0] = pathBox[1] = Double.MAX_VALUE;
        pathBox[2] = pathBox[3] = -Double.MAX_VALUE;
        path.clear();
        pathHasCurves = false;
    }

    /** White lines and fills are invisible on paper (used as masks or spacing): not rulings. */
    private boolean isWhite(boolean stroking) {
        try {
            PDColor c = stroking ? getGraphicsState().getStrokingColor() : getGraphicsState().getNonStrokingColor();
            if (c == null || c.getColorSpace() == null || c.isPattern()) {
                return false;
            }
            int rgb = c.toRGB();
            return (rgb & 0xF0F0F0) == 0xF0F0F0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    // ---- images ------------------------------------------------------------------------------

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[][] d = new double[3][];
        int k = 0;
        for (int[] corner : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
            double[] c = geometry.toDisplay(p.x, p.y);
            if (k < 3) {
                d[k++] = c;
            }
            minX = Math.min(minX, c[0]);
            maxX = Math.max(maxX, c[0]);
            minY = Math.min(minY, c[1]);
            maxY = Math.max(maxY, c[1]);
        }
        if (maxX - minX >= MIN_IMAGE_SIDE && maxY - minY >= MIN_IMAGE_SIDE) {
            AffineTransform unitToDisplay = new AffineTransform(d[1][0] - d[0][0], d[1][1] - d[0][1],
                    d[2][0] - d[0][0], d[2][1] - d[0][1], d[0][0], d[0][1]);
            images.add(new PlacedImage(image, minX, minY, maxX, maxY, unitToDisplay,
                    visible(new double[] {minX, minY, maxX, maxY})));
        }
    }

    /** The part of a box inside the current clipping path (its bounds), in display coordinates. */
    private double[] visible(double[] box) {
        try {
            Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            double[] a = geometry.toDisplay(clip.getMinX(), clip.getMinY());
            double[] b = geometry.toDisplay(clip.getMaxX(), clip.getMaxY());
            double[] v = {Math.max(box[0], Math.min(a[0], b[0])), Math.max(box[1], Math.min(a[1], b[1])),
                Math.min(box[2], Math.max(a[0], b[0])), Math.min(box[3], Math.max(a[1], b[1]))};
            return v[2] > v[0] && v[3] > v[1] ? v : box;
        } catch (RuntimeException e) {
            return box;
        }
    }
}
