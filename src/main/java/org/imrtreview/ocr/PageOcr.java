package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * OCR of whole page images (scans, faxes, photos of paper) at word level: the picture is cleaned
 * as a fax needs — grey levels from colour or 1-bit, non-square fax pixels (204 x 98 dpi) made
 * square, low resolutions enlarged, specks removed, sideways and upside-down pages turned, tilt
 * removed, table rulings found as pixel runs and whitened — and then read by Tesseract with every
 * word's box, characters and confidence. Knows nothing of reviews; safe from any thread (the
 * engine handles are pooled); slow (about a second a page), so never call it on the UI thread.
 * Decision 0151.
 */
public final class PageOcr {
    /** Pages are read at no less than this resolution (smaller scans are enlarged first). */
    static final double MIN_DPI = 250;
    /** ... and no more than this (larger scans are reduced: more pixels only cost time). */
    static final double MAX_DPI = 320;
    /** A first reading this sure is taken without trying the page upside down. */
    static final double SURE_ENOUGH = 0.72;
    /** Punctuation-only words below this confidence are dropped as noise. */
    static final double NOISE = 0.6;

    private static final PageOcr SHARED = new PageOcr(TesseractReader.shared());

    private static final java.util.concurrent.atomic.LongAdder PAGES_READ = new java.util.concurrent.atomic.LongAdder();

    private final TesseractReader engine;

    /** Pages read by OCR in this process so far (what a cache saves is counted, not timed). */
    public static long pagesRead() {
        return PAGES_READ.sum();
    }

    PageOcr(TesseractReader engine) {
        this.engine = engine;
    }

    public static PageOcr shared() {
        return SHARED;
    }

    public boolean available() {
        return engine.available();
    }

    public String unavailableReason() {
        return engine.unavailableReason();
    }

    /**
     * Reads one page image whose resolution is {@code xDpi} x {@code yDpi} (as the file or the PDF
     * says; pass the same twice when unknown). Empty words when OCR is unavailable.
     */
    public OcrPage read(BufferedImage image, double xDpi, double yDpi) {
        return read(Picture.of(image), xDpi, yDpi);
    }

    /**
     * A page picture as OCR needs it: its 8-bit grey levels, and whether it was in colour and had grey
     * levels at all. Made from the decoded or rendered picture, which can then go: a page at 250 dpi is
     * 23 MB as ARGB and 6 MB as grey (issue 17, decision 0332). The grey levels are handed over once.
     */
    public static final class Picture {
        private GreyImage grey;
        private final boolean colour;
        private final boolean greyLevels;

        private Picture(GreyImage grey, boolean colour, boolean greyLevels) {
            this.grey = grey;
            this.colour = colour;
            this.greyLevels = greyLevels;
        }

        public static Picture of(BufferedImage image) {
            return new Picture(GreyImage.of(image), colourful(image), hasGreyLevels(image));
        }

        private GreyImage take() {
            GreyImage g = grey;
            if (g == null) {
                throw new IllegalStateException("a page picture is read once");
            }
            grey = null;
            return g;
        }
    }

