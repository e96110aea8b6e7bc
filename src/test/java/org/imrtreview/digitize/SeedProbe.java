package org.imrtreview.digitize;

final class SeedProbe {
    public static void main(String[] a) throws Exception {
        SyntheticDvh s = SyntheticDvhCorpus.make(Integer.parseInt(a[0]));
        RgbImage img = RgbImage.of(s.image());
        PlotFrame f = new FrameDetector().detect(img).orElseThrow();
        Region inside = Region.around(f, -3, img);
        int bg = CurveColours.background(img, inside);
        Region region = Region.around(f, 2, img);
        var seeds = new CurveColours(img, region, bg).find();
        System.out.printf("frame %s bg %06x%n", f, bg);
        for (int seed : seeds) System.out.printf("seed %06x%n", seed);
    }
}
