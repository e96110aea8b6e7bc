package org.imrtreview.intake.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.LoggerFactory;

/**
 * The faces PDFBox draws a PDF's text with when the PDF does not carry its font (the Standard 14 — Helvetica,
 * Times, Courier, Symbol, ZapfDingbats and their Arial / Times New Roman / Courier New aliases — or any other
 * font a report generator named without embedding it): always fonts bundled with the program, never the
 * machine's. PDFBox's own mapper looks for a stand-in among the system's fonts (and keeps a scan of them in
 * {@code ~/.pdfbox.cache}), so a faxed or clinical PDF rendered for OCR, or a DVH figure rendered for the
 * digitiser, drew other letters on a machine with Arial or Liberation installed than on one without, and the
 * reading could differ (decision 0650). With this mapper installed PDFBox never lists the system's fonts.
 *
 * <p>Helvetica/Arial are Liberation Sans, Times is Liberation Serif, Courier is Liberation Mono (the metric
 * twins: a glyph takes the width the PDF laid it out with), each in its weight and slant; Symbol and
 * ZapfDingbats are DejaVu Sans (Greek, arrows, ticks and crosses); a CJK CID font is WenQuanYi Micro Hei. A
 * font named after one of the bundled faces is that face. Any other name is chosen as PDFBox would, by the
 * font descriptor's fixed-pitch and serif flags and its weight and slant, among the Liberation faces.
 * Regular Liberation Sans is the copy inside PDFBox's jar, the face PDFBox itself falls back on.
 */
public final class BundledPdfFonts implements FontMapper {

    private static final BundledPdfFonts INSTANCE = new BundledPdfFonts();
    private static volatile boolean installed;

    static final String PDFBOX_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String SYMBOLS = "/fonts/DejaVuSans.ttf";
    static final String CJK = "/fonts/wqy-microhei.ttc";

    private enum Family { SANS, SERIF, MONO }