    /**
     * Reads one page (see {@link #read(BufferedImage, double, double)}); the picture's grey levels are
     * taken from {@code picture}, and each copy of the page is let go as soon as it is no longer needed,
     * so one page's working copies are all the pixels held at a time.
     */
    public OcrPage read(Picture picture, double xDpi, double yDpi) {
        PAGES_READ.increment();
        boolean colour = picture.colour;
        boolean greyLevels = picture.greyLevels;
        GreyImage grey = picture.take();
        double dpiX = xDpi > 20 ? xDpi : 200;
        double dpiY = yDpi > 20 ? yDpi : dpiX;
        double dpi = Math.max(dpiX, dpiY);
        double target = Math.max(Double.parseDouble(System.getProperty("imrt.ocr.minDpi", String.valueOf(MIN_DPI))),
                Math.min(MAX_DPI, dpi));
        if (!greyLevels) {
            target = MAX_DPI; // a 1-bit fax's strokes are a pixel or two: enlarged further, digits keep their points
        }
        grey = grey.scaled(target / dpiX, target / dpiY);
        int threshold = grey.otsu();
        java.util.stream.IntStream.Builder whitened = java.util.stream.IntStream.builder();
        PageCleaner.despeckle(grey, threshold, target, whitened);
        int cleanedW = grey.w;
        int cleanedH = grey.h;
        // pale rulings are looked for only where there are grey levels (a 1-bit fax has none; decision 0259)
        int faint = greyLevels && PageCleaner.FAINT > 0 ? PageCleaner.faintThreshold(grey, threshold) : threshold;
        GreyImage[] held = {grey};
        grey = null; // orient takes the page: only the reading's own page is kept whole from here on (decision 0631)
        Oriented o = orient(held, threshold, faint, target);
        Reading best = o.best();
        int quarter = o.quarter();
        double skew = o.skew();
        int rotation = ((quarter + best.quarter()) % 4) * 90;
        List<OcrWord> read = best.words();
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.dropped"))) { // decision 0305
            read = DroppedWords.recover(read, best.raw(), best.page(), threshold, target,
                    (crop, cropDpi) -> engine.readLineWords(crop.px, crop.w, crop.h, cropDpi));
        }
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.missingSigns"))) { // decisions 0372, 0411
            WhitenedInk specks = new WhitenedInk(whitened.build().toArray(), cleanedW, cleanedH, quarter, -skew, best.quarter());
            read = MissingSigns.recover(read, best.page(), threshold, target,
                    (crop, cropDpi) -> engine.readLineWords(crop.px, crop.w, crop.h, cropDpi), specks);
        }
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.fitBoxes"))) { // decision 0307
            read = WordBoxes.fit(read, best.page(), threshold);
        }
        List<OcrWord> words = ValueWords.fix(read, best.page(), threshold);
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.numberCheck"))) {
            words = NumberCheck.check(words, best.page(), threshold, engine,
                    greyLevels ? NumberCheck.SCALES : NumberCheck.FAX_SCALES); // a fax's own size too (decision 0488)
        }
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.reread"))) {
            words = ValueReread.clean(words, best.page(), engine);
        }
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.metricReread"))) { // decision 0413
            words = MetricReread.reread(words, best.page(), engine);
        }
        words = NumberCheck.doubtAtRemovedSpecks(words, best.specks());
        words = NumberCheck.doubtLeadingZeros(words); // "04%" for 0.4 %: decision 0522
        words = UnreadDashes.doubt(words, best.page(), threshold); // "Lungs GTV" with a dash unread: decision 0523
        words = NumberCheck.INK_TAKEN // decision 0510
                ? NumberCheck.doubtWhereRulingTookInk(words, best.taken(), PageCleaner.whitenedHalf(target), best.page(),
                        engine, greyLevels ? NumberCheck.SCALES : NumberCheck.FAX_SCALES) // read again, ink back: 0520
                : NumberCheck.doubtAtRemovedRulings(words, best.rules(), PageCleaner.whitenedHalf(target));
        if (!"false".equalsIgnoreCase(System.getProperty("imrt.ocr.knownWords"))) { // decision 0320
            words = KnownWords.fix(words);
        }
        words = WordBoxes.inReadingOrder(words); // "bowel" not "boewl" in the cell: decision 0524
        return new OcrPage(best.width(), best.height(), target, rotation, skew, words, best.rules(), colour,
                greyLevels);
    }

    /**
     * The page image as {@link #read} turned and straightened it, grey and before any clean-up (specks
     * and rulings kept, as the paper showed them): the word boxes of {@code read} fall on it. For the
     * window, which cuts a cell out of it for the nurse to compare with the value read.
     */
    public static BufferedImage upright(BufferedImage image, double xDpi, double yDpi, OcrPage read) {
        double dpiX = xDpi > 20 ? xDpi : 200;
        double dpiY = yDpi > 20 ? yDpi : dpiX;
        GreyImage grey = GreyImage.of(image).scaled(read.dpi() / dpiX, read.dpi() / dpiY);
        int quarters = read.rotation() / 90;
        int sideways = quarters % 2; // read() turns a sideways page first, straightens it, then may turn it over
        GreyImage page = grey.turned(sideways).rotated(-read.skewDegrees()).turned(quarters - sideways);
        return page.toBufferedImage();
    }

    private record Oriented(Reading best, int quarter, double skew) { }

    /**
     * The page read upright: straightened, and turned a quarter or over when the words say so. Each
     * attempt's page is let go once a better one is found or it is no longer needed.
     */
    private Oriented orient(GreyImage[] held, int threshold, int faint, double target) {
        GreyImage grey = held[0];
        held[0] = null;
        // a sideways page is read by the engine as vertical text, and as surely: the word boxes tell
        int quarter = 0;
        double skew = PageCleaner.skew(grey, threshold);
        GreyImage straight = grey.rotated(-skew);
        // while the engine reads the page, that page is the only copy held whole: the page as it came (for a
        // sideways reading) and the straightened one (for an upside-down reading) wait deflated (decision 0631)
        GreyImage.Parked parkedGrey = straight == grey ? null : grey.park();
        GreyImage.Parked parkedStraight = straight.park();
        grey = null;
        Reading best = readTurned(straight, 0, true, threshold, faint, target);
        straight = null;
        if (best.upright() < 0.5) {
            GreyImage turned = (parkedGrey != null ? parkedGrey : parkedStraight).unpark().turned(1);
            double turnedSkew = PageCleaner.skew(turned, threshold);
            Reading sideways = readTurned(turned.rotated(-turnedSkew), 0, false, threshold, faint, target);
            if (sideways.upright() > best.upright()) {
                best = sideways;
                quarter = 1;
                skew = turnedSkew;
                parkedStraight = turned.rotated(-turnedSkew).park();
            }
            sideways = null;
            turned = null;
        }
        parkedGrey = null;
        if (best.confidence() < SURE_ENOUGH || best.words().size() < 3) {
            Reading flipped = readTurned(parkedStraight.unpark(), 2, true, threshold, faint, target);
            if (flipped.score() > best.score()) {
                best = flipped;
            }
            flipped = null;
        }
        return new Oriented(best, quarter, skew);
    }

    /** {@code raw}: every word the engine read, noise too (its ink is not a dropped word). */
    /** {@code specks}: specks taken out above the line between two characters (decision 0306). */
    private record Reading(int quarter, int width, int height, List<OcrWord> words, List<OcrWord> raw, List<OcrRule> rules,
                           GreyImage page, List<int[]> specks, List<int[]> taken) {
        double confidence() {
            return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        }

        double score() {
            return confidence() * Math.sqrt(words.size());
        }

        /** Share of words of three or more characters whose box is wider than tall (1 when there are none). */
        double upright() {
            int n = 0;
            int wide = 0;
            for (OcrWord w : words) {
                if (w.text().length() >= 3) {
                    n++;
                    if (w.x1() - w.x0() > w.y1() - w.y0()) {
                        wide++;
                    }
                }
            }
            return n == 0 ? 1 : (double) wide / n;
        }
    }

    /** {@code owned}: {@code straight} is the reading's to clean in place (no one else holds it). */
    private Reading readTurned(GreyImage straight, int quarter, boolean owned, int threshold, int faint, double dpi) {
        GreyImage page = straight.turned(quarter);
        if (page == straight && !owned) {
            page = new GreyImage(straight.px.clone(), straight.w, straight.h);
        }
        List<int[]> taken = new ArrayList<>(); // the text's ink the rulings' whitening took (decision 0510)
        List<OcrRule> rules = PageCleaner.rulingsAndTheirSpecks(page, threshold, faint, dpi,
                NumberCheck.INK_TAKEN ? taken : null);
        List<int[]> specks = "false".equalsIgnoreCase(System.getProperty("imrt.ocr.baselineSpecks")) ? List.of()
                : PageCleaner.specksOffTheBaseline(page, threshold, dpi);
        List<OcrWord> raw = engine.readWords(page.px, page.w, page.h, (int) Math.round(dpi));
        List<OcrWord> words = withoutNoise(raw);
        String debugDir = System.getProperty("imrt.ocr.debugDir");
        if (debugDir != null) { // developer aid: the page exactly as the engine saw it
            try {
                javax.imageio.ImageIO.write(page.toBufferedImage(), "png",
                        java.nio.file.Path.of(debugDir, "ocr-" + System.nanoTime() + ".png").toFile());
            } catch (java.io.IOException e) {
                // only a debugging aid
            }
        }
        return new Reading(quarter, page.w, page.h, words, raw, rules, page, specks, taken);
    }

    /**
     * Marks of punctuation alone read unsurely, or far smaller than the page's text (a "|" two pixels
     * tall beside 30-pixel words), are specks or the remains of a ruling, not text; a
     * comparison sign stays whatever its confidence (a faint "&lt;" dropped would leave "Mean 18 Gy",
     * read as a limit with no sign: it stays, unsure, and its cell is doubted instead). Decision 0251.
     */
    static List<OcrWord> withoutNoise(List<OcrWord> words) {
        int[] heights = words.stream().filter(w -> w.text().codePoints().anyMatch(Character::isLetterOrDigit))
                .mapToInt(w -> w.y1() - w.y0()).sorted().toArray();
        int text = heights.length == 0 ? 0 : heights[heights.length / 2];
        int speck = text / 4; // a mark under a quarter of the text's height
        boolean dashes = !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.dashes"));
        List<OcrWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            if (w.text().codePoints().anyMatch(Character::isLetterOrDigit)
                    || w.text().chars().anyMatch(c -> c == '<' || c == '>' || c == '\u2264' || c == '\u2265')
                    || (w.confidence() >= NOISE && w.y1() - w.y0() >= speck)) {
                out.add(w);
            } else if (dashes && w.confidence() >= NOISE && dashBetweenWords(words, i, text)) {
                out.add(asDash(w, text)); // "Optic chiasm – boost phase": a dash is a stroke, never a quarter as tall as the text
            }
        }
        return out;
    }

    /**
     * A word read as dashes alone ("—", "-", "-—"), a flat stroke at least twice as wide as it is tall and a
     * fifth of the text's height wide, across the middle of a line between two words of letters or digits a
     * space or two away on either side, or after a word with nothing more on its line for two text heights (a
     * cell's name wrapped after its dash: "Glottic larynx –" over "boost phase"): the dash of "Optic chiasm –
     * boost phase" or "Lungs - GTV", which a fax leaves two or three pixels tall. Such a dash was dropped as a
     * speck, so the organ read "Optic chiasm boost phase", surely (decision 0485). A speck, a stroke off the
     * line's middle or a dash alone on its line does not pass; a dash kept in a name is doubted with its cell.
     */
    static boolean dashBetweenWords(List<OcrWord> words, int i, int textHeight) {
        OcrWord w = words.get(i);
        if (textHeight <= 0 || w.text().isEmpty() || !w.text().chars().allMatch(c -> c == '-' || c >= '\u2010' && c <= '\u2015')) {
            return false;
        }
        int width = w.x1() - w.x0();
        int height = Math.max(1, w.y1() - w.y0());
        if (width < 2 * height || width < textHeight / 5 || width > 1.5 * textHeight || height > textHeight / 3) {
            return false;
        }
        OcrWord before = i > 0 && words.get(i - 1).line() == w.line() ? words.get(i - 1) : null;
        OcrWord after = i + 1 < words.size() && words.get(i + 1).line() == w.line() ? words.get(i + 1) : null;
        if (before == null || !hasLetterOrDigit(before)) {
            return false;
        }
        int gapBefore = w.x0() - before.x1();
        double middle = (w.y0() + w.y1()) / 2.0;
        if (gapBefore < 0 || gapBefore > textHeight || middle <= before.y0() || middle >= before.baseline()) {
            return false;
        }
        if (after == null || after.x0() - w.x1() > 2 * textHeight) {
            // the end of a line of its cell ("Glottic larynx –" over "boost phase"): nothing after it on the line
            return !"false".equalsIgnoreCase(System.getProperty("imrt.ocr.dashesAtLineEnd"));
        }
        int gapAfter = after.x0() - w.x1();
        return hasLetterOrDigit(after) && gapAfter >= 0 && gapAfter <= textHeight && middle > after.y0()
                && middle < after.baseline();
    }

    private static boolean hasLetterOrDigit(OcrWord w) {
        return w.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The dash as the width of its stroke says: under 0.45 of the text's height a hyphen "-", wider an en dash
     * "–" (the engine reads either as "—"). Its cell is doubted as every spaced dash in a name is (OcrDoubts).
     */
    static OcrWord asDash(OcrWord w, int textHeight) {
        String dash = w.x1() - w.x0() < 0.45 * textHeight ? "-" : "\u2013";
        return w.withText(dash, List.of(new OcrSymbol(dash, w.x0(), w.y0(), w.x1(), w.y1())));
    }

    /** Clearly coloured pixels make a colour picture (a colour scan of a colour DVH), robust to JPEG tint. */
    static boolean colourful(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 250_000));
        long n = 0;
        long chromatic = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int p = image.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                n++;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    chromatic++;
                }
            }
        }
        return n > 0 && chromatic >= Math.max(20, n / 2000);
    }

    /** Whether the picture has intermediate grey levels (false for a 1-bit fax). */
    static boolean hasGreyLevels(BufferedImage image) {
        if (image.getColorModel().getPixelSize() == 1) {
            return false;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 250_000));
        long mid = 0;
        long n = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int p = image.getRGB(x, y);
                int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
                n++;
                if (luma > 40 && luma < 215) {
                    mid++;
                }
            }
        }
        return n > 0 && mid > n / 500;
    }
}
