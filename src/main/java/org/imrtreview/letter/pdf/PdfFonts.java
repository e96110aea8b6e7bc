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
 * The fonts the jar carries (src/main/resources/fonts, see its README): DejaVu Sans regular and
 * bold for Latin, Greek, Cyrillic and Vietnamese text and symbols such as "≤" and "³"; then, per
 * character, the first fallback that draws it: WenQuanYi Micro Hei (Chinese, Japanese, Korean),
 * Noto Sans Arabic, Hebrew, Devanagari, Thai, Gurmukhi, Khmer and Ethiopic, HanaMinB cut to the
 * CJK Extension B characters of the Hong Kong and Japanese name standards, and Noto Emoji
 * (monochrome). Parsed once per JVM, each only when a letter first needs it; each document embeds
 * only the glyphs it uses.
 *
 * <p>Runs in scripts that need shaping (Arabic, Hebrew, Devanagari, Thai, Gurmukhi, Khmer: joined
 * letters, right to left, reordered vowels, stacked marks) are laid out by Java2D and drawn as
 * outlines over an invisible copy of their text, so they look right and still extract, search and
 * copy as text (decision 0285).
 *
 * <p>Loading a whole font into a PDF document costs more than the rest of a letter (PDFBox builds
 * width tables for every glyph: 6 000 in DejaVu, 30 000 in the CJK font). So each letter draws
 * with small fonts cut to its own characters (plus ASCII and Latin-1), kept for the next letters
 * that use the same characters; characters beyond the BMP (emoji, Extension B) get a format-12
 * character map in the cut, which FontBox's subsetter cannot write. A character no font has is
 * written as its code, "[U+0928]", and listed in {@link ForDocument#substituted()} for the letter's
 * notes — never a silent "?", never a failure (0134). Callers hold the renderer's lock: nothing
 * here is shared across threads concurrently.
 */
final class PdfFonts {

    static final int REGULAR = 0;
    static final int BOLD = 1;

    /** Resource file, and the font's name inside a collection (null for a single font). */
    private record Face(String file, String inCollection) { }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", null),
            new Face("DejaVuSans-Bold.ttf", null),
            new Face("wqy-microhei.ttc", "WenQuanYiMicroHei"),
            new Face("NotoSansArabic-Regular.ttf", null),
            new Face("NotoSansHebrew-Regular.ttf", null),
            new Face("NotoSansDevanagari-Regular.ttf", null),
            new Face("NotoSansThai-Regular.ttf", null),
            new Face("NotoSansGurmukhi-Regular.ttf", null),
            new Face("NotoSansKhmer-Regular.ttf", null),
            new Face("NotoSansEthiopic-Regular.ttf", null),
            new Face("HanaMinB-HKSCS-JIS2004-subset.ttf", null),
            new Face("NotoEmoji-Regular.ttf", null));
    private static final int COUNT = FACES.size();

    private static final TrueTypeFont[] PARSED = new TrueTypeFont[COUNT];
    private static final CmapLookup[] CMAPS = new CmapLookup[COUNT];
    /** Per BMP code point and font: 0 not yet known, 1 has a glyph, 2 has none. */
    private static final byte[][] COVERAGE = new byte[COUNT][];
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
        private final PDFont[] loaded = new PDFont[COUNT];
        private final Map<String, Float> regularWidths = new HashMap<>();
        private final Map<String, Float> boldWidths = new HashMap<>();
        /** Per font: the characters this document's cut holds, and the cut. */
        @SuppressWarnings("unchecked")
        private final Set<Integer>[] chars = new Set[COUNT];
        private final TrueTypeFont[] cuts = new TrueTypeFont[COUNT];
        /** Characters no bundled font can draw, written as "[U+XXXX]" (decision 0134). */
        private final Set<Integer> substituted = new TreeSet<>();

        /** The characters written as their Unicode code because no bundled font draws them. */
        Set<Integer> substituted() {
            return java.util.Collections.unmodifiableSet(substituted);
        }

        /** {@code text}: all the text the document will show, to cut the fonts once. */
        ForDocument(PDDocument doc, String text) throws IOException {
            this.doc = doc;
            for (int font = 0; font < COUNT; font++) {
                chars[font] = new TreeSet<>();
            }
            BASE.forEach(chars[REGULAR]::add);
            BASE.forEach(chars[BOLD]::add);
            text.codePoints().distinct().filter(cp -> !dropped(cp)).forEach(cp -> {
                for (int primary = REGULAR; primary <= BOLD; primary++) {
                    int f = fontFor(cp, primary);
                    if (f >= 0) {
                        chars[f].add(cp);
                    }
                }
            });
            for (int font = 0; font < COUNT; font++) {
                cuts[font] = chars[font].isEmpty() ? null : cut(font, chars[font]);
            }
        }

        PDFont primary(boolean strong) throws IOException {
            return font(strong ? BOLD : REGULAR);
        }

        private PDFont font(int f) throws IOException {
            if (loaded[f] == null) {
                loaded[f] = PDType0Font.load(doc, cuts[f], false);
            }
            return loaded[f];
        }

        /** Splits text into runs each drawable with one font, or shaped as a whole by Java2D. */
        List<Run> runs(String text, boolean strong) throws IOException {
            return runs(text, strong, true);
        }

        private List<Run> runs(String text, boolean strong, boolean shape) throws IOException {
            text = withoutBidiControls(text);
            // right-to-left text is laid out by the bidirectional algorithm over the whole line, so a
            // right-to-left stretch (Arabic next to Hebrew, digits at its end) is found as one island
            java.text.Bidi bidi = shape && java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length())
                    ? new java.text.Bidi(text, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT) : null;
            List<Run> out = new ArrayList<>(2);
            StringBuilder current = new StringBuilder();
            PDFont currentFont = null;
            int primary = strong ? BOLD : REGULAR;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                ShapedText.Script script = shape ? ShapedText.Script.of(cp) : null;
                if (script != null && script != ShapedText.Script.ETHIOPIC && script.draws(cp)) {
                    int end = script.rtl() && bidi != null ? rightToLeftIslandEnd(bidi, i) : shapedRunEnd(text, i, script);
                    if (current.length() > 0) {
                        out.add(new Run(current.toString(), currentFont, null));
                        current.setLength(0);
                    }
                    out.add(new Run(text.substring(i, end), null, script));
                    currentFont = null;
                    i = end;
                    continue;
                }
                i += Character.charCount(cp);
                if (Character.isISOControl(cp)) {
                    cp = ' ';
                } else if (dropped(cp)) {
                    continue;
                }
                int f = fontFor(cp, primary);
                boolean drawable = f >= 0 && chars[f].contains(cp);
                PDFont font = drawable ? font(f) : primary(strong);
                if (font != currentFont && current.length() > 0) {
                    out.add(new Run(current.toString(), currentFont, null));
                    current.setLength(0);
                }
                currentFont = font;
                if (drawable) {
                    current.appendCodePoint(cp);
                } else if (shape) {
                    // never a silent "?": the character's Unicode code, which a reader can look up, and a note
                    substituted.add(cp);
                    current.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
                }
            }
            if (current.length() > 0) {
                out.add(new Run(current.toString(), currentFont, null));
            }
            return out;
        }

        /**
         * The invisible copy of a shaped run: its characters in the bundled PDF fonts, in the order a
         * text extractor expects (visual order for right-to-left text, which extractors turn back).
         */
        List<Run> hiddenRuns(Run shaped) throws IOException {
            String text = shaped.script().rtl() ? visualOrder(shaped.text()) : shaped.text();
            return runs(text, false, false);
        }

        /** Width in points; widths per 1000 units are cached per document (words repeat a lot). */
        float width(String text, boolean strong, float size) throws IOException {
            Map<String, Float> cache = strong ? boldWidths : regularWidths;
            Float units = cache.get(text);
            if (units == null) {
                float w = 0;
                for (Run r : runs(text, strong)) {
                    w += r.script() != null ? ShapedText.line(r.text(), r.script(), 1000f).advance()
                            : r.font().getStringWidth(r.text());
                }
                units = w;
                cache.put(text, units);
            }
            return units / 1000f * size;
        }
    }

    /** Text in one PDF font, or ({@code script} set, {@code font} null) a run Java2D shapes. */
    record Run(String text, PDFont font, ShapedText.Script script) { }

    /**
     * Where a shaped run starting at {@code start} ends: it takes the script's letters, combining
     * marks and joiners, and spaces, digits and punctuation only between two of its letters (so a
     * two-word Arabic name is one right-to-left run, but the comma after it is not).
     */
    static int shapedRunEnd(String text, int start, ShapedText.Script script) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript us = Character.UnicodeScript.of(cp);
            int next = i + Character.charCount(cp);
            if (ShapedText.Script.of(cp) == script || us == Character.UnicodeScript.INHERITED
                    || cp == 0x200C || cp == 0x200D) {
                end = next;
            } else if (us != Character.UnicodeScript.COMMON || Character.isISOControl(cp) || cp == '\n') {
                break;
            }
            i = next;
        }
        return end;
    }

    /**
     * Where the right-to-left island that starts at {@code start} ends: the characters the
     * bidirectional algorithm (LTR paragraph) puts on an odd level, or on a level above it (digits
     * inside right-to-left text). Shaped as one right-to-left line, an island comes out in the order
     * a reader expects: Hebrew after Arabic to its left, "רחוב הרצל 12" with 12 at the left.
     */
    static int rightToLeftIslandEnd(java.text.Bidi bidi, int start) {
        int end = start + 1;
        while (end < bidi.getLength() && bidi.getLevelAt(end) >= 1) {
            end++;
        }
        return end;
    }

    /**
     * Explicit direction embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are taken
     * out before layout: a member's name or a file name that carries a right-to-left override must
     * not turn the letter's words around (issue 20, item 7). They are never drawn either way.
     */
    static String withoutBidiControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bidiControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                text.chars().filter(c -> !bidiControl((char) c)).forEach(c -> sb.append((char) c));
                return sb.toString();
            }
        }
        return text;
    }

    private static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Right-to-left text in visual order (each right-to-left level reversed), as on the page. */
    static String visualOrder(String logical) {
        java.text.Bidi bidi = new java.text.Bidi(logical, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Object[] pieces = new Object[n];
        for (int r = 0; r < n; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String piece = logical.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            pieces[r] = (levels[r] & 1) == 1 ? new StringBuilder(piece).reverse().toString() : piece;
        }
        java.text.Bidi.reorderVisually(levels, 0, pieces, 0, n);
        StringBuilder sb = new StringBuilder();
        for (Object p : pieces) {
            sb.append(p);
        }
        return sb.toString();
    }

    /**
     * Characters that are never drawn: format controls (joiners, direction marks, soft hyphens) and
     * variation selectors, which only choose a presentation.
     */
    static boolean dropped(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The font that draws {@code cp}: the primary face, else the first fallback that has it; -1 if none. */
    private static int fontFor(int cp, int primary) {
        if (has(primary, cp)) {
            return primary;
        }
        for (int f = BOLD + 1; f < COUNT; f++) {
            if (has(f, cp)) {
                return f;
            }
        }
        return -1;
    }

    private static boolean has(int font, int cp) {
        if (cp == ' ') {
            return font <= BOLD;
        }
        byte[] coverage = cp < 0x10000 ? coverage(font) : null;
        if (coverage != null && coverage[cp] != 0) {
            return coverage[cp] == 1;
        }
        boolean has = cmap(font).getGlyphId(cp) > 0;
        if (coverage != null) {
            coverage[cp] = (byte) (has ? 1 : 2);
        }
        return has;
    }

    private static byte[] coverage(int font) {
        if (COVERAGE[font] == null) {
            COVERAGE[font] = new byte[0x10000];
        }
        return COVERAGE[font];
    }

    private static CmapLookup cmap(int font) {
        if (CMAPS[font] == null) {
            TrueTypeFont f = parsed(font);
            try {
                CMAPS[font] = f.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + FACES.get(font).file() + " has no Unicode character map", e);
            }
        }
        return CMAPS[font];
    }

    private static TrueTypeFont parsed(int font) {
        if (PARSED[font] == null) {
            Face face = FACES.get(font);
            PARSED[font] = face.inCollection() == null ? load(face.file()) : loadFromCollection(face.file(), face.inCollection());
        }
        return PARSED[font];
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
        TrueTypeFont full = parsed(font);
        TTFSubsetter subsetter = new TTFSubsetter(full, CUT_TABLES);
        Set<Integer> astralGlyphs = new TreeSet<>();
        for (int cp : needed) {
            if (cp < 0x10000) {
                subsetter.add(cp);
            } else {
                astralGlyphs.add(cmap(font).getGlyphId(cp));
            }
        }
        subsetter.addGlyphIds(astralGlyphs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        byte[] bytes = out.toByteArray();
        if (!astralGlyphs.isEmpty()) {
            Map<Integer, Integer> oldToNew = new HashMap<>();
            subsetter.getGIDMap().forEach((newGid, oldGid) -> oldToNew.put(oldGid, newGid));
            java.util.SortedMap<Integer, Integer> map = new java.util.TreeMap<>();
            for (int cp : needed) {
                Integer gid = oldToNew.get(cmap(font).getGlyphId(cp));
                if (gid != null) {
                    map.put(cp, gid);
                }
            }
            bytes = FontTables.replace(bytes, "cmap", FontTables.cmapFormat12(map));
        }
        TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
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
