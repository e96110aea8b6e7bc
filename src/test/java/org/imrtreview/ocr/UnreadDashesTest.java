package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision 0523: a dash the engine read nothing for ("Lungs GTV" for "Lungs - GTV", "– boost phase" at the start of
 * a cell's second line read "boost phase") doubts the words beside it; a gap of paper, or a speck, does not.
 */
class UnreadDashesTest {

    /** Words as boxes of ink 30 px tall (their letters drawn as a block), on one or two lines, at 300 dpi. */
    private static GreyImage page(int[][] blocks, int[][] dashes) {
        BufferedImage img = new BufferedImage(900, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 300);
        g.setColor(Color.BLACK);
        for (int[] b : blocks) {
            g.fillRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
        }
        for (int[] d : dashes) {
            g.fillRect(d[0], d[1], d[2] - d[0], d[3] - d[1]);
        }
        g.dispose();
        return GreyImage.of(img);
    }

    private static OcrWord word(String text, int x0, int y0, int x1, int line) {
        return new OcrWord(text, x0, y0, x1, y0 + 30, 0.96, line, y0 + 30, List.of());
    }

    @Test
    void aFlatStrokeBetweenTwoWordsThatNoWordHoldsDoubtsThem() {
        OcrWord lungs = word("Lungs", 100, 100, 200, 0);
        OcrWord gtv = word("GTV", 240, 100, 300, 0);
        GreyImage dashed = page(new int[][] {{100, 100, 200, 130}, {240, 100, 300, 130}}, new int[][] {{210, 114, 228, 118}});
        List<OcrWord> out = UnreadDashes.doubt(List.of(lungs, gtv), dashed, 128);
        assertEquals(OcrWord.Doubt.INK_UNREAD, out.get(0).doubt());
        assertEquals(OcrWord.Doubt.INK_UNREAD, out.get(1).doubt());
        GreyImage plain = page(new int[][] {{100, 100, 200, 130}, {240, 100, 300, 130}}, new int[][] {});
        assertNull(UnreadDashes.doubt(List.of(lungs, gtv), plain, 128).get(1).doubt(), "paper between: not doubted");
        GreyImage speck = page(new int[][] {{100, 100, 200, 130}, {240, 100, 300, 130}}, new int[][] {{218, 114, 221, 117}});
        assertNull(UnreadDashes.doubt(List.of(lungs, gtv), speck, 128).get(1).doubt(), "a speck is no dash");
        GreyImage low = page(new int[][] {{100, 100, 200, 130}, {240, 100, 300, 130}}, new int[][] {{210, 131, 228, 134}});
        assertNull(UnreadDashes.doubt(List.of(lungs, gtv), low, 128).get(1).doubt(), "an underline, not across the middle");
    }

    @Test
    void aDashBeforeTheFirstWordOfALineOrAfterTheLastDoubtsThatWord() {
        OcrWord right = word("(right)", 100, 100, 220, 0);
        OcrWord boost = word("boost", 140, 150, 230, 1);
        OcrWord phase = word("phase", 240, 150, 330, 1);
        GreyImage wrapped = page(new int[][] {{100, 100, 220, 130}, {140, 150, 230, 180}, {240, 150, 330, 180}},
                new int[][] {{105, 164, 125, 168}});
        List<OcrWord> out = UnreadDashes.doubt(List.of(right, boost, phase), wrapped, 128);
        assertEquals(OcrWord.Doubt.INK_UNREAD, out.get(1).doubt(), "'– boost phase': the dash before the line's first word");
        assertNull(out.get(0).doubt());
        assertNull(out.get(2).doubt());
        GreyImage atEnd = page(new int[][] {{100, 100, 220, 130}, {140, 150, 230, 180}, {240, 150, 330, 180}},
                new int[][] {{228, 114, 248, 118}});
        assertEquals(OcrWord.Doubt.INK_UNREAD, UnreadDashes.doubt(List.of(right, boost, phase), atEnd, 128).get(0).doubt(),
                "'Esophagus (cervical) –' over 'boost phase': the dash after the line's last word");
    }
}
