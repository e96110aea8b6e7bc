package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrtreview.intake.PlanDetector;
import org.imrtreview.intake.image.PixelStats;
import org.imrtreview.model.PlanKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds DVH plots on a page. An embedded image is a DVH when the page speaks of DVHs or dose and
 * volume axes, or when the picture itself looks like a chart; its plan comes from the caption (text
 * just below or above it), else from the page text when the page holds one figure. A page that
 * speaks of DVHs and draws many vector lines but no picture is rendered at {@value #VECTOR_DPI} dpi
 * and its drawing area checked for colour, the same check as for image files.
 */
final class DvhFigureFinder {
    private static final Logger LOG = LoggerFactory.getLogger(DvhFigureFinder.class);
    static final float VECTOR_DPI = 100f;
    private static final Pattern DVH_WORDS = Pattern.compile(
            "(?i)\\bDVHs?\\b|dose[- ]volume\\s+histogram|volume\\s*\\((%|cc|cm3|cm³)\\)|dose\\s*\\((c?Gy|%)\\)"
                    + "|relative volume|ratio of total structure volume|cumulative dose");
    /** Images smaller than this share of the page are logos or signatures. */
    private static final double MIN_FIGURE_SHARE = 0.05;
    private static final int MIN_VECTOR_SEGMENTS = 40;
    private static final double CAPTION_REACH = 48;

    private DvhFigureFinder() {
    }

    static boolean speaksOfDvh(String text) {
        return DVH_WORDS.matcher(text).find();
    }

    static List<DvhFigure> find(PDDocument doc, PageContent page, List<TextLine> lines, String text) {
        boolean dvhWords = speaksOfDvh(text);
        List<PlacedImage> figures = new ArrayList<>();
        for (PlacedImage img : page.images()) {
            if (img.area() >= MIN_FIGURE_SHARE * page.area()) {
                figures.add(img);
            }
        }
        List<DvhFigure> found = new ArrayList<>();
        for (PlacedImage img : figures) {
            PixelStats stats = stats(img);
            // without DVH words, only a colour chart counts: a scanned ruled table also has long "axes"
            boolean colourChart = stats != null && stats.looksLikePlot() && stats.isColour();
            if (!dvhWords && !colourChart) {
                continue;
            }
            String caption = caption(img, lines);
            PlanKind plan = PlanDetector.detect(caption);
            String from = plan == null ? null : "caption";
            if (plan == null && figures.size() == 1) {
                plan = PlanDetector.detect(text);
                from = plan == null ? null : "page text";
            }
            found.add(new DvhFigure(page.pageNumber(), plan, stats == null ? null : stats.isColour(), false, from,
                    caption.isBlank() ? null : caption));
        }
        if (found.isEmpty() && figures.isEmpty() && dvhWords && page.vectorSegments() >= MIN_VECTOR_SEGMENTS) {
            PlanKind plan = PlanDetector.detect(text);
            found.add(new DvhFigure(page.pageNumber(), plan, vectorColour(doc, page), true,
                    plan == null ? null : "page text", null));
        }
        return found;
    }

    private static PixelStats stats(PlacedImage img) {
        try {
            return PixelSampler.stats(img.image());
        } catch (IOException | RuntimeException e) {
            LOG.debug("embedded image could not be decoded: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Words right below the image (captions) or right above it (titles), within the image's width:
     * two figures side by side each keep their own caption even when both sit on one line.
     */
    static String caption(PlacedImage img, List<TextLine> lines) {
        List<Word> words = new ArrayList<>();
        for (TextLine l : lines) {
            boolean below = l.top() >= img.bottom() - 2 && l.top() - img.bottom() <= CAPTION_REACH;
            boolean above = l.bottom() <= img.top() + 2 && img.top() - l.bottom() <= CAPTION_REACH / 2;
            if (below || above) {
                for (Word w : l.words()) {
                    if (w.centerX() >= img.x0() && w.centerX() <= img.x1()) {
                        words.add(w);
                    }
                }
            }
        }
        return TextLayout.join(words);
    }

    /** Renders the page and checks the area of its vector drawing for colour; null when it cannot be rendered. */
    private static Boolean vectorColour(PDDocument doc, PageContent page) {
        try {
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(page.pageIndex(), VECTOR_DPI, ImageType.RGB);
            double scale = VECTOR_DPI / 72.0;
            double[] b = page.vectorBounds();
            int x0 = clamp((int) (b[0] * scale), rendered.getWidth());
            int y0 = clamp((int) (b[1] * scale), rendered.getHeight());
            int x1 = clamp((int) Math.ceil(b[2] * scale), rendered.getWidth());
            int y1 = clamp((int) Math.ceil(b[3] * scale), rendered.getHeight());
            BufferedImage area = x1 - x0 > 10 && y1 - y0 > 10 ? rendered.getSubimage(x0, y0, x1 - x0, y1 - y0) : rendered;
            return PixelSampler.stats(area).isColour();
        } catch (IOException | RuntimeException e) {
            LOG.debug("vector DVH page could not be rendered: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