    /** The bundled faces by the PostScript name a PDF would give them (also without hyphens). */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("LiberationSans", PDFBOX_SANS),
            Map.entry("LiberationSans-Bold", "/fonts/LiberationSans-Bold.ttf"),
            Map.entry("LiberationSans-Italic", "/fonts/LiberationSans-Italic.ttf"),
            Map.entry("LiberationSans-BoldItalic", "/fonts/LiberationSans-BoldItalic.ttf"),
            Map.entry("LiberationSerif", "/fonts/LiberationSerif-Regular.ttf"),
            Map.entry("LiberationSerif-Bold", "/fonts/LiberationSerif-Bold.ttf"),
            Map.entry("LiberationSerif-Italic", "/fonts/LiberationSerif-Italic.ttf"),
            Map.entry("LiberationSerif-BoldItalic", "/fonts/LiberationSerif-BoldItalic.ttf"),
            Map.entry("LiberationMono", "/fonts/LiberationMono-Regular.ttf"),
            Map.entry("LiberationMono-Bold", "/fonts/LiberationMono-Bold.ttf"),
            Map.entry("LiberationMono-Italic", "/fonts/LiberationMono-Italic.ttf"),
            Map.entry("LiberationMono-BoldItalic", "/fonts/LiberationMono-BoldItalic.ttf"),
            Map.entry("DejaVuSans", SYMBOLS),
            Map.entry("DejaVuSans-Bold", "/fonts/DejaVuSans-Bold.ttf"),
            Map.entry("DejaVuSerif", "/fonts/DejaVuSerif.ttf"),
            Map.entry("DejaVuSerif-Bold", "/fonts/DejaVuSerif-Bold.ttf"),
            Map.entry("DejaVuSansMono", "/fonts/DejaVuSansMono.ttf"),
            Map.entry("DejaVuSansMono-Bold", "/fonts/DejaVuSansMono-Bold.ttf"),
            Map.entry("WenQuanYiMicroHei", CJK));

    private final Map<String, TrueTypeFont> loaded = new ConcurrentHashMap<>();

    private BundledPdfFonts() {
    }

    /**
     * Makes PDFBox use the bundled faces from now on, before any PDF font is loaded: the program's entry point and
     * {@link PdfOpener} call it. Cheap and idempotent; nothing is parsed until a PDF asks for a face.
     */
    public static void install() {
        if (!installed) {
            synchronized (BundledPdfFonts.class) {
                if (!installed) {
                    FontMappers.set(INSTANCE);
                    installed = true;
                }
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        String resource = knownFace(baseFont);
        return new FontMapping<>(face(resource != null ? resource : byDescriptor(baseFont, descriptor)), resource == null);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        String resource = knownFace(baseFont);
        return new FontMapping<>(face(resource != null ? resource : byDescriptor(baseFont, descriptor)), resource == null);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        String resource = knownFace(baseFont);
        if (resource != null) {
            return new CIDFontMapping(null, face(resource), false);
        }
        if (systemInfo != null && "Adobe".equals(systemInfo.getRegistry())
                && java.util.Set.of("GB1", "CNS1", "Japan1", "Korea1").contains(systemInfo.getOrdering())) {
            return new CIDFontMapping(null, face(CJK), true);
        }
        return new CIDFontMapping(null, face(byDescriptor(baseFont, descriptor)), true);
    }

    /** The resource of the face a PDF font's name stands for, or null when the name is none of ours nor a Standard 14 one. */
    static String knownFace(String baseFont) {
        String name = bare(baseFont);
        if (name.isEmpty()) {
            return null;
        }
        String own = BY_NAME.get(name);
        if (own == null) {
            own = BY_NAME.get(name.replace(',', '-'));
        }
        if (own != null) {
            return own;
        }
        Standard14Fonts.FontName standard = Standard14Fonts.getMappedFontName(name);
        if (standard == null) {
            return null;
        }
        return switch (standard) {
            case SYMBOL, ZAPF_DINGBATS -> SYMBOLS;
            default -> {
                String n = standard.getName();
                Family family = n.startsWith("Times") ? Family.SERIF : n.startsWith("Courier") ? Family.MONO : Family.SANS;
                yield liberation(family, n.contains("Bold"), n.contains("Italic") || n.contains("Oblique"));
            }
        };
    }

    /** A name none of ours: the family its name says (Arial…MT, TimesNewRomanPSMT, …) or its descriptor's flags. */
    static String byDescriptor(String baseFont, PDFontDescriptor descriptor) {
        String lower = bare(baseFont).toLowerCase(Locale.ROOT);
        Family family;
        if (lower.contains("courier") || lower.contains("mono")) {
            family = Family.MONO;
        } else if (lower.contains("times") || (lower.contains("serif") && !lower.contains("sans"))) {
            family = Family.SERIF;
        } else if (lower.contains("arial") || lower.contains("helvetica") || lower.contains("sans")) {
            family = Family.SANS;
        } else if (descriptor != null && descriptor.isFixedPitch()) {
            family = Family.MONO;
        } else if (descriptor != null && descriptor.isSerif()) {
            family = Family.SERIF;
        } else {
            family = Family.SANS;
        }
        boolean bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
        boolean italic = lower.contains("italic") || lower.contains("oblique") || (descriptor != null && descriptor.isItalic());
        return liberation(family, bold, italic);
    }

    private static String liberation(Family family, boolean bold, boolean italic) {
        String name = switch (family) {
            case SANS -> "LiberationSans";
            case SERIF -> "LiberationSerif";
            case MONO -> "LiberationMono";
        };
        String style = bold && italic ? "-BoldItalic" : bold ? "-Bold" : italic ? "-Italic" : "";
        return BY_NAME.get(name + style);
    }

    /** The name without a subset tag ("ABCDEF+Arial") or spaces; empty for none. */
    private static String bare(String baseFont) {
        if (baseFont == null) {
            return "";
        }
        String name = baseFont.substring(baseFont.indexOf('+') + 1);
        return name.replace(" ", "");
    }

    /** The parsed face, once per resource; a face that cannot be read (a broken build) is PDFBox's own sans. */
    TrueTypeFont face(String resource) {
        TrueTypeFont font = loaded.get(resource);
        if (font != null) {
            return font;
        }
        synchronized (loaded) {
            font = loaded.get(resource);
            if (font == null) {
                font = parse(resource);
                loaded.put(resource, font);
            }
            return font;
        }
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = BundledPdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("not in the jar");
            }
            // the parsed font reads its tables lazily from this buffer: it stays open with the font
            if (resource.endsWith(".ttc")) {
                @SuppressWarnings("resource")
                TrueTypeCollection collection = new TrueTypeCollection(in);
                TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
                if (font == null) {
                    throw new IOException("no WenQuanYiMicroHei face");
                }
                return font;
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            if (resource.equals(PDFBOX_SANS)) {
                throw new IllegalStateException("PDFBox's own fallback font " + PDFBOX_SANS + " cannot be read", e);
            }
            // the logger only here: installing the mapper at start-up initialises no logging (decision 0432)
            LoggerFactory.getLogger(BundledPdfFonts.class)
                    .warn("bundled PDF font {} cannot be read ({}); Liberation Sans drawn instead", resource, e.getMessage());
            return INSTANCE.face(PDFBOX_SANS);
        }
    }
}
