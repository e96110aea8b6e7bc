package org.imrtreview.intake.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Sizes of a page's pictures read from their dictionaries (/Width, /Height) before anything is decoded
 * (decision 0262): a picture claiming more than {@value #MAX_PIXELS} pixels — a 600 dpi A3 scan is 70
 * Mpx, "/Width 2147483647" is hostile or damaged — is refused, so rendering the page cannot exhaust
 * memory. The page is lost, not the packet.
 */
public final class PageImages {
    public static final long MAX_PIXELS = 100_000_000L;
    private static final int MAX_IMAGES = 500;

    private PageImages() {
    }

    /** Throws when a picture drawn directly on {@code page} is larger than the limit. */
    public static void checkSizes(PDPage page) throws IOException {
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        int n = 0;
        for (COSName key : xobjects.keySet()) {
            if (++n > MAX_IMAGES) {
                break;
            }
            COSBase x = xobjects.getDictionaryObject(key);
            if (x instanceof COSStream s && COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                check(s.getInt(COSName.WIDTH, s.getInt(COSName.W, 0)), s.getInt(COSName.HEIGHT, s.getInt(COSName.H, 0)));
            }
        }
    }

    /** Throws when {@code width} x {@code height} is no picture that can be decoded safely. */
    static void check(long width, long height) throws IOException {
        if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
            throw new OversizedImageException(width, height);
        }
    }

    /** A picture whose stated size is refused; the message carries no content of the file. */
    public static final class OversizedImageException extends IOException {
        OversizedImageException(long width, long height) {
            super("a picture of " + width + " x " + height + " pixels is over the " + MAX_PIXELS / 1_000_000 + " Mpx limit");
        }
    }
}
