package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.model.Request.LineOfBusiness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Taglines in scripts PDFBox cannot shape are drawn shaped, in place, flush to the reading side. */
class ShapedTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ملحوظة: إذا كنت تتحدث                 | true
            ਧਿਆਨ ਦਿਓ                              | true
            ប្រយ័ត្ន៖                               | true
            ማስታወሻ:                                | true
            ATENCIÓN: si habla español            | false
            注意：如果您使用繁體中文                   | false
            """)
    void onlyScriptsPdfBoxCannotLayOutAreShaped(String text, boolean needed) {
        assertEquals(needed, ShapedText.needed(text));
    }

    @Test
    void aTelephoneNumberStaysWholeAndLeftToRightInsideArabic() {
        String prepared = ShapedText.keepNumbersWhole("اتصل برقم 1-800-555-0142 (رقم: 711).", true);
        assertTrue(prepared.contains("\u202A1\u2011800\u2011555\u20110142\u202C"), prepared);
        assertEquals("call 1\u2011800\u2011555\u20110142 now", ShapedText.keepNumbersWhole("call 1-800-555-0142 now", false));
    }

    @Test
    void longTextWrapsWithinTheWidthAndArabicLinesAreRightToLeft() {
        String text = "ملحوظة: إذا كنت تتحدث اللغة العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان."
                + " اتصل برقم 1-800-555-0142 (رقم هاتف الصم والبكم: 711).";
        List<ShapedText.Line> lines = ShapedText.lines(text, 10.5f, 200f);
        assertTrue(lines.size() >= 3, lines.size() + " lines");
        for (ShapedText.Line l : lines) {
            assertTrue(l.advance() <= 200.5f, "line " + l.advance() + " pt wide");
            assertTrue(l.rightToLeft());
        }
        assertFalse(ShapedText.lines("ਧਿਆਨ ਦਿਓ: ਜੇ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ", 10.5f, 400f).get(0).rightToLeft());
    }

    /** Where the bold "Language:" label of a tagline sits on its page (PDF points from the top). */
    private static final class LabelFinder extends PDFTextStripper {
        private final String label;
        private float top = -1;

        LabelFinder(String label) throws IOException {
            this.label = label;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (top < 0 && text.strip().equals(label)) {
                top = positions.get(0).getYDirAdj();
            }
        }
    }

    @ParameterizedTest(name = "{0} tagline drawn below its label, flush {1}")
    @CsvSource(textBlock = """
            Arabic:,   right
            Punjabi:,  left
            Khmer:,    left
            Amharic:,  left
            Tigrinya:, left
            """)
    void everyShapedTaglineIsDrawnUnderItsLabelOnTheReadingSide(String label, String side) throws IOException {
        byte[] pdf = new LetterPdfRenderer().render(LetterPdfRendererTest.letter(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL),
                LetterFixtures.criteriaMet(), LetterKind.APPROVAL));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                LabelFinder finder = new LabelFinder(label);
                finder.setStartPage(p + 1);
                finder.setEndPage(p + 1);
                finder.getText(doc);
                if (finder.top < 0) {
                    continue;
                }
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(p, 72, ImageType.GRAY);
                List<Integer> inkX = new ArrayList<>();
                for (int y = Math.round(finder.top) + 4; y < Math.round(finder.top) + 17; y++) {
                    for (int x = 0; x < page.getWidth(); x++) {
                        if ((page.getRGB(x, y) & 0xFF) < 110) {
                            inkX.add(x);
                        }
                    }
                }
                assertTrue(inkX.size() > 150, label + " line has ink: " + inkX.size());
                int min = inkX.stream().min(Integer::compare).orElseThrow();
                int max = inkX.stream().max(Integer::compare).orElseThrow();
                if (side.equals("right")) {
                    assertTrue(max >= PageWriter.RIGHT - 4 && max <= PageWriter.RIGHT + 2, "flush right: " + max);
                } else {
                    assertTrue(min >= PageWriter.LEFT - 1 && min <= PageWriter.LEFT + 8, "flush left: " + min);
                }
                assertTrue(max <= PageWriter.RIGHT + 2 && min >= PageWriter.LEFT - 1, "within the margins");
                return;
            }
            throw new AssertionError(label + " not found in the letter");
        }
    }
}
