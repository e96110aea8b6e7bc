package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.fontbox.FontBoxFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A PDF whose text fonts are not embedded (Helvetica, Times, Courier: what report generators and fax software
 * write) is drawn with the faces bundled with the program, whatever fonts the machine has, so a page rendered for
 * OCR or a figure rendered for the digitiser reads the same on every machine (decision 0650).
 */
class BundledPdfFontsTest {

    @ParameterizedTest(name = "{0} is drawn with {1}")
    @CsvSource(textBlock = """
            Helvetica,                 LiberationSans,            false
            Helvetica-Bold,            LiberationSans-Bold,       false
            Helvetica-Oblique,         LiberationSans-Italic,     false
            Helvetica-BoldOblique,     LiberationSans-BoldItalic, false
            Arial,                     LiberationSans,            false
            'Arial,Bold',              LiberationSans-Bold,       false
            Arial-BoldMT,              LiberationSans-Bold,       false
            Times-Roman,               LiberationSerif,           false
            'TimesNewRoman,Italic',    LiberationSerif-Italic,    false
            Times-BoldItalic,          LiberationSerif-BoldItalic, false
            Courier,                   LiberationMono,            false
            'CourierNew,Bold',         LiberationMono-Bold,       false
            Symbol,                    DejaVuSans,                false
            ZapfDingbats,              DejaVuSans,                false
            ABCDEF+DejaVuSerif,        DejaVuSerif,               false
            TimesNewRomanPSMT,         LiberationSerif,           true
            TimesNewRomanPS-BoldMT,    LiberationSerif-Bold,      true
            CourierNewPSMT,            LiberationMono,            true
            Calibri,                   LiberationSans,            true
            """)
    void aNamedFontIsTheBundledFaceOfItsFamily(String name, String face, boolean fallback) throws IOException {
        BundledPdfFonts.install();
        FontMapping<FontBoxFont> mapping = FontMappers.instance().getFontBoxFont(name, null);
        assertEquals(face, mapping.getFont().getName());
        assertEquals(fallback, mapping.isFallback());
        assertEquals(face, FontMappers.instance().getTrueTypeFont(name, null).getFont().getName());
    }

    @ParameterizedTest(name = "fixed pitch {0}, serif {1}, italic {2}, weight {3}: {4}")
    @CsvSource(textBlock = """
            true,  false, false, 400, LiberationMono
            false, true,  false, 400, LiberationSerif
            false, true,  true,  700, LiberationSerif-BoldItalic
            false, false, false, 700, LiberationSans-Bold
            false, false, true,  400, LiberationSans-Italic
            """)
    void anUnknownFontFollowsItsDescriptor(boolean fixedPitch, boolean serif, boolean italic, float weight, String face)
            throws IOException {
        BundledPdfFonts.install();
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.setFixedPitch(fixedPitch);
        descriptor.setSerif(serif);
        descriptor.setItalic(italic);
        descriptor.setFontWeight(weight);
        assertEquals(face, FontMappers.instance().getFontBoxFont("ReportFont7", descriptor).getFont().getName());
    }

    @Test
    void aFaceMissingFromTheJarIsDrawnAsLiberationSans() throws IOException {
        BundledPdfFonts.install();
        BundledPdfFonts mapper = (BundledPdfFonts) FontMappers.instance();
        assertEquals("LiberationSans", mapper.face("/fonts/NoSuchFace-Regular.ttf").getName());
    }

    @Test
    void everyBundledFaceIsInTheJar() throws IOException {
        BundledPdfFonts.install();
        BundledPdfFonts mapper = (BundledPdfFonts) FontMappers.instance();
        for (String family : List.of("LiberationSans", "LiberationSerif", "LiberationMono")) {
            for (String style : List.of("", "-Bold", "-Italic", "-BoldItalic")) {
                String resource = BundledPdfFonts.knownFace(family + style);
                assertEquals(family + style, mapper.face(resource).getName(), resource);
            }
        }
    }

