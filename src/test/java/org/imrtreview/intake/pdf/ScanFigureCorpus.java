package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.samples.SampleDvhTruth;

/**
 * The scanned-figure corpus (decision 0324): the samples' own colour DVH pictures set on a captioned
 * figure page (as sample 11's packet does), printed and scanned or faxed ({@link ScanDegrader}'s
 * steps, deterministic seeds), written as image-only PDF pages; and the score of what the packet
 * reader digitised from them against the curves they were drawn from ({@link SampleDvhTruth}).
 */
public final class ScanFigureCorpus {

    /** How the figure page reached the reviewer. */
    public enum Look {
        COLOUR_300("300 dpi colour JPEG (q 0.75), 0.4° tilt", 300, 0.4, false, true, 0.75f, false, 0),
        COLOUR_200("200 dpi colour JPEG (q 0.5), 0.5° tilt", 200, 0.5, false, true, 0.5f, false, 0),
        COLOUR_200_TILT("200 dpi colour JPEG (q 0.5), 1.5° tilt, blur", 200, -1.5, true, true, 0.5f, false, 0),
        GREY_200("200 dpi grey, 1° tilt, speckle, blur", 200, 1.0, true, false, 0, false, 0.0004),
        FAX_FINE("fax fine 204 x 196, 1-bit, 0.8° tilt, speckle", 204, 0.8, false, false, 0, true, 0.0006);

        final String description;
        final double dpi;
        final double tilt;
        final boolean blur;
        final boolean colour;
        final float jpegQuality;
        final boolean bilevel;
        final double speckle;

        Look(String description, double dpi, double tilt, boolean blur, boolean colour, float jpegQuality, boolean bilevel,
             double speckle) {
            this.description = description;
            this.dpi = dpi;
            this.tilt = tilt;
            this.blur = blur;
            this.colour = colour;
            this.jpegQuality = jpegQuality;
            this.bilevel = bilevel;
            this.speckle = speckle;
        }

        public String description() {
            return description;
        }
    }

    private ScanFigureCorpus() {
    }

    /** The caption a physics office puts under the figure (the plan named, as in sample 11). */
    public static String caption(SampleDvhTruth.Figure f) {
        return "Figure 1. Cumulative DVH, " + (f.threeD() ? "3D-CRT plan" : "IMRT plan");
    }

    /** An image-only PDF of the figure page as scanned in {@code look}. */
    public static Path scannedPage(SampleDvhTruth.Figure figure, Path samples, Look look, long seed, Path out) throws IOException {
        return scannedPage(source -> PacketPages.dvhPage(source, ImageIO.read(figure.path(samples).toFile()), caption(figure)),
                look, seed, out);
    }

    /** Makes the one page of a source document (to be scanned). */
    public interface PageMaker {
        void make(PDDocument source) throws IOException;
    }

    /** An image-only PDF of the page {@code maker} sets, as scanned in {@code look}. */
    public static Path scannedPage(PageMaker maker, Look look, long seed, Path out) throws IOException {
        try (PDDocument source = new PDDocument()) {
            maker.make(source);
            BufferedImage img = new PDFRenderer(source).renderImageWithDPI(0, (float) look.dpi,
                    look.colour ? ImageType.RGB : ImageType.GRAY);
            if (look == Look.FAX_FINE) {
                img = ScanDegrader.scale(img, 1, 196.0 / 204);
            }
            img = ScanDegrader.rotate(img, look.tilt);
            if (look.blur) {
                img = ScanDegrader.blur(img);
            }
            if (look.bilevel) {
                img = ScanDegrader.bilevel(img, 150);
            }
            if (look.speckle > 0) {
                ScanDegrader.speckle(img, look.speckle, new Random(seed));
            }
            try (PDDocument doc = new PDDocument()) {
                double yDpi = look == Look.FAX_FINE ? 196 : look.dpi;
                float w = (float) (img.getWidth() / look.dpi * 72);
                float h = (float) (img.getHeight() / yDpi * 72);
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = look.jpegQuality > 0 ? JPEGFactory.createFromImage(doc, img, look.jpegQuality)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
                doc.save(out.toFile());
            }
        }
        return out;
    }

    /**
     * What the reader digitised from one figure, against its known curves. {@code found}: known curves
     * some usable curve follows (median error under 3 points); {@code volumeErrors}: each found curve's
     * median |ΔV| (percentage points) over its dose range; {@code dmaxErrors}: |ΔDmax| in Gy (a curve
     * whose end the picture hides counts from the nearer edge of its range); {@code confidentWrong}:
     * usable curves more than 5 points off their known curve somewhere outside the ranges they admit
     * to, or named as another organ; {@code spurious}: unassigned usable curves that follow no known
     * curve (they enter the case unassigned and are never evidence).
     */
    public record Score(int present, int found, int usable, List<Double> volumeErrors, List<Double> dmaxErrors,
                        int confidentWrong, List<String> wrong, int spurious, List<String> dmaxNotes) {
    }

