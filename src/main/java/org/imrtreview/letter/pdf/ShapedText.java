package org.imrtreview.letter.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Text in scripts PDFBox cannot lay out — Arabic (joining, right to left), Gurmukhi and Khmer
 * (reordering, stacked consonants) — and Ethiopic, which no other bundled font covers. Java2D
 * shapes it (OpenJDK lays out complex scripts with HarfBuzz) in the bundled Noto fonts, and each
 * line is drawn into the PDF as filled glyph outlines: exact on screen and paper at any size, but
 * not selectable as text (decision 0111). Characters the script font lacks (digits, ASCII
 * punctuation in Ethiopic) fall back to DejaVu Sans.
 */
final class ShapedText {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** A telephone number: digits with hyphens, dots, spaces or brackets between them. */
    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9][0-9()+\\-. ]{3,}[0-9]");
    private static final char LRE = '\u202A';
    private static final char PDF = '\u202C';
    private static final char NB_HYPHEN = '\u2011';

    /** Scripts laid out by Java2D, each in its bundled Noto font; {@code rtl}: written right to left. */
    enum Script {
        ARABIC("NotoSansArabic-Regular.ttf", true), HEBREW("NotoSansHebrew-Regular.ttf", true),
        DEVANAGARI("NotoSansDevanagari-Regular.ttf", false), THAI("NotoSansThai-Regular.ttf", false),
        GURMUKHI("NotoSansGurmukhi-Regular.ttf", false), KHMER("NotoSansKhmer-Regular.ttf", false),
        ETHIOPIC("NotoSansEthiopic-Regular.ttf", false);

        private final String file;
        private final boolean rtl;

        Script(String file, boolean rtl) {
            this.file = file;
            this.rtl = rtl;
        }

        boolean rtl() {
            return rtl;
        }

        /** The script of {@code cp} when it is one of these, else null. */
        static Script of(int cp) {
            return switch (Character.UnicodeScript.of(cp)) {
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                case DEVANAGARI -> DEVANAGARI;
                case THAI -> THAI;
                case GURMUKHI -> GURMUKHI;
                case KHMER -> KHMER;
                case ETHIOPIC -> ETHIOPIC;
                default -> null;
            };
        }

        /** True when the bundled font of this script draws {@code cp}. */
        boolean draws(int cp) {
            return font(this).canDisplay(cp);
        }
    }

    private static final Map<Script, Font> FONTS = new java.util.EnumMap<>(Script.class);
    private static Font fallback;

    /** One laid-out line; {@code rightToLeft} lines are set flush right. */
    record Line(TextLayout layout, boolean rightToLeft, String text, Script script) {
        float advance() {
            return layout.getAdvance();
        }
    }

    private ShapedText() {
    }

    /** True when PDFBox alone would draw {@code text} wrongly or not at all. */
    static boolean needed(String text) {
        return script(text) != null;
    }

    /** The taglines' scripts (0111); names in Hebrew, Devanagari and Thai go through {@link #line}. */
    private static Script script(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Script s = Script.of(cp);
            if (s == Script.ARABIC || s == Script.GURMUKHI || s == Script.KHMER || s == Script.ETHIOPIC) {
                return s;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Breaks {@code text} into lines no wider than {@code width} points at {@code size}. */
    static List<Line> lines(String text, float size, float width) {
        Script script = script(text);
        if (script == null) {
            throw new IllegalArgumentException("no complex script in the text");
        }
        boolean rtl = script.rtl();
        String prepared = keepNumbersWhole(text, rtl);
        AttributedString as = attributed(prepared, script, size);
        LineBreakMeasurer measurer = new LineBreakMeasurer(as.getIterator(), FRC);
        List<Line> out = new ArrayList<>();
        while (measurer.getPosition() < prepared.length()) {
            int from = measurer.getPosition();
            TextLayout layout = measurer.nextLayout(width);
            if (layout == null) {
                break;
            }
            out.add(new Line(layout, rtl, prepared.substring(from, measurer.getPosition()), script));
        }
        return out;
    }

    /**
     * One run of a name or a cell in {@code script} (a few words, never wrapped inside): shaped as
     * a whole, so that right-to-left words come in their order.
     */
    static Line line(String text, Script script, float size) {
        String prepared = keepNumbersWhole(text, script.rtl());
        return new Line(new TextLayout(attributed(prepared, script, size).getIterator(), FRC), script.rtl(), prepared, script);
    }

    private static AttributedString attributed(String prepared, Script script, float size) {
        boolean rtl = script.rtl();
        AttributedString as = new AttributedString(prepared);
        Font main = font(script).deriveFont(size);
        Font latin = fallback().deriveFont(size);
        int start = 0;
        while (start < prepared.length()) {
            int cp = prepared.codePointAt(start);
            Font f = fontFor(cp, main, latin, size);
            int end = start + Character.charCount(cp);
            while (end < prepared.length()) {
                int next = prepared.codePointAt(end);
                if (fontFor(next, main, latin, size) != f) {
                    break;
                }
                end += Character.charCount(next);
            }
            as.addAttribute(TextAttribute.FONT, f, start, end);
            start = end;
        }
        as.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return as;
    }

    /**
     * The face for one character of a run: its own script's font when that is another shaped script
     * (a Hebrew word inside an Arabic island), else the run's font, else DejaVu Sans (digits, Latin
     * punctuation the script font lacks). Faces are derived once per size.
     */
    private static Font fontFor(int cp, Font main, Font latin, float size) {
        if (main.canDisplay(cp) || Character.getType(cp) == Character.FORMAT) {
            return main;
        }
        Script own = Script.of(cp);
        if (own != null && own.draws(cp)) {
            return sized(own, size);
        }
        if (!latin.canDisplay(cp) && emoji().canDisplay(cp)) {
            // an emoji between two right-to-left words lies inside their island
            return sizedEmoji(size);
        }
        return latin;
    }

    private static final Map<List<Object>, Font> SIZED = new java.util.HashMap<>();
    private static Font emoji;

    private static synchronized Font sizedEmoji(float size) {
        return SIZED.computeIfAbsent(List.of("emoji", size), k -> emoji().deriveFont(size));
    }

    private static synchronized Font emoji() {
        if (emoji == null) {
            emoji = load("NotoEmoji-Regular.ttf");
        }
        return emoji;
    }

    private static synchronized Font sized(Script script, float size) {
        return SIZED.computeIfAbsent(List.of(script, size), k -> font(script).deriveFont(size));
    }

    /** Fills the line's glyph outlines with their baseline at ({@code x}, {@code baseline}) in PDF space. */
    static void draw(PDPageContentStream cs, Line line, float x, float baseline) throws IOException {
        Shape outline = line.layout().getOutline(new AffineTransform());
        PathIterator it = outline.getPathIterator(null);
        float[] c = new float[6];
        boolean any = false;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> cs.moveTo(x + c[0], baseline - c[1]);
                case PathIterator.SEG_LINETO -> cs.lineTo(x + c[0], baseline - c[1]);
                case PathIterator.SEG_QUADTO -> cs.curveTo1(x + c[0], baseline - c[1], x + c[2], baseline - c[3]);
                case PathIterator.SEG_CUBICTO -> cs.curveTo(x + c[0], baseline - c[1], x + c[2], baseline - c[3],
                        x + c[4], baseline - c[5]);
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> { }
            }
            any = true;
            it.next();
        }
        if (any) {
            if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cs.fillEvenOdd();
            } else {
                cs.fill();
            }
        }
    }

    /**
     * A telephone number is never broken across lines (its hyphens become non-breaking hyphens,
     * which DejaVu Sans draws) and, in right-to-left text, keeps its left-to-right digit order
     * (the bidirectional algorithm would otherwise reverse its groups: "0142-555-800-1").
     */
    static String keepNumbersWhole(String text, boolean rtl) {
        Matcher m = NUMBER_RUN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String number = m.group().replace('-', NB_HYPHEN);
            m.appendReplacement(sb, Matcher.quoteReplacement(rtl ? LRE + number + PDF : number));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static synchronized Font font(Script script) {
        return FONTS.computeIfAbsent(script, s -> load(s.file));
    }

    private static synchronized Font fallback() {
        if (fallback == null) {
            fallback = load("DejaVuSans.ttf");
        }
        return fallback;
    }

    private static Font load(String name) {
        try (InputStream in = ShapedText.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + name + " cannot be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