    @Test
    void aChineseFontNotEmbeddedIsTheBundledCjkFace() throws IOException {
        BundledPdfFonts.install();
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "GB1");
        systemInfo.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 4);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cid.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        PDType0Font font = (PDType0Font) PDFontFactory.createFont(type0);
        assertEquals("WenQuanYiMicroHei", ((PDCIDFontType0) font.getDescendantFont()).getFontBoxFont().getName());
    }

    @Test
    void aPageOfStandardFontsIsDrawnWithTheBundledFacesAndItsTextIsUnchanged(@TempDir Path dir) throws Exception {
        Path pdf = standardFontsPage(dir.resolve("notes.pdf"));
        try (PDDocument doc = PdfOpener.open(pdf)) {
            assertEquals(new TreeMap<>(java.util.Map.of("Courier", "LiberationMono", "Helvetica", "LiberationSans",
                    "Helvetica-Bold", "LiberationSans-Bold", "Times-Roman", "LiberationSerif")), facesOf(doc));
            BufferedImage page = ScanReading.renderPage(doc, 0);
            assertTrue(darkPixels(page) > 2_000, "the text is drawn");
            // text extraction takes the widths from the Standard 14 metrics, not from the face drawn
            assertEquals(String.join("\n", LINES), new PDFTextStripper().getText(doc).strip());
        }
    }

    /**
     * Another machine: a JVM whose home holds fonts PDFBox's own mapper would take for Helvetica-Bold (a face of
     * another design named "Arial-Bold", as a desktop with Arial has) renders the page exactly as this JVM does, and
     * writes no font cache; with PDFBox's own mapper that JVM draws the page differently.
     */
    @Test
    void anotherMachinesFontsRenderTheSamePage(@TempDir Path dir) throws Exception {
        Path pdf = standardFontsPage(dir.resolve("notes.pdf"));
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".fonts"));
        Files.write(home.resolve(".fonts/Arial-Bold.ttf"), renamed("/fonts/DejaVuSans.ttf", "DejaVuSans", "Arial-Bold"));
        Path cache = dir.resolve("font-cache");
        Files.createDirectories(cache);

        String here;
        try (PDDocument doc = PdfOpener.open(pdf)) {
            here = pixels(ScanReading.renderPage(doc, 0)) + " " + facesOf(doc);
        }
        String there = otherMachine(pdf, home, cache, "bundled");
        assertEquals(here, there);
        try (Stream<Path> written = Stream.concat(Files.walk(home), Files.walk(cache))) {
            assertEquals(List.of(), written.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().contains("pdfbox")).toList(),
                    "PDFBox listed no system fonts");
        }

        String pdfboxOwn = otherMachine(pdf, home, cache, "pdfbox");
        assertNotEquals(here.substring(0, 64), pdfboxOwn.substring(0, 64), "PDFBox's own mapper draws another page there");
        assertFalse(pdfboxOwn.contains("Helvetica-Bold=LiberationSans-Bold"), pdfboxOwn);
    }

    private static String otherMachine(Path pdf, Path home, Path cache, String mapper) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-Duser.home=" + home,
                "-Dpdfbox.fontcache=" + cache, "-cp", System.getProperty("java.class.path"),
                OtherMachine.class.getName(), pdf.toString(), mapper)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM did not finish");
        assertEquals(0, process.exitValue(), out);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** Run in the other JVM: the page as OCR renders it, and the faces its fonts were drawn with. */
    static final class OtherMachine {
        public static void main(String[] args) throws Exception {
            try (PDDocument doc = PdfOpener.open(Path.of(args[0]))) {
                if (args[1].equals("pdfbox")) {
                    FontMappers.set(null); // back to PDFBox's own mapper over the machine's fonts
                }
                System.out.println(pixels(ScanReading.renderPage(doc, 0)) + " " + facesOf(doc));
            }
        }
    }

    static final List<String> LINES = List.of("Spinal cord  Dmax < 45 Gy  46.2 Gy  38.9 Gy",
            "Parotid  Dmean < 26 Gy  31.0 Gy  24.5 Gy", "Brainstem  Dmax < 54 Gy  55.1 Gy  49.7 Gy",
            "Member ID 0048213377  Plan: IMRT 60 Gy / 30 fx");

    /** One line in each of Helvetica-Bold, Helvetica, Times-Roman and Courier, none embedded. */
    private static Path standardFontsPage(Path file) throws IOException {
        FontName[] fonts = {FontName.HELVETICA_BOLD, FontName.HELVETICA, FontName.TIMES_ROMAN, FontName.COURIER};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < LINES.size(); i++) {
                    text.beginText();
                    text.setFont(new PDType1Font(fonts[i]), 12);
                    text.newLineAtOffset(72, 700 - 24 * i);
                    text.showText(LINES.get(i));
                    text.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The page's fonts by name, each with the name of the face it is drawn with. */
    static TreeMap<String, String> facesOf(PDDocument doc) throws IOException {
        TreeMap<String, String> faces = new TreeMap<>();
        PDResources resources = doc.getPage(0).getResources();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertFalse(font.isEmbedded(), font.getName() + " is not embedded");
            faces.put(font.getName(), ((PDSimpleFont) font).getFontBoxFont().getName());
        }
        return faces;
    }

    static String pixels(BufferedImage image) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int v : row) {
                sha.update((byte) (v >> 16));
                sha.update((byte) (v >> 8));
                sha.update((byte) v);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /**
     * A copy of a bundled face whose names say it is another font (same length, so no table moves): what a
     * machine with that font installed offers PDFBox's own mapper, drawn in another design.
     */
    private static byte[] renamed(String resource, String from, String to) throws IOException {
        assertEquals(from.length(), to.length());
        byte[] font;
        try (InputStream in = BundledPdfFontsTest.class.getResourceAsStream(resource)) {
            font = in.readAllBytes();
        }
        List<byte[][]> pairs = new ArrayList<>();
        pairs.add(new byte[][] {from.getBytes(StandardCharsets.US_ASCII), to.getBytes(StandardCharsets.US_ASCII)});
        pairs.add(new byte[][] {from.getBytes(StandardCharsets.UTF_16BE), to.getBytes(StandardCharsets.UTF_16BE)});
        int replaced = 0;
        for (byte[][] pair : pairs) {
            for (int i = 0; i + pair[0].length <= font.length; i++) {
                if (java.util.Arrays.equals(font, i, i + pair[0].length, pair[0], 0, pair[0].length)) {
                    System.arraycopy(pair[1], 0, font, i, pair[1].length);
                    replaced++;
                }
            }
        }
        assertTrue(replaced > 0, "the face's names were found");
        return font;
    }
}
