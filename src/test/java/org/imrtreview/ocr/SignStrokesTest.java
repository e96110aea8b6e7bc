package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which way a comparison sign points, from the broken strokes a 1-bit fax left of it (decision 0411): the drawn
 * strokes are single pixels touching at their corners, as the fine fax keeps a serif face's hairline "&lt;".
 */
class SignStrokesTest {
    static final int W = 400;
    static final int H = 100;

    /** "Mean" at x 10-90 and "18" at x 150-190, 40 px tall, their foot at y 70: the sign's middle line is y 50. */
    static final OcrWord MEAN = new OcrWord("Mean", 10, 30, 90, 70, 0.95, 3, 68, List.of());
    static final OcrWord EIGHTEEN = new OcrWord("18", 150, 30, 190, 70, 0.95, 3, 68, List.of());
    static final List<OcrWord> WORDS = List.of(MEAN, EIGHTEEN, new OcrWord("Gy", 200, 30, 240, 78, 0.95, 3, 68, List.of()));

    static GreyImage blank() {
        byte[] px = new byte[W * H];
        java.util.Arrays.fill(px, (byte) 255);
        return new GreyImage(px, W, H);
    }

    /** A stroke of single pixels from (x0, y0) to (x1, y1), one pixel per column. */
    static List<int[]> stroke(int x0, int y0, int x1, int y1) {
        List<int[]> out = new ArrayList<>();
        for (int x = x0; x <= x1; x++) {
            out.add(new int[] {x, (int) Math.round(y0 + (y1 - y0) * (x - x0) / (double) (x1 - x0))});
        }
        return out;
    }

    static GreyImage drawn(List<int[]> pixels) {
        GreyImage g = blank();
        for (int[] p : pixels) {
            g.px[p[1] * W + p[0]] = 0;
        }
        return g;
    }

    static OcrWord sign(GreyImage page) {
        return SignStrokes.between(MEAN, EIGHTEEN, WORDS, page, 128, WhitenedInk.NONE);
    }

    @Test
    void theUpperArmAloneOfALessThanSignIsALessThanSignDoubted() {
        OcrWord s = sign(drawn(stroke(108, 50, 126, 40))); // from the middle line up to the right
        assertNotNull(s);
        assertEquals("<", s.text());
        assertEquals(OcrWord.Doubt.SIGN_FROM_STROKES, s.doubt(), "a sign told from broken strokes is never sure");
        assertEquals(3, s.line());
    }

    @Test
    void theLowerArmAloneOrBothArmsBrokenIntoPiecesAreALessThanSign() {
        assertEquals("<", sign(drawn(stroke(108, 50, 126, 60))).text());
        List<int[]> both = new ArrayList<>();
        for (int[] p : stroke(108, 50, 126, 40)) {
            if (p[0] % 5 != 0) { // holes, as the fax leaves them
                both.add(p);
            }
        }
        both.addAll(stroke(112, 52, 126, 60));
        assertEquals("<", sign(drawn(both)).text());
    }

    @Test
    void armsThatMeetOnTheRightAreAGreaterThanSign() {
        assertEquals(">", sign(drawn(stroke(108, 40, 126, 50))).text(), "the upper arm of '>': from the top down to the middle");
        assertEquals(">", sign(drawn(stroke(108, 61, 126, 50))).text(), "its lower arm: rising to the middle, not from it");
    }

    @Test
    void aDashASpeckOrASignWithABarGiveNoSign() {
        assertNull(sign(drawn(stroke(108, 50, 126, 50))), "flat: a dash or a minus");
        assertNull(sign(drawn(List.of(new int[] {115, 45}, new int[] {116, 44}))), "a speck");
        assertNull(sign(blank()), "no ink");
        List<int[]> withBar = new ArrayList<>(stroke(108, 47, 126, 38));
        withBar.addAll(stroke(108, 47, 126, 56));
        withBar.addAll(stroke(106, 64, 128, 64));
        assertNull(sign(drawn(withBar)), "a bar under it: '≤' cannot be told from '<' on broken strokes");
        List<int[]> wavy = new ArrayList<>(stroke(108, 44, 114, 40));
        wavy.addAll(stroke(115, 41, 120, 47));
        wavy.addAll(stroke(121, 46, 126, 40));
        assertNull(sign(drawn(wavy)), "a tilde's wave: its ends lie as far from the middle");
    }

    @Test
    void inkTheCleanUpWhitenedCountsAsTheSignsInk() {
        int[] pixels = stroke(108, 50, 126, 40).stream().mapToInt(p -> p[1] * W + p[0]).toArray();
        WhitenedInk whitened = new WhitenedInk(pixels, W, H, 0, 0, 0);
        assertNull(sign(blank()), "without it the page holds nothing");
        OcrWord s = SignStrokes.between(MEAN, EIGHTEEN, WORDS, blank(), 128, whitened);
        assertNotNull(s);
        assertEquals("<", s.text());
    }
}
