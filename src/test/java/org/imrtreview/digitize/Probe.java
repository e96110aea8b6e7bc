package org.imrtreview.digitize;

final class Probe {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            SyntheticDvh s = SyntheticDvhCorpus.make(Integer.parseInt(a));
            System.out.println(s.name() + " " + s.description());
            for (TrueCurve t : s.curves()) {
                System.out.printf("  truth %s %06x %s dmax=%.1f%n", t.name(), t.colour().getRGB() & 0xFFFFFF, t.dashed() ? "dashed" : "solid", t.dmax());
            }
            DigitizeResult r = new DvhImageDigitizer().digitize(s.image(), DigitizeOptions.automatic());
            for (TracedCurve c : r.curves()) {
                System.out.printf("  traced %s %s cols=%d dmax=%.1f legend=%d%n", c.hexColour(), c.style(), c.path().size(), CurveMetrics.dmax(c.doseGy(), c.volumePercent()), c.legendOrder());
            }
        }
    }
}
