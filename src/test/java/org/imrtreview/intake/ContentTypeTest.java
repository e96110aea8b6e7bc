package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            504b0304140006000800,             OOXML
            d0cf11e0a1b11ae10000,             OLE2
            89504e470d0a1a0a0000,             PNG
            ffd8ffe000104a464946,             JPEG
            47494638396101000100,             GIF
            49492a00080000000000,             TIFF
            4d4d002a000000080000,             TIFF
            424d3a00000000000000360000002800, BMP
            255044462d312e370a25,             PDF
            0000000000ff00ff00ff,             UNKNOWN
            """)
    void sniffsMagicNumbers(String hex, ContentType type) {
        assertEquals(type, ContentType.sniff(HexFormat.of().parseHex(hex.trim())));
    }

    @Test
    void emptyIsEmpty() {
        assertEquals(ContentType.EMPTY, ContentType.sniff(new byte[0]));
    }

    @Test
    void pdfHeaderAfterJunkIsStillPdf() {
        assertEquals(ContentType.PDF, ContentType.sniff("\r\n\r\n%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void jsonAndTextAreTold() {
        assertEquals(ContentType.JSON, ContentType.sniff("\uFEFF  {\"requestId\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ContentType.TEXT, ContentType.sniff("OAR,Constraint\nBrainstem,Max < 54 Gy".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfNamedXlsxIsNotedAsMislabelled() {
        String note = ContentType.mislabelNote("table.xlsx", ContentType.PDF);
        assertTrue(note.contains(".xlsx") && note.contains("PDF"), note);
    }

    @Test
    void xlsSavedWithXlsxNameIsNotAMislabelWorthTellingTheNurse() {
        assertNull(ContentType.mislabelNote("table.xlsx", ContentType.OLE2));
        assertNull(ContentType.mislabelNote("table.png", ContentType.PNG));
    }
}
