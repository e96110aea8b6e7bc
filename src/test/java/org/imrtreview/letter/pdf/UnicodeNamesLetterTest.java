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
import org.apache.pdfbox.text.TextPosition;
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

    /**
     * An Arabic name, a Hebrew street with its house number, and a bilingual Arabic/Hebrew street
     * line: each right-to-left stretch is laid out as one island by the bidirectional algorithm, so
     * on the page the Hebrew that follows Arabic stands to its left and a house number at the end of
     * a Hebrew line stands at the line's left (before: each script's run was set left to right in
     * logical order, "הרצל 12" came out as "12" on the right).
     */
    @Test
    void mixedRightToLeftScriptsAndDigitsAreInVisualOrder() throws Exception {
        String name = "محمد عبد الله";
        String street = "רחוב הרצל 12";
        String bilingual = "شارع الناصرة 5 / רחוב נצרת 5";
        LetterPdfRenderer.Rendered pdf = letterFor(name, "Brain", List.of(street, bilingual, "Springfield, OR 97477"));
        assertTrue(pdf.substitutions().isEmpty(), pdf.substitutions().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            Positions at = new Positions();
            at.setStartPage(1);
            at.setEndPage(1);
            at.getText(doc);
            // the member's address block: the street line and the bilingual line under it
            List<TextPosition> streetLine = at.lineWith('\u05D4'); // ה of הרצל
            float twelve = at.xOf(streetLine, '1');
            float hebrew = at.xOf(streetLine, '\u05E8'); // ר of רחוב
            assertTrue(twelve < hebrew, "the house number stands left of the Hebrew street: 12 at " + twelve + ", ר at " + hebrew);
            List<TextPosition> both = at.lineWith('\u0634'); // ش of شارع
            float arabic = at.xOf(both, '\u0634');
            float hebrewStreet = at.xOf(both, '\u05E0'); // נ of נצרת
            assertTrue(hebrewStreet < arabic, "the Hebrew that follows the Arabic stands to its left: נ at " + hebrewStreet
                    + ", ش at " + arabic);
            assertTrue(at.xOf(both, '\u05E6') < at.xOf(both, '\u05D7'), "נצרת, the second Hebrew word, left of רחוב");
            float slash = at.xOf(both, '/');
            assertTrue(hebrewStreet < slash && slash < arabic, "the slash between them: " + slash);
        }
        String text = nfc(extract(pdf.pdf()));
        assertTrue(text.contains(nfc(name)), "the name extracts back");
        assertTrue(text.contains(nfc("רחוב הרצל")), "the street extracts back:\n" + text.substring(0, Math.min(900, text.length())));
    }

    /**
     * The emoji's glyph is drawn and written in the Noto Emoji face (PDFBox's extractor turns
     * right-to-left words back char by char and splits the emoji's surrogate pair, so the check is
     * on the fonts and the Arabic words, not on extracting the emoji).
     */
    @Test
    void anEmojiBetweenArabicWordsIsDrawnInsideTheirIsland() throws Exception {
        LetterPdfRenderer.Rendered pdf = letterFor("محمد \uD83E\uDDE0 عبد الله", "Brain");
        assertTrue(pdf.substitutions().isEmpty(), pdf.substitutions().toString());
        String text = nfc(extract(pdf.pdf()));
        assertTrue(text.contains(nfc("عبد الله")) && text.contains(nfc("محمد")));
        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            assertTrue(fontNames(doc).stream().anyMatch(n -> n.contains("NotoEmoji")), fontNames(doc).toString());
        }
    }

    /** Right-to-left override characters in a name do not turn the letter's words around and are not written. */
    @Test
    void directionOverridesInANameAreNotObeyedNorWritten() throws Exception {
        LetterPdfRenderer.Rendered pdf = letterFor("Ann \u202Egdb.exe\u202C Lee", "Brain");
        String text = extract(pdf.pdf());
        assertTrue(text.contains("Ann gdb.exe Lee"), "in the order typed:\n" + text.substring(0, Math.min(600, text.length())));
        assertFalse(text.contains("\u202E"), "no override character in the letter");
    }

    /** The positions of every character written on a page, by line. */
    private static final class Positions extends PDFTextStripper {
        private final List<List<TextPosition>> lines = new java.util.ArrayList<>();

        Positions() throws java.io.IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            lines.add(List.copyOf(positions));
        }

        List<TextPosition> lineWith(char c) {
            for (List<TextPosition> line : lines) {
                for (TextPosition p : line) {
                    if (p.getUnicode().indexOf(c) >= 0) {
                        float y = p.getYDirAdj();
                        List<TextPosition> same = new java.util.ArrayList<>();
                        lines.forEach(l -> l.stream().filter(q -> Math.abs(q.getYDirAdj() - y) < 2).forEach(same::add));
                        return same;
                    }
                }
            }
            throw new AssertionError("no line with " + c);
        }

        float xOf(List<TextPosition> line, char c) {
            return line.stream().filter(p -> p.getUnicode().indexOf(c) >= 0).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + c + " on the line")).getXDirAdj();
        }
    }

    private LetterPdfRenderer.Rendered letterFor(String memberName, String site) throws Exception {
        return letterFor(memberName, site, null);
    }

    private LetterPdfRenderer.Rendered letterFor(String memberName, String site, List<String> address) throws Exception {
        Path c = tmp.resolve("case-" + Integer.toHexString((memberName + site).hashCode()) + "-" + System.nanoTime());
        Files.createDirectories(c);
        // the request alone: the sample's evidence names its own member, which another name would contradict (0260)
        Path request = c.resolve("request.json");
        Files.writeString(request, Files.readString(Path.of("samples", "01-brain-glioblastoma-criteria-met", "request.json"))
                .replace("\"Margaret T. Ellison\"", "\"" + memberName + "\"")
                .replace("\"Brain\"", "\"" + site + "\"")
                .replace("\"412 Fictional Lane\", \"Springfield, OR 97477\"", address == null
                        ? "\"412 Fictional Lane\", \"Springfield, OR 97477\""
                        : "\"" + String.join("\", \"", address) + "\""));
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
