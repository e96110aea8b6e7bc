package org.imrtreview.letter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the request for information asks (decisions 0574, 0570), on copies of sample 03: a table whose lung and heart
 * rows cite limits QUANTEC publishes for other organs is asked which limit applies to each, not for the heart's values
 * in %; a request whose prescription was written in words is asked for a readable prescription, never quoting it.
 */
class RequestForInformationQuestionsTest {

    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final Reviewer NURSE = Reviewer.parse("Dana Whitfield, RN", null);

    @TempDir
    Path dir;

    private String requestForInformation(Path folder) throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(folder);
        Evaluation e = Evaluator.standard().evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(LetterKind.REQUEST_INFO, NURSE),
                LetterFixtures.LETTER_DATE);
        assertTrue(o instanceof LetterOutcome.Ready, o.toString());
        return ((LetterOutcome.Ready) o).content().plainText().replaceAll("\\s+", " ");
    }

    @Test
    void aLimitPublishedOnlyForAnotherOrganIsAskedAboutNotItsValues() throws Exception {
        Path folder = SampleCopies.copyOf(Path.of("samples/03-lung-v20-csv-criteria-met").toAbsolutePath(), dir);
        Path table = folder.resolve("summary_table.csv");
        Files.writeString(table, Files.readString(table, StandardCharsets.UTF_8)
                .replace("Total lung,V20 < 35%,NCCN,38%,29%,Yes", "Total lung,V70 < 20%,QUANTEC,38%,29%,Yes")
                .replace("Heart,Mean < 26 Gy,QUANTEC,27.4 Gy,18.9 Gy,Yes", "Heart,V65 < 50%,QUANTEC,27.4 Gy,18.9 Gy,Yes")
                .replace("Esophagus,Dmean < 34 Gy,QUANTEC,36.2 Gy,28.7 Gy,Yes", "Esophagus,Dmean < 34 Gy,QUANTEC,32.2 Gy,28.7 Gy,No"),
                StandardCharsets.UTF_8);
        String letter = requestForInformation(folder);
        assertTrue(letter.contains("Which dose limit applies to Total lung, with its source. The limit the table gives it,"
                + " V70Gy < 20%, is published for esophagus and rectum, not for Total lung."), letter);
        assertTrue(letter.contains("Which dose limit applies to Heart, with its source. The limit the table gives it,"
                + " V65Gy < 50%, is published for bladder, not for Heart."), letter);
        // the heart's doses in Gy against a % limit were the only values "missing": they are not asked for
        assertFalse(letter.contains("The dose each organ would get with the 3D plan"), letter);
        assertFalse(letter.contains("Missing for: Heart"), letter);
    }

    @Test
    void aPrescriptionInWordsIsAskedForWithoutQuotingIt() throws Exception {
        Path folder = SampleCopies.copyOf(Path.of("samples/03-lung-v20-csv-criteria-met").toAbsolutePath(), dir);
        Path request = folder.resolve("request.json");
        Files.writeString(request, Files.readString(request).replace("\"totalDoseGy\" : 60.0", "\"totalDoseGy\" : \"sixty\""));
        String letter = requestForInformation(folder);
        assertTrue(letter.contains("A readable copy of the prescribed total dose, written plainly"), letter);
        assertFalse(letter.contains("sixty"), letter);
        assertFalse(letter.contains("totalDoseGy"), letter);
    }
}
