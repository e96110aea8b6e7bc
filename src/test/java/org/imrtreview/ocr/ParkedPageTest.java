package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page put aside deflated while another copy is read comes back pixel for pixel (decision 0631). */
class ParkedPageTest {

    /** A letter page at 320 dpi: white paper, lines of grey "text" with noise in them, a speckled margin. */
    private static GreyImage page() {
        int w = 2720;
        int h = 3520;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 250);
        Random random = new Random(17);
        for (int line = 300; line < h - 300; line += 60) {
            for (int y = line; y < line + 30; y++) {
                for (int x = 250; x < w - 250; x++) {
                    if (random.nextInt(5) == 0) {
                        px[y * w + x] = (byte) random.nextInt(120);
                    }
                }
            }
        }
        for (int i = 0; i < 5_000; i++) {
            px[random.nextInt(w * 200)] = (byte) random.nextInt(256);
        }
        return new GreyImage(px, w, h);
    }

    @Test
    void aParkedPageComesBackWithTheSamePixelsEachTimeAndTakesFarLessRoom() {
        GreyImage page = page();
        byte[] before = page.px.clone();
        GreyImage.Parked parked = page.park();
        assertArrayEquals(before, page.px, "parking leaves the page as it was");
        assertTrue(parked.deflated().length < page.px.length / 3,
                "a page of text waits in far less room: " + parked.deflated().length + " bytes of " + page.px.length);
        GreyImage back = parked.unpark();
        assertEquals(page.w, back.w);
        assertEquals(page.h, back.h);
        assertArrayEquals(before, back.px);
        java.util.Arrays.fill(back.px, (byte) 0); // the copy had back is the reader's to clean in place
        GreyImage again = parked.unpark();
        assertNotSame(back.px, again.px);
        assertArrayEquals(before, again.px, "a second copy is the page as parked, not as the first was changed");
    }

    @Test
    void aPageOfPureNoiseComesBackToo() {
        byte[] px = new byte[640 * 480];
        new Random(3).nextBytes(px);
        GreyImage noise = new GreyImage(px.clone(), 640, 480);
        assertArrayEquals(px, noise.park().unpark().px, "even a page that does not deflate");
    }
}
