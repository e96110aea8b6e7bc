import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: two cumulative DVH curves (3D dashed, IMRT solid) on a rounded
 * square in the letterhead's green. Writes imrt-review.png (256 px, Linux and the macOS script's
 * source) and imrt-review.ico (16/32/48/256, Windows). Run: java tools/installer/MakeIcons.java DIR
 */
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "tools/installer/icons");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("imrt-review.png").toFile());
        List<byte[]> pngs = new ArrayList<>();
        int[] sizes = {16, 32, 48, 256};
        for (int s : sizes) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(draw(s), "png", b);
            pngs.add(b.toByteArray());
        }
        Files.write(dir.resolve("imrt-review.ico"), ico(sizes, pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double u = size / 256.0;
        g.setColor(new Color(0x0F, 0x5A, 0x4B));
        g.fill(new RoundRectangle2D.Double(8 * u, 8 * u, 240 * u, 240 * u, 56 * u, 56 * u));
        double left = 52 * u, right = 212 * u, top = 52 * u, bottom = 204 * u;
        g.setColor(new Color(0xE8, 0xF2, 0xEE));
        g.setStroke(new BasicStroke((float) Math.max(1, 8 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D axes = new Path2D.Double();
        axes.moveTo(left, top - 8 * u);
        axes.lineTo(left, bottom);
        axes.lineTo(right + 8 * u, bottom);
        g.draw(axes);
        // 3D plan: falls early and slowly (dashed); IMRT: holds, then drops steeply (solid)
        float w = (float) Math.max(1.2, 11 * u);
        float[] dash = size >= 48 ? new float[] {(float) (16 * u), (float) (12 * u)} : null;
        g.setColor(new Color(0x8F, 0xD3, 0xBE));
        g.setStroke(dash == null ? new BasicStroke(w * 0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(w * 0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.draw(curve(left, right, top + 14 * u, bottom, 0.22, 0.45));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve(left, right, top + 14 * u, bottom, 0.68, 0.09));
        g.dispose();
        return img;
    }

    /** A cumulative DVH: 100 % until the dose, then a logistic fall of the given width. */
    static Path2D curve(double left, double right, double top, double bottom, double mid, double width) {
        Path2D p = new Path2D.Double();
        int n = 80;
        for (int i = 0; i <= n; i++) {
            double x = i / (double) n;
            double v = 1 / (1 + Math.exp((x - mid) / (width / 4)));
            double px = left + 6 + x * (right - left - 6);
            double py = bottom - 4 - v * (bottom - 4 - top);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        return p;
    }

    /** An ICO file holding PNG images (Windows Vista and later read these). */
    static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int total = 6 + 16 * sizes.length + pngs.stream().mapToInt(b -> b.length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            b.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(b::put);
        return b.array();
    }
}
