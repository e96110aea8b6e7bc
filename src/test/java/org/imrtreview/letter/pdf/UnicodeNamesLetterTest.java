package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 6: any name prints; what no bundled font draws is written as its code and noted. */
@ExtendWith(LegendOcrOff.class)
class UnicodeNamesLetterTest {

    @TempDir
    Path tmp;

    @Test
    void emojiDevanagariThaiAndCjkExtensionBNamesNeverFailTheLetter() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        try (Stream<Path> s = Files.list(Path.of("samples", "01-brain-glioblastoma-criteria-met"))) {
            for (Path p : s.toList()) {
                Files.copy(p, c.resolve(p.getFileName()));
            }
        }
        Path request = c.resolve("request.json");
        Files.writeString(request, Files.readString(request).replace("\"Brain\"", "\"Brain \uD83E\uDDE0 प्रिया สมชาย \uD840\uDC0B\""));
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        LetterOutcome o = LetterComposer.standard().compose(rc, e,
                new ReviewerDecision(LetterKind.APPROVAL, Reviewer.parse("Ann Lee, RN", null), null), LocalDate.of(2026, 12, 4));
        LetterPdfRenderer.Rendered pdf = new LetterPdfRenderer().renderLetter(((LetterOutcome.Ready) o).content());
        assertTrue(pdf.substitutions().contains("U+1F9E0"), pdf.substitutions().toString());
        assertTrue(pdf.substitutions().contains("U+2000B"), pdf.substitutions().toString());
        assertTrue(pdf.substitutionNote().contains("Unicode code"));
        try (var doc = Loader.loadPDF(pdf.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("[U+1F9E0]"), "the emoji is written as its code");
            assertFalse(text.contains("Brain ?"), "never a silent question mark");
        }
    }
}