    public static Score score(SampleDvhTruth.Figure figure, List<DvhCurve> curves) {
        List<SampleDvhTruth.Known> known = figure.curves();
        boolean[] found = new boolean[known.size()];
        double[] bestMedian = new double[known.size()];
        double[] bestDmax = new double[known.size()];
        Arrays.fill(bestMedian, Double.NaN);
        int wrongCount = 0;
        int spurious = 0;
        List<String> dmaxNotes = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (DvhCurve c : curves) {
            int match = -1;
            double matchMedian = Double.MAX_VALUE;
            for (int k = 0; k < known.size(); k++) {
                double m = median(deviations(c, known.get(k), false));
                if (m < matchMedian) {
                    matchMedian = m;
                    match = k;
                }
            }
            if (match < 0) {
                continue;
            }
            SampleDvhTruth.Known k = known.get(match);
            double worst = deviations(c, k, true).stream().mapToDouble(Double::doubleValue).max().orElse(0);
            boolean named = c.structure() != null && !c.structure().startsWith(org.imrtreview.digitize.DigitizedCurves.UNASSIGNED_PREFIX);
            // named as another organ of the figure (a misread name that matches no organ is never used as one)
            boolean misnamed = named && !c.structure().equalsIgnoreCase(k.organ())
                    && known.stream().anyMatch(o -> o.organ().equalsIgnoreCase(c.structure()));
            double median = matchMedian;
            if (median >= 3 && !named) {
                spurious++; // follows no known curve and is no organ's: never evidence (docs/digitize.md)
                continue;
            }
            if (worst > 5 || misnamed || named && median >= 3) {
                wrongCount++;
                wrong.add(String.format(java.util.Locale.ROOT, "%s: %s followed as %s, %.1f pp off", figure.label(),
                        c.structure(), k.organ(), worst));
            }
            if (matchMedian < 3 && (Double.isNaN(bestMedian[match]) || matchMedian < bestMedian[match])) {
                found[match] = true;
                bestMedian[match] = matchMedian;
                bestDmax[match] = dmaxError(c, k);
                if (bestDmax[match] > 2) {
                    dmaxNotes.add(String.format(java.util.Locale.ROOT, "%s %s: Dmax %.1f Gy (%s), known %.1f Gy", figure.label(),
                            k.organ(), dmax(c), c.bound() == null ? "no range" : "range to " + String.format(java.util.Locale.ROOT,
                                    "%.1f", dmax(c.boundCurve().orElseThrow())), k.dMax()));
                }
            }
        }
        List<Double> v = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        int n = 0;
        for (int k = 0; k < known.size(); k++) {
            if (found[k]) {
                n++;
                v.add(bestMedian[k]);
                d.add(bestDmax[k]);
            }
        }
        return new Score(known.size(), n, curves.size(), v, d, wrongCount, wrong, spurious, dmaxNotes);
    }

    /**
     * |ΔV| at every 0.25 Gy from 0 to the curve's last dose; {@code outsideRange}: the distance from
     * the known value to the band the curve admits (its bound, decision 0182), not to its line.
     */
    private static List<Double> deviations(DvhCurve c, SampleDvhTruth.Known k, boolean outsideRange) {
        List<Double> out = new ArrayList<>();
        double end = c.doseAt(c.size() - 1);
        DvhCurve upper = c.boundCurve().orElse(null);
        DvhCurve lower = c.lowerBoundCurve().orElse(null);
        for (double d = 0; d <= end; d += 0.25) {
            double v = at(c, d);
            double lo = v;
            double hi = v;
            if (outsideRange) {
                for (DvhCurve b : new DvhCurve[] {upper, lower}) {
                    if (b != null) {
                        double bv = at(b, d);
                        lo = Math.min(lo, bv);
                        hi = Math.max(hi, bv);
                    }
                }
            }
            double t = k.volumeAt(d);
            out.add(t < lo ? lo - t : t > hi ? t - hi : 0);
        }
        return out;
    }

    private static double dmaxError(DvhCurve c, SampleDvhTruth.Known k) {
        double dmax = dmax(c);
        DvhCurve upper = c.boundCurve().orElse(null);
        if (upper == null) {
            return Math.abs(dmax - k.dMax());
        }
        double lo = Math.min(dmax, dmax(upper));
        double hi = Math.max(dmax, dmax(upper));
        return k.dMax() < lo ? lo - k.dMax() : k.dMax() > hi ? k.dMax() - hi : 0;
    }

    private static double dmax(DvhCurve c) {
        for (int i = 0; i < c.size(); i++) {
            if (c.volumeAt(i) <= 0.05) {
                return c.doseAt(i);
            }
        }
        return c.doseAt(c.size() - 1);
    }

    static double at(DvhCurve c, double dose) {
        if (dose <= c.doseAt(0)) {
            return c.volumeAt(0);
        }
        for (int i = 1; i < c.size(); i++) {
            if (c.doseAt(i) >= dose) {
                double d0 = c.doseAt(i - 1);
                double d1 = c.doseAt(i);
                double t = d1 == d0 ? 0 : (dose - d0) / (d1 - d0);
                return c.volumeAt(i - 1) + t * (c.volumeAt(i) - c.volumeAt(i - 1));
            }
        }
        return c.volumeAt(c.size() - 1);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[a.length / 2];
    }

    static double p90(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[Math.min(a.length - 1, (int) Math.ceil(0.9 * a.length) - 1)];
    }
}
