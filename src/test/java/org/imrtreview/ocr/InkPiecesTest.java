package org.imrtreview.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Labels kept in two bytes a pixel while they fit, four beyond, with the same pieces either way (decision 0332). */
class InkPiecesTest {

    /** A page of isolated dots every other pixel: 300 x 300 = 90,000 pieces, past the 65,535 two bytes hold. */
    @Test
    void moreThanSixtyFiveThousandPiecesKeepTheirOwnNumbers() {
        int w = 600;
        int h = 600;
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                ink[y * w + x] = true;
            }
        }
        InkPieces pieces = InkPieces.of(ink, w, h);
        assertEquals(90_000 + 1, pieces.boxes().size(), "one piece per dot, plus the unused 0");
        // pieces are numbered in reading order of their first pixel: the last dot is piece 90,000
        int last = (h - 2) * w + (w - 2);
        assertEquals(90_000, pieces.label().get(last));
        assertArrayEquals(new int[] {w - 2, h - 2, w - 2, h - 2, 1}, pieces.boxes().get(90_000));
        assertEquals(65_536, pieces.label().get(pixelOfPiece(65_536, w)), "the first number two bytes cannot hold");
        assertEquals(65_535, pieces.label().get(pixelOfPiece(65_535, w)));
        assertEquals(0, pieces.label().get(1), "paper stays 0");
        boolean[] mask = new boolean[w * h];
        mask[last] = true;
        assertTrue(pieces.anyIn(90_000, mask, w));
        assertFalse(pieces.anyIn(89_999, mask, w));
    }

    @Test
    void aPieceIsEveryEightConnectedInkPixel() {
        int w = 5;
        boolean[] ink = {
            true, false, false, false, true,
            false, true, false, false, true,
            false, false, false, false, false,
        };
        InkPieces pieces = InkPieces.of(ink, w, 3);
        assertEquals(3, pieces.boxes().size());
        assertEquals(1, pieces.label().get(0));
        assertEquals(1, pieces.label().get(6), "a diagonal neighbour is the same piece");
        assertEquals(2, pieces.label().get(4));
        assertEquals(2, pieces.label().get(9));
        assertArrayEquals(new int[] {0, 0, 1, 1, 2}, pieces.boxes().get(1));
    }

    private static int pixelOfPiece(int id, int w) {
        int n = id - 1; // dots in reading order, 300 to a row
        return (n / 300) * 2 * w + (n % 300) * 2;
    }
}
