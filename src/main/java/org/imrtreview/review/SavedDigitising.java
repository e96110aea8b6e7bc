package org.imrtreview.review;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrtreview.digitize.AxisRange;
import org.imrtreview.digitize.Calibration;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.digitize.CurveAssignment;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizeResult;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.DvhImageDigitizer;
import org.imrtreview.digitize.ImageFiles;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.digitize.TracedCurve;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.ReviewState;
import org.imrtreview.store.SavedAxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the nurse's saved work on digitised pictures (curve assignments, axis corrections) to a
 * case as it is opened, off the FX thread, so the first evaluation she sees already uses it
 * (decision 0090). Where only assignments were saved, the curves intake already digitised are
 * relabelled (same curve keys); where axes were corrected, or intake's curves do not carry their
 * keys, the picture is digitised again and recalibrated. A picture that changed since (size or
 * SHA-256) gets nothing applied; a saved curve key the digitiser no longer finds is reported.
 */
public final class SavedDigitising {
    private static final Logger LOG = LoggerFactory.getLogger(SavedDigitising.class);
    /** The nurse's saved work is worth more time than intake's first look (4 s). */
    public static final Duration BUDGET = Duration.ofSeconds(10);

    /**
     * What opening a case with saved digitising work gives: replacement digitised curves per
     * source file, the digitised pictures (for the Digitised curves tab, so it need not digitise
     * again), pictures whose saved work is set aside because the file changed (key → sentence) and
     * sentences for the nurse.
     */
    public record Restoration(Map<String, List<DvhCurve>> curvesBySource, Map<DigitisedImageKey, DigitisedImage> images,
                              Map<DigitisedImageKey, String> changed, List<String> notices) {

        public Restoration {
            curvesBySource = Map.copyOf(curvesBySource);
            images = Map.copyOf(images);
            changed = Map.copyOf(changed);
            notices = List.copyOf(notices);
        }

        public static Restoration none() {
            return new Restoration(Map.of(), Map.of(), Map.of(), List.of());
        }
    }

    private final Duration budget;

    public SavedDigitising() {
        this(BUDGET);
    }

    public SavedDigitising(Duration budget) {
        this.budget = budget;
    }

