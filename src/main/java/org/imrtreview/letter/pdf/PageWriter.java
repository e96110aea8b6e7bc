package org.imrtreview.letter.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A cursor over US-Letter pages: draws text in the embedded fonts, wraps paragraphs (by word, and
 * by character for text without spaces such as Chinese), and starts a new page when the next item
 * does not fit. Coordinates are PDF points from the bottom-left corner.
 */
final class PageWriter {

    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float LEFT = 60;
    static final float RIGHT = SIZE.getWidth() - 60;
    static final float TOP = SIZE.getHeight() - 48;
    static final float BOTTOM = 72;

    /** A piece of text with its weight. */
    record Span(String text, boolean bold) { }

    private record Word(String text, boolean bold, boolean spaceBefore) { }

    private final PDDocument doc;
    private final PdfFonts.ForDocument fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final Runnable pageHeader;
    private PDPageContentStream cs;
    private float y;

    PageWriter(PDDocument doc, PdfFonts.ForDocument fonts, java.util.function.Consumer<PageWriter> pageHeader) {
        this.doc = doc;
        this.fonts = fonts;
        this.pageHeader = () -> pageHeader.accept(this);
    }

    PDDocument document() {
        return doc;
    }

    PdfFonts.ForDocument fonts() {
        return fonts;
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPageContentStream stream() {
        return cs;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float dy) {
        y -= dy;
    }

    static float width() {
        return RIGHT - LEFT;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
        if (pages.size() > 1) {
            pageHeader.run();
        }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    float spaceLeft() {
        return y - BOTTOM;
    }

    void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    void color(float r, float g, float b) throws IOException {
        cs.setNonStrokingColor(r, g, b);
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        text(cs, text, x, baseline, size, bold);
    }

    void text(PDPageContentStream stream, String text, float x, float baseline, float size, boolean bold) throws IOException {
        float cx = x;
        for (PdfFonts.Run run : fonts.runs(text, bold)) {
            if (run.script() != null) {
                cx += shaped(stream, run, cx, baseline, size);
                continue;
            }
            stream.beginText();
            stream.setFont(run.font(), size);
            stream.newLineAtOffset(cx, baseline);
            stream.showText(run.text());
            stream.endText();
            cx += run.font().getStringWidth(run.text()) / 1000f * size;
        }
    }

    /**
     * A run Java2D shapes (decision 0285): its glyph outlines, and under them the same characters as
     * invisible text squeezed to the same width, so the letter reads right and its text still
     * extracts, searches and copies. Returns the advance in points.
     */
    private float shaped(PDPageContentStream stream, PdfFonts.Run run, float x, float baseline, float size) throws IOException {
        ShapedText.Line line = ShapedText.line(run.text(), run.script(), size);
        ShapedText.draw(stream, line, x, baseline);
        return hiddenText(stream, line, x, baseline, size);
    }

    /** Writes a shaped line's characters as invisible text as wide as the line; returns the line's advance. */
    float hiddenText(PDPageContentStream stream, ShapedText.Line line, float x, float baseline, float size) throws IOException {
        float advance = line.advance();
        List<PdfFonts.Run> hidden = fonts.hiddenRuns(new PdfFonts.Run(line.text(), null, line.script()));
        float natural = 0;
        for (PdfFonts.Run h : hidden) {
            natural += h.font().getStringWidth(h.text()) / 1000f * size;
        }
        if (hidden.isEmpty() || natural <= 0) {
            return advance;
        }
        stream.saveGraphicsState();
        stream.beginText();
        stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
        stream.setHorizontalScaling(100f * advance / natural);
        stream.newLineAtOffset(x, baseline);
        for (PdfFonts.Run h : hidden) {
            stream.setFont(h.font(), size);
            stream.showText(h.text());
        }
        stream.endText();
        stream.restoreGraphicsState();
        return advance;
    }

    /** A line's spans with neighbours of the same weight joined, so a right-to-left name is shaped as one run. */
    static List<Span> joined(List<Span> line) {
        List<Span> out = new ArrayList<>(line.size());
        for (Span s : line) {
            if (!out.isEmpty() && out.get(out.size() - 1).bold() == s.bold()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.text() + s.text(), s.bold()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    float textWidth(String text, float size, boolean bold) throws IOException {
        return fonts.width(text, bold, size);
    }

    /** Wraps spans into lines no wider than {@code maxWidth}; each line is a list of spans. */
    List<List<Span>> wrap(List<Span> spans, float maxWidth, float size) throws IOException {
        List<Word> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Span s : spans) {
            StringBuilder token = new StringBuilder();
            String t = s.text();
            for (int i = 0; i <= t.length(); i++) {
                boolean end = i == t.length();
                char c = end ? ' ' : t.charAt(i);
                if (c == ' ' || c == '\n') {
                    if (token.length() > 0) {
                        words.add(new Word(token.toString(), s.bold(), pendingSpace));
                        token.setLength(0);
                        pendingSpace = false;
                    }
                    if (!end) {
                        pendingSpace = !words.isEmpty();
                    }
                } else {
                    token.append(c);
                }
            }
        }
        List<List<Span>> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        float lineWidth = 0;
        float space = textWidth(" ", size, false);
        for (Word word : words) {
            List<String> pieces = breakLong(word.text(), word.bold(), maxWidth, size);
            for (int p = 0; p < pieces.size(); p++) {
                String piece = pieces.get(p);
                float ww = textWidth(piece, size, word.bold());
                boolean gap = !line.isEmpty() && p == 0 && word.spaceBefore();
                float needed = ww + (gap ? space : 0);
                if (!line.isEmpty() && lineWidth + needed > maxWidth) {
                    lines.add(line);
                    line = new ArrayList<>();
                    lineWidth = 0;
                    gap = false;
                    needed = ww;
                }
                line.add(new Span((gap ? " " : "") + piece, word.bold()));
                lineWidth += needed;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * Pieces of a word that a line may break between: Chinese and Japanese text breaks between any
     * two characters (it has no spaces); a word still wider than the line (a URL, a long ID) is cut
     * by character.
     */
    private List<String> breakLong(String word, boolean bold, float maxWidth, float size) throws IOException {
        boolean cjk = word.codePoints().anyMatch(PageWriter::breaksAnywhere);
        if (!cjk && textWidth(word, size, bold) <= maxWidth) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (breaksAnywhere(cp)) {
                if (run.length() > 0) {
                    out.add(run.toString());
                    run.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else {
                run.appendCodePoint(cp);
            }
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (String piece : out) {
            if (piece.codePointCount(0, piece.length()) > 1 && textWidth(piece, size, bold) > maxWidth) {
                // between user-perceived characters, never inside one (a Devanagari syllable, a letter and its marks)
                java.text.BreakIterator chars = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
                chars.setText(piece);
                for (int a = chars.first(), b = chars.next(); b != java.text.BreakIterator.DONE; a = b, b = chars.next()) {
                    fitted.add(piece.substring(a, b));
                }
            } else {
                fitted.add(piece);
            }
        }
        return fitted;
    }

    private static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Draws wrapped lines from the cursor down, starting new pages as needed. */
    void lines(List<List<Span>> lines, float x, float size, float leading) throws IOException {
        for (List<Span> line : lines) {
            ensure(leading);
            y -= leading;
            float cx = x;
            for (Span s : joined(line)) {
                text(s.text(), cx, y + (leading - size) * 0.5f, size, s.bold());
                cx += textWidth(s.text(), size, s.bold());
            }
        }
    }

    /** Wraps and draws spans at {@code x} within {@code maxWidth}. */
    void paragraph(List<Span> spans, float x, float maxWidth, float size, float leading) throws IOException {
        List<List<Span>> lines = wrap(spans, maxWidth, size);
        // keep short paragraphs whole and never leave a single line at the foot of a page
        ensure(leading * (lines.size() <= 4 ? lines.size() : 2));
        lines(lines, x, size, leading);
    }

    void rule(float x1, float x2, float at, float lineWidth, float gray) throws IOException {
        cs.setStrokingColor(gray, gray, gray);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, at);
        cs.lineTo(x2, at);
        cs.stroke();
    }
}
