package org.imrtreview.store;

import org.imrtreview.store.persist.ReviewStateStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Column;
import org.imrtreview.model.PlanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nurse's digitising work in the review state: old files still load, new work round-trips, every change is audited. */
class DigitisedReviewStateTest {
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final DigitisedImageKey DVH_3D = DigitisedImageKey.ofImageFile("dvh_3d.png");
    private static final ImageFingerprint PRINT = new ImageFingerprint(48_213, "ab".repeat(32));

    @TempDir
    Path caseFolder;

    private final ReviewStateStore store = new ReviewStateStore();

    @Test
    void aVersionOneFileWithoutDigitisingWorkLoadsAsBefore() throws IOException {
        String v1 = """
                {
                  "version" : 1,
                  "opened" : true,
                  "edits" : [ { "row" : 2, "column" : "DOSE_IMRT", "original" : "5200", "value" : "52 Gy",
                                "at" : "2026-11-21T10:01:00Z" } ],
                  "checklist" : [ ],
                  "decision" : null,
                  "notes" : "Spoke to the dosimetrist.",
                  "audit" : [ { "at" : "2026-11-21T10:00:00Z", "user" : "nurse", "action" : "Opened",
                                "detail" : "Review started" } ]
                }
                """;
        Path file = ReviewStateStore.stateFile(caseFolder);
        Files.createDirectories(file.getParent());
        Files.writeString(file, v1, StandardCharsets.UTF_8);

        ReviewStateStore.Loaded loaded = store.load(caseFolder);

        assertNull(loaded.problem(), "a version-1 file is not set aside");
        ReviewState state = loaded.state();
        assertEquals(List.of(), state.digitised());
        assertEquals("52 Gy", state.editOf(2, Column.DOSE_IMRT).value());
        assertEquals("Spoke to the dosimetrist.", state.notes());
        assertEquals(1, state.audit().size());
        assertEquals(ReviewState.CURRENT_VERSION, state.version(), "upgraded in memory, written back as the current version");
        assertEquals(ReviewStatus.IN_REVIEW, store.statusOf(caseFolder));
    }

    @Test
    void curveChoicesAndAxesSurviveASaveAndReload() throws IOException {
        DigitisedImageReview review = new DigitisedImageReview(DVH_3D, PRINT,
                new SavedAxes(new SavedAxes.Range(0, 80), null),
                List.of(new CurveChoice("#d62728 dashed", "Parotid L", PlanKind.IMRT),
                        new CurveChoice("#1f77b4 solid", "Brainstem", null)));
        DigitisedImageReview figure = new DigitisedImageReview(new DigitisedImageKey("packet.pdf", "3", 2), null, null,
                List.of(new CurveChoice("#2ca02c solid", "Cochlea R", PlanKind.THREE_D)));
        ReviewState state = ReviewState.fresh().markOpened(T0, "nurse")
                .withDigitisedReview(review, List.of("one"), T0, "nurse")
                .withDigitisedReview(figure, List.of("two"), T0, "nurse");

        store.save(caseFolder, state);
        ReviewState loaded = store.load(caseFolder).state();

        assertEquals(state, loaded);
        assertEquals(review, loaded.digitisedReview(DVH_3D));
        assertEquals(figure, loaded.digitisedReview(new DigitisedImageKey("packet.pdf", "3", 2)));
        assertTrue(Files.readString(ReviewStateStore.stateFile(caseFolder)).contains("\"version\" : " + ReviewState.CURRENT_VERSION),
                "written as the current state-file version");
    }