    /** Restores every saved picture of {@code state} for {@code reviewCase} (slow: call off the FX thread). */
    public Restoration restore(ReviewCase reviewCase, ReviewState state) {
        Map<String, List<DvhCurve>> curves = new LinkedHashMap<>();
        Map<DigitisedImageKey, DigitisedImage> images = new LinkedHashMap<>();
        Map<DigitisedImageKey, String> changed = new LinkedHashMap<>();
        List<String> notices = new ArrayList<>();
        if (reviewCase.folder() == null) {
            return Restoration.none();
        }
        for (DigitisedImageReview saved : state.digitised()) {
            DigitisedImageKey key = saved.image();
            String name = key.describe();
            Document doc = imageDocument(reviewCase, key);
            if (doc == null) {
                notices.add("Your curve choices for " + name + " were kept but not applied: "
                        + (key.pages() == null ? "the file is no longer a colour DVH image of this case."
                        : "the PDF no longer shows this colour DVH figure."));
                continue;
            }
            Path file = reviewCase.folder().resolve(key.file());
            try {
                ImageFingerprint now = ImageFingerprint.of(file);
                if (saved.fingerprint() != null && !saved.fingerprint().equals(now)) {
                    String reason = "Your curve choices for " + name + " were not applied: the image changed since they were"
                            + " saved (" + now.differenceFrom(saved.fingerprint()) + "). Check its curves again in"
                            + " Digitised curves.";
                    changed.put(key, reason);
                    notices.add(reason);
                    continue;
                }
                List<DvhCurve> relabelled = saved.axes() == null ? relabel(reviewCase.dvhCurves(), saved) : null;
                // a key intake did not find may still be found the way the tab digitises (whole file
                // decoded by ImageIO): only then is the choice reported as lost
                if (relabelled != null && unmatched(saved, keysOf(reviewCase.dvhCurves(), key.sourceKey())).isEmpty()) {
                    curves.put(key.sourceKey(), relabelled);
                    continue;
                }
                DigitisedImage image = key.pages() == null ? digitise(ImageFiles.read(file), now, key, doc.plan(), saved)
                        : figure(file, now, key, doc.plan(), saved).digitised();
                images.put(key, image);
                curves.put(key.sourceKey(), DigitizedCurves.toModel(image.result(), image.assignments(), key.sourceKey()));
                notices.addAll(image.notApplied());
            } catch (IOException | NotADvhPlotException | org.imrtreview.intake.pdf.PdfReadException | RuntimeException e) {
                LOG.warn("saved digitising work could not be applied: {}", e.getClass().getSimpleName());
                notices.add("Your curve choices for " + name + " could not be applied: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".");
            }
        }
        return new Restoration(curves, images, changed, notices);
    }

    /**
     * Digitises a picture and applies the nurse's saved work when it was made on this very file
     * ({@code saved} may be null). Slow: call off the FX thread.
     */
    public DigitisedImage digitise(BufferedImage picture, ImageFingerprint fingerprint, DigitisedImageKey key,
                                   PlanKind plan, DigitisedImageReview saved) throws NotADvhPlotException {
        SavedAxes.Frame frame = savedFrame(saved, fingerprint);
        if (frame != null) {
            try {
                return apply(digitiseInFrame(picture, frame), fingerprint, key, plan, saved);
            } catch (NotADvhPlotException e) {
                return frameNotUsed(apply(new DvhImageDigitizer().digitize(picture, DigitizeOptions.automatic(budget)),
                        fingerprint, key, plan, withoutAxes(saved)), saved, e);
            }
        }
        return apply(new DvhImageDigitizer().digitize(picture, DigitizeOptions.automatic(budget)), fingerprint, key, plan, saved);
    }

    /** The frame the nurse dragged on this very file, or null. */
    private static SavedAxes.Frame savedFrame(DigitisedImageReview saved, ImageFingerprint fingerprint) {
        boolean applies = saved != null && (saved.fingerprint() == null || saved.fingerprint().equals(fingerprint));
        return applies && saved.axes() != null ? saved.axes().frame() : null;
    }

    /** Her curve choices without her axes: axis values she typed described the edges of her frame, not of the one found. */
    private static DigitisedImageReview withoutAxes(DigitisedImageReview saved) {
        return new DigitisedImageReview(saved.image(), saved.fingerprint(), null, saved.curves());
    }

    private static DigitisedImage frameNotUsed(DigitisedImage found, DigitisedImageReview saved, NotADvhPlotException e) {
        List<String> notApplied = new ArrayList<>(found.notApplied());
        SavedAxes axes = saved.axes();
        notApplied.add("Your plot frame for " + saved.image().describe() + " could not be used (" + e.getMessage()
                + "); the frame found in the picture is shown"
                + (axes.dose() != null || axes.volume() != null ? ", with the axes read from it (your axis values were"
                + " for your frame)" : "") + ".");
        return new DigitisedImage(found.key(), found.fingerprint(), found.result(), found.assignments(), notApplied);
    }

    /**
     * Digitises a picture inside the plot frame the nurse dragged (image pixels) instead of the detected
     * one; {@code frame} null: the frame found in the picture. Slow: call off the FX thread.
     */
    public DigitizeResult digitiseInFrame(BufferedImage picture, SavedAxes.Frame frame) throws NotADvhPlotException {
        DigitizeOptions options = DigitizeOptions.automatic(budget);
        return new DvhImageDigitizer().digitize(picture, frame == null ? options : options.withFrame(plotFrame(frame)));
    }

    private static org.imrtreview.digitize.PlotFrame plotFrame(SavedAxes.Frame frame) {
        return new org.imrtreview.digitize.PlotFrame(frame.left(), frame.top(), frame.right(), frame.bottom());
    }

    /**
     * Digitises a picture in the nurse's frame ({@code frame} null: back to the frame found in the
     * picture) and assigns its curves as a case load does, keeping her curve choices whose curves are
     * still found. Slow: call off the FX thread.
     */
    public DigitisedImage digitiseInFrame(BufferedImage picture, ImageFingerprint fingerprint, DigitisedImageKey key,
                                          PlanKind plan, SavedAxes.Frame frame, List<CurveChoice> choices)
            throws NotADvhPlotException {
        return keeping(digitiseInFrame(picture, frame), fingerprint, key, plan, choices);
    }

    private DigitisedImage keeping(DigitizeResult result, ImageFingerprint fingerprint, DigitisedImageKey key,
                                   PlanKind plan, List<CurveChoice> choices) {
        DigitisedImageReview keep = new DigitisedImageReview(key, fingerprint, null, choices);
        DigitisedImage image = apply(result, fingerprint, key, plan, keep);
        // choices for curves no longer found are dropped silently here: the frame changed what is traced
        return new DigitisedImage(image.key(), image.fingerprint(), image.result(), image.assignments(), List.of());
    }

    /**
     * A figure inside a PDF digitised as a case load does it (pixels, PDF text calibration and
     * legend names). Slow: call off the FX thread.
     */
    public org.imrtreview.intake.pdf.PdfFigures.DigitisedFigure figure(Path pdf, DigitisedImageKey key)
            throws IOException, org.imrtreview.intake.pdf.PdfReadException, NotADvhPlotException {
        return figure(pdf, key, null);
    }

    /**
     * A figure inside a PDF digitised in the plot frame the nurse dragged on its pixels (null: the frame
     * found); its axes still come from the PDF's text at the frame's edges for drawings. Slow: call off
     * the FX thread.
     */
    public org.imrtreview.intake.pdf.PdfFigures.DigitisedFigure figure(Path pdf, DigitisedImageKey key, SavedAxes.Frame frame)
            throws IOException, org.imrtreview.intake.pdf.PdfReadException, NotADvhPlotException {
        DigitizeOptions options = DigitizeOptions.automatic(budget);
        return org.imrtreview.intake.pdf.PdfFigures.digitize(pdf, key.file(), Integer.parseInt(key.pages()), key.figure(),
                frame == null ? options : options.withFrame(plotFrame(frame)));
    }

    /** A PDF figure's pixels (as digitised) and its digitisation with the nurse's saved work applied. */
    public record FigureRead(BufferedImage image, DigitisedImage digitised) { }

    /**
     * A PDF figure digitised with the nurse's saved work (made on this very file; {@code saved} may be
     * null): in her frame when she dragged one (the frame found, with a sentence, when hers no longer
     * reads). Slow: call off the FX thread.
     */
    public FigureRead figure(Path pdf, ImageFingerprint fingerprint, DigitisedImageKey key, PlanKind plan,
                             DigitisedImageReview saved)
            throws IOException, org.imrtreview.intake.pdf.PdfReadException, NotADvhPlotException {
        SavedAxes.Frame frame = savedFrame(saved, fingerprint);
        if (frame != null) {
            try {
                var f = figure(pdf, key, frame);
                return new FigureRead(f.image(), apply(f.result(), fingerprint, key, plan, saved));
            } catch (NotADvhPlotException e) {
                var f = figure(pdf, key, null);
                return new FigureRead(f.image(), frameNotUsed(apply(f.result(), fingerprint, key, plan, withoutAxes(saved)),
                        saved, e));
            }
        }
        var f = figure(pdf, key, null);
        return new FigureRead(f.image(), apply(f.result(), fingerprint, key, plan, saved));
    }

    /**
     * A PDF figure digitised again in the frame the nurse dragged ({@code frame} null: back to the frame
     * found), keeping her curve choices whose curves are still found. Slow: call off the FX thread.
     */
    public DigitisedImage figureInFrame(Path pdf, ImageFingerprint fingerprint, DigitisedImageKey key, PlanKind plan,
                                        SavedAxes.Frame frame, List<CurveChoice> choices)
            throws IOException, org.imrtreview.intake.pdf.PdfReadException, NotADvhPlotException {
        return keeping(figure(pdf, key, frame).result(), fingerprint, key, plan, choices);
    }

    /** Applies the nurse's saved work (when made on this very file) to a digitised picture. */
    public DigitisedImage apply(DigitizeResult digitised, ImageFingerprint fingerprint, DigitisedImageKey key,
                                PlanKind plan, DigitisedImageReview saved) {
        DigitizeResult result = digitised;
        List<String> notApplied = new ArrayList<>();
        boolean applies = saved != null && (saved.fingerprint() == null || saved.fingerprint().equals(fingerprint));
        if (saved != null && !applies) {
            notApplied.add("Your curve choices for " + key.describe() + " were not applied: the image changed since they"
                    + " were saved (" + fingerprint.differenceFrom(saved.fingerprint()) + ").");
        }
        if (applies && saved.axes() != null) {
            result = withAxes(result, saved.axes());
        }
        Map<String, CurveAssignment> byNurse = new LinkedHashMap<>();
        if (applies) {
            for (CurveChoice choice : saved.curves()) {
                byNurse.put(choice.curveKey(), CurveAssignment.byNurse(choice.curveKey(), choice.organ(), choice.plan()));
            }
            notApplied.addAll(unmatched(saved, result.curves().stream().map(CurveAssigner::key)
                    .collect(Collectors.toSet())));
        }
        List<CurveAssignment> assignments = new CurveAssigner().assign(result.curves(), plan, List.of(), byNurse);
        return new DigitisedImage(key, fingerprint, result, assignments, notApplied);
    }

    /** The result under the nurse's axis values (only the axes she set; the other stays as read). */
    public static DigitizeResult withAxes(DigitizeResult result, SavedAxes axes) {
        Calibration c = result.calibration();
        if (axes.dose() != null) {
            c = c.withDoseRange(new AxisRange(axes.dose().from(), axes.dose().to()));
        }
        if (axes.volume() != null) {
            c = c.withVolumeRange(new AxisRange(axes.volume().from(), axes.volume().to()));
        }
        return DvhImageDigitizer.recalibrate(result, c);
    }

    /**
     * The intake curves of the saved picture with the nurse's organ and plan, or null when they
     * cannot be matched by key (intake named a curve itself, or found no usable curves): then the
     * picture is digitised again. Gives what {@link DigitizedCurves#toModel} gives for the same
     * assignments, without digitising twice.
     */
    static List<DvhCurve> relabel(List<DvhCurve> caseCurves, DigitisedImageReview saved) {
        List<DvhCurve> own = caseCurves.stream()
                .filter(c -> c.digitised() && saved.image().sourceKey().equals(c.sourceFile())).toList();
        if (own.isEmpty() || !own.stream().allMatch(DigitizedCurves::isUnassigned)) {
            return null;
        }
        List<DvhCurve> out = new ArrayList<>();
        for (DvhCurve curve : own) {
            String key = curve.structure().substring(DigitizedCurves.UNASSIGNED_PREFIX.length());
            CurveChoice choice = saved.choiceFor(key);
            if (choice == null) {
                out.add(curve);
            } else {
                String structure = choice.organ() == null ? curve.structure() : choice.organ();
                out.add(new DvhCurve(structure, curve.planName(), choice.plan(), curve.volumeCc(), curve.doseGy(),
                        curve.volumePercent(), true, curve.sourceFile()));
            }
        }
        return out;
    }

    private static Set<String> keysOf(List<DvhCurve> caseCurves, String sourceFile) {
        return caseCurves.stream().filter(c -> sourceFile.equals(c.sourceFile()) && DigitizedCurves.isUnassigned(c))
                .map(c -> c.structure().substring(DigitizedCurves.UNASSIGNED_PREFIX.length()))
                .collect(Collectors.toSet());
    }

    private static List<String> unmatched(DigitisedImageReview saved, Set<String> keys) {
        List<String> out = new ArrayList<>();
        for (CurveChoice choice : saved.curves()) {
            if (!keys.contains(choice.curveKey())) {
                out.add("Your choice for the " + choice.curveKey() + " curve of " + saved.image().describe() + " ("
                        + choice.describe() + ") was not applied: the digitiser no longer finds that curve."
                        + " Assign it again in Digitised curves.");
            }
        }
        return out;
    }

    /**
     * The colour DVH pictures of a case, in document order, by key: whole image files, and the DVH
     * figures of PDF packets (file, page, figure). The Digitised curves tab lists these; saved work
     * is matched against them.
     */
    public static Map<DigitisedImageKey, Document> pictures(ReviewCase reviewCase) {
        Map<DigitisedImageKey, Document> out = new LinkedHashMap<>();
        List<Document> docs = reviewCase.documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (d.kind() != DocumentKind.DVH_IMAGE || Boolean.FALSE.equals(d.color())) {
                continue;
            }
            if (d.pages() == null) {
                out.put(DigitisedImageKey.ofImageFile(d.file()), d);
            } else {
                org.imrtreview.intake.pdf.PdfFigures.figureOf(docs, i).ifPresent(f ->
                        out.put(new DigitisedImageKey(f.file(), String.valueOf(f.page()), f.figure()), d));
            }
        }
        return out;
    }

    /** The colour DVH picture the key names, when it is still in the case and its file is there. */
    static Document imageDocument(ReviewCase reviewCase, DigitisedImageKey key) {
        Document d = pictures(reviewCase).get(key);
        return d != null && Files.isRegularFile(reviewCase.folder().resolve(d.file())) ? d : null;
    }
}
