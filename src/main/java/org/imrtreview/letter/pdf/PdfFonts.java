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
 * <p>Loading a whole font into a PDF document costs more than the rest of a letter (PDFBox builds
 * width tables for every glyph: 6 000 in DejaVu, 30 000 in the CJK font). So each letter draws
 * with small fonts cut to its own characters (plus ASCII and Latin-1), kept for the next letters
 * that use the same characters; PDFBox then subsets those again when embedding. A character no font has
 * (or beyond the BMP, which FontBox cannot cut) is written as its code, "[U+0928]", and listed in
 * {@link ForDocument#substituted()} for the letter's notes — never a silent "?", never a failure. Callers hold the renderer's lock: nothing here is shared across threads concurrently.
 */
final class PdfFonts {

    private static final int REGULAR = 0;
    private static final int BOLD = 1;
    private static final int FALLBACK = 2;

    private static TrueTypeFont[] parsed;
    private static CmapLookup[] cmaps;
    /** Per BMP code point and font: 0 not yet known, 1 has a glyph, 2 has none. */
    private static byte[][] coverage;
    /** Small fonts cut for recent letters, by font and character set (the same letter reuses its cut). */
    private static final Map<List<Object>, TrueTypeFont> CUTS = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, TrueTypeFont> eldest) {
            return size() > 24;
        }
    };

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
        /** Per font: the characters this document's cut holds, and the cut. */
        @SuppressWarnings("unchecked")
        private final Set<Integer>[] chars = new Set[3];
        private final TrueTypeFont[] cuts = new TrueTypeFont[3];
        /** Characters no bundled font can draw, written as "[U+XXXX]" (decision 0134). */
        private final Set<Integer> substituted = new TreeSet<>();

        /** The characters written as their Unicode code because no bundled font draws them. */
        Set<Integer> substituted() {
            return java.util.Collections.unmodifiableSet(substituted);
        }

        /** {@code text}: all the text the document will show, to prepare the fallback font once. */
        ForDocument(PDDocument doc, String text) throws IOException {
            this.doc = doc;
            init();
            for (int font = REGULAR; font <= FALLBACK; font++) {
                Set<Integer> needed = new TreeSet<>();
                if (font != FALLBACK) {
                    BASE.forEach(needed::add);
                }
                int f = font;
                // FontBox cannot cut a font to characters beyond the BMP (emoji, CJK Extension B): those are
                // written as their code instead (see runs), never failing the letter
                text.codePoints().filter(cp -> cp < 0x10000).filter(cp -> has(f, cp))
                        .filter(cp -> f != FALLBACK || !has(REGULAR, cp) || !has(BOLD, cp))
                        .forEach(needed::add);
                chars[font] = needed;
                cuts[font] = needed.isEmpty() ? null : cut(font, needed);
            }
        }

        PDFont primary(boolean strong) throws IOException {
            if (strong) {
                if (bold == null) {
                    bold = PDType0Font.load(doc, cuts[BOLD], false);
                }
                return bold;
            }
            if (regular == null) {
                regular = PDType0Font.load(doc, cuts[REGULAR], false);
            }
            return regular;
        }

        private PDFont fallback() throws IOException {
            if (fallback == null) {
                fallback = PDType0Font.load(doc, cuts[FALLBACK], false);
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
                if (has(primary, cp) && chars[primary].contains(cp)) {
                    font = primary(strong);
                } else if (cuts[FALLBACK] != null && chars[FALLBACK].contains(cp)) {
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
                    // never a silent "?": the character's Unicode code, which a reader can look up, and a note
                    substituted.add(cp);
                    current.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
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

    /**
     * A font holding exactly {@code needed}: depends only on the letter's characters (never on what
     * was rendered before), so the same letter always gives the same bytes.
     */
    private static TrueTypeFont cut(int font, Set<Integer> needed) throws IOException {
        List<Object> key = List.of(font, needed);
        TrueTypeFont cached = CUTS.get(key);
        if (cached != null) {
            return cached;
        }
        TTFSubsetter subsetter = new TTFSubsetter(parsed[font], CUT_TABLES);
        subsetter.addAll(needed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
        CUTS.put(key, small);
        return small;
    }

    /** Tables a cut keeps: outlines, metrics, character map, names; no hinting programs. */
    private static final List<String> CUT_TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap",
            "post", "name", "OS/2");

    /** Characters every letter may use (ASCII, dashes, quotes, bullets), so headers and footers always draw. */
    private static final List<Integer> BASE = base();

    private static List<Integer> base() {
        List<Integer> out = new ArrayList<>();
        for (int cp = 0x20; cp < 0x7F; cp++) {
            out.add(cp);
        }
        for (int cp : new int[] {0x00A0, 0x00B7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026}) {
            out.add(cp);
        }
        return out;
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
