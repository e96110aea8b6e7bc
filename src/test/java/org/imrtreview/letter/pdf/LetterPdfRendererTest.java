package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterAssets;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.LetterSigning;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests over letters built from evaluations constructed in code. */
class LetterPdfRendererTest {

    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final LetterPdfRenderer RENDERER = new LetterPdfRenderer();
    private static final String NURSE = "Dana Whitfield, RN";

    static LetterContent letter(ReviewCase c, Evaluation e, LetterKind kind) {
        LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(kind, Reviewer.parse(NURSE, null)),
                LetterFixtures.LETTER_DATE);
        return assertInstanceOf(LetterOutcome.Ready.class, o).content();
    }

    static Evaluation evaluationFor(LetterKind kind) {
        return switch (kind) {
            case APPROVAL -> LetterFixtures.criteriaMet();
            case REQUEST_INFO -> LetterFixtures.incomplete();
            case DENIAL_DRAFT -> LetterFixtures.criteriaNotMet();
        };
    }

    @ParameterizedTest(name = "{0} letter, {1}")
    @CsvSource(textBlock = """
            APPROVAL,     COMMERCIAL
            APPROVAL,     MEDICARE_ADVANTAGE
            REQUEST_INFO, COMMERCIAL
            REQUEST_INFO, MEDICAID
            DENIAL_DRAFT, COMMERCIAL
            DENIAL_DRAFT, MEDICARE_ADVANTAGE
            DENIAL_DRAFT, MEDICAID
            """)
    void everyRequiredElementIsInThePdfText(LetterKind kind, LineOfBusiness line) throws IOException {
        ReviewCase c = LetterFixtures.lungCase(line);
        byte[] pdf = RENDERER.render(letter(c, evaluationFor(kind), kind));
        String text = RequiredElements.text(pdf);
        assertEquals(List.of(), RequiredElements.absent(RequiredElements.forLetter(kind, c.request(), NURSE), text));
    }

    @Test
    void everyPageHasTheFooterWithRequestIdAndPageXofY() throws IOException {
        byte[] pdf = RENDERER.render(letter(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL),
                LetterFixtures.criteriaNotMet(), LetterKind.DENIAL_DRAFT));
        List<String> pages = RequiredElements.pages(pdf);
        assertTrue(pages.size() >= 3, "a denial with notices and a clinical section spans pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("Request ID PA-2026-000457"), "page " + (i + 1));
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), "page " + (i + 1));
            assertTrue(page.contains("DRAFT"), "draft marked on page " + (i + 1));
        }
        assertTrue(pages.get(0).contains("Evergreen Cascade Health Plan Utilization Management"), "letterhead on page 1");
        assertTrue(pages.get(pages.size() - 1).contains("Clinical section for the provider"),
                "the clinical section closes the letter on its own page");
        assertFalse(pages.get(pages.size() - 1).contains("Dear "), "clinical section is separate from the member letter");
    }

    @Test
    void anUpheldDenialCarriesNoDraftMarkOnAnyPageAndNamesItsPhysician() throws IOException {
        LetterSigning signing = new LetterSigning(Reviewer.parse("Helen Vance, MD, Radiation Oncology", null),
                LetterFixtures.LETTER_DATE, "Both plans meet the spinal cord and heart limits.");
        LetterOutcome o = COMPOSER.compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                new ReviewerDecision(LetterKind.DENIAL_DRAFT, Reviewer.parse(NURSE, null), signing), LetterFixtures.LETTER_DATE);
        List<String> pages = RequiredElements.pages(RENDERER.render(assertInstanceOf(LetterOutcome.Ready.class, o).content()));
        for (int i = 0; i < pages.size(); i++) {
            assertFalse(pages.get(i).contains("DRAFT"), "no draft mark on page " + (i + 1));
        }
        String all = String.join(" ", pages);
        assertTrue(all.contains("Physician reviewer: Helen Vance, MD, Radiation Oncology"), all);
        assertTrue(all.contains("electronically by Helen Vance, MD, Radiation Oncology"), all);
    }

    @Test
    void sameLetterGivesTheSameBytes() throws IOException {
        LetterContent c = letter(LetterFixtures.brainCase("PA-1", "Ana Ruiz", "ECH-1"), LetterFixtures.criteriaMet(),
                LetterKind.APPROVAL);
        byte[] first = RENDERER.render(c);
        byte[] second = RENDERER.render(letter(LetterFixtures.brainCase("PA-1", "Ana Ruiz", "ECH-1"),
                LetterFixtures.criteriaMet(), LetterKind.APPROVAL));
        assertArrayEquals(first, second);
        assertEquals(RequiredElements.text(first), RequiredElements.text(second));
    }

    @Test
    void bytesDoNotDependOnWhatWasRenderedBefore() throws IOException {
        LetterContent a = letter(LetterFixtures.brainCase("PA-1", "Ana Ruiz", "ECH-1"), LetterFixtures.criteriaMet(),
                LetterKind.APPROVAL);
        byte[] first = RENDERER.render(a);
        RENDERER.render(letter(LetterFixtures.brainCase("PA-2", "Zoë Ångström 王芳", "ECH-2"), LetterFixtures.incomplete(),
                LetterKind.REQUEST_INFO));
        assertArrayEquals(first, RENDERER.render(a));
    }

    @Test
    void twoCasesNeverShareIdentifiers() throws IOException {
        String a = RequiredElements.text(RENDERER.render(letter(LetterFixtures.brainCase("PA-2026-000111", "Ana Ruiz",
                "ECH-111111111"), LetterFixtures.criteriaMet(), LetterKind.APPROVAL)));
        String b = RequiredElements.text(RENDERER.render(letter(LetterFixtures.brainCase("PA-2026-000222", "Bo Lindqvist",
                "ECH-222222222"), LetterFixtures.criteriaMet(), LetterKind.APPROVAL)));
        assertTrue(a.contains("Ana Ruiz") && a.contains("ECH-111111111") && a.contains("PA-2026-000111"));
        assertFalse(a.contains("Bo Lindqvist") || a.contains("ECH-222222222") || a.contains("PA-2026-000222"));
        assertTrue(b.contains("Bo Lindqvist") && b.contains("ECH-222222222") && b.contains("PA-2026-000222"));
        assertFalse(b.contains("Ana Ruiz") || b.contains("ECH-111111111") || b.contains("PA-2026-000111"));
    }

    @Test
    void accentsSymbolsAndCjkAreDrawnWithEmbeddedFonts() throws IOException {
        byte[] pdf = RENDERER.render(letter(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL),
                LetterFixtures.criteriaMet(), LetterKind.APPROVAL));
        String text = RequiredElements.text(pdf);
        assertTrue(text.contains("José Núñez-García"), "accented member name");
        assertTrue(text.contains("Max ≤ 55 Gy"), "≤ in the row table");
        assertTrue(text.contains("한국어") && text.contains("日本語") && text.contains("繁體中文"), "CJK taglines");
        assertFalse(text.contains("?????"), "no glyph replaced");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), "US Letter");
        }
    }

    @Test
    void aCharacterNoFontHasIsReplacedNotFatal() throws IOException {
        ReviewCase c = LetterFixtures.brainCase("PA-3", "Ꭰ Cherokee 𓀀 Name", "ECH-3");
        byte[] pdf = RENDERER.render(letter(c, LetterFixtures.criteriaMet(), LetterKind.APPROVAL));
        assertTrue(RequiredElements.text(pdf).contains("Cherokee"));
    }
}
