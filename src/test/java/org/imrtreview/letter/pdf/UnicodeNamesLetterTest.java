package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20 item 6: any name prints. Scripts the bundled fonts cover are drawn (shaped where the
 * script needs it) and extract back as text; only what no bundled font draws is written as its
 * code and noted (decisions 0134, 0285).
 */
@ExtendWith(LegendOcrOff.class)
class UnicodeNamesLetterTest {

    @TempDir
    Path tmp;

    /** Member names as members of a US health plan write them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "प्रिया शर्मा", // Hindi (Devanagari: conjunct, vowel sign before its consonant)
        "สมชาย ใจดี", // Thai (marks above and below)
        "محمد عبد الله", // Arabic (joined letters, right to left)
        "דוד כהן", // Hebrew (right to left)
        "王小明", // Chinese
        "陳\uD840\uDC0B明", // Chinese with an Extension B character (U+2000B, in JIS X 0213)
        "𨋢志強", // Hong Kong name with an HKSCS Extension B character (U+282E2)
        "さくら カタカナ", // Japanese kana
        "김민준", // Korean
        "Nguyễn Thị Ánh", // Vietnamese
        "Дмитрий Соколов", // Russian
        "Σοφία Παπαδοπούλου", // Greek
        "Ayşe Çelik Øvergård", // Turkish and Norwegian Latin
        "Tesfaye ተስፋዬ", // Amharic (Ethiopic)
    })
    void everyScriptPrintsAndExtractsBack(String name) throws Exception {
        LetterPdfRenderer.Rendered pdf = letterFor(name, "Brain");
        assertTrue(pdf.substitutions().isEmpty(), name + ": " + pdf.substitutions());
        assertNull(pdf.substitutionNote());
        String text = extract(pdf.pdf());
        assertFalse(text.contains("?"), "never a question mark");
        assertFalse(text.contains("[U+"), "no substitution for a covered script");
        assertTrue(nfc(text).contains(nfc(name)), name + " extracts back from the letter:\n"
                + text.substring(0, Math.min(600, text.length())));
    }

    @Test
    void emojiInNameAndSitePrintsInTheMonochromeEmojiFont() throws Exception {
        // a heart with its variation selector, a face, and a family joined with zero-width joiners
        LetterPdfRenderer.Rendered pdf = letterFor("Ana \u2764\uFE0F Lee \uD83D\uDE00", "Brain \uD83E\uDDE0");
        assertTrue(pdf.substitutions().isEmpty(), pdf.substitutions().toString());
        String text = extract(pdf.pdf());
        assertTrue(text.contains("Ana \u2764 Lee \uD83D\uDE00"), "the emoji extract back (the variation selector is not drawn)");
        assertTrue(text.contains("\uD83E\uDDE0"));
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            assertTrue(fontNames(doc).stream().anyMatch(n -> n.contains("NotoEmoji")), fontNames(doc).toString());
        }
    }

    @Test
    void allScriptsInOneLetterAndTheSameBytesTwice() throws Exception {
        String name = "प्रिया สมชาย محمد דוד 王𠀋 さくら 김 Nguyễn Дмитрий Σοφία ተስፋዬ \uD83D\uDE00";
        LetterPdfRenderer.Rendered a = letterFor(name, "Brain");
        LetterPdfRenderer.Rendered b = letterFor(name, "Brain");
        assertTrue(a.substitutions().isEmpty(), a.substitutions().toString());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(a.pdf())),
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b.pdf())),
                "deterministic");
        String text = nfc(extract(a.pdf()));
        for (String part : name.split(" ")) {
            assertTrue(text.contains(nfc(part)), part);
        }
    }

    @Test
    void shapedTaglinesAreTextToo() throws Exception {
        // drawn as outlines over invisible text (0285): a reader can search and copy them
        String text = nfc(extract(letterFor("Ann Lee", "Brain").pdf()));
        for (String start : List.of("ملحوظة", "ਧਿਆਨ ਦਿਓ", "ማስታወሻ", "ប្រយ័ត្ន")) {
            assertTrue(text.contains(nfc(start)), start);
        }
    }

    @Test
    void whatNoBundledFontDrawsIsWrittenAsItsCodeAndNoted() throws Exception {
        // Ol Chiki (Santali) and an Extension B character outside the Hong Kong and Japanese name standards
        LetterPdfRenderer.Rendered pdf = letterFor("\u1C5A\u1C5B Murmu \uD841\uDC01", "Brain");
        assertEquals(List.of("U+1C5A", "U+1C5B", "U+20401"), pdf.substitutions());
        assertTrue(pdf.substitutionNote().contains("Unicode code"));
        String text = extract(pdf.pdf());
        assertTrue(text.contains("[U+1C5A][U+1C5B] Murmu [U+20401]"), "written as its code");
        assertFalse(text.contains("?"), "never a silent question mark");
    }

    private LetterPdfRenderer.Rendered letterFor(String memberName, String site) throws Exception {
        Path c = tmp.resolve("case-" + Integer.toHexString((memberName + site).hashCode()) + "-" + System.nanoTime());
        Files.createDirectories(c);
        // the request alone: the sample's evidence names its own member, which another name would contradict (0260)
        Path request = c.resolve("request.json");
        Files.writeString(request, Files.readString(Path.of("samples", "01-brain-glioblastoma-criteria-met", "request.json"))
                .replace("\"Margaret T. Ellison\"", "\"" + memberName + "\"")
                .replace("\"Brain\"", "\"" + site + "\""));
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        LetterOutcome o = LetterComposer.standard().compose(rc, e,
                new ReviewerDecision(LetterKind.REQUEST_INFO, Reviewer.parse("Ann Lee, RN", null), null), LocalDate.of(2026, 12, 4));
        if (o instanceof LetterOutcome.Blocked b) {
            throw new AssertionError(b.missing().toString());
        }
        LetterPdfRenderer.Rendered pdf = new LetterPdfRenderer().renderLetter(((LetterOutcome.Ready) o).content());
        String keep = System.getenv("IMRT_TEST_KEEP_LETTERS");
        if (keep != null) {
            Files.write(Path.of(keep).resolve("unicode-" + Integer.toHexString(memberName.hashCode()) + ".pdf"), pdf.pdf());
        }
        return pdf;
    }

    private static String extract(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> fontNames(PDDocument doc) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (var n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                out.add(f.getName());
            }
        }
        return out;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
