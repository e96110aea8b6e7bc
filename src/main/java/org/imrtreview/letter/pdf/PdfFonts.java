package org.imrtreview.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts the jar carries (src/main/resources/fonts): DejaVu Sans regular and bold for Latin,
 * Greek, Cyrillic and Vietnamese text and symbols such as "≤" and "³"; WenQuanYi Micro Hei (from Droid
 * Sans Fallback) for Chinese, Japanese and Korean. Parsed once per JVM; each document embeds only the glyphs it uses.
 *
 * <p>The CJK font has tens of thousands of glyphs, and loading it into a PDF document costs
 * more than the whole rest of a letter. So a small font holding only the fallback characters the
 * letters have needed so far (the taglines, a member's name in Chinese, …) is cut from it once per
 * JVM and grown when a letter needs more. A character no font has is drawn as "?" rather than
 * failing. Callers hold the renderer's lock: nothing here is shared across threads concurrently.
 */
final class PdfFonts {

    private static final int REGULAR = 0;
    private static final int BOLD = 1;
    private static final int FALLBACK = 2;

    private static TrueTypeFont[] parsed;
    private static CmapLookup[] cmaps;
    /** Per BMP code point and font: 0 not yet known, 1 has a glyph, 2 has none. */
    private static byte[][] coverage;
    private static final Set<Integer> SUBSET_CHARS = new TreeSet<>();
    private static TrueTypeFont subset;

    private PdfFonts() {
    }

    /** One document's fonts. */
    static final class ForDocument {
        private final PDDocument doc;
        private PDFont regular;
        private PDFont bold;
        private PDFont fallback;
        private final Map<String, Float> regularWidths = new HashMap<>();
        private final Map<String, Float> boldWidths = new HashMap<>();

        /** {@code text}: all the text the document will show, to prepare the fallback font once. */
        ForDocument(PDDocument doc, String text) throws IOException {
            this.doc = doc;
            init();
            Set<Integer> needed = new TreeSet<>();
            text.codePoints().filter(cp -> !has(REGULAR, cp) || !has(BOLD, cp)).filter(cp -> has(FALLBACK, cp))
                    .forEach(needed::add);
            if (!needed.isEmpty()) {
                prepareSubset(needed);
            }
        }

        PDFont primary(boolean strong) throws IOException {
            if (strong) {
                if (bold == null) {
                    bold = PDType0Font.load(doc, parsed[BOLD], true);
                }
                return bold;
            }
            if (regular == null) {
                regular = PDType0Font.load(doc, parsed[REGULAR], true);
            }
            return regular;
        }

        private PDFont fallback() throws IOException {
            if (fallback == null) {
                fallback = PDType0Font.load(doc, subset, true);
            }
            return fallback;
        }

        /** Splits text into runs each drawable with one font. */
        List<Run> runs(String text, boolean strong) throws IOException {
            List<Run> out = new ArrayList<>(2);
            StringBuilder current = new StringBuilder();
            PDFont currentFont = null;
            int primary = strong ? BOLD : REGULAR;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                    cp = ' ';
                }
                PDFont font;
                boolean drawable = true;
                if (has(primary, cp)) {
                    font = primary(strong);
                } else if (subset != null && SUBSET_CHARS.contains(cp)) {
                    font = fallback();
                } else {
                    font = primary(strong);
                    drawable = false;
                }
                if (font != currentFont && current.length() > 0) {
                    out.add(new Run(current.toString(), currentFont));
                    current.setLength(0);
                }
                currentFont = font;
                if (drawable) {
                    current.appendCodePoint(cp);
                } else {
                    current.append('?');
                }
            }
            if (current.length() > 0) {
                out.add(new Run(current.toString(), currentFont));
            }
            return out;
        }

        /** Width in points; widths per 1000 units are cached per document (words repeat a lot). */
        float width(String text, boolean strong, float size) throws IOException {
            Map<String, Float> cache = strong ? boldWidths : regularWidths;
            Float units = cache.get(text);
            if (units == null) {
                float w = 0;
                for (Run r : runs(text, strong)) {
                    w += r.font().getStringWidth(r.text());
                }
                units = w;
                cache.put(text, units);
            }
            return units / 1000f * size;
        }
    }

    record Run(String text, PDFont font) { }

    private static boolean has(int font, int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x10000) {
            byte known = coverage[font][cp];
            if (known != 0) {
                return known == 1;
            }
        }
        boolean has = cmaps[font].getGlyphId(cp) > 0;
        if (cp < 0x10000) {
            coverage[font][cp] = (byte) (has ? 1 : 2);
        }
        return has;
    }

    private static void prepareSubset(Set<Integer> needed) throws IOException {
        if (subset != null && SUBSET_CHARS.containsAll(needed)) {
            return;
        }
        SUBSET_CHARS.addAll(needed);
        TTFSubsetter subsetter = new TTFSubsetter(parsed[FALLBACK]);
        subsetter.addAll(SUBSET_CHARS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        subset = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
    }

    private static void init() {
        if (parsed == null) {
            TrueTypeFont[] f = {load("DejaVuSans.ttf"), load("DejaVuSans-Bold.ttf"), loadFromCollection("wqy-microhei.ttc",
                    "WenQuanYiMicroHei")};
            CmapLookup[] c = new CmapLookup[3];
            try {
                for (int i = 0; i < 3; i++) {
                    c[i] = f[i].getUnicodeCmapLookup();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("font has no Unicode character map", e);
            }
            coverage = new byte[3][0x10000];
            cmaps = c;
            parsed = f;
        }
    }

    /** The collection stays open for the life of the JVM: closing it would close the font. */
    private static TrueTypeFont loadFromCollection(String name, String fontName) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the application");
            }
            org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(
                    new java.io.ByteArrayInputStream(in.readAllBytes()));
            TrueTypeFont font = collection.getFontByName(fontName);
            if (font == null) {
                throw new IllegalStateException("font " + fontName + " is not in " + name);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("font " + name + " cannot be read", e);
        }
    }

    private static TrueTypeFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + name + " cannot be read", e);
        }
    }
}
