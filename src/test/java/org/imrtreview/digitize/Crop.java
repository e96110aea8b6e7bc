package org.imrtreview.digitize;

import java.io.File;
import javax.imageio.ImageIO;

final class Crop {
    public static void main(String[] a) throws Exception {
        var img = ImageIO.read(new File(a[0]));
        int x = Integer.parseInt(a[2]), y = Integer.parseInt(a[3]), w = Integer.parseInt(a[4]), h = Integer.parseInt(a[5]);
        ImageIO.write(img.getSubimage(x, y, w, h), "png", new File(a[1]));
    }
}
