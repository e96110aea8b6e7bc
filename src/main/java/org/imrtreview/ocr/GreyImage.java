package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page (0 black .. 255 white), row by row, with the pixel operations a scan needs:
 * conversion from any picture, rescaling (non-square fax pixels become square), quarter turns and
 * small-angle rotation (deskew), and Otsu's threshold. Pure Java, no engine.
 */
final class GreyImage {
    final byte[] px;
    final int w;
    final int h;

    GreyImage(byte[] px, int w, int h) {
        this.px = px;
        this.w = w;
        this.h = h;
    }

    int at(int x, int y) {
        return px[y * w + x] & 0xFF;
    }

    static GreyImage of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] out = new byte[w * h];
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY && img.getRaster().getDataBuffer() instanceof DataBufferByte b
                && b.getData().length == w * h) {
            System.arraycopy(b.getData(), 0, out, 0, w * h);
            return new GreyImage(out, w, h);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = (p >>> 24);
                int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
                if (a < 255) { // transparent areas read as white paper
                    luma = (luma * a + 255 * (255 - a)) / 255;
                }
                out[y * w + x] = (byte) luma;
            }
        }
        return new GreyImage(out, w, h);
    }

    /** Rescaled by (sx, sy) with bilinear (area-averaged when shrinking) sampling. */
    GreyImage scaled(double sx, double sy) {
        int nw = Math.max(1, (int) Math.round(w * sx));
        int nh = Math.max(1, (int) Math.round(h * sy));
        if (nw == w && nh == h) {
            return this;
        }
        byte[] out = new byte[nw * nh];
        double fx = (double) w / nw;
        double fy = (double) h / nh;
        for (int y = 0; y < nh; y++) {
            double syf = (y + 0.5) * fy - 0.5;
            int y0 = clamp((int) Math.floor(syf), h);
            int y1 = clamp(y0 + 1, h);
            double ty = Math.max(0, Math.min(1, syf - y0));
            for (int x = 0; x < nw; x++) {
                double sxf = (x + 0.5) * fx - 0.5;
                int x0 = clamp((int) Math.floor(sxf), w);
                int x1 = clamp(x0 + 1, w);
                double tx = Math.max(0, Math.min(1, sxf - x0));
                double v;
                if (fx > 1.5 || fy > 1.5) { // shrinking a lot: average the source block
                    int bx1 = clamp((int) ((x + 1) * fx), w);
                    int by1 = clamp((int) ((y + 1) * fy), h);
                    int bx0 = clamp((int) (x * fx), w);
                    int by0 = clamp((int) (y * fy), h);
                    long sum = 0;
                    int n = 0;
                    for (int yy = by0; yy <= by1; yy++) {
                        for (int xx = bx0; xx <= bx1; xx++) {
                            sum += at(xx, yy);
                            n++;
                        }
                    }
                    v = (double) sum / n;
                } else {
                    double top = at(x0, y0) * (1 - tx) + at(x1, y0) * tx;
                    double bottom = at(x0, y1) * (1 - tx) + at(x1, y1) * tx;
                    v = top * (1 - ty) + bottom * ty;
                }
                out[y * nw + x] = (byte) (int) Math.round(v);
            }
        }
        return new GreyImage(out, nw, nh);
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : Math.min(v, n - 1);
    }

    /** Turned clockwise by {@code quarter} x 90 degrees. */
    GreyImage turned(int quarter) {
        int q = ((quarter % 4) + 4) % 4;
        if (q == 0) {
            return this;
        }
        int nw = q == 2 ? w : h;
        int nh = q == 2 ? h : w;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                if (q == 1) {
                    nx = h - 1 - y;
                    ny = x;
                } else if (q == 2) {
                    nx = w - 1 - x;
                    ny = h - 1 - y;
                } else {
                    nx = y;
                    ny = w - 1 - x;
                }
                out[ny * nw + nx] = px[y * w + x];
            }
        }
        return new GreyImage(out, nw, nh);
    }

    /** Rotated by {@code degrees} (positive: clockwise on screen) about the centre, white outside. */
    GreyImage rotated(double degrees) {
        if (Math.abs(degrees) < 0.05) {
            return this;
        }
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                // inverse mapping: source = R(-a) * dest
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    v = 255;
                } else {
                    double tx = sx - x0;
                    double ty = sy - y0;
                    double top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx;
                    double bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx;
                    v = (int) Math.round(top * (1 - ty) + bottom * ty);
                }
                out[y * w + x] = (byte) v;
            }
        }
        return new GreyImage(out, w, h);
    }

    /** Otsu's threshold over the page's grey levels: below it is ink. */
    int otsu() {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        return Math.max(Otsu.threshold(hist), 40);
    }

    /** The paper's grey level: the commonest level lighter than {@code threshold}. */
    int paper(int threshold) {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xFF]++;
        }
        int best = 255;
        for (int v = 255; v > threshold; v--) {
            if (hist[v] > hist[best]) {
                best = v;
            }
        }
        return best;
    }

    /** Ink mask at the given threshold. */
    boolean[] ink(int threshold) {
        boolean[] out = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            out[i] = (px[i] & 0xFF) <= threshold;
        }
        return out;
    }

    /**
     * This page deflated, to be had back whole by {@link Parked#unpark()}: a page of text is mostly paper, so a
     * 320 dpi page of 9.6 MB waits in a few hundred KB while another copy of it is read (decision 0631).
     */
    Parked park() {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try {
            deflater.setInput(px);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, px.length / 16));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Parked(out.toByteArray(), w, h);
        } finally {
            deflater.end();
        }
    }

    /** A page put aside deflated ({@link #park()}); each {@link #unpark()} gives a new copy of the same pixels. */
    record Parked(byte[] deflated, int w, int h) {
        GreyImage unpark() {
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            try {
                inflater.setInput(deflated);
                byte[] out = new byte[w * h];
                int n = 0;
                while (n < out.length) {
                    int read = inflater.inflate(out, n, out.length - n);
                    if (read == 0 && (inflater.finished() || inflater.needsInput())) {
                        break;
                    }
                    n += read;
                }
                if (n != out.length) {
                    throw new IllegalStateException("a parked page came back short: " + n + " of " + out.length + " bytes");
                }
                return new GreyImage(out, w, h);
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException("a parked page could not be inflated", e);
            } finally {
                inflater.end();
            }
        }
    }

    BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(px, 0, data, 0, px.length);
        return img;
    }
}