    @Test
    void changesAreAuditedInPlainWords() {
        DigitisedImageReview before = new DigitisedImageReview(DVH_3D, PRINT, null,
                List.of(new CurveChoice("#1f77b4 solid", "Brainstem", PlanKind.IMRT)));
        DigitisedImageReview after = before.withChoice(new CurveChoice("#d62728 dashed", "Parotid L", PlanKind.IMRT));
        after = new DigitisedImageReview(DVH_3D, PRINT,
                new SavedAxes(new SavedAxes.Range(0, 80), new SavedAxes.Range(0, 100)), after.curves());
        Map<String, String> names = Map.of("#d62728 dashed", "Curve 2 (red dashed)", "#1f77b4 solid", "Curve 1 (blue solid)");

        List<String> changes = DigitisingAudit.changes(before, after, names::get);

        assertEquals(List.of("Axes of dvh_3d.png set to dose 0–80 Gy, volume 0–100 %",
                "Curve 2 (red dashed) of dvh_3d.png assigned to Parotid L, IMRT"), changes);
        ReviewState state = ReviewState.fresh().withDigitisedReview(before, List.of(), T0, "nurse")
                .withDigitisedReview(after, changes, T0, "nurse");
        assertEquals(changes, state.audit().stream().map(AuditEntry::detail).toList());
        assertEquals("Digitised curves", state.audit().get(0).action());
        assertSame(state, state.withDigitisedReview(after, List.of(), T0, "nurse"), "saving the same work again changes nothing");
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Parotid L |  IMRT | Curve 2 (red dashed) of dvh_3d.png assigned to Parotid L, IMRT
            Parotid L |       | Curve 2 (red dashed) of dvh_3d.png assigned to Parotid L
                      |  3D   | Curve 2 (red dashed) of dvh_3d.png assigned to no organ, 3D
                      |       | Curve 2 (red dashed) of dvh_3d.png assigned to nothing (unassigned)
            """)
    void eachAssignmentIsOneSentence(String organ, String plan, String sentence) {
        PlanKind kind = plan == null ? null : plan.equals("3D") ? PlanKind.THREE_D : PlanKind.IMRT;
        DigitisedImageReview after = new DigitisedImageReview(DVH_3D, PRINT, null,
                List.of(new CurveChoice("#d62728 dashed", organ, kind)));
        assertEquals(List.of(sentence), DigitisingAudit.changes(null, after, k -> "Curve 2 (red dashed)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dvh_3d.png |      | 1 | dvh_3d.png
            packet.pdf | 3    | 2 | packet.pdf page 3 figure 2
            packet.pdf | 3-4  | 1 | packet.pdf pages 3-4 figure 1
            """)
    void picturesAreNamedForTheNurse(String file, String pages, int figure, String name) {
        assertEquals(name, new DigitisedImageKey(file, pages, figure).describe());
    }

    @Test
    void workOnAChangedPictureIsSetAsideWithAReason() {
        DigitisedImageReview review = new DigitisedImageReview(DVH_3D, PRINT, null,
                List.of(new CurveChoice("#d62728 dashed", "Parotid L", PlanKind.IMRT)));
        ReviewState state = ReviewState.fresh().withDigitisedReview(review, List.of("assigned"), T0, "nurse");

        ReviewState aside = state.withoutDigitisedReview(DVH_3D, "the image changed since", T0, "nurse");

        assertNull(aside.digitisedReview(DVH_3D));
        AuditEntry last = aside.audit().get(aside.audit().size() - 1);
        assertEquals("Digitised curves not applied", last.action());
        assertEquals("the image changed since", last.detail());
        assertSame(aside, aside.withoutDigitisedReview(DVH_3D, "again", T0, "nurse"));
    }

    @Test
    void aFingerprintTellsAChangedFileBySizeOrContent() throws IOException {
        Path a = caseFolder.resolve("a.png");
        Files.write(a, new byte[] {1, 2, 3});
        ImageFingerprint first = ImageFingerprint.of(a);
        Files.write(a, new byte[] {1, 2, 4});
        ImageFingerprint sameSize = ImageFingerprint.of(a);
        Files.write(a, new byte[] {1, 2, 3, 4});
        ImageFingerprint longer = ImageFingerprint.of(a);

        assertEquals(3, first.bytes());
        assertTrue(!first.equals(sameSize) && !first.equals(longer));
        assertEquals("its content differs (same size)", sameSize.differenceFrom(first));
        assertEquals("its size went from 3 to 4 bytes", longer.differenceFrom(first));
    }
}
