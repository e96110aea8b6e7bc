package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imrtreview.intake.PlanDetector;
import org.imrtreview.intake.image.PixelStats;
import org.imrtreview.model.PlanKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds DVH plots on a page. An embedded image is a DVH when the page speaks of DVHs or dose and
 * volume axes, or when the picture itself looks like a chart; its plan comes from the caption (text
 * just below or above it), else from the page text when the page holds one figure. On a page that
 * speaks of DVHs, vector drawings are grouped into plot regions ({@link VectorFigureRegions}); each
 * is rendered at {@value FigureImages#VECTOR_DPI} dpi and checked for colour, the same check as for
 * image files. Figures are numbered in reading order.
 */
final class DvhFigureFinder {
    private static final Logger LOG = LoggerFactory.getLogger(DvhFigureFinder.class);
    private static final Pattern DVH_WORDS = Pattern.compile(
            "(?i)\\bDVHs?\\b|dose[- ]volume\\s+histogram|volume\\s*\\((%|cc|cm3|cm³)\\)|dose\\s*\\((c?Gy|%)\\)"
                    + "|relative volume|ratio of total structure volume|cumulative dose");
    /** Images smaller than this share of the page are logos or signatures. */
    private static final double MIN_FIGURE_SHARE = 0.05;
    private static final double CAPTION_REACH = 48;

    private DvhFigureFinder() {
    }

    /**
     * A figure while its page is open: the embedded image ({@code image}, null for a drawing) or the
     * drawing's region with its render ({@code rendered}, null for an image until decoded).
     */
    record Located(DvhFigure figure, PlacedImage image, double[] region, FigureRaster rendered) {
    }

    private record Drawn(VectorFigureRegions.Region region, FigureRaster rendered, Boolean colour) {
    }

    static boolean speaksOfDvh(String text) {
        return DVH_WORDS.matcher(text).find();
    }

    static List<Located> locate(PDDocument doc, PageContent page, List<TextLine> lines, String text) {
        boolean dvhWords = speaksOfDvh(text);
        List<PlacedImage> pictures = new ArrayList<>();
        for (PlacedImage img : page.images()) {
            if (img.area() >= MIN_FIGURE_SHARE * page.area()) {
                pictures.add(img);
            }
        }
        List<VectorFigureRegions.Region> drawings = new ArrayList<>();
        if (dvhWords && page.vectorSegments() >= VectorFigureRegions.MIN_SEGMENTS) {
            for (VectorFigureRegions.Region region : VectorFigureRegions.find(page, lines)) {
                if (pictures.stream().noneMatch(p -> overlap(region.area(), p) > 0.5)) {
                    drawings.add(region);
                }
            }
        }
        List<Located> found = new ArrayList<>();
        List<Drawn> drawn = new ArrayList<>();
        for (VectorFigureRegions.Region region : drawings) {
            FigureRaster rendered = null;
            Boolean colour = null;
            try {
                rendered = FigureImages.render(doc, page.pageIndex(), region.area());
                colour = PixelSampler.stats(rendered.image()).isColour();
            } catch (IOException | RuntimeException e) {
                LOG.debug("vector DVH drawing could not be rendered: {}", e.getClass().getSimpleName());
            }
            // with several drawings on a page, a grey one counts only when its own labels speak of
            // dose and volume (a grey scatter plot or diagram beside a DVH is not a grayscale DVH)
            if (drawings.size() > 1 && !Boolean.TRUE.equals(colour) && !speaksOfDvh(textIn(region.area(), lines))) {
                continue;
            }
            drawn.add(new Drawn(region, rendered, colour));
        }
        int count = pictures.size() + drawn.size();
        for (PlacedImage img : pictures) {
            PixelStats stats = stats(img);
            // without DVH words, only a colour chart counts: a scanned ruled table also has long "axes"
            boolean colourChart = stats != null && stats.looksLikePlot() && stats.isColour();
            if (!dvhWords && !colourChart) {
                continue;
            }
            double[] box = {img.x0(), img.top(), img.x1(), img.bottom()};
            found.add(new Located(figure(page, caption(box, lines), lines, text, count, stats == null ? null : stats.isColour(),
                    false), img, box, null));
        }
        for (Drawn d : drawn) {
            found.add(new Located(figure(page, drawingCaption(d.region(), lines), lines, text, count, d.colour(), true), null,
                    d.region().area(), d.rendered()));
        }
        found.sort(Comparator.<Located>comparingInt(l -> (int) (l.region()[1] / 36)).thenComparingDouble(l -> l.region()[0]));
        List<Located> numbered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Located l = found.get(i);
            DvhFigure f = l.figure();
            numbered.add(new Located(new DvhFigure(f.page(), i + 1, f.plan(), f.colour(), f.vector(), f.planFrom(), f.caption(),
                    List.of(), null), l.image(), l.region(), l.rendered()));
        }
        return numbered;
    }

    private static DvhFigure figure(PageContent page, String caption, List<TextLine> lines, String text, int figuresOnPage,
                                    Boolean colour, boolean vector) {
        PlanKind plan = PlanDetector.detect(caption);
        String from = plan == null ? null : "caption";
        if (plan == null && figuresOnPage == 1) {
            plan = PlanDetector.detect(text);
            from = plan == null ? null : "page text";
        }
        return new DvhFigure(page.pageNumber(), 0, plan, colour, vector, from, caption.isBlank() ? null : caption, List.of(),
                null);
    }

    private static double overlap(double[] region, PlacedImage img) {
        double w = Math.min(region[2], img.x1()) - Math.max(region[0], img.x0());
        double h = Math.min(region[3], img.bottom()) - Math.max(region[1], img.top());
        double area = (region[2] - region[0]) * (region[3] - region[1]);
        return w <= 0 || h <= 0 || area <= 0 ? 0 : w * h / area;
    }

    private static PixelStats stats(PlacedImage img) {
        try {
            return PixelSampler.stats(img.image());
        } catch (IOException | RuntimeException e) {
            LOG.debug("embedded image could not be decoded: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /** Words of the lines whose centre lies inside an area. */
    private static String textIn(double[] area, List<TextLine> lines) {
        List<Word> words = new ArrayList<>();
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                double cy = (w.top() + w.bottom()) / 2;
                if (w.centerX() >= area[0] && w.centerX() <= area[2] && cy >= area[1] && cy <= area[3]) {
                    words.add(w);
                }
            }
        }
        return TextLayout.join(words);
    }

    /**
     * A drawing's caption: words under its axes (past the tick labels and axis title, which are no
     * caption) or above it, within its width.
     */
    private static String drawingCaption(VectorFigureRegions.Region region, List<TextLine> lines) {
        double[] plot = region.plot();
        double[] area = region.area();
        List<TextLine> candidates = new ArrayList<>();
        for (TextLine l : lines) {
            boolean belowAxes = l.top() >= plot[3] - 2 && l.top() <= area[3] + CAPTION_REACH;
            boolean axisText = l.words().stream().allMatch(w -> FigureTextCalibration.number(w.text()) != null
                    || w.text().matches("(?i)\\(?(dose|volume|\\(?c?gy\\)?|\\(?%\\)?|\\(?cc\\)?|relative|absolute)\\)?"));
            if (!(belowAxes && axisText)) {
                candidates.add(l);
            }
        }
        return caption(new double[] {area[0], plot[1], area[2], plot[3]}, candidates, area[3] - plot[3] + CAPTION_REACH);
    }

    /**
     * Words right below the box (captions) or right above it (titles), within the box's width:
     * two figures side by side each keep their own caption even when both sit on one line.
     */
    static String caption(double[] box, List<TextLine> lines) {
        return caption(box, lines, CAPTION_REACH);
    }

    private static String caption(double[] box, List<TextLine> lines, double reachBelow) {
        List<Word> words = new ArrayList<>();
        for (TextLine l : lines) {
            boolean below = l.top() >= box[3] - 2 && l.top() - box[3] <= reachBelow;
            boolean above = l.bottom() <= box[1] + 2 && box[1] - l.bottom() <= CAPTION_REACH / 2;
            if (below || above) {
                for (Word w : l.words()) {
                    if (w.centerX() >= box[0] && w.centerX() <= box[2]) {
                        words.add(w);
                    }
                }
            }
        }
        return TextLayout.join(words);
    }
}
