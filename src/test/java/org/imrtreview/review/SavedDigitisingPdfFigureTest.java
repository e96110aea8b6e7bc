package org.imrtreview.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.imrtreview.digitize.CurveAssigner;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.store.CurveChoice;
import org.imrtreview.store.DigitisedImageKey;
import org.imrtreview.store.DigitisedImageReview;
import org.imrtreview.store.ImageFingerprint;
import org.imrtreview.store.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DVH figure inside a fax packet (sample 11, page 6) is a picture like an image file: the nurse's
 * organ for one of its curves is saved under the figure's key and restored on reopening, on the
 * curves the case carries for "packet p.6 fig.1".
 */
class SavedDigitisingPdfFigureTest {
    private static final String PACKET = "fax_packet_PA-2026-004203.pdf";

    @Test
    void theNursesChoiceForACurveOfAPdfFigureIsRestoredOnItsCurves(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("samples/11-lung-fax-packet", PACKET), folder.resolve(PACKET));
        Files.copy(Path.of("samples/11-lung-fax-packet/request.json"), folder.resolve("request.json"));
        ReviewCase loaded = CaseLoader.standard().load(folder);
        DigitisedImageKey key = new DigitisedImageKey(PACKET, "6", 1);
        assertEquals(PACKET + " p.6 fig.1", key.sourceKey());
        assertTrue(loaded.dvhCurves().stream().anyMatch(c -> key.sourceKey().equals(c.sourceFile())),
                "intake digitised the figure under its key");
        assertTrue(SavedDigitising.imageDocument(loaded, key) != null, "the figure's document is found by its key");

        SavedDigitising saving = new SavedDigitising();
        var figure = saving.figure(folder.resolve(PACKET), key);
        String curveKey = CurveAssigner.key(figure.result().curves().get(0));
        DigitisedImageReview review = new DigitisedImageReview(key, ImageFingerprint.of(folder.resolve(PACKET)), null,
                List.of(new CurveChoice(curveKey, "Spinal cord", PlanKind.THREE_D)));
        ReviewState state = ReviewState.fresh().withDigitisedReview(review, List.of("assigned"), Instant.now(), "dana");

        SavedDigitising.Restoration restored = saving.restore(loaded, state);

        assertEquals(List.of(), restored.notices());
        List<DvhCurve> curves = restored.curvesBySource().get(key.sourceKey());
        assertTrue(curves != null && curves.stream().anyMatch(c -> c.structure().equals("Spinal cord")
                && c.plan() == PlanKind.THREE_D), String.valueOf(curves));
        assertFalse(restored.curvesBySource().containsKey(PACKET), "curves are keyed by figure, not by the whole PDF");
    }
}
