package org.imrtreview.intake;

import java.nio.file.Path;
import java.util.Set;
import org.imrtreview.intake.image.DecodedImage;
import org.imrtreview.intake.image.ImageDecoder;
import org.imrtreview.intake.image.PixelStats;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;

/**
 * Reads a picture (PNG, JPEG, TIFF, BMP, GIF): decides whether it is a DVH image, which plan it
 * shows, and whether it is in colour (the policy requires colour DVHs; a grayscale fax is not
 * enough). Decision 0022 explains the heuristics:
 * <ul>
 *   <li>DVH image when the file name or embedded text says so (dvh, histogram, 3D, IMRT, VMAT,
 *   CRT, plan, comparison ...) or, failing that, when the picture looks like a chart (light
 *   background with long x and y axes). A picture named like a clinical document ("notes.jpg") is
 *   that document, scanned.</li>
 *   <li>Plan from the same words ({@link PlanDetector}); unknown plans stay null for the nurse.</li>
 *   <li>Colour from {@link PixelStats}: enough clearly chromatic pixels, robust to JPEG noise.</li>
 * </ul>
 */
public final class ImageHandler implements FileHandler {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "jfif", "tif", "tiff", "bmp", "gif");
    static final long MAX_BYTES = 150L * 1024 * 1024;

    @Override
    public boolean accepts(String fileName, byte[] head) {
        ContentType actual = ContentType.sniff(head);
        if (actual.isImage()) {
            return true;
        }
        return EXTENSIONS.contains(ContentType.extension(fileName))
                && (actual == ContentType.UNKNOWN || actual == ContentType.TEXT);
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        String fileName = file.getFileName().toString();
        try {
            if (java.nio.file.Files.size(file) > MAX_BYTES) {
                unreadable(into, name, "is too large to check (" + java.nio.file.Files.size(file) / (1024 * 1024) + " MB)");
                return;
            }
            byte[] head;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
            String mislabel = ContentType.mislabelNote(fileName, ContentType.sniff(head));
            if (mislabel != null) {
                into.problem(name, mislabel);
            }
        } catch (java.io.IOException e) {
            unreadable(into, name, "could not be read (" + e.getClass().getSimpleName() + ")");
            return;
        }
        DecodedImage image;
        try {
            image = ImageDecoder.decode(file);
        } catch (ImageDecoder.ImageException e) {
            unreadable(into, name, e.getMessage());
            return;
        }
        if (isOwnPicture(image.text())) {
            // the program's own chart or snapshot is never evidence, wherever it was put (decision 0400)
            into.document(new Document(name, DocumentKind.OWN_PICTURE, null, null, null, LoadState.LOADED, OWN_PICTURE_NOTE));
            return;
        }
        PixelStats stats = PixelStats.of(image.argb(), image.sampleWidth(), image.sampleHeight());
        Document document = classify(name, image, stats);
        if (image.damaged()) {
            into.problem(name, image.damage() + "; it cannot count as a colour DVH image — ask for an undamaged copy");
        }
        if (document.kind() != DocumentKind.DVH_IMAGE) {
            document = ScannedImagePages.read(file, name, document, into);
        }
        if (document.kind() == DocumentKind.DVH_IMAGE && Boolean.TRUE.equals(document.color())) {
            DvhImageCurves.Outcome digitised = DvhImageCurves.digitise(file, name, image, document, into);
            into.curves(digitised.curves());
            document = new Document(document.file(), document.kind(), document.plan(), document.color(), document.pages(),
                    document.state(), document.note() + "; " + digitised.note());
        }
        into.document(document);
    }

    /** The PNG text key {@code org.imrtreview.chart.OwnPictures} writes (a test ties the two). */
    static final String OWN_PICTURE_KEY = "IMRTReviewOutput";
    static final String OWN_PICTURE_NOTE = "picture produced here by the IMRT Review Workstation (a chart or snapshot) — not evidence, not read";

    /** True when the picture's embedded text carries the marker this program writes into its own PNGs. */
    static boolean isOwnPicture(String embeddedText) {
        return embeddedText != null && (embeddedText.startsWith(OWN_PICTURE_KEY + ": ")
                || embeddedText.contains("\n" + OWN_PICTURE_KEY + ": "));
    }

    static Document classify(String name, DecodedImage image, PixelStats stats) {
        PlanKind plan = PlanDetector.detect(TextClassifier.normaliseName(name));
        if (plan == null) {
            plan = PlanDetector.detect(image.text());
        }
        DocumentKind byWords = TextClassifier.classify(name, image.text()).kind();
        boolean dvhByWords = byWords == DocumentKind.DVH_IMAGE || plan != null
                || TextClassifier.normaliseName(name).matches(".*\\b(plan|plans|dose|isodose)\\b.*");
        String size = image.width() + " x " + image.height() + " px";
        if (!dvhByWords && byWords != DocumentKind.OTHER) {
            return new Document(name, byWords, null, null, null, LoadState.SCANNED,
                    "picture of a " + byWords.title().toLowerCase(java.util.Locale.ROOT) + " (" + size + "); read it by eye");
        }
        if (!dvhByWords && !stats.looksLikePlot()) {
            return new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                    "picture (" + size + ") that does not look like a DVH plot");
        }
        // a damaged picture's colours may be the decoder's, not the provider's (bit errors in a grey JPEG
        // come out as coloured blocks): it is never colour evidence (SPEC §4 "Fail closed")
        Boolean colour = image.damaged() ? null : stats.isColour();
        StringBuilder note = new StringBuilder("DVH image (").append(size).append(")");
        note.append(plan == null ? ", plan not named — check which plan it shows" : ", " + planWords(plan));
        note.append(image.damaged() ? ", damaged — colour cannot be judged"
                : colour ? ", in colour" : ", grayscale — the policy requires colour DVHs");
        if (!dvhByWords) {
            note.append("; recognised as a chart by its look (the name does not say DVH)");
        }
        return new Document(name, DocumentKind.DVH_IMAGE, plan, colour, null,
                image.damaged() ? LoadState.WITH_ERRORS : LoadState.LOADED, note.toString());
    }

    private static String planWords(PlanKind plan) {
        return switch (plan) {
            case THREE_D -> "3D plan";
            case IMRT -> "IMRT plan";
            case BOTH -> "3D and IMRT plans";
        };
    }

    private static void unreadable(CaseBuilder into, String name, String message) {
        into.problem(name, message);
        into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, message));
    }
}
