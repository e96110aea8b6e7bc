package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.Block;
import org.imrtreview.letter.content.LetterAssets;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decision 0600: no page of a letter ends on a section heading whose text is on the next page, nor on a
 * lead-in line ("Sincerely," parted from the signature, "This is what we found:" from the findings). The
 * tour found "Your right to free copies" alone at the foot of sample 06's denial draft and "Sincerely,"
 * at the foot of sample 07's request for information, its signature overleaf.
 */
class LetterPageBreaksTest {

    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final String NURSE = "Dana Whitfield, RN";

    static Stream<Arguments> lettersOfTheSamples() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : List.of("01-brain-glioblastoma-criteria-met", "04-prostate-xls-criteria-not-met",
                "06-esophagus-answer-mismatch-not-met", "09-prostate-dvh-data-mismatch",
                "10-head-neck-stricter-than-published")) {
            out.add(Arguments.of(sample, LetterKind.APPROVAL));
            out.add(Arguments.of(sample, LetterKind.DENIAL_DRAFT));
        }
        // a request for information needs something missing: the incomplete samples
        for (String sample : List.of("05-spine-grayscale-fax-incomplete", "07-nasopharynx-missing-imaging-incomplete",
                "12-brain-mets-missing-value-incomplete")) {
            out.add(Arguments.of(sample, LetterKind.REQUEST_INFO));
            out.add(Arguments.of(sample, LetterKind.DENIAL_DRAFT));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lettersOfTheSamples")
    void noPageEndsOnAHeadingOrALeadIn(String sample, LetterKind kind) throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples", sample));
        Evaluation e = Evaluator.standard().evaluate(c);
        List<String> stranded = new ArrayList<>();
        // two letter dates: the due dates and validity they print move the page breaks (the tour's letters of
        // 7 December broke elsewhere than the fixtures' 26 November)
        for (LocalDate date : List.of(LetterFixtures.LETTER_DATE, LetterFixtures.LETTER_DATE.plusDays(11))) {
            LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(kind, Reviewer.parse(NURSE, null)), date);
            LetterContent letter = assertInstanceOf(LetterOutcome.Ready.class, o, o::toString).content();
            List<String> leadIns = new ArrayList<>();
            for (Block b : letter.body()) {
                if (b instanceof Block.Heading h) {
                    leadIns.add(h.text());
                } else if (b instanceof Block.Paragraph p && p.text().length() < 40
                        && (p.text().strip().endsWith(",") || p.text().strip().endsWith(":"))) {
                    leadIns.add(p.text().strip());
                }
            }
            List<List<String>> pages = bodyLines(new LetterPdfRenderer().render(letter));
            for (int i = 0; i < pages.size() - 1; i++) {
                List<String> lines = pages.get(i);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                if (leadIns.contains(last)) {
                    stranded.add(date + ": page " + (i + 1) + " ends on \"" + last + "\"");
                }
            }
        }
        assertEquals(List.of(), stranded);
    }

    /** Each page's lines top to bottom, without the running header and the footer. */
    private static List<List<String>> bodyLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<List<String>> out = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                List<String> lines = new ArrayList<>();
                for (String line : s.getText(doc).split("\\R")) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("DRAFT") && !t.contains("Page " + i + " of ")) {
                        lines.add(t);
                    }
                }
                out.add(lines);
            }
            return out;
        }
    }
}
